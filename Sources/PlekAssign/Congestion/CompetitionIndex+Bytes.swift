import PlekCore

extension CompetitionIndex {
  /// The index as bytes, to keep beside a cached engine (the CLI's engine cache): the
  /// depth (1 byte), the day (4, days since 1970), the number of places (4), then per place
  /// in id order its id's length (1 byte) and bytes and its `depth` counts (4 bytes each);
  /// every number little-endian.
  public var bytes: [UInt8] {
    var bytes: [UInt8] = [UInt8(clamping: depth)]
    func word(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    word(UInt32(bitPattern: day.daysSinceEpoch))
    word(UInt32(counts.count))
    for place in counts.keys.sorted() {
      bytes.append(UInt8(place.rawValue.utf8.count))
      bytes += place.rawValue.utf8
      for count in counts[place]! { word(UInt32(bitPattern: count)) }
    }
    return bytes
  }

  /// The index ``bytes`` hold, or `nil` when they are not such bytes (cut short, an id that
  /// is not one, a count below 0): never trusted further than that.
  public init?(bytes: [UInt8]) {
    var offset = 0
    func word() -> UInt32? {
      guard offset + 4 <= bytes.count else { return nil }
      defer { offset += 4 }
      return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
    }
    guard let first = bytes.first, first > 0 else { return nil }
    offset = 1
    guard let day = word(), let places = word(), Int(places) <= bytes.count else { return nil }
    self.init(depth: Int(first), day: Day(daysSinceEpoch: Int32(bitPattern: day)))
    counts.reserveCapacity(Int(places))
    for _ in 0..<places {
      guard offset < bytes.count else { return nil }
      let length = Int(bytes[offset])
      offset += 1
      guard offset + length <= bytes.count,
        let id = PlaceID(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
      else { return nil }
      offset += length
      var row: [Int32] = []
      for _ in 0..<depth {
        guard let count = word().map({ Int32(bitPattern: $0) }), count >= 0 else { return nil }
        row.append(count)
      }
      counts[id] = row
    }
    guard offset == bytes.count else { return nil }
  }
}
