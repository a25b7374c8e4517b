import Foundation
import PlekCore
import PlekIO

/// Sizes of a run.
struct Sizes {
  var batchParticipants: Int
  var batchPlaces: Int
  var latencyRecords: Int
  var latencyQueries: Int
  var referenceParticipants: Int
  var referencePlaces: Int
  var loadRecords: Int
  var serviceRequests: Int
  var cliParticipants: Int
  var cliPlaces: Int
  var nationalParticipants: Int
  var nationalPlaces: Int
  var runs: Int

  static let quick = Sizes(
    batchParticipants: 2_000, batchPlaces: 10_000, latencyRecords: 100_000, latencyQueries: 300,
    referenceParticipants: 60, referencePlaces: 2_000, loadRecords: 20_000, serviceRequests: 5_000,
    cliParticipants: 500, cliPlaces: 10_000, nationalParticipants: 30_000, nationalPlaces: 20_000,
    runs: 5)
  static let full = Sizes(
    batchParticipants: 20_000, batchPlaces: 100_000, latencyRecords: 100_000, latencyQueries: 1_000,
    referenceParticipants: 150, referencePlaces: 5_000, loadRecords: 100_000,
    serviceRequests: 20_000, cliParticipants: 2_000, cliPlaces: 100_000,
    nationalParticipants: 600_000, nationalPlaces: 400_000, runs: 3)

  /// Whether these are the full sizes, at which the batch and load targets are set: at the
  /// quick sizes per-query overheads weigh more, so those targets are not judged there.
  var isFull: Bool {
    batchPlaces == Sizes.full.batchPlaces && loadRecords == Sizes.full.loadRecords
  }
}

/// A failed correctness check: the benchmark stops and CI fails.
struct CheckFailed: Error, CustomStringConvertible {
  var description: String
}

/// The benchmark scenarios.
struct Scenarios {
  let taxonomy: Taxonomy
  let sizes: Sizes
  let seed: UInt64 = 20_261_122
  let day = Day(iso: "2026-11-22")!
  let repository: String
  var measurements: [Measurement] = []
  var facts: [String: Double] = [:]

  func generator() -> DatasetGenerator { DatasetGenerator(taxonomy: taxonomy, seed: seed) }

  // MARK: 1. Batch

  mutating func batch() throws {
    let label =
      "batch \(sizes.batchParticipants.formatted()) × \(sizes.batchPlaces.formatted()), top 10"
    log("• \(label): generating")
    let data = generator()
    let engine = try MatchEngine(
      taxonomy: taxonomy, participants: data.participants(count: sizes.batchParticipants),
      places: data.places(count: sizes.batchPlaces))
    let pairs = Double(sizes.batchParticipants) * Double(sizes.batchPlaces)
    var perThreads: [Int: Double] = [:]
    var reference: [BatchShortlist]?
    let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    for threads in [1, 0] {
      let options = QueryOptions(k: 10, day: day, threads: threads)
      var result = try engine.batchShortlists(options: options)  // warm-up
      var seconds: [Double] = []
      for _ in 0..<sizes.runs {
        seconds.append(try time { result = try engine.batchShortlists(options: options) })
      }
      if let reference, reference != result {
        throw CheckFailed(description: "batch results differ between 1 and \(cores) threads")
      }
      reference = result
      let rates = Summary(seconds.map { pairs / $0 })
      perThreads[threads] = rates.median
      let evaluated = result.reduce(0) { $0 + $1.shortlist.evaluated }
      facts["batchEvaluatedShare"] = Double(evaluated) / pairs
      measurements.append(
        Measurement(
          scenario: label, metric: threads == 1 ? "pairs/s, 1 thread" : "pairs/s, \(cores) threads",
          unit: "pairs/s",
          median: rates.median, p99: Summary(seconds.map { pairs / $0 }).percentile(1),
          runs: seconds.count,
          target: threads == 0 && sizes.isFull ? 500e6 : nil,
          note: threads == 0
            ? "p99 column: slowest run; \(format(100 * Double(evaluated) / pairs, 0))% of pairs read, the index skips the rest"
              + (sizes.isFull ? "" : "; the 500 M target is for the full size")
            : "p99 column: slowest run"))
    }
    let efficiency = perThreads[0]! / (perThreads[1]! * Double(cores))
    measurements.append(
      Measurement(
        scenario: label, metric: "scaling efficiency, \(cores) threads", unit: "",
        median: efficiency, p99: nil,
        runs: sizes.runs, note: "pairs/s on all cores ÷ (1 thread × cores)"))
  }

