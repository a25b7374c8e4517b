/// Appends the codec's fields to bytes.
struct RecordWriter {
  var bytes: [UInt8]

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
  /// 2 where nobody said (as an employer that has not said whether it accepts a subsidy).
  mutating func optionalBool(_ value: Bool?) { bytes.append(value.map { $0 ? 1 : 0 } ?? 2) }

  /// A zig-zag LEB128 integer: one byte for 0–63, exact for any `Int`.
  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func optionalInt(_ value: Int?) {
    bool(value != nil)
    if let value { int(value) }
  }

  mutating func day(_ day: Day) {
    withUnsafeBytes(of: day.daysSinceEpoch.littleEndian) { bytes += $0 }
  }

  mutating func point(_ point: GeoPoint) {
    withUnsafeBytes(of: point.latitude.bitPattern.littleEndian) { bytes += $0 }
    withUnsafeBytes(of: point.longitude.bitPattern.littleEndian) { bytes += $0 }
  }

  mutating func text(_ text: String) {
    int(text.utf8.count)
    bytes += text.utf8
  }

  mutating func load(_ profile: LoadProfile) {
    for lane in 0..<16 { bytes.append(profile.lanes[lane]) }
  }

  mutating func word<Value: Vocabulary>(_ value: Value) {
    int(VocabularyIndex.of(value))
  }

  mutating func optionalWord<Value: Vocabulary>(_ value: Value?) {
    int(value.map { VocabularyIndex.of($0) + 1 } ?? 0)
  }

  mutating func set<Value: Vocabulary>(_ values: Set<Value>) {
    var mask: UInt64 = 0
    for value in values { mask |= 1 << UInt64(VocabularyIndex.of(value)) }
    int(Int(bitPattern: UInt(mask)))
  }
}

/// A vocabulary value's position in `allCases`, and back.
enum VocabularyIndex {
  static func of<Value: Vocabulary>(_ value: Value) -> Int {
    // Closed vocabularies have at most a few dozen values; `allCases` is scanned in place.
    var position = 0
    for candidate in Value.allCases {
      if candidate == value { return position }
      position += 1
    }
    preconditionFailure("\(value) is not among \(Value.self).allCases")
  }

  static func value<Value: Vocabulary>(_ position: Int) -> Value {
    let all = Value.allCases
    return all[all.index(all.startIndex, offsetBy: position)]
  }
}
