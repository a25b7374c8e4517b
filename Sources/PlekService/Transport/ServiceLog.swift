import Foundation
import Synchronization

/// The server's log on standard error, which never holds up answering: a line is written
/// only when the pipe (or file, or terminal) can take it at once, else it is dropped and
/// counted (`health` reports `logLinesDropped`). A case server that does not read Plek's
/// standard error loses log lines, never answers.
///
/// Why not block: a pipe holds 64 KB; a server whose log nobody reads would stop answering
/// after about a thousand logged requests.
public enum ServiceLog {
  private static let dropped = Atomic<Int>(0)

  /// Lines dropped since the process started because standard error could not take them.
  public static var droppedLines: Int { dropped.load(ordering: .relaxed) }

  /// The longest line written, in bytes: below `PIPE_BUF` (4096), so that a pipe that
  /// reports room takes the whole line in one write without blocking.
  static let maximumLineBytes = 4000

  /// Writes `line` (and a line feed) to `descriptor` when it can take it now; else counts
  /// it as dropped. Longer lines are cut at ``maximumLineBytes``.
  public static func write(_ line: String, to descriptor: Int32 = STDERR_FILENO) {
    var bytes = Array(line.utf8)
    if bytes.count > maximumLineBytes {
      bytes.removeLast(bytes.count - maximumLineBytes)
      // Not in the middle of a character.
      while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
      if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
    }
    bytes.append(UInt8(ascii: "\n"))
    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
    guard poll(&ready, 1, 0) == 1, ready.revents & Int16(POLLOUT) != 0 else {
      dropped.add(1, ordering: .relaxed)
      return
    }
    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    if written != bytes.count { dropped.add(1, ordering: .relaxed) }
  }
}
