import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let candidates = Command(
    name: "candidates",
    summary: Message(
      en: "The participants who fit a place best; --view employer hides health data.",
      nl:
        "De deelnemers die het best bij een plek passen; --view employer verbergt gezondheidsgegevens."
    ),
    usage:
      "plek candidates <place-id> [--top N] [--municipality M,…] [--max-travel MIN] [--view employer] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      FilterField.municipalities.spec,
      OptionSpec(
        name: "max-travel", value: "MIN",
        en: "only participants within this many minutes",
        nl: "alleen deelnemers binnen zoveel minuten"),
      QueryOptionSpecs.view, QueryOptionSpecs.why, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      CommonOptions.format,
      CommonOptions.language,
    ],
    details: Message(
      en: """
        The employer view shows whether each person fits or needs assessment, never load
        capacity, wage value, support need, scores or target groups.
        """,
      nl: """
        De weergave voor de werkgever toont of iemand past of beoordeling nodig heeft, nooit
        belastbaarheid, loonwaarde, begeleidingsbehoefte, scores of doelgroepen.
        """)
  ) { invocation in
    let format = try invocation.format()
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let k = try invocation.top()
    let audience = try invocation.audience()
    let maxTravel = try invocation.maxTravel()
    let id = try invocation.placeID(at: 0)
    let engine = try DataSession.load(invocation).engine
    let parsed = ParticipantFilter.parse(
      municipalities: invocation.codes(.municipalities, taxonomy: engine.taxonomy),
      maxTravelMinutes: maxTravel,
      taxonomy: engine.taxonomy)
    try invocation.check(parsed.problems, taxonomy: engine.taxonomy)
    var query = CandidatesQuery(
      place: try stored(id, in: engine), storedID: id,
      options: QueryOptions(k: k, day: day, threads: 0, horizonDays: horizon))
    query.filter = parsed.filter
    query.audience = audience
    query.explain = format != "json" || invocation.flag("why")
    let presentation = try query.present(in: Workspace(engine: engine))
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    switch format {
    case "json":
      printJSON(JSONRendering(localizer: localizer).list(presentation))
    case "csv":
      let csv = CSVRendering(localizer: localizer)
      printCSV(csv.list(presentation), csv)
    default:
      printText(
        textRendering(localizer).candidates(presentation, breakdowns: invocation.flag("why")))
    }
    return ExitCode.success
  }
}
