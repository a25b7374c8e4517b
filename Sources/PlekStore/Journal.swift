import Foundation
import PlekIO

/// The journal of a state directory: every acknowledged mutation, appended in order and made
/// durable (fsync) before its response is written.
///
/// A record is `length` (UInt32, little-endian, of the payload), `crc` (CRC-32C of the payload,
/// UInt32 little-endian), then the payload: the sequence number (UInt64 little-endian) and the
/// request as compact JSON, `{"method": …, "params": …}`. A record cut short by a crash (the
/// last one, shorter than its length says) is a *torn tail*: dropped with one log line. A
/// record whose bytes are all there but whose checksum fails is *damage*, the last one too
/// (it may have been acknowledged): start-up stops and names its offset (`--repair` truncates
/// there).
///
/// `@unchecked Sendable`: its buffer and counters are mutable and unguarded. It is safe as
/// used: the one server of a state directory owns its journal (the directory's lock says so)
/// and appends, syncs and reads it from the one thread that answers requests.
public final class Journal: @unchecked Sendable {
  /// One replayed record.
  public struct Record: Sendable {
    /// The record's sequence number.
    public var sequence: UInt64
    /// The kind of change, as written (a ``Mutation/Kind`` raw value).
    public var method: String
    /// The change's parameters.
    public var params: JSONValue?
    /// Where the record starts in the file.
    public var offset: Int
  }

  /// What reading a journal found.
  public struct Contents: Sendable {
    /// The intact records, in order.
    public var records: [Record]
    /// Where the valid records end.
    public var validBytes: Int
    /// Bytes after the valid records that are a torn tail (0 when none).
    public var tornBytes: Int
    /// The offset of a damaged record before the end, if any, and why.
    public var damage: (offset: Int, reason: String)?
    /// The sequence number the first dropped record (torn or damaged) names, when its bytes
    /// hold one: what the next number must pass after a repair.
    public var droppedSequence: UInt64? = nil
  }

  /// The journal file.
  public let path: String
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// The file's size once the buffer is written.
  public private(set) var bytes: Int
  /// The last sequence number appended, and the last made durable.
  public private(set) var sequence: UInt64
  public private(set) var durableSequence: UInt64

  /// The last sequence number in effect (of a record appended, or the state's before): below
  /// ``sequence`` only after a repair dropped an answered record, until the next append.
  public private(set) var inEffect: UInt64

