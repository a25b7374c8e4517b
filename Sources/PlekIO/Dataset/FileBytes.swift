import Foundation

/// Reads whole files straight into a byte array.
///
/// `FileManager.contents(atPath:)` returns `Data`, and making an array of it copies: a
/// national participants file of 725 MB was held twice for a moment, which was the peak
/// memory of loading a national dataset.
public enum FileBytes {
  /// The bytes of the file at `path`, at most `limit` of them; `nil` when it cannot be
  /// opened or read, or holds more than `limit` bytes (a file that grows while it is read
  /// included).
  ///
  /// - Complexity: O(file size); one allocation for a regular file (sized by `fstat`),
  ///   doubling ones for a pipe or a file that grows.
  public static func read(_ path: String, limit: Int = .max) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    // One byte more than the file or the limit allows: reading it means the file is larger.
    let most = limit == .max ? limit : limit + 1
    var bytes = [UInt8](repeating: 0, count: max(4096, min(Int(status.st_size), most - 1) + 1))
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= limit else { return nil }
        bytes += [UInt8](repeating: 0, count: min(bytes.count, most - count))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        readBytes(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if read == 0 { break }
      count += read
    }
    guard count <= limit else { return nil }
    bytes.removeLast(bytes.count - count)
    return bytes
  }
}

/// The system's `read(2)`, out of reach of ``FileBytes/read(_:limit:)``'s own name.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
