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
    let question = try Question(invocation, list: true)
    let audience = try invocation.audience()
    let maxTravel = try invocation.maxTravel()
    let id = try invocation.placeID(at: 0)
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let parsed = ParticipantFilter.parse(
      municipalities: invocation.codes(.municipalities, taxonomy: engine.taxonomy),
      maxTravelMinutes: maxTravel,
      taxonomy: engine.taxonomy)
    try invocation.check(parsed.problems, taxonomy: engine.taxonomy)
    var query = CandidatesQuery(
      place: try stored(id, in: engine), storedID: id, options: question.options)
    query.filter = parsed.filter
    query.audience = audience
    query.explain = question.format != "json" || invocation.flag("why")
    let presentation = try query.present(in: session.workspace())
    question.print(
      json: { $0.list(presentation) }, csv: { $0.list(presentation) },
      text: { $0.candidates(presentation, breakdowns: invocation.flag("why")) },
      question.localizer(engine))
    return ExitCode.success
  }
}
