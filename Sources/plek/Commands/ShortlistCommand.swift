import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let shortlist = Command(
    name: "shortlist",
    summary: "The places that fit a participant best, with the reasons.",
    usage:
      "plek shortlist <participant-id> [--top N] [--spread] [--sector S,…] [--kind K,…] [--learning-only] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      OptionSpec(name: "sector", value: "S,…", help: "only places in these sectors"),
      OptionSpec(
        name: "kind", value: "K,…",
        help: "only these employer kinds: regular, social-municipal, external-sheltered, internal"),
      OptionSpec(name: "learning-only", value: nil, help: "only learning-work places"),
      OptionSpec(name: "max-travel", value: "MIN", help: "only places within this many minutes"),
      OptionSpec(
        name: "spread", value: nil,
        help: "order by score minus the place's congestion price in the region's proposal"),
      QueryOptionSpecs.why, QueryOptionSpecs.date, QueryOptionSpecs.horizon, CommonOptions.format,
      CommonOptions.language,
    ],
    details: """
      Ranked best first: score, then place id. '!' marks points an officer must judge; run
      plek explain for the full breakdown. When nothing fits, the reasons that block most
      places are listed. Every entry shows the competition: how many others rank the place
      higher on their own shortlist, and its free slots.

      With --spread: ordered by score minus the place's congestion price in the region's
      placement proposal (plek assign), so that people are not all sent to the same door;
      the proposed place comes first. For a participant the proposal cannot place: their
      place in the line at each place. An officer decides.
      """
  ) { invocation in
    let format = try invocation.format()
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let k = try invocation.top()
    let maxTravel = try invocation.maxTravel()
    let id = try invocation.participantID(at: 0)
    let engine = try DataSession.load(invocation).engine
    let parsed = PlaceFilter.parse(
      sectors: invocation.codes(.sectors, taxonomy: engine.taxonomy),
      employerKinds: invocation.codes(.employerKinds, taxonomy: engine.taxonomy),
      learningOnly: invocation.flag("learning-only"), maxTravelMinutes: maxTravel,
      taxonomy: engine.taxonomy)
    if let error = filterUsageError(
      parsed.problems, taxonomy: engine.taxonomy, language: try invocation.language())
    {
      throw error
    }
    var query = ShortlistQuery(
      person: try stored(id, in: engine), storedID: id,
      options: QueryOptions(k: k, day: day, threads: 0, horizonDays: horizon))
    query.filter = parsed.filter
    query.spread = invocation.flag("spread")
    // Tables and sheets show each match's reasons, so every match is explained; JSON only
    // carries explanations when asked (--why), as the service does.
    query.explain = format != "json" || invocation.flag("why")
    var workspace = Workspace(engine: engine)
    let presentation = try query.present(in: &workspace)
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    switch format {
    case "json":
      printJSON(JSONRendering(localizer: localizer).list(presentation))
    case "csv":
      printCSV(
        CSVRendering(localizer: localizer).list(presentation), CSVRendering(localizer: localizer))
    default:
      printText(
        textRendering(localizer).shortlist(presentation, breakdowns: invocation.flag("why")))
    }
    return ExitCode.success
  }
}
