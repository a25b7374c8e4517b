import Foundation
import PlekCore
import PlekIO
import PlekService
import Synchronization

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
    // Compaction: the snapshot written (records, policy and the sealed engine image).
    var compactions: [Double] = []
    for _ in 0..<max(2, sizes.runs - 1) {
      compactions.append(
        try time { _ = reopened?.send(#"{"jsonrpc":"2.0","id":1,"method":"snapshot"}"#) })
    }
    let refusals = Mutex<[String]>([])
    for _ in 0..<max(2, sizes.runs - 1) {
      reopened = nil
      snapshotOnly.append(
        try time {
          reopened = try Service.withState(
            state, taxonomyDirectory: taxonomyDirectory, initial: { engine }, repair: false,
            journalLimit: 1 << 40, options: .standard,
            log: { line in refusals.withLock { $0.append(line) } })
        })
    }
    // The start-up must have used the image: a refusal is logged, and fails the run.
    guard refusals.withLock({ $0.isEmpty }) else {
      throw CheckFailed(
        description: "the state's engine image was not used: \(refusals.withLock { $0 })")
    }
    let file = state + "/snapshot-\(reopened!.state!.directory.generation)/snapshot.plek"
    let fileBytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "start-up from the binary snapshot", unit: "s",
        median: Summary(snapshotOnly).median, p99: Summary(snapshotOnly).percentile(100),
        runs: snapshotOnly.count, target: sizes.isFull ? 0.3 : nil, direction: .lowerIsBetter,
        note:
          "the sealed engine image (\((fileBytes / 1_000_000).formatted()) MB file): columns read and digested on all cores, id tables and cell index rebuilt, every packed field bounds-checked and every record's bytes held to validation's rules without building it, a sample packed again"
      ))
    // The same file read without the directory's key: every record decoded, validated and
    // compiled (what `--data FILE` and a refused image cost).
    let (validated, _) = DatasetLoader.loadTaxonomy(directory: taxonomyDirectory)
    var recordSeconds: [Double] = []
    for _ in 0..<max(2, sizes.runs - 1) {
      recordSeconds.append(
        try time {
          _ = try BinarySnapshot.loadEngine(path: file, taxonomy: validated!, key: nil)
        })
    }
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "start-up from the snapshot's records alone (no key)", unit: "s",
        median: Summary(recordSeconds).median, p99: Summary(recordSeconds).percentile(100),
        runs: recordSeconds.count, direction: .lowerIsBetter,
        note: "read, checksum, decode and validate every record, then compile and index"))
    measurements.append(
      Measurement(
        scenario: "state, \(count.formatted()) + \(count.formatted())",
        metric: "compaction (the snapshot method)", unit: "s",
        median: Summary(compactions).median, p99: Summary(compactions).percentile(100),
        runs: compactions.count, direction: .lowerIsBetter,
        note: "records, policy and image written, checksummed, sealed and fsynced"))
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
