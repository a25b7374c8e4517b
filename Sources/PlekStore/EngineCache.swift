import Foundation
import PlekCore
import PlekIO

/// Compiled engines of dataset directories, kept between commands: the first command on a
/// dataset reads, validates and compiles its JSON and writes the engine here; the next ones
/// start from it (issue 27).
///
/// The directory (``defaultDirectory(environment:)``) is the user's alone: made 0700,
/// refused when it belongs to someone else or others may write it, as a state directory
/// is. It holds a secret `KEY` (16 random bytes) and up to ``entriesKept`` entries
/// `engine-<digest>.plek`, each a binary snapshot (records, policy and the engine's image
/// sealed with `KEY`), written owner-only under a temporary name and renamed into place.
///
/// An entry's name is the ``ContentDigest`` of this build and every input file (the two
/// data files, the policy file and every file of the taxonomy), keyed with `KEY`: a changed
/// byte in any of them, or another build of Plek, names another entry, so a stale entry is
/// never read; it ages out (the least recently used go first). An entry is used only when
/// its seal holds and its image passes every check an image passes at a state's start
/// (PlekCore's *engine image*); otherwise it is removed and the engine compiled again.
public struct EngineCache: Sendable {
  /// The cache directory.
  public let directory: String
  /// Entries kept: enough for a few datasets (or policies) used side by side.
  public static let entriesKept = 4

