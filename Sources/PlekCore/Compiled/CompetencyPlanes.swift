/// Levels 0–3 of up to 256 competencies as two 256-bit planes: bit *i* of `low` and `high`
/// together encode the level of competency *i* (none, 1 = low, 2 = high, 3 = both).
///
/// "At least level k" and "exactly level k" are then one or two bitwise operations over four
/// words, which is what lets the scorer check every required competency of a place without a
/// loop or a branch per competency.
struct CompetencyPlanes: Hashable, Sendable {
  var low: SIMD4<UInt64> = .zero
  var high: SIMD4<UInt64> = .zero

  static let empty = CompetencyPlanes()

  /// Sets competency `index` (0–255) to `level` (1–3).
  mutating func set(_ index: Int, level: CompetencyLevel) {
    let word = index >> 6
    let bit = UInt64(1) << UInt64(index & 63)
    low[word] &= ~bit
    high[word] &= ~bit
    if level.rawValue & 1 != 0 { low[word] |= bit }
    if level.rawValue & 2 != 0 { high[word] |= bit }
  }

  /// The level of competency `index`, 0 when not present.
  func level(_ index: Int) -> Int {
    let word = index >> 6
    let shift = UInt64(index & 63)
    return Int((low[word] >> shift) & 1) | Int((high[word] >> shift) & 1) << 1
  }

  @inline(__always) var atLeast1: SIMD4<UInt64> { low | high }
  @inline(__always) var atLeast2: SIMD4<UInt64> { high }
  @inline(__always) var atLeast3: SIMD4<UInt64> { low & high }
  @inline(__always) var exactly1: SIMD4<UInt64> { low & ~high }
  @inline(__always) var exactly2: SIMD4<UInt64> { high & ~low }
  @inline(__always) var exactly3: SIMD4<UInt64> { low & high }
  @inline(__always) var isEmpty: Bool { Bits.isZero(low | high) }
}

/// Byte-vector helpers that compile to single vector instructions. The stdlib's generic
/// `pointwiseMin`/`pointwiseMax` are not inlined in the scan, and selects built from masks
/// compiled to per-lane shuffles in the bound and the kernel; comparisons stay single
/// instructions, so capped differences are written as sums of 0/1 comparison lanes.
enum Bytes {
  /// 0xFF in the lanes where `mask` is true, 0x00 elsewhere.
  @inline(__always)
  static func mask(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD16<UInt8> {
    unsafeBitCast(mask, to: SIMD16<UInt8>.self)
  }
}

/// Helpers over 256-bit masks.
enum Bits {
  @inline(__always)
  static func isZero(_ v: SIMD4<UInt64>) -> Bool { (v[0] | v[1] | v[2] | v[3]) == 0 }

  /// The sum of sixteen bytes whose total is at most 255 per half (8 lanes).
  @inline(__always)
  static func byteSum(_ v: SIMD16<UInt8>) -> Int {
    let words = unsafeBitCast(v, to: SIMD2<UInt64>.self)
    let spread: UInt64 = 0x0101_0101_0101_0101
    return Int(truncatingIfNeeded: (words[0] &* spread) >> 56)
      + Int(truncatingIfNeeded: (words[1] &* spread) >> 56)
  }

  @inline(__always)
  static func count(_ v: SIMD4<UInt64>) -> Int {
    v[0].nonzeroBitCount + v[1].nonzeroBitCount + v[2].nonzeroBitCount + v[3].nonzeroBitCount
  }
}
