/// A taxonomy's ids to their index: an open-addressing table hashed eight bytes of the
/// id at a time (a multiply and a shift per word).
///
/// Every id a record mentions is looked up when it is validated, packed and coded: tens of
/// millions of look-ups for a national dataset, and `Dictionary`'s seeded SipHash was about
/// a tenth of starting an engine from a snapshot. A look-up of an id the taxonomy does not
/// have ends at the first empty slot, so its cost is bounded by the longest run of the
/// taxonomy's own ids in the table (at most half of it is filled), whatever the id.
struct TaxonomyIndex<Tag>: Sendable {
  private let ids: [TaxonomyID<Tag>]
  /// Per slot, 1 + the index of the id filed there; 0 for an empty slot.
  private let table: [Int32]
  private let mask: Int

  /// The index of `ids`; an id listed twice keeps its first index.
  init(_ ids: [TaxonomyID<Tag>]) {
    var capacity = 16
    while capacity < 2 * ids.count { capacity <<= 1 }
    var table = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (index, id) in ids.enumerated() {
      var slot = Self.hash(id) & mask
      while table[slot] != 0 && ids[Int(table[slot]) - 1] != id { slot = (slot + 1) & mask }
      if table[slot] == 0 { table[slot] = Int32(index + 1) }
    }
    self.ids = ids
    self.table = table
    self.mask = mask
  }

  /// The index of `id`, or `nil` when the taxonomy does not have it.
  subscript(id: TaxonomyID<Tag>) -> Int? {
    var slot = Self.hash(id) & mask
    while true {
      let entry = Int(table[slot])
      if entry == 0 { return nil }
      if ids[entry - 1] == id { return entry - 1 }
      slot = (slot + 1) & mask
    }
  }

  private static func hash(_ id: TaxonomyID<Tag>) -> Int {
    var text = id.rawValue
    return text.withUTF8 { bytes in
      // Eight bytes a step (ids are 10–30 bytes): a multiply and a shift per word, the
      // last word zero-padded; the length goes in first, so padding cannot collide.
      let raw = UnsafeRawBufferPointer(bytes)
      var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
      var offset = 0
      while offset < raw.count {
        var word: UInt64 = 0
        if offset + 8 <= raw.count {
          word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        } else {
          for index in offset..<raw.count {
            word |= UInt64(raw[index]) << UInt64(8 * (index - offset))
          }
        }
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        offset += 8
      }
      return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
  }
}
