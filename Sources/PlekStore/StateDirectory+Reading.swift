import Foundation
import PlekCore
import PlekIO

extension StateDirectory {
  /// Replays journal records onto the engine of the snapshot they follow: each must apply as
  /// it did when the service acknowledged it.
  ///
  /// - Throws: ``StateError`` naming the first record that does not apply.
  public static func replay(_ records: [Journal.Record], onto engine: inout MatchEngine) throws {
    for record in records {
      func refused(_ why: String) -> StateError {
        StateError(
          "the journal record at offset \(record.offset) (\(record.method.prefix(40))) does not apply: \(why)"
        )
      }
      guard let kind = Mutation.Kind(method: record.method) else {
        throw refused("it is not a change of the data")
      }
      switch Mutation.decode(kind, params: record.params, engine: engine) {
      case .failure(let error): throw refused(error.description)
      case .success(let mutation):
        do {
          try mutation.apply(to: &engine)
        } catch {
          throw refused("\(error)")
        }
      }
    }
  }

  /// What a state directory holds now (its snapshot and journal), for commands that read it
  /// (`plek shortlist --state DIR`): nothing is written and no lock is taken, a torn tail is
  /// ignored, damage refused.
  ///
  /// The server may compact meanwhile and remove the generation being read; so `CURRENT` is
  /// read again at the end, and when it names another generation the reading starts over,
  /// after a pause that grows (``readBackoffMicroseconds(after:)``), up to ``readAttempts``
  /// times: what is returned is one generation, whole.
  ///
  /// - Throws: ``StateError``.
  public static func engine(ofState path: String, taxonomyDirectory: String) throws
    -> MatchEngine
  {
    try read(ofState: path, taxonomyDirectory: taxonomyDirectory).engine
  }

  /// ``engine(ofState:taxonomyDirectory:)`` and the version of the data it holds.
  public static func read(ofState path: String, taxonomyDirectory: String) throws -> (
    engine: MatchEngine, version: StateVersion
  ) {
    var attempt = 0
    while true {
      attempt += 1
      let directory = try StateDirectory.openForReading(path)
      do {
        let (engine, sequence) = try directory.engine(taxonomyDirectory: taxonomyDirectory)
        if try readCurrent(path)?.0 == directory.generation {
          let key = (try? sealKey(in: path, creating: false)) ?? nil
          return (
            engine,
            StateVersion(directoryKey: key, generation: directory.generation, sequence: sequence)
          )
        }
      } catch {
        // Read while the generation was removed: start over; damage of the one in use stays.
        guard try readCurrent(path)?.0 != directory.generation else { throw error }
      }
      guard attempt < readAttempts else {
        throw StateError(
          "the state \(path) changed \(readAttempts) times while it was read (the server compacts often); try again"
        )
      }
      usleep(readBackoffMicroseconds(after: attempt))
    }
  }

  /// How often a reader starts over when the server switches generations under it.
  static let readAttempts = 20

  /// The pause before a reader starts over: 1 ms after the first attempt, doubling to 100 ms
  /// (about 1.4 s in all over ``readAttempts``). Without it a reader that reads fast used up
  /// its attempts within one burst of compactions (a test doing 20 `snapshot`s in a row
  /// failed 3 runs in 5 once the start-up check of an image got faster); with it the reader
  /// waits the burst out, and a server that compacts without pause still ends in a clear
  /// error rather than a reader that never returns.
  static func readBackoffMicroseconds(after attempt: Int) -> UInt32 {
    UInt32(min(100_000, 1_000 << min(attempt - 1, 7)))
  }

  /// The snapshot this directory names with its journal replayed, and the sequence number of
  /// the last change it holds.
  private func engine(taxonomyDirectory: String) throws -> (MatchEngine, UInt64) {
    var engine = try loadSnapshot(taxonomyDirectory: taxonomyDirectory)
    guard FileManager.default.fileExists(atPath: journalPath) else {
      throw StateError("the journal \(journalPath) is missing")
    }
    let contents = try Journal.read(path: journalPath)
    if let damage = contents.damage {
      throw StateError(
        "the journal \(journalPath) is damaged at offset \(damage.offset) (\(damage.reason)); start plek serve --state \(path) --repair"
      )
    }
    try Self.replay(contents.records, onto: &engine)
    return (engine, contents.records.last?.sequence ?? snapshotSequence)
  }
}

/// Which data a read of a state directory saw: the directory (by its secret key, which no
/// other directory has), the generation and the last change's sequence number, which is
/// never handed out twice. Two reads with the same version saw the same records.
public struct StateVersion: Hashable, Sendable {
  /// The directory's seal key; `nil` for a directory without one (then nothing is kept for
  /// its version).
  public var directoryKey: [UInt8]?
  public var generation: Int
  public var sequence: UInt64
}
