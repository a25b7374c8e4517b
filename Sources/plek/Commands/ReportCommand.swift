import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let report = Command(
    name: "report",
    summary: "The region at a glance: one HTML file (or JSON) for the SOB and municipalities.",
    usage: "plek report --out FILE [--format html|json] [--lang nl|en] [--date D] [options]",
    positionals: 0...0,
    options: CommonOptions.dataset + [
      OptionSpec(name: "out", value: "FILE", help: "the file to write ('-' for standard output)"),
      OptionSpec(
        name: "format", value: "FORMAT",
        help: "html or json (default: from the file name, else html)"),
      OptionSpec(name: "lang", value: "LANG", help: "nl or en (default: nl for this report)"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
    ],
    details: """
      Caseload and places per municipality, fit per target group, development (the steps that
      open the most places, learning-work places), the placement proposal (regular where it
      can, internal where it must) and congestion (how evenly places are listed). Aggregates
      only, small groups protected: a count of 1-4, or one that would give such a count
      away, is withheld ("•"). One self-contained file: inline charts, no
      script, nothing fetched; the same data and date give the same bytes.
      """
  ) { invocation in
    guard let out = invocation.value("out") else {
      throw UsageError(Message(en: "--out FILE is required", nl: "--out BESTAND is nodig"))
    }
    let format = try invocation.choice(
      "format", of: ["html", "json"], default: out.lowercased().hasSuffix(".json") ? "json" : "html"
    )
    let language: Language =
      invocation.value("lang") == nil && ProcessInfo.processInfo.environment["PLEK_LANG"] == nil
      ? .dutch : try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let threads = try invocation.threads()
    let started = Date()
    let engine = try DataSession.load(invocation).engine
    let report = try ReportQuery(
      options: QueryOptions(day: day, threads: threads, horizonDays: horizon)
    ).present(in: Workspace(engine: engine))
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    let bytes =
      format == "json"
      ? JSONWriter(style: .pretty).bytes(JSONRendering(localizer: localizer).report(report))
      : Array(HTMLRendering(localizer: localizer).report(report).utf8)
    try writeOutput(bytes, to: out)
    if out != "-" {
      status(
        Message(
          en:
            "Wrote the region report (\(engine.participantCount) participants, \(engine.placeCount) places) to \(text: out) in \(Date().timeIntervalSince(started), decimals: 2) s.",
          nl:
            "De regiorapportage (\(engine.participantCount) deelnemers, \(engine.placeCount) plekken) staat in \(text: out) (\(Date().timeIntervalSince(started), decimals: 2) s)."
        ), language)
    }
    return ExitCode.success
  }
}