  /// Opens (creating, owner-only) the journal at `path` for appending after `validBytes`;
  /// `sequence` is the last number in effect, `issued` the highest ever handed out (the next
  /// record gets the larger one plus one).
  public init(path: String, validBytes: Int, sequence: UInt64, issued: UInt64 = 0) throws {
    self.path = path
    // Never through a link: a planted `journal-N` link would have its target truncated.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StateError("cannot open the journal \(path): errno \(errno)")
    }
    // Anything after the valid records (a torn tail) goes before the first new record.
    guard ftruncate(descriptor, off_t(validBytes)) == 0, lseek(descriptor, 0, SEEK_END) >= 0,
      fsync(descriptor) == 0
    else {
      close(descriptor)
      throw StateError("cannot prepare the journal \(path): errno \(errno)")
    }
    self.descriptor = descriptor
    bytes = validBytes
    self.sequence = max(sequence, issued)
    durableSequence = sequence
    inEffect = sequence
  }

  deinit { close(descriptor) }

  /// Appends a change as the request that made it (in memory until ``sync()``); returns its
  /// sequence number.
  public func append(_ kind: Mutation.Kind, params: JSONValue?) -> UInt64 {
    sequence += 1
    inEffect = sequence
    var payload = ByteWriter()
    payload.u64(sequence)
    payload.append(
      JSONWriter().bytes(
        .object([
          JSONMember("method", .string(kind.method)), JSONMember("params", params ?? .null),
        ])))
    var record = ByteWriter()
    record.u32(UInt32(payload.bytes.count))
    record.u32(CRC32C.checksum(payload.bytes))
    record.append(payload.bytes)
    buffer += record.bytes
    return sequence
  }

  /// Whether records wait to be made durable.
  public var hasPending: Bool { !buffer.isEmpty }

  /// Writes the appended records and fsyncs the file: once this returns, they survive a
  /// crash. One sync covers every record appended since the last.
  public func sync() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { raw in
      try StateDirectory.writeAll(raw, to: descriptor, named: "the journal " + path)
    }
    guard fsync(descriptor) == 0 else {
      throw StateError("cannot fsync the journal \(path): errno \(errno)")
    }
    bytes += buffer.count
    buffer.removeAll(keepingCapacity: true)
    durableSequence = sequence
  }

  /// Reads the records of a journal file (none for a missing file).
  public static func read(path: String) throws -> Contents {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      return Contents(records: [], validBytes: 0, tornBytes: 0, damage: nil)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw StateError("the journal \(path) is not a regular file (a link, FIFO or device)")
    }
    guard let bytes = FileBytes.read(path) else {
      throw StateError("cannot read the journal \(path)")
    }
    return parse(bytes)
  }

  /// A record's header at `offset`: the payload's length and its checksum.
  static func header(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    length: Int, crc: UInt32
  )? {
    var reader = ByteReader(bytes, from: offset)
    guard let length = try? reader.u32(), let crc = try? reader.u32() else { return nil }
    return (Int(length), crc)
  }

  /// The offset of the first whole record with a matching checksum after `offset`, if any:
  /// what tells damage from a torn tail.
  static func validRecord(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int? {
    var start = offset + 1
    while start + 16 <= bytes.count {
      if let (length, crc) = header(bytes, at: start), length >= 8,
        length <= bytes.count - start - 8,
        CRC32C.checksum(bytes[(start + 8)..<(start + 8 + length)]) == crc
      {
        return start
      }
      start += 1
    }
    return nil
  }

  /// The records of a journal's bytes.
  public static func parse(_ bytes: [UInt8]) -> Contents {
    bytes.withUnsafeBufferPointer { buffer in
      var contents = parse(buffer)
      // The number a dropped record names, when its header and number are there.
      if contents.validBytes + 16 <= buffer.count {
        var reader = ByteReader(buffer, from: contents.validBytes + 8)
        contents.droppedSequence = try? reader.u64()
      }
      return contents
    }
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Contents {
    var records: [Record] = []
    var offset = 0
    while offset < bytes.count {
      let remaining = bytes.count - offset
      guard remaining >= 8, let (length, crc) = header(bytes, at: offset) else {
        return Contents(records: records, validBytes: offset, tornBytes: remaining, damage: nil)
      }
      if length < 8 || length > remaining - 8 {
        // Cut short by a crash, unless a valid record follows: then a damaged length.
        if let later = validRecord(in: bytes, after: offset) {
          return Contents(
            records: records, validBytes: offset, tornBytes: 0,
            damage: (
              offset, "a record length of \(length) bytes (a valid record follows at \(later))"
            ))
        }
        return Contents(records: records, validBytes: offset, tornBytes: remaining, damage: nil)
      }
      let end = offset + 8 + length
      let payload = bytes[(offset + 8)..<end]
      guard CRC32C.checksum(payload) == crc else {
        // Every byte its length says is there: not a tear, whatever follows.
        return Contents(
          records: records, validBytes: offset, tornBytes: 0,
          damage: (offset, "a checksum that does not match"))
      }
      var reader = ByteReader(bytes, from: offset + 8, to: end)
      guard let sequence = try? reader.u64(),
        let json = try? JSONParser().parse(Array(bytes[(offset + 16)..<end])),
        case .string(let method)? = json["method"]
      else {
        return Contents(
          records: records, validBytes: offset, tornBytes: 0,
          damage: (offset, "a record that is not a request"))
      }
      let params = json["params"].flatMap { $0 == .null ? nil : $0 }
      records.append(Record(sequence: sequence, method: method, params: params, offset: offset))
      offset = end
    }
    return Contents(records: records, validBytes: offset, tornBytes: 0, damage: nil)
  }
}

/// Why a state directory cannot be used.
public struct StateError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
