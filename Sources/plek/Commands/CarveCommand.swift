import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let carve = Command(
    name: "carve",
    summary:
      "Job carving: which demand of a place keeps the most people out, and what a change opens.",
    usage:
      "plek carve <place-id> [--view employer] [--date D] [--horizon DAYS] [--format table|json] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.view, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      OptionSpec(name: "format", value: "FORMAT", help: "table or json (default: table)"),
      CommonOptions.language,
    ],
    details: """
      Each change to the place (a load demand one level lower or adaptable, a competency one
      level lower or desired, fewer or more hours, less Dutch, more support, wage-cost
      subsidy, opening now) with the people it would let in: those whose every knock-out it
      removes. The employer view shows counts only, small groups withheld ("•"), and no people.
      """
  ) { invocation in
    let format = try invocation.format(["table", "json"])
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let audience = try invocation.audience()
    let id = try invocation.placeID(at: 0)
    let engine = try DataSession.load(invocation).engine
    var query = CarveQuery(
      place: try stored(id, in: engine), storedID: id,
      options: QueryOptions(day: day, threads: 0, horizonDays: horizon))
    query.audience = audience
    let presentation = try query.present(in: Workspace(engine: engine))
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    if format == "json" {
      printJSON(JSONRendering(localizer: localizer).carving(presentation))
    } else {
      printText(textRendering(localizer).carving(presentation))
    }
    return ExitCode.success
  }
}
