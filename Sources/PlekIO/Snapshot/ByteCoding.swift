import PlekCore

/// Little-endian bytes, for the binary snapshot and the journal: fixed-width integers and
/// doubles, strings with a 16-bit length. The one byte writer (``ByteReader`` reads it).
public struct ByteWriter: Sendable {
  /// The bytes written so far.
  public internal(set) var bytes: [UInt8] = []

  /// An empty writer.
  public init() {}

  mutating func u8(_ value: UInt8) { bytes.append(value) }
  /// A 32-bit unsigned integer.
  public mutating func u32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }
  /// A 64-bit unsigned integer.
  public mutating func u64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }
  /// Bytes as they are.
  public mutating func append(_ more: some Sequence<UInt8>) { bytes += more }
  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
  mutating func u16(_ value: Int) {
    withUnsafeBytes(of: UInt16(truncatingIfNeeded: value).littleEndian) { bytes += $0 }
  }
  mutating func i32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
  mutating func i64(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
  mutating func f64(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
  }
  mutating func string(_ text: String) {
    let utf8 = Array(text.utf8)
    u16(utf8.count)
    bytes += utf8
  }
  mutating func strings(_ texts: [String]) {
    u16(texts.count)
    for text in texts { string(text) }
  }
}

/// Reads what ``ByteWriter`` wrote; every read checks the bounds. The one byte reader of the
/// snapshot, the codecs and the journal.
///
/// The one place of the snapshot code that holds raw memory: a reader borrows the bytes it
/// reads (a retain and release per field of an array slice was most of a snapshot's load
/// time), so it must not outlive the `withUnsafeBufferPointer` it was made in. It only reads,
/// and the bytes it borrows are not written while it lives, so readers on several threads
/// (blocks of records decoded on all cores) may share them: hence the unchecked `Sendable`.
public struct ByteReader: @unchecked Sendable {
  let base: UnsafePointer<UInt8>
  var offset: Int
  var end: Int

  /// A reader of `bytes` from `start` to `end` (the end of the bytes when `nil`).
  public init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) {
    base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    offset = start
    self.end = end ?? bytes.count
  }

  var isAtEnd: Bool { offset == end }

  mutating func take(_ count: Int) throws(SnapshotError) -> UnsafeBufferPointer<UInt8> {
    guard count >= 0, end - offset >= count else {
      throw SnapshotError("a record runs past its section at offset \(offset)")
    }
    defer { offset += count }
    return UnsafeBufferPointer(start: base + offset, count: count)
  }

  mutating func u8() throws(SnapshotError) -> UInt8 { try take(1)[0] }
  mutating func bool() throws(SnapshotError) -> Bool { try u8() != 0 }
  mutating func u16() throws(SnapshotError) -> Int {
    let raw = try take(2)
    return Int(raw[0]) | Int(raw[1]) << 8
  }
  /// A 32-bit unsigned integer.
  public mutating func u32() throws(SnapshotError) -> UInt32 {
    let raw = try take(4)
    var value: UInt32 = 0
    for index in 0..<4 { value |= UInt32(raw[index]) << (8 * index) }
    return value
  }
  /// A 64-bit unsigned integer.
  public mutating func u64() throws(SnapshotError) -> UInt64 {
    let raw = try take(8)
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(raw[index]) << (8 * index) }
    return value
  }
  mutating func i32() throws(SnapshotError) -> Int32 { Int32(bitPattern: try u32()) }
  mutating func i64() throws(SnapshotError) -> Int { Int(Int64(bitPattern: try u64())) }
  mutating func f64() throws(SnapshotError) -> Double { Double(bitPattern: try u64()) }
  mutating func string() throws(SnapshotError) -> String {
    String(decoding: try take(try u16()), as: UTF8.self)
  }
  mutating func strings() throws(SnapshotError) -> [String] {
    var result: [String] = []
    for _ in 0..<(try u16()) { result.append(try string()) }
    return result
  }

  /// A value of a string-coded vocabulary.
  mutating func word<Value: RawRepresentable>(_ type: Value.Type) throws(SnapshotError) -> Value
  where Value.RawValue == String {
    let text = try string()
    guard let value = Value(rawValue: text) else {
      throw SnapshotError("an unknown \(Value.self) \(text.prefix(40).debugDescription)")
    }
    return value
  }

  mutating func id<Tag>(_ type: Identifier<Tag>.Type) throws(SnapshotError) -> Identifier<Tag> {
    let text = try string()
    guard let id = Identifier<Tag>(text) else {
      throw SnapshotError("a malformed id \(text.prefix(40).debugDescription)")
    }
    return id
  }
}

/// Why a binary snapshot cannot be read.
public struct SnapshotError: Error, CustomStringConvertible, Sendable {
  public var description: String
  init(_ description: String) { self.description = description }
}
