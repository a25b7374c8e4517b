import Foundation
import PlekCore

/// Where a snapshot's bytes come from: a file read section by section at its offsets
/// (`pread`, from any thread), or bytes already in memory. Reading a section straight
/// into the array that keeps it spares a copy of the whole file.
///
/// The one type of the snapshot reader that writes raw memory.
struct SnapshotSource: Sendable {
  /// The number of bytes.
  let size: Int
  private let read: @Sendable (Int, UnsafeMutableRawBufferPointer) -> Bool

  /// The bytes `bytes`.
  init(_ bytes: [UInt8]) {
    size = bytes.count
    read = { offset, buffer in
      bytes.withUnsafeBytes { source in
        buffer.copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + buffer.count]))
      }
      return true
    }
  }

  /// The file open at `descriptor` (which the caller keeps open while the source is used).
  init?(descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    size = Int(status.st_size)
    read = { offset, buffer in
      var done = 0
      while done < buffer.count {
        let count = pread(
          descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        done += count
      }
      return true
    }
  }

  /// Reads `buffer.count` bytes at `offset` into `buffer`.
  ///
  /// - Throws: ``SnapshotError`` when the range is not in the source or the file cannot be
  ///   read (it shrank, or the disk failed).
  func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(SnapshotError) {
    guard offset >= 0, buffer.count <= size, offset <= size - buffer.count else {
      throw SnapshotError(
        "bytes \(offset)..<\(offset + buffer.count) are past the end (\(size) bytes)")
    }
    guard buffer.count == 0 || read(offset, buffer) else {
      throw SnapshotError("cannot read bytes \(offset)..<\(offset + buffer.count): errno \(errno)")
    }
  }

  /// `count` bytes at `offset`.
  func bytes(at offset: Int, count: Int) throws(SnapshotError) -> [UInt8] {
    guard count >= 0, count <= size else {
      throw SnapshotError("\(count) bytes at \(offset) are past the end (\(size) bytes)")
    }
    var bytes = [UInt8](repeating: 0, count: count)
    let result = bytes.withUnsafeMutableBytes { buffer -> Result<Void, SnapshotError> in
      do throws(SnapshotError) {
        try read(at: offset, into: buffer)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
    return bytes
  }

  /// The CRC-32C of `count` bytes at `offset`, read a mebibyte at a time into one buffer:
  /// a large section's checksum checked without holding the section (no allocation of its
  /// size, no pages to fault in and zero).
  func checksum(at offset: Int, count: Int) throws(SnapshotError) -> UInt32 {
    guard offset >= 0, count >= 0, count <= size, offset <= size - count else {
      throw SnapshotError("\(count) bytes at \(offset) are past the end (\(size) bytes)")
    }
    let chunkBytes = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(1, min(count, chunkBytes)), alignment: 16)
    defer { buffer.deallocate() }
    var crc: UInt32 = 0
    var done = 0
    while done < count {
      let part = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(chunkBytes, count - done)])
      try read(at: offset + done, into: part)
      crc = CRC32C.checksum(raw: UnsafeRawBufferPointer(part), continuing: crc)
      done += part.count
    }
    return crc
  }

  /// Reads `buffer.count` bytes at `offset` into `buffer` a chunk of `chunkBytes` at a time
  /// on all cores, and returns `digest` of every chunk (its number and bytes), in order.
  func readChunks(
    at offset: Int, into buffer: UnsafeMutableRawBufferPointer, chunkBytes: Int,
    digest: @escaping @Sendable (Int, UnsafeRawBufferPointer) -> UInt64
  ) throws(SnapshotError) -> [UInt64] {
    guard offset >= 0, buffer.count <= size, offset <= size - buffer.count else {
      throw SnapshotError(
        "bytes \(offset)..<\(offset + buffer.count) are past the end (\(size) bytes)")
    }
    let chunks = (buffer.count + chunkBytes - 1) / chunkBytes
    let target = SendableBuffer(buffer: buffer)
    let results = Parallel.map(chunks, chunkSize: 1) { range in
      range.map { chunk -> Result<UInt64, SnapshotError> in
        let start = chunk * chunkBytes
        let part = UnsafeMutableRawBufferPointer(
          rebasing: target.buffer[start..<min(target.buffer.count, start + chunkBytes)])
        do throws(SnapshotError) {
          try read(at: offset + start, into: part)
        } catch {
          return .failure(error)
        }
        return .success(digest(chunk, UnsafeRawBufferPointer(part)))
      }
    }
    return try Self.values(results)
  }

  /// `digest` of every chunk of `chunkBytes` of the whole source (its number and bytes), in
  /// order, read on all cores: each task reads its chunks into one buffer of its own, so no
  /// buffer of the source's size is made (nor are its pages faulted in and zeroed).
  func chunkDigests(
    chunkBytes: Int, digest: @escaping @Sendable (Int, UnsafeRawBufferPointer) -> UInt64
  ) throws(SnapshotError) -> [UInt64] {
    let chunks = (size + chunkBytes - 1) / chunkBytes
    let results = Parallel.map(chunks, chunkSize: 16) { range in
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
      defer { buffer.deallocate() }
      return range.map { chunk -> Result<UInt64, SnapshotError> in
        let start = chunk * chunkBytes
        let part = UnsafeMutableRawBufferPointer(
          rebasing: buffer[0..<min(chunkBytes, size - start)])
        do throws(SnapshotError) {
          try read(at: start, into: part)
        } catch {
          return .failure(error)
        }
        return .success(digest(chunk, UnsafeRawBufferPointer(part)))
      }
    }
    return try Self.values(results)
  }

  /// The values of `results`, in order, or the first error.
  private static func values(_ results: [Result<UInt64, SnapshotError>]) throws(SnapshotError)
    -> [UInt64]
  {
    var values: [UInt64] = []
    values.reserveCapacity(results.count)
    for result in results {
      switch result {
      case .success(let value): values.append(value)
      case .failure(let error): throw error
      }
    }
    return values
  }
}

/// A buffer handed to the threads of one parallel read, each writing its own chunk.
///
/// `@unchecked Sendable` because it is a raw pointer: safe as used, since the chunks the
/// threads write are disjoint and the buffer outlives the parallel loop that writes it.
struct SendableBuffer: @unchecked Sendable {
  let buffer: UnsafeMutableRawBufferPointer
}

/// Bytes read by the threads of one parallel digest, which only read them.
///
/// `@unchecked Sendable` because it is a raw pointer: safe as used, since nothing writes the
/// bytes while the threads read them, and they outlive the parallel loop.
struct SendableBytes: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
}