  // MARK: 2–4. Latency and pruning

  mutating func latency() throws {
    let count = sizes.latencyRecords
    log("• latency: generating \(count.formatted()) places and \(count.formatted()) participants")
    let data = generator()
    let people = data.participants(count: count)
    let places = data.places(count: count)
    let engine = try MatchEngine(taxonomy: taxonomy, participants: people, places: places)
    var random = SplitMix64(seed: seed)
    let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    for threads in [0, 1] {
      let options = QueryOptions(k: 10, day: day, threads: threads)
      let ids = (0..<sizes.latencyQueries).map { _ in people[random.below(people.count)].id }
      for id in ids.prefix(50) { _ = try engine.shortlist(for: id, options: options) }  // warm-up
      var latencies: [Double] = []
      var pruned: [Double] = []
      for id in ids {
        var list: Shortlist?
        latencies.append(try time { list = try engine.shortlist(for: id, options: options) })
        if let list, list.evaluated > 0 {
          pruned.append(1 - Double(list.evaluated) / Double(list.total))
        }
      }
      let summary = Summary(latencies.map { $0 * 1000 })
      measurements.append(
        Measurement(
          scenario: "shortlist over \(count.formatted()) places",
          metric: "latency, \(threads == 0 ? "\(cores) threads" : "1 thread")",
          unit: "ms", median: summary.median, p99: summary.p99, runs: summary.count,
          target: threads == 0 ? 1 : nil,
          direction: .lowerIsBetter))
      if threads == 0 {
        let share = Summary(pruned)
        measurements.append(
          Measurement(
            scenario: "pruning (shortlists)", metric: "share of places skipped by the index",
            unit: "share",
            median: share.median, p99: nil, runs: share.count,
            note:
              "mean \(format(pruned.reduce(0, +) / Double(max(1, pruned.count)) * 100, 1))%; people not yet available are left out"
          ))
      }
    }
    for threads in [0, 1] {
      let options = QueryOptions(k: 10, day: day, threads: threads)
      let ids = (0..<sizes.latencyQueries).map { _ in places[random.below(places.count)].id }
      for id in ids.prefix(50) { _ = try engine.candidates(for: id, options: options) }
      var latencies: [Double] = []
      var pruned: [Double] = []
      for id in ids {
        var list: Shortlist?
        latencies.append(try time { list = try engine.candidates(for: id, options: options) })
        if let list, list.total > 0 {
          pruned.append(1 - Double(list.evaluated) / Double(list.total))
        }
      }
      let summary = Summary(latencies.map { $0 * 1000 })
      measurements.append(
        Measurement(
          scenario: "candidates over \(count.formatted()) participants",
          metric: "latency, \(threads == 0 ? "\(cores) threads" : "1 thread")",
          unit: "ms", median: summary.median, p99: summary.p99, runs: summary.count,
          direction: .lowerIsBetter))
      if threads == 0 {
        let share = Summary(pruned)
        measurements.append(
          Measurement(
            scenario: "pruning (candidates)", metric: "share of participants skipped by the index",
            unit: "share",
            median: share.median, p99: nil, runs: share.count,
            note: "mean \(format(pruned.reduce(0, +) / Double(max(1, pruned.count)) * 100, 1))%"))
      }
    }
  }

  // MARK: 5. Fast versus reference

