import Foundation

/// An output file written piece by piece, for results too large to hold in memory (a
/// national batch), that appears under its name only when it is complete.
///
/// The pieces go to a temporary file beside the target (`.NAME.partial-PID`); ``commit()``
/// makes it durable and renames it over the target, so a run that is stopped halfway
/// leaves the previous file (or none), never half a file. A target that exists and is not
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
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      throw OutputRefused(path: path)
    }
    let directory = Path.parent(path)
    if !directory.isEmpty {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    let name = String(path.split(separator: "/").last ?? "output")
    let temporary =
      (directory.isEmpty ? "" : directory + "/") + ".\(name).partial-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw NSError(
        domain: NSPOSIXErrorDomain, code: Int(errno),
        userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
    self.temporary = temporary
    self.descriptor = descriptor
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
      close(descriptor)
      unlink(temporary)
    }
  }
}