  /// `$PLEK_CACHE_DIR`, else `$XDG_CACHE_HOME/plek`, else `$HOME/.cache/plek`; `nil` when
  /// none is set.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let explicit = environment["PLEK_CACHE_DIR"], !explicit.isEmpty { return explicit }
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/plek" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/plek" }
    return nil
  }

  /// The cache at `directory`, made (0700, with its parents) when missing; `nil` when it is
  /// missing and cannot be made (a read-only home: commands go on without a cache).
  ///
  /// - Throws: ``StateError`` when it is not a directory, belongs to another user or may be
  ///   written by others.
  public init?(directory: String) throws(StateError) {
    self.directory = directory
    if !FileManager.default.fileExists(atPath: directory) {
      guard
        (try? FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])) != nil
      else { return nil }
    }
    do { try StateDirectory.checkOwnership(directory, what: "cache directory") } catch let error
      as StateError
    {
      throw error
    } catch { throw StateError("\(error)") }
  }

  /// The engine compiled from `files` (the inputs of `build`, in a fixed order): from the
  /// cache when an entry for exactly these bytes and this build is there and holds, else
  /// from `build`, which is then written to the cache.
  ///
  /// Nothing is written when `build` throws (a dataset with problems). A cache that cannot
  /// be written is passed over: the engine is still returned.
  ///
  /// - Returns: the engine, whether it came from the cache, and its entry (for files kept
  ///   beside it: ``kept(_:of:)``), `nil` when the cache could not be used.
  public func engine(
    files: [String], taxonomy: Validated<Taxonomy>, build: () throws -> MatchEngine
  ) throws -> (engine: MatchEngine, cached: Bool, entry: Entry?) {
    guard let key = try? key(), let digest = ContentDigest.of(files: files, key: key) else {
      return (try build(), false, nil)
    }
    let found = Entry(cache: directory, name: "engine-" + String(digest, radix: 16), key: key)
    let entry = found.path(".plek")
    if Self.isRegularFile(entry) {
      if let loaded = try? BinarySnapshot.loadEngine(path: entry, taxonomy: taxonomy, key: key),
        loaded.fromImage, loaded.recordsDamage == nil
      {
        utimes(entry, nil)  // used now: the least recently used entries go first
        return (loaded.engine, true, found)
      }
      unlink(entry)
    }
    let engine = try build()
    let temporary = entry + ".\(getpid()).tmp"
    do {
      // Not fsynced: a torn entry fails its checksums or seal and is compiled again.
      try StateDirectory.writeDurably(to: temporary, durably: false) { sink in
        try BinarySnapshot.write(of: engine, sealedWith: key, to: sink)
      }
      guard rename(temporary, entry) == 0 else { throw StateError("rename: errno \(errno)") }
      removeLeastRecentlyUsed()
    } catch {
      unlink(temporary)
      return (engine, false, nil)
    }
    return (engine, false, found)
  }

  /// The entry of a state directory's data as one read saw it (``StateVersion``): no engine
  /// is cached for it (a state starts from its own image), only files kept beside it (the
  /// competition index of a day). `nil` for a directory without a key.
  public func entry(forState version: StateVersion) -> Entry? {
    guard let directoryKey = version.directoryKey, let key = try? key() else { return nil }
    var numbers: [UInt8] = []
    for word in [UInt64(version.generation), version.sequence] {
      withUnsafeBytes(of: word.littleEndian) { numbers += $0 }
    }
    let digest = ContentDigest.of(parts: [directoryKey, numbers], key: key)
    return Entry(cache: directory, name: "state-" + String(digest, radix: 16), key: key)
  }

  /// One cached engine: its name, and the key files kept beside it are checked with.
  public struct Entry: Sendable {
    let cache: String
    let name: String
    let key: [UInt8]

    func path(_ suffix: String) -> String { cache + "/" + name + suffix }
  }

  /// The bytes of the file `name` kept beside `entry` (what was computed from its engine:
  /// a competition index), or `nil` when there is none or it is not as it was kept (its
  /// keyed digest does not hold).
  public func kept(_ name: String, of entry: Entry) -> [UInt8]? {
    guard Self.isSafe(name) else { return nil }
    let path = entry.path("." + name)
    guard Self.isRegularFile(path), var bytes = FileBytes.read(path), bytes.count >= 8 else {
      return nil
    }
    let stored = bytes.suffix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    bytes.removeLast(8)
    guard stored == ContentDigest.of(bytes: bytes, key: entry.key) else {
      unlink(path)
      return nil
    }
    utimes(path, nil)
    return bytes
  }

  /// Keeps `bytes` as the file `name` beside `entry`, with their keyed digest; a failure is
  /// passed over (the next command computes them again).
  public func keep(_ bytes: [UInt8], as name: String, of entry: Entry) {
    guard Self.isSafe(name) else { return }
    defer { removeLeastRecentlyUsed() }
    let path = entry.path("." + name)
    let temporary = path + ".\(getpid()).tmp"
    var sealed = bytes
    withUnsafeBytes(of: ContentDigest.of(bytes: bytes, key: entry.key).littleEndian) {
      sealed += $0
    }
    do {
      try StateDirectory.writeDurably(to: temporary, durably: false) { sink in
        try sealed.withUnsafeBytes(sink)
      }
      guard rename(temporary, path) == 0 else { throw StateError("rename: errno \(errno)") }
    } catch {
      unlink(temporary)
    }
  }

  /// A kept file's name: letters, digits, `-` and `.`, not empty, not a temporary's.
  private static func isSafe(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 100 && !name.hasSuffix(".tmp") && !name.hasSuffix(".plek")
      && name.utf8.allSatisfy {
        $0 == 0x2D || $0 == 0x2E || (0x30...0x39).contains($0)
          || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
      }
  }

  /// The cache's key, made on first use. Two commands making it at once each write their
  /// own under a name of their own and the last rename wins; the loser's entry is then
  /// never found again and ages out.
  private func key() throws -> [UInt8] {
    let file = directory + "/" + StateDirectory.keyFile
    if Self.isRegularFile(file), let key = FileBytes.read(file, limit: 16), key.count == 16 {
      return key
    }
    var generator = SystemRandomNumberGenerator()
    let key = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let temporary = file + ".\(getpid()).tmp"
    try StateDirectory.writeDurably(key, to: temporary)
    guard rename(temporary, file) == 0 else {
      unlink(temporary)
      throw StateError("cannot rename \(temporary): errno \(errno)")
    }
    guard let written = FileBytes.read(file, limit: 16), written.count == 16 else {
      throw StateError("cannot read \(file)")
    }
    return written
  }

  /// Removes all but the ``entriesKept`` most recently used entries and the files kept
  /// beside the others, and temporaries of writes that did not finish an hour ago or more.
  private func removeLeastRecentlyUsed() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return
    }
    var entries: [(path: String, used: Int)] = []
    let now = Int(Date().timeIntervalSince1970)
    for name in names where name.hasPrefix("engine-") || name.hasPrefix("state-") {
      let path = directory + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      let used = Int(status.st_mtim.tv_sec)
      if name.hasSuffix(".tmp") {
        if now - used > 3600 { unlink(path) }
      } else if name.hasSuffix(".plek") && name.hasPrefix("engine-") {
        entries.append((path, used))
      }
    }
    let sorted = entries.sorted(by: { $0.used > $1.used })
    for old in sorted.dropFirst(Self.entriesKept) { unlink(old.path) }
    let live = Set(sorted.prefix(Self.entriesKept).map { String($0.path.dropLast(5)) })
    var stateFiles: [(path: String, used: Int)] = []
    for name in names where !name.hasSuffix(".plek") && !name.hasSuffix(".tmp") {
      let path = directory + "/" + name
      guard let dot = name.firstIndex(of: ".") else { continue }
      if name.hasPrefix("engine-") {
        if !live.contains(directory + "/" + name[..<dot]) { unlink(path) }
      } else if name.hasPrefix("state-") {
        var status = stat()
        if lstat(path, &status) == 0 { stateFiles.append((path, Int(status.st_mtim.tv_sec))) }
      }
    }
    // A state's data changes with every change: only the most recent versions' files stay.
    for old in stateFiles.sorted(by: { $0.used > $1.used }).dropFirst(Self.stateFilesKept) {
      unlink(old.path)
    }
  }

  /// Files kept for versions of states' data.
  static let stateFilesKept = 8

  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }
}