  /// Checks that the compiled scorer agrees with the reference and measures its speed-up.
  mutating func fastVersusReference() throws -> Double {
    log(
      "• fast vs reference: \(sizes.referenceParticipants) × \(sizes.referencePlaces.formatted()) pairs"
    )
    let data = generator()
    let people = data.participants(count: sizes.referenceParticipants)
    let places = data.places(count: sizes.referencePlaces)
    let engine = try MatchEngine(taxonomy: taxonomy, participants: people, places: places)
    let reference = ReferenceScorer(policy: .default)
    let k = 20
    // Agreement: each participant's full shortlist, fast (with and without the index) and plain.
    struct Scored {
      var id: String
      var score: Double
    }
    func plainShortlist(_ person: Participant) -> [Scored] {
      var scored: [Scored] = []
      for place in places {
        if let score = reference.evaluate(person, place, on: day).score {
          scored.append(Scored(id: place.id.rawValue, score: score))
        }
      }
      scored.sort { (a: Scored, b: Scored) -> Bool in
        a.score > b.score || (a.score == b.score && a.id < b.id)
      }
      return Array(scored.prefix(k))
    }
    var expected: [[Scored]] = []
    var referenceRuns: [Double] = []
    for _ in 0..<sizes.runs { referenceRuns.append(time { expected = people.map(plainShortlist) }) }
    let referenceSeconds = Summary(referenceRuns)
    var fits = 0
    for (person, list) in zip(people, expected) {
      for useIndex in [false, true] {
        let fast = try engine.shortlist(
          for: person.id, options: QueryOptions(k: k, day: day, threads: 1, useIndex: useIndex))
        guard fast.matches.map(\.placeID.rawValue) == list.map(\.id),
          zip(fast.matches, list).allSatisfy({ abs($0.score - $1.score) < 1e-4 })
        else {
          throw CheckFailed(
            description:
              "the fast scorer disagrees with the reference for \(person.id) (index: \(useIndex))")
        }
      }
      fits += list.count
    }
    guard fits > 0 else {
      throw CheckFailed(description: "no fits at all: the agreement check proves nothing")
    }
    let fastSeconds = try Summary(
      (0..<sizes.runs * 3).map { _ in
        try time {
          for person in people {
            _ = try engine.shortlist(
              for: person.id, options: QueryOptions(k: k, day: day, threads: 1, useIndex: false))
          }
        }
      })
    let pairs = Double(people.count * places.count)
    let speedUp = referenceSeconds.median / fastSeconds.median
    measurements.append(
      Measurement(
        scenario:
          "fast vs reference, \(sizes.referenceParticipants) × \(sizes.referencePlaces.formatted())",
        metric: "speed-up, same pairs, 1 thread, no index", unit: "×", median: speedUp, p99: nil,
        runs: sizes.runs,
        note:
          "agree on every shortlist (\(fits) fits); reference \(format(referenceSeconds.median / pairs * 1e9, 0)) ns/pair, fast \(format(fastSeconds.median / pairs * 1e9, 1)) ns/pair"
      ))
    return speedUp
  }

  // MARK: 6. Load

  mutating func load() throws {
    let count = sizes.loadRecords
    let directory = NSTemporaryDirectory() + "plek-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    log("• load: writing \(count.formatted()) participants and \(count.formatted()) places")
    try generator().write(participants: count, places: count, to: directory)
    let taxonomyDirectory = repository + "/Datasets/taxonomy"
    var parseSeconds: [Double] = []
    var buildSeconds: [Double] = []
    var bytes = 0
    var engine: MatchEngine?
    for _ in 0..<max(2, sizes.runs - 2) {
      engine = nil
      var report: DatasetReport?
      parseSeconds.append(
        time {
          report = DatasetLoader.load(directory: directory, taxonomyDirectory: taxonomyDirectory)
        })
      guard let dataset = report?.dataset else {
        throw CheckFailed(description: "generated data did not validate")
      }
      bytes = report!.bytesRead
      buildSeconds.append(
        try time {
          engine = try MatchEngine(dataset: dataset)
        })
    }
    let records = Double(2 * count)
    let parse = Summary(parseSeconds)
    let build = Summary(buildSeconds)
    let scenario =
      "load \(count.formatted()) + \(count.formatted()) records (\(format(Double(bytes) / 1e6, 0)) MB JSON)"
    measurements.append(
      Measurement(
        scenario: scenario, metric: "read, parse and validate", unit: "MB/s",
        median: Double(bytes) / 1e6 / parse.median,
        p99: Double(bytes) / 1e6 / parse.samples.last!, runs: parse.count,
        note: "p99 column: slowest run"))
    measurements.append(
      Measurement(
        scenario: scenario, metric: "compile and index", unit: "s", median: build.median,
        p99: build.samples.last!,
        runs: build.count, direction: .lowerIsBetter))
    // The target covers the whole way from files to a queryable engine.
    let totals = Summary(zip(parseSeconds, buildSeconds).map { $0 + $1 })
    measurements.append(
      Measurement(
        scenario: scenario, metric: "total", unit: "s", median: totals.median,
        p99: totals.samples.last!, runs: totals.count, direction: .lowerIsBetter))
    measurements.append(
      Measurement(
        scenario: scenario, metric: "parse, validate, compile and index", unit: "MB/s",
        median: Double(bytes) / 1e6 / totals.median,
        p99: Double(bytes) / 1e6 / totals.samples.last!, runs: totals.count,
        target: sizes.isFull ? 50 : nil,
        note: "p99 column: slowest run"
          + (sizes.isFull ? "" : "; the 50 MB/s target is for the full size")))
    if let packed = engine?.statistics.packedBytes {
      measurements.append(
        Measurement(
          scenario: scenario, metric: "packed bytes per record", unit: "B",
          median: Double(packed) / records, p99: nil, runs: 1,
          note: "packed records and index only"))
      // The engine alone: resident memory with it, less resident memory once it is gone.
      let withEngine = trimmedResidentBytes()
      engine = nil
      let without = trimmedResidentBytes()
      measurements.append(
        Measurement(
          scenario: scenario, metric: "engine bytes per record", unit: "B",
          median: Double(max(0, withEngine - without)) / records, p99: nil, runs: 1,
          note: "resident memory the engine holds: friendly records, packed records, index"))
      measurements.append(
        Measurement(
          scenario: scenario, metric: "peak resident memory", unit: "MB",
          median: Double(peakResidentBytes()) / 1e6, p99: nil, runs: 1,
          direction: .lowerIsBetter,
          note: "the whole process, JSON and data generation included"))
    }
  }

