import Foundation
import PlekCore
import PlekIO
import PlekService

/// The state directory (issue 14): mutations per second when each is made durable (fsync)
/// alone and when a batch shares one fsync, and the start-up of a state of the load size
/// (snapshot plus journal) against loading the same records' JSON files.
extension Scenarios {
  mutating func state() throws {
    let directory = NSTemporaryDirectory() + "plek-bench-state-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let taxonomyDirectory = repository + "/Datasets/taxonomy"
    let count = sizes.loadRecords
    log("• state: \(count.formatted()) + \(count.formatted()) records")
    let data = generator()
    let people = data.participants(count: count)
    let engine = try MatchEngine(
      taxonomy: taxonomy, participants: people, places: data.places(count: count))
    let state = directory + "/state"
    var service = try Service.withState(
      state, taxonomyDirectory: taxonomyDirectory, initial: { engine }, repair: false,
      journalLimit: 1 << 40, options: .standard, log: { _ in })
    func upsert(_ index: Int) -> String {
      var person = people[index % people.count]
      person.wishes.maxTravelMinutes = 10 + index % 80
      return
        #"{"jsonrpc":"2.0","id":\#(index),"method":"participants.upsert","params":{"participants":[\#(JSONWriter().string(person.json))]}}"#
    }
    // One mutation, one fsync.
    let single = 300
    let singleSeconds = try time {
      for index in 0..<single {
        _ = service.handle(line: Array(upsert(index).utf8))
        try service.commit()
      }
    }
    // Batches of 100 sharing one fsync.
    let batches = 20
    let batchSize = 100
    let batchSeconds = try time {
      for batch in 0..<batches {
        for index in 0..<batchSize {
          _ = service.handle(line: Array(upsert(single + batch * batchSize + index).utf8))
        }
        try service.commit()
      }
    }
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "mutations/s, one fsync each", unit: "/s",
        median: Double(single) / singleSeconds, p99: nil, runs: 1,
        note: "participants.upsert of one record, handled and made durable"))
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "mutations/s, batches of \(batchSize) sharing an fsync", unit: "/s",
        median: Double(batches * batchSize) / batchSeconds, p99: nil, runs: 1))
    // Start-up: a fresh snapshot (what a compaction leaves), then with the journal above.
    let journalBytes = service.state!.journalBytes
    let journalRecords = single + batches * batchSize
    var withJournal: [Double] = []
    var snapshotOnly: [Double] = []
    var reopened: Service?
    for _ in 0..<max(2, sizes.runs - 1) {
      reopened = nil
      service = Service(engine: engine, log: { _ in })
      withJournal.append(
        try time {
          reopened = try Service.withState(
            state, taxonomyDirectory: taxonomyDirectory, initial: { engine }, repair: false,
            journalLimit: 1 << 40, options: .standard, log: { _ in })
        })
    }
    _ = reopened?.send(#"{"jsonrpc":"2.0","id":1,"method":"snapshot"}"#)
    for _ in 0..<max(2, sizes.runs - 1) {
      reopened = nil
      snapshotOnly.append(
        try time {
          reopened = try Service.withState(
            state, taxonomyDirectory: taxonomyDirectory, initial: { engine }, repair: false,
            journalLimit: 1 << 40, options: .standard, log: { _ in })
        })
    }
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "start-up from the binary snapshot", unit: "s",
        median: Summary(snapshotOnly).median, p99: Summary(snapshotOnly).percentile(100),
        runs: snapshotOnly.count, target: sizes.isFull ? 0.3 : nil, direction: .lowerIsBetter,
        note:
          "read, checksum, decode and validate every record, then compile and index (the engine is not stored)"
      ))
    // Where the start-up goes: reading the snapshot, and building the engine from it.
    let file = state + "/snapshot-\(reopened!.state!.directory.generation)/snapshot.plek"
    let bytes = [UInt8](FileManager.default.contents(atPath: file)!)
    let (validated, _) = DatasetLoader.loadTaxonomy(directory: taxonomyDirectory)
    var readSeconds: [Double] = []
    var buildSeconds: [Double] = []
    for _ in 0..<max(2, sizes.runs - 1) {
      var read: (dataset: Dataset, policy: Validated<Policy>)?
      readSeconds.append(try time { read = try BinarySnapshot.read(bytes, taxonomy: validated!) })
      buildSeconds.append(
        try time { _ = try MatchEngine(dataset: read!.dataset, policy: read!.policy) })
    }
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "of which reading the snapshot (\((bytes.count / 1_000_000).formatted()) MB)",
        unit: "s",
        median: Summary(readSeconds).median, p99: nil, runs: readSeconds.count,
        direction: .lowerIsBetter,
        note: "building the engine from it: \(format(Summary(buildSeconds).median, 2)) s"))
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "start-up, snapshot + \(journalRecords.formatted())-record journal replayed",
        unit: "s", median: Summary(withJournal).median,
        p99: Summary(withJournal).percentile(100), runs: withJournal.count,
        direction: .lowerIsBetter, note: "journal \(journalBytes.formatted()) bytes"))
  }

}

extension Service {
  /// Sends one line (for the benchmark).
  mutating func send(_ line: String) -> [UInt8]? { handle(line: Array(line.utf8)) }
}
