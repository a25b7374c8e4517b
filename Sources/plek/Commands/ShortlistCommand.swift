import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let shortlist = Command(
    name: "shortlist",
    summary: "The places that fit a participant best, with the reasons.",
    usage:
      "plek shortlist <participant-id> [--top N] [--sector S,…] [--kind K,…] [--learning-only] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      OptionSpec(name: "sector", value: "S,…", help: "only places in these sectors"),
      OptionSpec(
        name: "kind", value: "K,…",
        help: "only these employer kinds: regular, social-municipal, external-sheltered, internal"),
      OptionSpec(name: "learning-only", value: nil, help: "only learning-work places"),
      OptionSpec(name: "max-travel", value: "MIN", help: "only places within this many minutes"),
      QueryOptionSpecs.why, QueryOptionSpecs.date, QueryOptionSpecs.horizon, CommonOptions.format,
      CommonOptions.language,
    ],
    details: """
      Ranked best first: score, then place id. '!' marks points an officer must judge; run
      plek explain for the full breakdown. When nothing fits, the reasons that block most
      places are listed.
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
      sectors: invocation.list("sector"), employerKinds: invocation.list("kind"),
      learningOnly: invocation.flag("learning-only"), maxTravelMinutes: maxTravel,
      taxonomy: engine.taxonomy)
    if let error = filterUsageError(
      parsed.problems,
      known: [
        "sectors": ("sector", "Sectors", engine.taxonomy.sectors.map(\.id.rawValue)),
        "employerKinds": ("employer kind", "Employer kinds", EmployerKind.allCodes),
      ])
    {
      throw error
    }
    let person = try stored(id, in: engine)
    let list = try engine.shortlist(
      for: id, filter: parsed.filter,
      options: QueryOptions(k: k, day: day, threads: 0, horizonDays: horizon))
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    let presenter = Presenter(audience: .officer)
    // Tables and sheets show each match's reasons, so every match is explained; JSON only
    // carries explanations when asked (--why), as the service does.
    var presentation = presenter.shortlist(
      list, for: person, day: day, horizonDays: horizon,
      explain: format != "json" || invocation.flag("why"), in: engine)
    switch format {
    case "json":
      printJSON(JSONRendering(localizer: localizer).list(presentation))
    case "csv":
      printCSV(
        CSVRendering(localizer: localizer).list(presentation), CSVRendering(localizer: localizer))
    default:
      if presentation.entries.isEmpty {
        presentation.whyEmpty = try presenter.whyEmpty(
          person, day: day, horizonDays: horizon, filtered: parsed.filter != PlaceFilter(),
          in: engine)
      }
      printText(
        textRendering(localizer).shortlist(presentation, breakdowns: invocation.flag("why")))
    }
    return ExitCode.success
  }
}