  // MARK: 7. Service

  mutating func service() throws {
    guard let plek = Self.plekExecutable() else {
      measurements.append(
        Measurement(
          scenario: "service", metric: "skipped", unit: "", median: .nan, p99: nil, runs: 0,
          note: "no release plek next to plek-bench: run swift build -c release"))
      return
    }
    log("• service: \(plek)")
    let date = "2026-11-22"
    // Cold start: spawn to the first answer, several times.
    var colds: [Double] = []
    for _ in 0..<sizes.runs {
      let server = try ServerProcess(
        plek, arguments: ["serve", "--data", repository + "/Datasets/sample"])
      colds.append(
        try time {
          server.send(#"{"jsonrpc":"2.0","id":0,"method":"health"}"# + "\n")
          guard server.readLine() != nil else {
            throw CheckFailed(description: "plek serve did not answer")
          }
        } + server.spawnedAt.distance(to: server.startedWriting))
      server.close()
    }
    let cold = Summary(colds.map { $0 * 1000 })
    measurements.append(
      Measurement(
        scenario: "service on the sample", metric: "cold start, spawn to first answer", unit: "ms",
        median: cold.median,
        p99: cold.p99, runs: cold.count, target: 300, direction: .lowerIsBetter))

    let server = try ServerProcess(
      plek, arguments: ["serve", "--data", repository + "/Datasets/sample", "--threads", "1"])
    server.send(#"{"jsonrpc":"2.0","id":0,"method":"health"}"# + "\n")
    _ = server.readLine()
    var random = SplitMix64(seed: seed)
    func request(_ id: Int) -> String {
      let participant = "P-" + String(format: "%06d", 1 + random.below(300))
      return
        #"{"jsonrpc":"2.0","id":\#(id),"method":"shortlist","params":{"participant":"\#(participant)","k":10,"date":"\#(date)"}}"#
        + "\n"
    }
    // Round trips, one at a time: latency.
    var latencies: [Double] = []
    for id in 1...1000 {
      let line = request(id)
      latencies.append(
        try time {
          server.send(line)
          guard server.readLine() != nil else {
            throw CheckFailed(description: "plek serve stopped answering")
          }
        })
    }
    let latency = Summary(latencies.map { $0 * 1000 })
    measurements.append(
      Measurement(
        scenario: "service on the sample", metric: "shortlist round trip", unit: "ms",
        median: latency.median,
        p99: latency.p99, runs: latency.count, direction: .lowerIsBetter))
    // Pipelined: everything written at once by one thread, read by another.
    let text = (0..<sizes.serviceRequests).map { request(10_000 + $0) }.joined()
    var answered = 0
    let seconds = try time {
      let writer = Thread { server.send(text) }
      writer.start()
      while answered < sizes.serviceRequests {
        guard server.readLine() != nil else {
          throw CheckFailed(description: "plek serve stopped answering")
        }
        answered += 1
      }
    }
    server.close()
    measurements.append(
      Measurement(
        scenario: "service on the sample",
        metric: "\(sizes.serviceRequests.formatted()) pipelined shortlists",
        unit: "requests/s", median: Double(sizes.serviceRequests) / seconds, p99: nil, runs: 1,
        target: 5000))
  }
}

extension Double {
  func distance(to other: Double) -> Double { other - self }
}
