import Foundation
import PlekCore
import PlekIO

/// A state directory: what `plek serve --state DIR` holds, kept across restarts.
///
/// Layout (every file owner-only, the directory too):
/// - `LOCK`: held exclusively by the one server (flock);
/// - `CURRENT`: `generation N sequence S` (and `issued I` after a repair): the snapshot and
///   journal in use, the last sequence number the snapshot holds, and the highest ever
///   handed out;
/// - `KEY`: 16 random bytes, the secret the snapshots' engine images are sealed with
///   (``BinarySnapshot``): a snapshot's image is used as it is only when its seal matches
///   this key, so that only images this directory's server wrote skip validation;
/// - `snapshot-N/snapshot.plek`: the records, the policy and the sealed engine image
///   (``BinarySnapshot``);
/// - `journal-N`: the mutations acknowledged since (``Journal``).
///
/// A new generation is written beside the old, fsynced (files and directories), and only
/// then named in `CURRENT` (written to a temporary file, fsynced, renamed, the directory
/// fsynced); the old one is removed after. A crash at any point leaves a `CURRENT` that names
/// a complete generation. Whatever `CURRENT` does not name (an older generation a crash left,
/// a temporary of a snapshot that failed) is removed when a server starts and after every
/// compaction.
///
/// Readers take no lock, so that a reader never holds up the server (a CLI command stopped
/// with Ctrl-Z): a reader reads `CURRENT`, the snapshot and the journal it names, then
/// `CURRENT` again, and starts over when a compaction switched generations meanwhile
/// (``engine(ofState:taxonomyDirectory:)``).
///
/// The directory is refused unless it is a directory owned by the user running Plek and
/// writable by nobody else, and no state file is opened through a symbolic link.
///
/// `@unchecked Sendable`: the generation it names changes when a new snapshot is written.
/// It is safe as used: a directory is opened by one process for one server (or one reader),
/// whose one request thread writes generations; the lock file keeps other processes out.
public final class StateDirectory: @unchecked Sendable {
  /// The directory.
  public let path: String
  /// The generation in use and the sequence number its snapshot holds.
  public private(set) var generation: Int
  public private(set) var snapshotSequence: UInt64
  /// The highest sequence number ever handed out (at least ``snapshotSequence``): above it
  /// when a damaged record that may have been answered was dropped by `--repair`, so that its
  /// number is never handed out again.
  public private(set) var issuedSequence: UInt64 = 0
  /// Set by ``loadSnapshot(taxonomyDirectory:repair:log:)`` when it repaired damaged records
  /// from the image: a new generation must be written.
  public private(set) var recordsNeedRewriting = false
  private let lock: Int32

  static let current = "CURRENT"

