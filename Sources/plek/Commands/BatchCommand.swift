import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let batch = Command(
    name: "batch",
    summary: "Shortlists for every participant, to a CSV or JSON file.",
    usage: "plek batch --out FILE [--top N] [--format csv|json] [--threads N] [--date D] [options]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE", help: "file to write (.csv or .json; '-' for standard output)"),
      QueryOptionSpecs.top,
      OptionSpec(
        name: "format", value: "FORMAT", help: "csv or json (default: from the file name, else csv)"
      ),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      CommonOptions.language,
    ],
    details: """
      CSV: one row per match (participant, rank, place, employer, kind, sectors, score, travel
      minutes, points to judge), with a decimal comma and ';' in Dutch (--lang nl). JSON: the
      shape of the service's shortlist results. A progress bar is shown on standard error
      when it is a terminal.
      """
  ) { invocation in
    guard let out = invocation.value("out") else {
      throw UsageError(message: "--out FILE is required", hint: nil)
    }
    let defaultFormat = out.lowercased().hasSuffix(".json") ? "json" : "csv"
    let format = try invocation.choice("format", of: ["csv", "json"], default: defaultFormat)
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let k = try invocation.top(minimum: 1)
    let threads = try invocation.threads()
    let engine = try DataSession.load(invocation).engine
    let started = Date()
    // One parallel batch over everyone; the workers report each finished chunk, so the
    // progress bar costs nothing in parallelism.
    let progress = Progress(
      total: engine.participantCount, enabled: Terminal.standardErrorIsTerminal)
    let results = try engine.batchShortlists(
      options: QueryOptions(k: k, day: day, threads: threads, horizonDays: horizon),
      progress: { progress.advance(by: $0) })
    progress.finish()
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    let presenter = Presenter(audience: .officer)
    // The competition at every entry: from these very lists when they are at least 10 deep
    // (the first 10 of each), else from everybody's top 10.
    let depth = CompetitionIndex.standardDepth
    let index =
      k >= depth
      ? CompetitionIndex(
        lists: results.map { $0.shortlist.matches.prefix(depth).map(\.placeID) }, depth: depth,
        day: day)
      : try CompetitionIndex(
        engine: engine,
        options: QueryOptions(k: depth, day: day, threads: threads, horizonDays: horizon))
    let presentations = results.map { result in
      var ranks: [PlaceID: Int] = [:]
      for (rank, match) in result.shortlist.matches.enumerated() { ranks[match.placeID] = rank + 1 }
      return presenter.withCompetition(
        presenter.shortlist(
          result.shortlist, for: engine.validatedParticipant(result.participantID)!, day: day,
          explain: false, in: engine), index: index, plainRanks: ranks)
    }
    let bytes: [UInt8]
    if format == "json" {
      let json = JSONRendering(localizer: localizer)
      bytes = JSONWriter(style: .pretty).bytes(
        .object([
          JSONMember("date", .string(day.iso)),
          JSONMember("participants", .int(results.count)),
          JSONMember("shortlists", .array(presentations.map(json.list))),
        ]))
    } else {
      let csv = CSVRendering(localizer: localizer)
      bytes = csv.bytes(
        header: CSVRendering.batchHeader, rows: presentations.flatMap(csv.batchRows),
        byteOrderMark: true)
    }
    try writeOutput(bytes, to: out)
    let matches = results.reduce(0) { $0 + $1.shortlist.matches.count }
    StandardError.write(
      "Wrote \(matches) matches for \(results.count) participants to \(out) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s."
    )
    return ExitCode.success
  }
}
