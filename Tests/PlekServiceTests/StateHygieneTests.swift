import Dispatch
import Foundation
import PlekCore
import PlekIO
import PlekStore
import PlekTestSupport
import Testing

@testable import PlekService

/// Issue 25 (items 2, 3, 7, 8, 9): a state directory holds nothing `CURRENT` does not name,
/// a reader never holds up the server, a directory others could plant files in is refused,
/// no state file is opened through a link, and files with health data are owner-only.
@Suite("State directories: leftovers, readers, links, modes")
struct StateHygieneTests {
  static func open(_ path: String) throws -> Service {
    try StateTests.open(path)
  }

  static func names(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// Opens the state at `path`, removes P-000010 (made durable), optionally writes a new
  /// generation, and closes it.
  static func removeOne(at path: String, thenSnapshot: Bool = false) throws {
    var service = try open(path)
    _ = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000010"]}}"#)
    try service.commit()
    if thenSnapshot { _ = service.send(#"{"jsonrpc":"2.0","id":2,"method":"snapshot"}"#) }
  }

  static func mode(_ path: String) -> mode_t {
    var status = stat()
    lstat(path, &status)
    return status.st_mode & 0o777
  }

  /// A crash after `CURRENT` names the new generation but before the old one is removed
  /// left the old snapshot on disk for good, with a removed participant's record in it.
  @Test func aCrashDuringACompactionLeavesNoOldGeneration() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    #expect(try StateTests.crashDuringCompaction(path, step: 4))
    #expect(Self.names(path).filter { $0.hasPrefix("snapshot-") }.count == 2, "the crash's orphan")
    _ = try Self.open(path)
    let left = Self.names(path)
    #expect(left.filter { $0.hasPrefix("snapshot-") } == ["snapshot-2"], "\(left)")
    #expect(left.filter { $0.hasPrefix("journal-") } == ["journal-2"], "\(left)")
  }

  /// A snapshot stopped halfway (a full disk) leaves `snapshot-N.tmp`; the next start
  /// removes it, and an orphan journal of a generation never named.
  @Test func aStartRemovesTemporaries() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    #expect(try StateTests.crashDuringCompaction(path, step: 1))
    #expect(Self.names(path).contains("snapshot-2.tmp"))
    scratch.write("state/journal-7", [])
    scratch.write("state/CURRENT.tmp", "generation 9 sequence 1\n")
    _ = try Self.open(path)
    let left = Self.names(path)
    #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    #expect(!left.contains("journal-7"), "\(left)")
  }

  /// A reader holding the old readers' lock (a CLI command stopped with Ctrl-Z held it
  /// shared) held up every snapshot; the writer no longer waits for anybody.
  @Test func aStoppedReaderDoesNotHoldUpASnapshot() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    var service = try Self.open(path)
    let readers = Foundation.open(path + "/READERS", O_RDWR | O_CREAT, 0o600)
    #expect(readers >= 0 && flock(readers, LOCK_SH) == 0)
    defer { close(readers) }
    let state = try #require(service.state)
    let engine = service.engine
    let finished = DispatchSemaphore(value: 0)
    let failure = Box()
    DispatchQueue.global().async {
      do {
        try state.directory.writeGeneration(from: engine, sequence: state.journal.sequence)
      } catch {
        failure.text = "\(error)"
      }
      finished.signal()
    }
    #expect(finished.wait(timeout: .now() + 30) == .success, "the snapshot waited for a reader")
    #expect(failure.text.isEmpty, "\(failure.text)")
    _ = service.send(#"{"jsonrpc":"2.0","id":1,"method":"health"}"#)
  }

  /// A reader started over when a compaction removed the generation it was reading: many
  /// compactions while readers read, and every reader got a whole state.
  @Test func readersDuringCompactionsReadAWholeState() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    var service = try Self.open(path)
    let count = service.engine.participantCount
    let done = DispatchSemaphore(value: 0)
    let failures = Box()
    DispatchQueue.global().async {
      for _ in 0..<15 {
        do {
          let engine = try StateDirectory.engine(
            ofState: path, taxonomyDirectory: StateTests.taxonomy)
          if engine.participantCount > count || engine.participantCount < count - 20 {
            failures.text += "\(engine.participantCount) people; "
          }
        } catch {
          failures.text += "\(error); "
        }
      }
      done.signal()
    }
    for index in 0..<20 {
      _ = service.send(
        #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-\#(String(format: "%06d", index + 10))"]}}"#
      )
      _ = service.send(#"{"jsonrpc":"2.0","id":2,"method":"snapshot"}"#)
    }
    done.wait()
    #expect(failures.text.isEmpty, "\(failures.text.prefix(500))")
  }

  /// Item 4: a bit flip in the last, acknowledged record was dropped as a torn tail and its
  /// sequence number handed out again. Now the start refuses it naming the offset; with
  /// `--repair` it is dropped and the numbers go on after it, across another restart too.
  @Test func aFlippedBitInTheLastRecordIsDamageAndItsNumberIsNotReused() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    var answered: [JSONValue?] = []
    do {
      var service = try Self.open(path)
      for id in ["P-000010", "P-000011"] {
        answered.append(
          service.send(
            #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["\#(id)"]}}"#)
        )
        try service.commit()
      }
    }
    #expect(answered.last??["result"]?["seq"] == .int(2))
    let journal = path + "/" + Self.names(path).first { $0.hasPrefix("journal-") }!
    var bytes = [UInt8](FileManager.default.contents(atPath: journal)!)
    let last = Journal.parse(bytes).records.last!.offset
    bytes[bytes.count - 3] ^= 0x10
    #expect(Journal.parse(bytes).droppedSequence == 2, "the number the damaged record names")
    try Data(bytes).write(to: URL(fileURLWithPath: journal))
    #expect {
      _ = try Self.open(path)
    } throws: { error in
      "\(error)".contains("damaged at offset \(last)")
    }
    do {
      var repaired = try StateTests.open(path, repair: true)
      #expect(repaired.engine.participant("P-000011") != nil, "the damaged removal is dropped")
      let next = repaired.send(
        #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000018"]}}"#)
      try repaired.commit()
      #expect(next?["result"]?["seq"] == .int(3))
    }
    var again = try Self.open(path)
    let after = again.send(
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000013"]}}"#)
    #expect(after?["result"]?["seq"] == .int(4))
  }

  /// Item 5: damaged records in a state's snapshot went unnoticed while the sealed image was
  /// used (and the start failed with no way back once the key was gone or Plek upgraded).
  /// Now the start names the damage, and `--repair` rewrites the records from the image.
  @Test func damagedRecordsBesideAnIntactImageAreFoundAndRepaired() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    try Self.removeOne(at: path, thenSnapshot: true)
    let snapshot = path + "/snapshot-2/snapshot.plek"
    var bytes = [UInt8](FileManager.default.contents(atPath: snapshot)!)
    let tag = try #require(
      (0..<bytes.count - 4).first { bytes[$0..<$0 + 4].elementsEqual("PEOP".utf8) })
    bytes[tag + 16 + 40] ^= 0x08
    try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
    #expect {
      _ = try Self.open(path)
    } throws: { error in
      "\(error)".contains("section PEOP") && "\(error)".contains("--repair")
    }
    do {
      let repaired = try StateTests.open(path, repair: true)
      #expect(repaired.engine.participant("P-000010") == nil)
      #expect(repaired.state?.directory.generation == 3, "rewritten at once")
    }
    let again = try Self.open(path)
    #expect(again.engine.participantCount == ServiceFixtures.engine.participantCount - 1)
  }

  /// A directory others may write to is refused (a 0777 directory stayed 0777 and was used).
  @Test func aDirectoryOthersMayWriteToIsRefused() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    _ = try Self.open(path)
    chmod(path, 0o777)
    #expect {
      _ = try Self.open(path)
    } throws: { error in
      "\(error)".contains("may be written by others (mode 777)")
    }
    #expect(throws: (any Error).self) {
      _ = try StateDirectory.engine(ofState: path, taxonomyDirectory: StateTests.taxonomy)
    }
    chmod(path, 0o700)
    _ = try Self.open(path)
  }

  /// A state directory that is a link is refused: its files would be elsewhere.
  @Test func aLinkedStateDirectoryIsRefused() throws {
    let scratch = ScratchDirectory()
    _ = try Self.open(scratch.path + "/state")
    symlink(scratch.path + "/state", scratch.path + "/linked")
    #expect {
      _ = try Self.open(scratch.path + "/linked")
    } throws: { error in
      "\(error)".contains("is not a directory")
    }
  }

  /// A planted `journal-N` link had its target truncated; now the start refuses it and the
  /// target is untouched.
  @Test func aPlantedJournalLinkIsNotFollowed() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    try Self.removeOne(at: path)
    let victim = scratch.path + "/victim"
    scratch.write("victim", "precious data that must stay\n")
    let journal = Self.names(path).first { $0.hasPrefix("journal-") }!
    unlink(path + "/" + journal)
    symlink(victim, path + "/" + journal)
    #expect(throws: (any Error).self) { _ = try Self.open(path) }
    let text = try String(contentsOfFile: victim, encoding: .utf8)
    #expect(text == "precious data that must stay\n")
  }

  /// Files with health data are owner-only (an export, a snapshot, an import were 0644; an
  /// existing 0600 file became 0644 when overwritten); a stricter mode is kept.
  @Test func outputFilesAreOwnerOnly() throws {
    let scratch = ScratchDirectory()
    let fresh = scratch.path + "/out/participants.json"
    try DatasetLoader.write(Array("[]".utf8), to: fresh)
    #expect(Self.mode(fresh) == 0o600)
    let open = scratch.path + "/open.json"
    scratch.write("open.json", "{}")
    chmod(open, 0o644)
    try DatasetLoader.write(Array("[]".utf8), to: open)
    #expect(Self.mode(open) == 0o600)
    let strict = scratch.path + "/strict.json"
    scratch.write("strict.json", "{}")
    chmod(strict, 0o400)
    try DatasetLoader.write(Array("[]".utf8), to: strict)
    #expect(Self.mode(strict) == 0o400)
    let streamed = scratch.path + "/batch.csv"
    let output = try StreamedOutput(path: streamed)
    try output.write(Array("a,b\n".utf8))
    try output.commit()
    #expect(Self.mode(streamed) == 0o600)
    // A link planted at the temporary name is not followed.
    let victim = scratch.path + "/victim"
    scratch.write("victim", "keep")
    symlink(victim, scratch.path + "/.planted.csv.partial-\(getpid())")
    let planted = try StreamedOutput(path: scratch.path + "/planted.csv")
    try planted.write(Array("x".utf8))
    try planted.commit()
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
  }
}

/// A text set from another thread, read after it signalled.
private final class Box: @unchecked Sendable {
  var text = ""
}
