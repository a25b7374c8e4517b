import Foundation

/// An output file written piece by piece, for results too large to hold in memory (a
/// national batch), that appears under its name only when it is complete.
///
/// The pieces go to a temporary file beside the target (`.NAME.partial-PID`); ``commit()``
/// makes it durable and renames it over the target, so a run that is stopped halfway
/// leaves the previous file (or none), never half a file. The file is owner-only (0600, or
/// the mode of the file it replaces when that is stricter): results hold health data. A target that exists and is not
/// a regular file (a link, FIFO or device) is refused before anything is written, as by
/// ``DatasetLoader/write(_:to:)``. The path `-` writes to standard output as it goes.
///
/// Not thread-safe: one writer.
public final class StreamedOutput {
  /// The target path, or `-`.
  public let path: String
  /// Bytes written so far.
  public private(set) var bytesWritten = 0
  private let temporary: String?
  private var descriptor: Int32
  private var committed = false

  /// Refuses a target that exists and is not a regular file (a symbolic link, a directory,
  /// a FIFO, a device), so that nothing is written through it or replaced, and creates the
  /// target's directory when needed. Every writer of output files calls it first.
  static func prepare(target path: String) throws {
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      throw OutputRefused(path: path)
    }
    let directory = Path.parent(path)
    if !directory.isEmpty {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
  }

  /// Opens `path` for writing (a temporary file beside it, or standard output for `-`).
  ///
  /// - Throws: ``OutputRefused`` for a target that is not a regular file; an `NSError` when
  ///   the directory cannot be created or the file cannot be opened.
  public init(path: String) throws {
    self.path = path
    if path == "-" {
      temporary = nil
      descriptor = STDOUT_FILENO
      return
    }
    try Self.prepare(target: path)
    let directory = Path.parent(path)
    let name = String(path.split(separator: "/").last ?? "output")
    let temporary =
      (directory.isEmpty ? "" : directory + "/") + ".\(name).partial-\(getpid())"
    // Known to the signal handler before it exists, so that no interrupt falls between.
    Self.setPartial(temporary)
    // Owner-only: outputs hold health data (load capacity, indications, scores). A target
    // whose mode is stricter still (0400) keeps it. A planted link at the temporary name is
    // not followed.
    unlink(temporary)
    let descriptor = open(
      temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, Self.mode(replacing: path))
    guard descriptor >= 0 else {
      Self.setPartial(nil)
      throw NSError(
        domain: NSPOSIXErrorDomain, code: Int(errno),
        userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
    self.temporary = temporary
    self.descriptor = descriptor
  }

  /// The mode an output file is written with: owner read and write (0600), or the
  /// target's own mode when it is stricter.
  static func mode(replacing path: String) -> mode_t {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return 0o600 }
    return status.st_mode & 0o600
  }

  // MARK: Interrupted runs

  /// The partial file being written now, as a C string the signal handler can unlink
  /// without allocating (only async-signal-safe calls are allowed there).
  nonisolated(unsafe) private static var partial: UnsafeMutablePointer<CChar>?

  private static func setPartial(_ path: String?) {
    let previous = partial
    partial = path.map { strdup($0) }
    free(previous)
  }

  /// Makes Ctrl-C (SIGINT) and SIGTERM remove the partial file being written, then exit with
  /// 128 + the signal, as a shell expects: an interrupted national batch leaves neither half
  /// a result nor a hidden file of hundreds of megabytes. (A SIGKILL cannot be caught: the
  /// partial file, `.NAME.partial-PID`, then stays beside the untouched target.)
  public static func removePartialFileOnInterrupt() {
    // A parent may have started Plek with these blocked (the mask is inherited): unblock
    // them, or Ctrl-C would wait until the run ends.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &signals, nil)
    for number in [SIGINT, SIGTERM] {
      signal(number) { received in
        if let path = StreamedOutput.partial { unlink(path) }
        _exit(128 + received)
      }
    }
  }

  /// Appends `bytes`.
  public func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw NSError(
            domain: NSPOSIXErrorDomain, code: Int(errno),
            userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        offset += written
      }
    }
    bytesWritten += bytes.count
  }

  /// Makes the file durable and puts it in place of the target.
  public func commit() throws {
    guard let temporary, !committed else { return }
    committed = true
    Self.setPartial(nil)
    fsync(descriptor)
    close(descriptor)
    descriptor = -1
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw NSError(
        domain: NSPOSIXErrorDomain, code: Int(code),
        userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
    }
  }

  deinit {
    // Not committed: an error or a stop halfway. The partial file goes; the target stays.
    if let temporary, !committed {
      Self.setPartial(nil)
      close(descriptor)
      unlink(temporary)
    }
  }
}