  /// Whether `path` holds a state (a directory with `CURRENT`): what a command that changes
  /// a state but must not create one checks first.
  public static func holdsState(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path + "/" + current)
  }
  /// The file of the secret the engine images are sealed with.
  static let keyFile = "KEY"
  /// The binary snapshot's file in a snapshot directory.
  static let snapshotFile = "snapshot.plek"

  private init(path: String, lock: Int32, generation: Int, snapshotSequence: UInt64) {
    (self.path, self.lock, self.generation, self.snapshotSequence) = (
      path, lock, generation, snapshotSequence
    )
  }

  deinit {
    if lock >= 0 { close(lock) }
  }

  func snapshotDirectory(_ generation: Int) -> String { path + "/snapshot-\(generation)" }
  func journalPath(_ generation: Int) -> String { path + "/journal-\(generation)" }
  /// The journal in use.
  public var journalPath: String { journalPath(generation) }

  /// Opens `path` for the one server: creates it (owner-only) if needed and takes its lock.
  ///
  /// - Throws: ``StateError`` when another server holds the lock, or the directory cannot be
  ///   made.
  public static func openForServing(_ path: String) throws -> (StateDirectory, isNew: Bool) {
    var status = stat()
    if lstat(path, &status) != 0 {
      guard mkdir(path, 0o700) == 0 else {
        throw StateError("cannot create the state directory \(path): errno \(errno)")
      }
    }
    try checkOwnership(path)
    let lock = open(path + "/LOCK", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard lock >= 0 else { throw StateError("cannot open \(path)/LOCK: errno \(errno)") }
    guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
      close(lock)
      throw StateError(
        "another plek serve is using the state directory \(path) (its LOCK is held); one server per state directory"
      )
    }
    let current = try readCurrent(path)
    let directory = StateDirectory(
      path: path, lock: lock, generation: current?.0 ?? 0, snapshotSequence: current?.1 ?? 0)
    directory.issuedSequence = current?.2 ?? 0
    directory.removeLeftovers()
    return (directory, current == nil)
  }

  /// Opens `path` to read it (a CLI command): no lock is taken (see the type's discussion).
  public static func openForReading(_ path: String) throws -> StateDirectory {
    try checkOwnership(path)
    guard let (generation, sequence, _) = try readCurrent(path) else {
      throw StateError("\(path) is not a state directory (no CURRENT file)")
    }
    return StateDirectory(path: path, lock: -1, generation: generation, snapshotSequence: sequence)
  }

  /// Refuses a state directory that is not a directory (a link to one included), is not
  /// owned by the user running Plek, or that others may write to: anybody who can write in
  /// it can plant a file the server reads or writes through.
  static func checkOwnership(_ path: String, what: String = "state directory") throws {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      throw StateError("cannot read the \(what) \(path): errno \(errno)")
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw StateError("the \(what) \(path) is not a directory (a link or a file)")
    }
    guard status.st_uid == geteuid() else {
      throw StateError(
        "the \(what) \(path) belongs to user \(status.st_uid), not to the user running plek (\(geteuid()))"
      )
    }
    guard status.st_mode & 0o022 == 0 else {
      throw StateError(
        "the \(what) \(path) may be written by others (mode \(String(status.st_mode & 0o777, radix: 8))); make it owner-only: chmod 700 \(path)"
      )
    }
  }

  /// Removes what `CURRENT` does not name: snapshots and journals of other generations (a
  /// crash between the switch and the removal leaves the old one, with records since
  /// removed), temporaries of a snapshot that did not finish, and the lock file of older
  /// readers. Errors are ignored: what cannot be removed now is tried again next time.
  func removeLeftovers() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    let keep: Set<String> =
      generation > 0 ? ["snapshot-\(generation)", "journal-\(generation)"] : []
    for name in names {
      let generational = name.hasPrefix("snapshot-") || name.hasPrefix("journal-")
      if (generational && !keep.contains(name)) || name.hasSuffix(".tmp") || name == "READERS" {
        try? FileManager.default.removeItem(atPath: path + "/" + name)
      }
    }
  }

  /// `CURRENT`'s generation and sequence, or `nil` when there is none.
  static func readCurrent(_ path: String) throws -> (Int, UInt64, issued: UInt64)? {
    let file = path + "/" + current
    guard FileManager.default.fileExists(atPath: file) else { return nil }
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      throw StateError("cannot read \(file)")
    }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard words.count == 4 || words.count == 6, words[0] == "generation",
      let generation = Int(words[1]), words[2] == "sequence", let sequence = UInt64(words[3])
    else { throw StateError("\(file) is damaged: \(text.prefix(60).debugDescription)") }
    guard words.count == 6 else { return (generation, sequence, sequence) }
    guard words[4] == "issued", let issued = UInt64(words[5]), issued >= sequence else {
      throw StateError("\(file) is damaged: \(text.prefix(60).debugDescription)")
    }
    return (generation, sequence, issued)
  }

  // MARK: Writing generations

  /// Writes a new generation from `engine` (holding every mutation up to `sequence`), an
  /// empty journal beside it, switches `CURRENT` to it, and removes the old one. `issued`,
  /// when above `sequence`, is the highest number handed out, kept in `CURRENT` as
  /// `generation N sequence S issued I`.
  ///
  /// - Parameter crashAfter: for tests: stop (throw) after this many of the steps, leaving
  ///   what a crash there would leave.
  public func writeGeneration(
    from engine: MatchEngine, sequence: UInt64, issued: UInt64 = 0, crashAfter: Int? = nil
  ) throws {
    var step = 0
    var crashed = false
    func reached() throws {
      step += 1
      if let crashAfter, step >= crashAfter {
        crashed = true
        throw StateError("stopped after step \(step)")
      }
    }
    let next = generation + 1
    let snapshot = snapshotDirectory(next)
    let temporary = snapshot + ".tmp"
    do {
      try writeGeneration(
        next, from: engine, sequence: sequence, issued: max(issued, sequence), reached: reached)
    } catch {
      // A failure (a full disk) leaves nothing behind to fill the rest; a crash (the tests'
      // stop) leaves what it leaves, for the next start to remove.
      if !crashed {
        try? FileManager.default.removeItem(atPath: temporary)
        unlink(path + "/CURRENT.tmp")
        if generation < next {
          try? FileManager.default.removeItem(atPath: snapshot)
          unlink(journalPath(next))
        }
      }
      throw error
    }
  }

  /// The steps of ``writeGeneration(from:sequence:crashAfter:)``.
  private func writeGeneration(
    _ next: Int, from engine: MatchEngine, sequence: UInt64, issued: UInt64,
    reached: () throws -> Void
  ) throws {
    let snapshot = snapshotDirectory(next)
    let temporary = snapshot + ".tmp"
    try? FileManager.default.removeItem(atPath: temporary)
    guard mkdir(temporary, 0o700) == 0 else {
      throw StateError("cannot create \(temporary): errno \(errno)")
    }
    // The binary snapshot: every record and the policy, checksummed, and the engine's
    // image sealed with the directory's key (``BinarySnapshot``).
    let key = try sealKey(creating: true)
    try Self.writeDurably(to: temporary + "/" + Self.snapshotFile) { sink in
      try BinarySnapshot.write(of: engine, sealedWith: key, to: sink)
    }
    try reached()
    try Self.syncDirectory(temporary)
    try? FileManager.default.removeItem(atPath: snapshot)
    guard rename(temporary, snapshot) == 0 else {
      throw StateError("cannot rename \(temporary): errno \(errno)")
    }
    try Self.syncDirectory(path)
    try reached()
    try Self.writeDurably([], to: journalPath(next))
    try Self.syncDirectory(path)
    try reached()
    let named = issued > sequence ? " issued \(issued)" : ""
    try Self.writeDurably(
      Array("generation \(next) sequence \(sequence)\(named)\n".utf8), to: path + "/CURRENT.tmp")
    guard rename(path + "/CURRENT.tmp", path + "/" + Self.current) == 0 else {
      throw StateError("cannot switch \(path)/CURRENT: errno \(errno)")
    }
    try Self.syncDirectory(path)
    try reached()
    generation = next
    snapshotSequence = sequence
    issuedSequence = issued
    recordsNeedRewriting = false
    // The old generation goes now, whoever reads it: a reader that has it open keeps its
    // files until it closes them, and one that has not yet opened them starts over.
    removeLeftovers()
    try? Self.syncDirectory(path)
  }

  /// Writes a new file owner-only and fsyncs it.
  static func writeDurably(_ bytes: [UInt8], to file: String) throws {
    try writeDurably(to: file) { sink in try bytes.withUnsafeBytes(sink) }
  }

  /// Writes a new file owner-only from what `content` hands its sink, a piece at a time,
  /// and fsyncs it (unless `durably` is false: a cache's file, checked when read).
  static func writeDurably(
    to file: String, durably: Bool = true,
    _ content: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) throws {
    // A new file, never through a link planted under its name.
    unlink(file)
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StateError("cannot create \(file): errno \(errno)") }
    defer { close(descriptor) }
    try content { try writeAll($0, to: descriptor, named: file) }
    guard !durably || fsync(descriptor) == 0 else {
      throw StateError("cannot fsync \(file): errno \(errno)")
    }
  }

  /// Writes every byte to a descriptor, after interrupts and partial writes too.
  static func writeAll(_ raw: UnsafeRawBufferPointer, to descriptor: Int32, named file: String)
    throws
  {
    var offset = 0
    while offset < raw.count {
      let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw StateError("cannot write \(file): errno \(errno)")
      }
      offset += written
    }
  }

  /// The directory's seal key (``keyFile``), or `nil` when it has none that can be read.
  /// With `creating`, a missing key is made: 16 bytes from the system's secure random
  /// source, written owner-only and fsynced under a temporary name, then renamed.
  func sealKey(creating: Bool = false) throws -> [UInt8]? {
    try Self.sealKey(in: path, creating: creating)
  }

  /// The seal key of the directory at `path` (a state's or the engine cache's).
  static func sealKey(in path: String, creating: Bool) throws -> [UInt8]? {
    let file = path + "/" + Self.keyFile
    // Only a regular file is read (a FIFO would block the start).
    var status = stat()
    if lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let key = FileBytes.read(file, limit: 16), key.count == 16
    {
      return key
    }
    guard creating else { return nil }
    var generator = SystemRandomNumberGenerator()
    let key = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Self.writeDurably(key, to: file + ".tmp")
    guard rename(file + ".tmp", file) == 0 else {
      throw StateError("cannot rename \(file).tmp: errno \(errno)")
    }
    try Self.syncDirectory(path)
    return key
  }

  /// Fsyncs a directory, so that the names in it survive a crash.
  static func syncDirectory(_ directory: String) throws {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw StateError("cannot open \(directory): errno \(errno)") }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw StateError("cannot fsync \(directory): errno \(errno)")
    }
  }

  // MARK: Reading

  /// The engine of the snapshot in use (taxonomy from `taxonomyDirectory`): the binary
  /// snapshot (its sealed engine image when the seal matches the directory's key, else its
  /// records, validated: `log` says why), or the JSON files of a snapshot directory written
  /// before it existed.
  ///
  /// When the image is used, the records sections' checksums are checked too: on damage the
  /// load fails naming it, unless `repair`, which takes the engine from the image and sets
  /// ``recordsNeedRewriting`` (the server then writes a new generation at once).
  public func loadSnapshot(
    taxonomyDirectory: String, repair: Bool = false, log: (String) -> Void = { _ in }
  ) throws -> MatchEngine {
    let directory = snapshotDirectory(generation)
    let binary = directory + "/" + Self.snapshotFile
    if FileManager.default.fileExists(atPath: binary) {
      let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: taxonomyDirectory)
      guard let taxonomy else {
        throw StateError("the taxonomy \(taxonomyDirectory) has \(issues.count) problems")
      }
      do {
        let loaded = try BinarySnapshot.loadEngine(
          path: binary, taxonomy: taxonomy, key: try sealKey())
        if let damage = loaded.recordsDamage {
          guard repair else {
            throw StateError(
              "the snapshot \(binary): its records are damaged (\(damage)) while its sealed engine image is intact; start plek serve --state \(path) --repair to rewrite them from the image"
            )
          }
          log("repair: the records of \(binary) are damaged (\(damage)); rewritten from the image")
          recordsNeedRewriting = true
        }
        if let refused = loaded.imageRefused {
          log(
            "the engine image of \(binary) was not used (\(refused)): records read and validated; the next snapshot writes one this build uses"
          )
        }
        return loaded.engine
      } catch let error as SnapshotError {
        throw StateError("the snapshot \(binary): \(error)")
      }
    }
    let loaded: (report: DatasetReport, engine: MatchEngine?)
    do {
      loaded = try DatasetLoader.loadEngine(
        directory: directory, taxonomyDirectory: taxonomyDirectory,
        policyFile: directory + "/policy.json")
    } catch {
      throw StateError("the snapshot \(directory) does not build an engine: \(error)")
    }
    let issues = loaded.report.issues
    guard issues.isEmpty, let engine = loaded.engine else {
      throw StateError(
        "the snapshot \(directory) has \(issues.count) problems: "
          + issues.prefix(3).map(\.description).joined(separator: "; "))
    }
    return engine
  }
}
