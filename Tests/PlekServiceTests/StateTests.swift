import Foundation
import PlekCore
import PlekIO
import PlekStore
import PlekTestSupport
import Synchronization
import Testing

@testable import PlekService

/// Issue 14: the journal's records, torn tails and damage, the atomic switch of generations
/// at every step of a compaction, and a service that keeps what it acknowledged.
@Suite("State: journal, snapshots, restarts")
struct StateTests {
  static let taxonomy = Repository.taxonomy

  /// A journal of `count` records (a participant removal each), as bytes, with the offsets of
  /// the records.
  static func journal(_ count: Int) throws -> (bytes: [UInt8], offsets: [Int]) {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/journal"
    let journal = try Journal(path: path, validBytes: 0, sequence: 0)
    for index in 0..<count {
      _ = journal.append(
        .removeParticipants,
        params: .object([JSONMember("ids", .array([.string("P-\(index)")]))]))
    }
    try journal.sync()
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    let offsets = Journal.parse(bytes).records.map(\.offset)
    return (bytes, offsets)
  }

  @Test func recordsRoundTrip() throws {
    let (bytes, offsets) = try Self.journal(5)
    let contents = Journal.parse(bytes)
    #expect(contents.records.map(\.sequence) == [1, 2, 3, 4, 5])
    #expect(contents.records.map(\.method) == Array(repeating: "participants.remove", count: 5))
    #expect(contents.validBytes == bytes.count)
    #expect(contents.tornBytes == 0 && contents.damage == nil)
    #expect(offsets.first == 0)
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283, "the CRC-32C check value")
  }

  /// A crash mid-write leaves any prefix of the last record: every such tail is dropped, and
  /// every record before it kept.
  @Test func everyTornTailIsDropped() throws {
    let (bytes, offsets) = try Self.journal(4)
    let last = offsets.last!
    for cut in (last + 1)..<bytes.count {
      let contents = Journal.parse(Array(bytes[0..<cut]))
      #expect(contents.records.count == 3, "cut at \(cut)")
      #expect(contents.validBytes == last)
      #expect(contents.tornBytes == cut - last)
      #expect(contents.damage == nil)
    }
  }

  /// A flipped bit is damage at its record's offset, in the last record too (its bytes are
  /// all there: not a tear), unless it makes the last record's length longer than the file
  /// (then it looks cut short, and is a torn tail).
  @Test func aFlippedBitIsDamageBeforeTheEnd() throws {
    let (bytes, offsets) = try Self.journal(6)
    var random = SplitMix64(seed: 14)
    for _ in 0..<200 {
      let position = random.below(bytes.count)
      var flipped = bytes
      flipped[position] ^= UInt8(1 << random.below(8))
      let record = offsets.lastIndex { $0 <= position }!
      let contents = Journal.parse(flipped)
      let lengthLonger =
        record == offsets.count - 1 && position < offsets[record] + 4
        && flipped[position] > bytes[position]
      if lengthLonger {
        #expect(contents.damage == nil)
        #expect(contents.tornBytes > 0)
      } else {
        #expect(contents.damage?.offset == offsets[record], "bit at \(position)")
      }
      #expect(contents.records.count == record)
    }
  }

  static func participant(_ id: String, travel: Int) -> JSONValue {
    var person = ServiceFixtures.engine.participant("P-000003")!
    person.id = ParticipantID(id)!
    person.wishes.maxTravelMinutes = travel
    return person.json
  }

  static func open(_ path: String, repair: Bool = false, limit: Int = 64 << 20) throws -> Service {
    try Service.withState(
      path, taxonomyDirectory: taxonomy, initial: { ServiceFixtures.engine }, repair: repair,
      journalLimit: limit, options: .standard, log: { _ in })
  }

  /// What was acknowledged is there after a restart; a snapshot keeps it too.
  @Test func acknowledgedChangesSurviveARestart() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    do {
      var service = try Self.open(path)
      let record = JSONWriter().string(Self.participant("P-880001", travel: 40))
      let answer = service.send(
        #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":[\#(record)]}}"#
      )
      #expect(answer?["result"]?["seq"] == .int(1))
      _ = service.send(
        #"{"jsonrpc":"2.0","id":2,"method":"participants.remove","params":{"ids":["P-000010"]}}"#)
      try service.commit()
      #expect(service.state?.durableSequence == 2)
    }
    do {
      var service = try Self.open(path)
      #expect(service.engine.participant("P-880001")?.wishes.maxTravelMinutes == 40)
      #expect(service.engine.participant("P-000010") == nil)
      #expect(service.state?.durableSequence == 2)
      _ = service.send(#"{"jsonrpc":"2.0","id":3,"method":"snapshot"}"#)
      _ = service.send(
        #"{"jsonrpc":"2.0","id":4,"method":"participants.remove","params":{"ids":["P-000011"]}}"#)
      try service.commit()
    }
    let service = try Self.open(path)
    #expect(service.engine.participant("P-880001") != nil)
    #expect(service.engine.participant("P-000011") == nil)
    #expect(service.state?.directory.generation == 2)
    #expect(service.state?.durableSequence == 3)
    // A CLI reader sees the same.
    let read = try StateDirectory.engine(ofState: path, taxonomyDirectory: Self.taxonomy)
    #expect(read.participantIDs == service.engine.participantIDs)
  }

  /// A crash at any step of a compaction leaves a state that starts and holds everything.
  @Test(arguments: 1...5)
  func aCrashDuringACompactionLosesNothing(step: Int) throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    #expect(try Self.crashDuringCompaction(path, step: step) == (step <= 4))
    do {
      var service = try Self.open(path)
      #expect(service.engine.participant("P-000010") == nil, "step \(step)")
      #expect(service.engine.participantCount == ServiceFixtures.engine.participantCount - 1)
      _ = service.send(
        #"{"jsonrpc":"2.0","id":2,"method":"participants.remove","params":{"ids":["P-000011"]}}"#)
      try service.commit()
    }
    let again = try Self.open(path)
    #expect(again.engine.participant("P-000011") == nil)
    #expect(again.engine.participant("P-000010") == nil)
  }

  /// Opens a state, removes a participant, and stops a compaction after `step` steps, the
  /// way a crash would; true when it stopped there. Everything is released on return.
  static func crashDuringCompaction(_ path: String, step: Int) throws -> Bool {
    var service = try open(path)
    _ = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000010"]}}"#)
    try service.commit()
    guard let state = service.state else { return false }
    do {
      try state.directory.writeGeneration(
        from: service.engine, sequence: state.journal.sequence, crashAfter: step)
      return false
    } catch {
      return true
    }
  }

  /// Damage before the end stops start-up naming the offset; --repair keeps what is before it.
  @Test func damageStopsStartUpAndRepairTruncates() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    do {
      var service = try Self.open(path)
      for id in ["P-000010", "P-000011", "P-000012"] {
        _ = service.send(
          #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["\#(id)"]}}"#)
        try service.commit()
      }
    }
    let journal = path + "/journal-1"
    var bytes = [UInt8](FileManager.default.contents(atPath: journal)!)
    let offsets = Journal.parse(bytes).records.map(\.offset)
    bytes[offsets[1] + 12] ^= 0x40
    try Data(bytes).write(to: URL(fileURLWithPath: journal))
    #expect {
      try Self.open(path)
    } throws: { error in
      "\(error)".contains("damaged at offset \(offsets[1])")
    }
    let repaired = try Self.open(path, repair: true)
    #expect(repaired.engine.participant("P-000010") == nil)
    #expect(repaired.engine.participant("P-000011") != nil)
    #expect(repaired.state?.durableSequence == 1)
  }

  /// A journal past its limit gets a new snapshot by itself.
  @Test func theJournalLimitStartsANewGeneration() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    do {
      var service = try Self.open(path, limit: 4096)
      for index in 0..<40 {
        let record = JSONWriter().string(Self.participant("P-88\(1000 + index)", travel: 30))
        _ = service.send(
          #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":[\#(record)]}}"#
        )
        try service.commit()
      }
      #expect((service.state?.directory.generation ?? 0) > 1)
      #expect((service.state?.journal.bytes ?? .max) <= 4096)
    }
    let again = try Self.open(path)
    #expect(again.engine.participantCount == ServiceFixtures.engine.participantCount + 40)
  }

  /// A restart takes the engine from the snapshot's sealed image; with another key, or none,
  /// it reads the records instead, says why in one log line, and holds the same.
  @Test func restartsUseTheSealedImageOrSayWhyNot() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    func open() throws -> (Service, [String]) {
      let lines = Mutex<[String]>([])
      let service = try Service.withState(
        path, taxonomyDirectory: Self.taxonomy, initial: { ServiceFixtures.engine },
        repair: false, journalLimit: 1 << 30, options: .standard,
        log: { line in lines.withLock { $0.append(line) } })
      return (service, lines.withLock { $0 })
    }
    do {
      var (service, _) = try open()
      _ = service.send(
        #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000010"]}}"#)
      _ = service.send(#"{"jsonrpc":"2.0","id":2,"method":"snapshot"}"#)
    }
    let key = try #require(FileBytes.read(path + "/KEY"))
    #expect(key.count == 16)
    var ids: [ParticipantID] = []
    do {
      let (sealed, lines) = try open()
      #expect(lines.isEmpty)
      #expect(sealed.engine.participant("P-000010") == nil)
      #expect(sealed.engine.participantCount == ServiceFixtures.engine.participantCount - 1)
      ids = sealed.engine.participantIDs
    }
    // Another directory's key: the seal does not match.
    try Data(key.map { $0 ^ 0x5A }).write(to: URL(fileURLWithPath: path + "/KEY"))
    do {
      let (otherKey, lines) = try open()
      #expect(lines.count == 1)
      #expect(lines.first?.contains("was not used (its seal does not match") == true)
      #expect(otherKey.engine.participantIDs == ids)
    }
    // No key at all, and a FIFO in its place (which must not block the start).
    try FileManager.default.removeItem(atPath: path + "/KEY")
    do {
      let (keyless, lines) = try open()
      #expect(lines.first?.contains("no key to check its seal") == true)
      #expect(keyless.engine.participantIDs == ids)
    }
    #expect(mkfifo(path + "/KEY", 0o600) == 0)
    let (fifo, lines) = try open()
    #expect(lines.first?.contains("no key to check its seal") == true)
    #expect(fifo.engine.participantIDs == ids)
  }

  /// Files are the owner's only.
  @Test func filesAreOwnerOnly() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    _ = try Self.open(path)
    for file in ["", "/CURRENT", "/KEY", "/journal-1", "/snapshot-1", "/snapshot-1/snapshot.plek"] {
      var status = stat()
      #expect(stat(path + file, &status) == 0)
      #expect(status.st_mode & 0o077 == 0, "\(file) \(String(status.st_mode, radix: 8))")
    }
  }
}
