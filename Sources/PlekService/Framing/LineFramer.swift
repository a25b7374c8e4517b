/// One message cut from the input stream.
public enum Frame: Equatable, Sendable {
  /// A line's bytes, without the line end (`\n` or `\r\n`).
  case line([UInt8])
  /// A line longer than the limit: its bytes were skipped, not kept.
  case tooLong(byteCount: Int)
}

/// Splits a byte stream into newline-delimited messages, however the stream is chunked.
///
/// Lines end with `\n`; a `\r` before it is dropped. Blank lines (empty or only spaces and
/// tabs) are skipped. A line longer than ``maximumLineBytes`` is not buffered: its bytes are
/// counted and dropped up to its end, and it is reported as ``Frame/tooLong(byteCount:)``
/// so that the caller can answer it and go on.
public struct LineFramer: Sendable {
  /// The longest line kept, in bytes (without the line end).
  public let maximumLineBytes: Int
  private var buffer: [UInt8] = []
  private var discarding = false
  private var discarded = 0

  /// Creates a framer.
  public init(maximumLineBytes: Int) {
    self.maximumLineBytes = maximumLineBytes
  }

  /// Feeds bytes; returns the messages completed by them, in order.
  public mutating func append<Bytes: Collection>(_ bytes: Bytes) -> [Frame]
  where Bytes.Element == UInt8 {
    var frames: [Frame] = []
    var start = bytes.startIndex
    while start != bytes.endIndex {
      let newline = bytes[start...].firstIndex(of: 0x0A)
      let end = newline ?? bytes.endIndex
      let piece = bytes[start..<end]
      if discarding {
        discarded += piece.count
      } else if buffer.count + piece.count > maximumLineBytes + 1 {
        // Over the limit (one byte of slack for a `\r`): drop what we have and the rest.
        discarding = true
        discarded = buffer.count + piece.count
        buffer.removeAll(keepingCapacity: false)
      } else {
        buffer.append(contentsOf: piece)
      }
      guard let newline else { break }
      if let frame = completeLine() { frames.append(frame) }
      start = bytes.index(after: newline)
    }
    return frames
  }

  /// Ends the stream: the last line, if it had no line end.
  public mutating func finish() -> [Frame] {
    completeLine().map { [$0] } ?? []
  }

  private mutating func completeLine() -> Frame? {
    defer {
      buffer.removeAll(keepingCapacity: buffer.count <= 1 << 16)
      discarding = false
      discarded = 0
    }
    if discarding { return .tooLong(byteCount: discarded) }
    if buffer.last == 0x0D { buffer.removeLast() }
    if buffer.count > maximumLineBytes { return .tooLong(byteCount: buffer.count) }
    if buffer.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    return .line(buffer)
  }
}
