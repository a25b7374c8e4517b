import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let batch = Command(
    name: "batch",
    summary: "Shortlists for every participant (or one shard of them), to a CSV, NDJSON or JSON file.",
    usage:
      "plek batch --out FILE [--top N] [--format csv|ndjson|json] [--shard I/N] [--competition on|off] [--threads N] [--date D] [options]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE",
        help: "file to write (.csv, .ndjson or .json; '-' for standard output)"),
      QueryOptionSpecs.top,
      OptionSpec(
        name: "format", value: "FORMAT",
        help: "csv, ndjson or json (default: from the file name, else csv)"),
      OptionSpec(
        name: "shard", value: "I/N",
        help: "only the I-th of N equal runs of the participants in id order (1 ≤ I ≤ N)"),
      OptionSpec(
        name: "competition", value: "on|off",
        help: "the competition columns (default on: a first pass over everybody's top 10)"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      CommonOptions.language,
    ],
    details: """
      CSV: one row per match (participant, rank, place, employer, kind, sectors, score, travel
      minutes, points to judge, and the competition: how many rank the place higher, how many
      list it, its free slots), with a decimal comma and ';' in Dutch (--lang nl). NDJSON: one
      line per participant, the shape of the service's shortlist result. JSON: one document
      with every shortlist.

      The file is written as the batch goes, a chunk of participants at a time, so memory
      does not grow with the number of people; it appears under its name only when it is
      complete. A progress bar with the time left is shown on standard error when it is a
      terminal.

      Shards: --shard I/N computes the I-th of N runs of the participants (in id order)
      against all places; the N files merged (CSV: the first whole, the others without their
      header line; NDJSON: one after the other) are byte for byte the file of the run without
      --shard. The competition figures need everybody's top 10, so with them each shard also
      makes everybody's top 10 first: for many shards, --competition off. JSON cannot be
      sharded. See the Scaling article.
      """
  ) { invocation in
    guard let out = invocation.value("out") else {
      throw UsageError(message: "--out FILE is required", hint: nil)
    }
    let lowercased = out.lowercased()
    let defaultFormat =
      lowercased.hasSuffix(".json")
      ? "json" : lowercased.hasSuffix(".ndjson") || lowercased.hasSuffix(".jsonl") ? "ndjson" : "csv"
    let format = BatchRendering.Format(
      rawValue: try invocation.choice(
        "format", of: BatchRendering.Format.allCases.map(\.rawValue), default: defaultFormat))!
    var shard = Shard.whole
    if let text = invocation.value("shard") {
      guard let parsed = Shard(text) else {
        throw UsageError(
          message:
            "--shard needs I/N with 1 ≤ I ≤ N ≤ \(Shard.maximumCount) (shards count from 1), not '\(text)'",
          hint: nil)
      }
      shard = parsed
    }
    guard shard.count == 1 || format.mergesByLines else {
      throw UsageError(
        message:
          "--shard writes csv or ndjson: a JSON document cannot be merged by putting files together",
        hint: nil)
    }
    let competition = try invocation.choice("competition", of: ["on", "off"], default: "on") == "on"
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let k = try invocation.top(minimum: 1)
    let threads = try invocation.threads()
    let engine = try DataSession.load(invocation).engine
    let started = Date()
    let everyone = engine.participantIDs
    let ids = Array(shard.slice(everyone))
    let options = QueryOptions(k: k, day: day, threads: threads, horizonDays: horizon)
    let depth = CompetitionIndex.standardDepth
    // The workers report each finished chunk, so the progress bar costs no parallelism.
    let progress = Progress(
      total: ids.count + (competition ? everyone.count : 0),
      enabled: Terminal.standardErrorIsTerminal)
    // The competition at every entry, from everybody's top 10: counted a chunk at a time,
    // keeping the counts and dropping the lists.
    var index: CompetitionIndex?
    if competition {
      var counts = CompetitionIndex(depth: depth, day: day)
      for chunk in chunks(everyone) {
        let lists = try engine.batchShortlists(
          for: chunk,
          options: QueryOptions(k: depth, day: day, threads: threads, horizonDays: horizon),
          progress: { progress.advance(by: $0) })
        for list in lists { counts.add(list.shortlist.matches.lazy.map(\.placeID)) }
      }
      index = counts
    }
    let presenter = Presenter(audience: .officer)
    let rendering = BatchRendering(
      format: format, localizer: Localizer(language: language, taxonomy: engine.taxonomy))
    let output: StreamedOutput
    do {
      output = try StreamedOutput(path: out)
    } catch {
      throw CommandFailure(message: "cannot write \(out): \(error.localizedDescription)")
    }
    var written = 0
    var matches = 0
    do {
      try output.write(rendering.start(day: day, participants: ids.count))
      for chunk in chunks(ids) {
        let results = try engine.batchShortlists(
          for: chunk, options: options, progress: { progress.advance(by: $0) })
        let presentations = results.map { result in
          let list = presenter.shortlist(
            result.shortlist, for: engine.validatedParticipant(result.participantID)!, day: day,
            explain: false, in: engine)
          guard let index else { return list }
          var ranks: [PlaceID: Int] = [:]
          for (rank, match) in result.shortlist.matches.enumerated() {
            ranks[match.placeID] = rank + 1
          }
          return presenter.withCompetition(list, index: index, plainRanks: ranks)
        }
        try output.write(rendering.piece(presentations, first: written == 0))
        written += results.count
        matches += results.reduce(0) { $0 + $1.shortlist.matches.count }
      }
      try output.write(rendering.end(empty: written == 0))
      try output.commit()
    } catch let error as MatchError {
      throw error
    } catch {
      throw CommandFailure(message: "cannot write \(out): \(error.localizedDescription)")
    }
    progress.finish()
    let part = shard.count > 1 ? " (shard \(shard) of \(everyone.count))" : ""
    StandardError.write(
      "Wrote \(matches) matches for \(written) participants\(part) to \(out) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s."
    )
    return ExitCode.success
  }

  /// The participants a batch computes and writes at a time: enough for the parallel scan
  /// to keep every core busy, few enough that the results of one chunk stay small.
  static let batchChunk = 16_384

  /// `ids` in runs of ``batchChunk``.
  static func chunks(_ ids: [ParticipantID]) -> [[ParticipantID]] {
    stride(from: 0, to: ids.count, by: batchChunk).map {
      Array(ids[$0..<min(ids.count, $0 + batchChunk)])
    }
  }
}
