/// Reads what ``RecordWriter`` wrote, checking as it goes: a read past the end, an integer
/// longer than 64 bits, a count larger than the bytes left or a value outside its
/// vocabulary or taxonomy sets ``failed`` and gives a harmless value instead of trapping.
///
/// Bytes this process wrote never fail; bytes from an engine image (written by this build,
/// but read from a file) are read once with this check when the image is opened
/// (``EngineImage``), so that a changed byte refuses the image rather than crashing a scan.
struct RecordReader {
  let bytes: ArraySlice<UInt8>
  var offset: Int
  /// Whether some read found bytes ``RecordWriter`` cannot have written.
  private(set) var failed = false

  init(bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    offset = bytes.startIndex
  }

  /// Whether every byte was read and every read was well formed.
  var readWhole: Bool { !failed && offset == bytes.endIndex }

  /// Marks the bytes as not written by ``RecordWriter`` unless `condition` holds.
  @inline(__always)
  mutating func require(_ condition: Bool) {
    if !condition { failed = true }
  }

  @inline(__always)
  mutating func byte() -> UInt8 {
    guard offset < bytes.endIndex else {
      failed = true
      return 0
    }
    defer { offset += 1 }
    return bytes[offset]
  }

  @inline(__always)
  mutating func bool() -> Bool {
    let value = byte()
    if value > 1 { failed = true }
    return value != 0
  }

  @inline(__always)
  mutating func int() -> Int {
    // Most integers are one byte (0–63 and -1 to -64): read them without the loop.
    if offset < bytes.endIndex, bytes[offset] < 0x80 {
      let byte = Int(bytes[offset])
      offset += 1
      return byte >> 1 ^ -(byte & 1)
    }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = byte()
      value |= UInt64(next & 0x7F) << shift
      if next < 0x80 { break }
      shift += 7
      guard shift < 64 else {
        failed = true
        return 0
      }
    }
    return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
  }

  /// A count of items that follow, each at least one byte long.
  @inline(__always)
  mutating func count() -> Int {
    let value = int()
    guard value >= 0, value <= bytes.endIndex - offset else {
      failed = true
      return 0
    }
    return value
  }

  /// The taxonomy id at the index read next.
  mutating func element<Tag>(of table: [TaxonomyID<Tag>]) -> TaxonomyID<Tag> {
    checked(int(), in: table)
  }

  /// The taxonomy id at `position`, which was read.
  mutating func checked<Tag>(_ position: Int, in table: [TaxonomyID<Tag>]) -> TaxonomyID<Tag> {
    guard table.indices.contains(position) else {
      failed = true
      return TaxonomyID(uncheckedRawValue: "")
    }
    return table[position]
  }

  mutating func optionalInt() -> Int? { bool() ? int() : nil }

  /// Passes over `count` bytes of fixed width (a day, a load profile).
  @inline(__always)
  mutating func skip(_ count: Int) {
    guard count <= bytes.endIndex - offset else {
      failed = true
      offset = bytes.endIndex
      return
    }
    offset += count
  }

  /// A position in a table of `count` entries, read as ``element(of:)`` reads one, without
  /// the entry.
  @inline(__always)
  mutating func position(below count: Int) -> Int {
    let position = int()
    guard position >= 0, position < count else {
      failed = true
      return 0
    }
    return position
  }

  /// Passes over a text as ``text()`` reads it.
  @inline(__always)
  mutating func skipText() { skip(count()) }

  /// The bytes of a text, read as ``text()`` reads it.
  mutating func textBytes() -> ArraySlice<UInt8> {
    let count = count()
    defer { offset += count }
    return bytes[offset..<offset + count]
  }

  @inline(__always)
  mutating func optionalBool() -> Bool? {
    let value = byte()
    if value > 2 { failed = true }
    return value == 2 ? nil : value != 0
  }

  @inline(__always)
  mutating func u64() -> UInt64 {
    if bytes.endIndex - offset >= 8 {
      defer { offset += 8 }
      return bytes.withUnsafeBytes {
        UInt64(
          littleEndian: $0.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: UInt64.self)
        )
      }
    }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(byte()) << (8 * UInt64(index)) }
    return value
  }

  @inline(__always)
  mutating func day() -> Day {
    var value: UInt32 = 0
    for index in 0..<4 { value |= UInt32(byte()) << (8 * UInt32(index)) }
    return Day(daysSinceEpoch: Int32(bitPattern: value))
  }

  @inline(__always)
  mutating func point() -> GeoPoint {
    GeoPoint(latitude: Double(bitPattern: u64()), longitude: Double(bitPattern: u64()))
  }

  mutating func text() -> String {
    let count = count()
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  mutating func load() -> LoadProfile {
    var lanes = SIMD16<UInt8>()
    for lane in 0..<16 { lanes[lane] = byte() }
    return LoadProfile(lanes: lanes)
  }

  mutating func word<Value: Vocabulary>() -> Value { vocabulary(int()) }

  /// Passes over what ``word()`` reads, with its check.
  @inline(__always)
  mutating func skipWord<Value: Vocabulary>(_: Value.Type) {
    _ = position(below: Value.allCases.count)
  }

  /// Passes over what ``optionalWord()`` reads, with its check.
  @inline(__always)
  mutating func skipOptionalWord<Value: Vocabulary>(_: Value.Type) {
    _ = position(below: Value.allCases.count + 1)
  }

  /// Passes over what ``set()`` reads, with its check.
  @inline(__always)
  mutating func skipSet<Value: Vocabulary>(_: Value.Type) {
    if UInt64(UInt(bitPattern: int())) >> UInt64(Value.allCases.count) != 0 { failed = true }
  }

  mutating func optionalWord<Value: Vocabulary>() -> Value? {
    let code = int()
    return code == 0 ? nil : vocabulary(code - 1)
  }

  mutating func set<Value: Vocabulary>() -> Set<Value> {
    var mask = UInt64(UInt(bitPattern: int()))
    if mask >> UInt64(Value.allCases.count) != 0 { failed = true }
    var values = Set<Value>(minimumCapacity: mask.nonzeroBitCount)
    while mask != 0 {
      values.insert(vocabulary(mask.trailingZeroBitCount))
      mask &= mask - 1
    }
    return values
  }

  private mutating func vocabulary<Value: Vocabulary>(_ position: Int) -> Value {
    guard position >= 0, position < Value.allCases.count else {
      failed = true
      return VocabularyIndex.value(0)
    }
    return VocabularyIndex.value(position)
  }
}
