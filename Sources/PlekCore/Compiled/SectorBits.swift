/// How the compiled scorer keeps sectors: exactly, as 64-bit sets, where a pair is decided,
/// and folded into 16 *sector classes* where sixteen places are checked at a time.
///
/// Sector `i` (its index in ``Taxonomy/sectors``) is bit `i` of an exact set and bit `i % 16`
/// of a folded one. With 16 sectors or fewer the two are the same, so a regional taxonomy
/// scans as it always did; with more (up to ``Taxonomy/maximumSectors``) the byte phase,
/// the index and the score bound work on classes and only ever let more pairs through (a
/// class is excluded only when *every* sector in it is; a filter on a class passes every
/// sector in it; a class's bound value is its best sector's), and the exact sets decide the
/// survivors: the main-sector knock-out and the sector filter in
/// ``PairKernel/minutesIfFits(_:_:_:_:competencies:)``, the sector part of the score in
/// ``PairKernel/hotParts(_:_:_:_:_:)``.
enum SectorBits {
  /// Sector classes in the folded sets.
  static let classes = 16

  /// The class of the sector at `index`.
  @inline(__always)
  static func sectorClass(_ index: Int) -> Int { index & (classes - 1) }

  /// The exact set of `sectors` (sectors the taxonomy does not have are left out).
  static func exact(_ sectors: some Sequence<SectorID>, _ taxonomy: Taxonomy) -> UInt64 {
    sectors.reduce(0) { set, sector in
      set | (taxonomy.index(of: sector).map { UInt64(1) << UInt64($0) } ?? 0)
    }
  }

  /// An exact set folded to classes: class `c` is set when any sector of it is.
  @inline(__always)
  static func folded(_ set: UInt64) -> UInt16 {
    UInt16(truncatingIfNeeded: set) | UInt16(truncatingIfNeeded: set >> 16)
      | UInt16(truncatingIfNeeded: set >> 32) | UInt16(truncatingIfNeeded: set >> 48)
  }

  /// Every sector of a taxonomy with `count` sectors.
  static func all(count: Int) -> UInt64 {
    count >= 64 ? ~0 : (UInt64(1) << UInt64(count)) &- 1
  }

  /// The classes *all* of whose sectors are in `set` (of a taxonomy with `count` sectors):
  /// the classes a folded check may treat as excluded without excluding a sector too many.
  static func certainClasses(_ set: UInt64, count: Int) -> UInt16 {
    let all = all(count: count)
    return folded(all) & ~folded(all & ~set)
  }
}
