import Foundation
import PlekCore
import PlekIO
import PlekReport
import PlekService

#if canImport(Glibc)
  import Glibc
#endif

/// National scale (issue 16): a national dataset written to disk and loaded from its JSON
/// files (MB/s, records/s, peak memory), the engine's memory per record, every shortlist
/// streamed to a CSV file as `plek batch` writes it, the same in 4 shards merged and
/// compared byte for byte, single shortlists' latency and one service replica's requests
/// per second.
extension Scenarios {
  mutating func national() throws {
    let people = sizes.nationalParticipants
    let placeCount = sizes.nationalPlaces
    let label = "national \(people.formatted()) × \(placeCount.formatted())"
    let directory = NSTemporaryDirectory() + "plek-bench-national-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    log("• \(label): writing the dataset")
    let generator = DatasetGenerator(taxonomy: taxonomy, seed: seed, profile: .national)
    let writeSeconds = try time {
      try generator.write(participants: people, places: placeCount, to: directory)
    }
    measurements.append(
      Measurement(
        scenario: label, metric: "generate and write (streamed)", unit: "records/s",
        median: Double(people + placeCount) / writeSeconds, p99: nil, runs: 1))

    // Load: files → validated records → engine, as `plek` loads (each block of records
    // compiled as it is decoded), with the peak resident memory of that alone.
    log("• \(label): loading")
    Memory.trim()
    let before = Memory.resident()
    Memory.resetPeak()
    var engine: MatchEngine?
    var bytes = 0
    let loadSeconds = try time {
      let loaded = try DatasetLoader.loadEngine(
        directory: directory, taxonomyDirectory: directory + "/taxonomy",
        policyFile: directory + "/policy.json")
      guard loaded.report.issues.isEmpty, let built = loaded.engine else {
        throw CheckFailed(description: "the national dataset did not validate")
      }
      bytes = loaded.report.bytesRead
      engine = built
    }
    let peak = Memory.peak() - before
    Memory.trim()
    let held = Memory.resident() - before
    let engineBytes = Double(held) / Double(people + placeCount)
    // The JSON alone (read, parse, decode, validate; records let go block by block), timed
    // apart once the engine's memory is measured: compiling is the rest of the load.
    let taxonomyDirectory = directory + "/taxonomy"
    let parseSeconds = time {
      _ = DatasetLoader.load(
        directory: directory, taxonomy: DatasetLoader.loadTaxonomy(directory: taxonomyDirectory),
        participants: { _, _ in }, places: { _, _ in })
    }
    let records = Double(people + placeCount)
    measurements.append(
      Measurement(
        scenario: label, metric: "load into an engine (JSON to engine, streamed)",
        unit: "MB/s", median: Double(bytes) / 1e6 / loadSeconds, p99: nil, runs: 1,
        note:
          "\(format(Double(bytes) / 1e6, 0)) MB in \(format(loadSeconds, 1)) s: \(format(records / loadSeconds / 1000, 0))k records/s"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "read, parse and validate the JSON", unit: "MB/s",
        median: Double(bytes) / 1e6 / parseSeconds, p99: nil, runs: 1,
        note:
          "\(format(parseSeconds, 1)) s: \(format(records / parseSeconds / 1000, 0))k records/s (timed apart)"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "compile and index", unit: "s",
        median: max(0, loadSeconds - parseSeconds), p99: nil, runs: 1,
        direction: .lowerIsBetter, note: "the load less the JSON alone"))
    measurements.append(
      Measurement(
        scenario: label, metric: "engine memory per record (resident, after load)", unit: "B",
        median: engineBytes, p99: nil, runs: 1, target: sizes.isFull ? 1024 : nil,
        direction: .lowerIsBetter,
        note: "\(format(Double(held) / 1e6, 0)) MB for \((people + placeCount).formatted()) records"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "peak memory while loading ÷ engine memory", unit: "×",
        median: Double(peak) / Double(max(1, held)), p99: nil, runs: 1,
        target: sizes.isFull ? 3 : nil, direction: .lowerIsBetter,
        note: "peak \(format(Double(peak) / 1e6, 0)) MB above the process before loading"))
    guard let engine else { return }

    // Every shortlist, top 10, streamed to a CSV file as `plek batch --competition off`.
    let options = QueryOptions(k: 10, day: day, threads: 0)
    let rendering = BatchRendering(
      format: .csv, localizer: Localizer(language: .english, taxonomy: engine.taxonomy))
    func batch(_ shard: Shard, to path: String) throws -> Double {
      let output = try StreamedOutput(path: path)
      let seconds = try time {
        _ = try BatchRun(
          engine: engine, options: options, shard: shard, competition: false,
          rendering: rendering
        ).run(write: output.write)
        try output.commit()
      }
      return seconds
    }
    log("• \(label): every shortlist, then 4 shards")
    var whole: [Double] = []
    var sharded: [Double] = []
    let runs = sizes.isFull ? 2 : 3
    for _ in 0..<runs {
      whole.append(try batch(.whole, to: directory + "/all.csv"))
      sharded.append(
        try (1...4).reduce(0.0) { sum, index in
          sum + (try batch(Shard(index: index, count: 4)!, to: directory + "/shard-\(index).csv"))
        })
    }
    // The shards merged as the Scaling article says: the first whole, the rest without
    // their header line.
    var merged = [UInt8](FileManager.default.contents(atPath: directory + "/shard-1.csv")!)
    for index in 2...4 {
      let file = [UInt8](FileManager.default.contents(atPath: directory + "/shard-\(index).csv")!)
      merged += file[(file.firstIndex(of: 0x0A)! + 1)...]
    }
    guard merged == [UInt8](FileManager.default.contents(atPath: directory + "/all.csv")!) else {
      throw CheckFailed(description: "the 4 shards merged differ from the whole batch")
    }
    let wholeSummary = Summary(whole)
    measurements.append(
      Measurement(
        scenario: label, metric: "all \(people.formatted()) shortlists, top 10, to CSV",
        unit: "s", median: wholeSummary.median, p99: wholeSummary.samples.last!, runs: runs,
        target: sizes.isFull ? 60 : nil, direction: .lowerIsBetter,
        note:
          "p99 column: slowest run; CSV \(format(Double(merged.count) / 1e6, 0)) MB; competition columns off"
      ))
    let ratios = zip(sharded, whole).map { $0 / $1 }
    measurements.append(
      Measurement(
        scenario: label, metric: "4 shards one after another ÷ the whole batch", unit: "×",
        median: Summary(ratios).median, p99: Summary(ratios).samples.last!, runs: runs,
        target: sizes.isFull ? 1.1 : nil, direction: .lowerIsBetter,
        note: "merged output identical to the whole batch's (checked)"))

    // Single shortlists, and one read-only replica's requests per second.
    var random = SplitMix64(seed: seed)
    let ids = engine.participantIDs
    let asked = (0..<(sizes.isFull ? 2_000 : 500)).map { _ in ids[random.below(ids.count)] }
    for id in asked.prefix(50) { _ = try engine.shortlist(for: id, options: options) }
    let latencies = Summary(
      try asked.map { id in try time { _ = try engine.shortlist(for: id, options: options) } * 1000
      }
    )
    measurements.append(
      Measurement(
        scenario: label, metric: "shortlist latency, 2 threads", unit: "ms",
        median: latencies.median, p99: latencies.p99, runs: latencies.count,
        target: sizes.isFull ? 1 : nil, direction: .lowerIsBetter))
    var service = Service(engine: engine, log: { _ in })
    let lines = asked.enumerated().map { index, id in
      Array(
        #"{"jsonrpc":"2.0","id":\#(index),"method":"shortlist","params":{"participant":"\#(id.rawValue)","k":10,"date":"2026-11-22"}}"#
          .utf8)
    }
    // The first shortlist makes everybody's top 10 for the competition figures (kept up to
    // date person by person afterwards): timed apart from the steady state.
    let firstSeconds = time { _ = service.handle(line: lines[0]) }
    var answered = 0
    let serviceSeconds = time {
      for line in lines where service.handle(line: line) != nil { answered += 1 }
    }
    measurements.append(
      Measurement(
        scenario: label, metric: "one `plek serve` replica: the first shortlist", unit: "s",
        median: firstSeconds, p99: nil, runs: 1, direction: .lowerIsBetter,
        note: "everybody's top 10 for the competition figures, once per start (and per day asked)"
      ))
    guard answered == lines.count else {
      throw CheckFailed(description: "the replica answered \(answered) of \(lines.count)")
    }
    measurements.append(
      Measurement(
        scenario: label, metric: "one `plek serve` replica: shortlist requests", unit: "/s",
        median: Double(lines.count) / serviceSeconds, p99: nil, runs: 1,
        note: "after the first; one request at a time, parsing and answering included"))
  }
}

/// The process's resident memory, from /proc (Linux).
enum Memory {
  /// Resident bytes now (VmRSS).
  static func resident() -> Int { field("VmRSS:") }
  /// The peak resident bytes since the last ``resetPeak()`` (VmHWM).
  static func peak() -> Int { field("VmHWM:") }

  /// Starts a new peak (writing 5 to /proc/self/clear_refs resets VmHWM).
  static func resetPeak() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  /// Hands freed memory back to the system, so that resident memory is what is held.
  static func trim() {
    // glibc's malloc_trim, looked up at run time: the Glibc module does not export it.
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    typealias Trim = @convention(c) (Int) -> Int32
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
  }

  static func field(_ name: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) })
    else { return 0 }
    let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return kilobytes * 1024
  }
}
