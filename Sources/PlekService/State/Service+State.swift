import Foundation
import PlekCore
import PlekIO
import PlekStore

/// What a service keeps on disk: its state directory and the journal in use.
///
/// A class, so that copies of a ``Service`` (a value) share one journal and one directory
/// lock rather than each writing its own. `@unchecked Sendable`, because its journal is
/// mutable: it is safe as used, since one service owns it and the transport runs that
/// service on one thread, one request after another (`plek serve`'s loop); nothing else
/// holds it.
public final class ServiceState: @unchecked Sendable {
  /// The directory.
  public let directory: StateDirectory
  /// The journal of the generation in use.
  var journal: Journal
  /// The journal size past which the service writes a new snapshot by itself.
  public let journalLimit: Int

  init(directory: StateDirectory, journal: Journal, journalLimit: Int) {
    (self.directory, self.journal, self.journalLimit) = (directory, journal, journalLimit)
  }

  /// The last sequence number made durable.
  public var durableSequence: UInt64 { journal.durableSequence }
  /// The journal's size in bytes.
  public var journalBytes: Int { journal.bytes }
}

extension Service {
  /// A change's result with its sequence number, after journaling it (with a state): the
  /// record is made durable before the response is written (``commit()``).
  func journaled(_ kind: Mutation.Kind, _ params: JSONValue?, _ members: [JSONMember])
    -> JSONValue
  {
    guard let state else { return .object(members) }
    let sequence = state.journal.append(kind, params: params)
    return .object(members + [JSONMember("seq", .int(Int(sequence)))])
  }

  /// Makes every journaled mutation durable (one fsync for all of them): the transport calls
  /// it before it writes their responses. Past the journal limit, writes a new snapshot.
  ///
  /// - Throws: ``StateError`` when the journal cannot be written: the responses must not be
  ///   written then, and the server stops (what was not made durable was not acknowledged).
  public mutating func commit() throws {
    guard let state else { return }
    try state.journal.sync()
    if state.journal.bytes > state.journalLimit {
      try compact()
      log(
        "journal over \(state.journalLimit) bytes: new snapshot, generation \(state.directory.generation)"
      )
    }
  }

  /// Writes a new snapshot of the engine (holding every mutation journaled so far) and starts
  /// an empty journal.
  mutating func compact() throws {
    guard let state else { return }
    let (sequence, issued) = (state.journal.inEffect, state.journal.sequence)
    try state.directory.writeGeneration(from: engine, sequence: sequence, issued: issued)
    state.journal = try Journal(
      path: state.directory.journalPath, validBytes: 0, sequence: sequence, issued: issued)
  }

  /// Opens a state directory for serving: creates it from `engine` when new, else loads its
  /// snapshot and replays its journal; attaches it to the service made of the result.
  ///
  /// - Parameters:
  ///   - initial: builds the engine of a new state (from `--data`).
  ///   - repair: truncate the journal at a damaged record instead of refusing to start.
  /// - Returns: the service, and the lines to log (a torn tail dropped, a repair).
  public static func withState(
    _ path: String, taxonomyDirectory: String, initial: () throws -> MatchEngine,
    repair: Bool, journalLimit: Int, options: ServiceOptions,
    log: @escaping @Sendable (String) -> Void
  ) throws -> Service {
    let (directory, isNew) = try StateDirectory.openForServing(path)
    if isNew {
      let engine = try initial()
      try directory.writeGeneration(from: engine, sequence: 0)
      log("state \(path) created from the data: generation 1")
    }
    var engine = try directory.loadSnapshot(
      taxonomyDirectory: taxonomyDirectory, repair: repair, log: log)
    var contents = try Journal.read(path: directory.journalPath)
    if let damage = contents.damage {
      let size =
        (try? FileManager.default.attributesOfItem(atPath: directory.journalPath)[.size]
          as? Int) ?? 0
      guard repair else {
        throw StateError(
          "the journal \(directory.journalPath) is damaged at offset \(damage.offset) (\(damage.reason)); \(contents.records.count) records before it are intact. Start with --repair to keep them and drop the \(size - damage.offset) bytes from that offset on"
        )
      }
      log(
        "repair: dropping \(size - damage.offset) bytes of \(directory.journalPath) from offset \(damage.offset) (\(damage.reason)); keeping \(contents.records.count) records"
      )
      contents.tornBytes = 0
    }
    if contents.tornBytes > 0 {
      log(
        "dropped a torn last journal record of \(contents.tornBytes) bytes at offset \(contents.validBytes)"
      )
    }
    try StateDirectory.replay(contents.records, onto: &engine)
    var service = Service(engine: engine, options: options, log: log)
    let sequence = contents.records.last?.sequence ?? directory.snapshotSequence
    var issued = max(sequence, directory.issuedSequence)
    if contents.damage != nil {
      // A damaged record was whole: it may have been answered, so its number is never
      // handed out again (a torn one was not: its answer waits for its fsync). Its number as
      // written when it can be read and is plausible, else one past the last in effect.
      issued = max(
        issued,
        contents.droppedSequence.map {
          $0 > sequence && $0 - sequence <= Self.sequenceGap ? $0 : sequence + 1
        }
          ?? sequence + 1)
    }
    let journal = try Journal(
      path: directory.journalPath, validBytes: contents.validBytes, sequence: sequence,
      issued: issued)
    service.state = ServiceState(directory: directory, journal: journal, journalLimit: journalLimit)
    if contents.damage != nil || directory.recordsNeedRewriting {
      // Kept in CURRENT at once, so that a second restart cannot hand the number out either.
      try service.compact()
      if contents.damage != nil {
        log(
          "repair: durableSequence is \(sequence); sequence numbers continue after \(issued), which a dropped record may have had"
        )
      }
    }
    return service
  }

  /// The largest jump a dropped record's sequence number may make and still be believed.
  static let sequenceGap: UInt64 = 1 << 20
}
