/// A record id as a fixed-width, byte-ordered key: 32 bytes in four big-endian words.
///
/// Comparing keys word by word orders them exactly like the ids' bytes, which for the id
/// alphabet is the order of `String`'s `<`. Shortlists break score ties by id; the key lets
/// the hot loop do that without touching a `String`.
struct IDKey: Hashable, Comparable, Sendable {
  var words: (UInt64, UInt64, UInt64, UInt64)

  init<Tag>(_ id: Identifier<Tag>) {
    var text = id.rawValue
    words = text.withUTF8 { bytes in
      func word(_ start: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in start..<start + 8 {
          value = value << 8 | (index < bytes.count ? UInt64(bytes[index]) : 0)
        }
        return value
      }
      return (word(0), word(8), word(16), word(24))
    }
  }

  /// Whether the key is one an identifier makes: its bytes up to the first zero match
  /// ``Identifier/pattern`` and every byte after it is zero (checked without a `String`,
  /// for the keys of an engine image).
  var isIdentifier: Bool {
    withUnsafeBytes(
      of: (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
    ) {
      raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      let length = bytes.firstIndex(of: 0) ?? bytes.count
      return bytes[length...].allSatisfy { $0 == 0 }
        && Identifier<Never>.isValid(bytes: UnsafeBufferPointer(rebasing: bytes[..<length]))
    }
  }

  /// The identifier this key was made from: its bytes up to the first zero (identifiers
  /// hold no zero byte and are at most 32 bytes long).
  func identifier<Tag>() -> Identifier<Tag> {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for word in [words.0, words.1, words.2, words.3] {
      for shift in stride(from: 56, through: 0, by: -8) {
        let byte = UInt8(truncatingIfNeeded: word >> UInt64(shift))
        if byte == 0 {
          return Identifier(uncheckedRawValue: String(decoding: bytes, as: UTF8.self))
        }
        bytes.append(byte)
      }
    }
    return Identifier(uncheckedRawValue: String(decoding: bytes, as: UTF8.self))
  }

  static func == (lhs: IDKey, rhs: IDKey) -> Bool {
    lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
      && lhs.words.3 == rhs.words.3
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
  }

  @inline(__always)
  static func < (lhs: IDKey, rhs: IDKey) -> Bool {
    if lhs.words.0 != rhs.words.0 { return lhs.words.0 < rhs.words.0 }
    if lhs.words.1 != rhs.words.1 { return lhs.words.1 < rhs.words.1 }
    if lhs.words.2 != rhs.words.2 { return lhs.words.2 < rhs.words.2 }
    return lhs.words.3 < rhs.words.3
  }
}
