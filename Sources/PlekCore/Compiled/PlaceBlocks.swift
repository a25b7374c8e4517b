/// The cheap knock-out fields of places in blocks of 16 slots, one byte per place per plane:
/// the layout the scan checks sixteen places at a time with.
///
/// Block `b` holds slots `16b ..< 16b + 16`; its 35 planes are consecutive in memory (560
/// bytes): 16 load planes (knock-out demand per dimension), 4 gate bytes, 2 sector bytes, 2
/// main-sector bytes, the minimum and the maximum hours, 8 bytes of the hard-requirement
/// mask, and the row of the score bound's base table (so that most of a place's bound is
/// known before its hot record is read). A dead or unused lane has the no-free-slot gate bit, which every person blocks, so
/// it never survives.
struct PlaceBlocks: Sendable {
  static let planesPerBlock = 35
  static let gatePlane = 16
  static let sectorPlane = 20
  static let mainSectorPlane = 22
  static let hoursPlane = 24
  static let maxHoursPlane = 25
  static let hardPlane = 26
  static let boundIndexPlane = 34

  private(set) var planes: [SIMD16<UInt8>] = []

  /// Makes room for `slot`, with unused lanes dead.
  mutating func reserve(slot: Int) {
    let blocksNeeded = slot / 16 + 1
    var dead = SIMD16<UInt8>(repeating: 0)
    dead = dead | SIMD16(repeating: UInt8(truncatingIfNeeded: GateBit.noFreeSlot))
    while planes.count < blocksNeeded * Self.planesPerBlock {
      let plane = planes.count % Self.planesPerBlock
      planes.append(plane == Self.gatePlane ? dead : SIMD16(repeating: 0))
    }
  }

  /// Writes a place's fields into its lane.
  mutating func set(slot: Int, _ hot: PlaceHot) {
    reserve(slot: slot)
    let base = slot / 16 * Self.planesPerBlock
    let lane = slot % 16
    for dimension in 0..<16 { planes[base + dimension][lane] = hot.knockOutDemand[dimension] }
    for byte in 0..<4 {
      planes[base + Self.gatePlane + byte][lane] = UInt8(
        truncatingIfNeeded: hot.gate >> UInt32(8 * byte))
    }
    planes[base + Self.sectorPlane][lane] = UInt8(truncatingIfNeeded: hot.sectors)
    planes[base + Self.sectorPlane + 1][lane] = UInt8(truncatingIfNeeded: hot.sectors >> 8)
    planes[base + Self.mainSectorPlane][lane] = UInt8(truncatingIfNeeded: hot.mainSector)
    planes[base + Self.mainSectorPlane + 1][lane] = UInt8(truncatingIfNeeded: hot.mainSector >> 8)
    planes[base + Self.hoursPlane][lane] = hot.minHours
    planes[base + Self.maxHoursPlane][lane] = hot.maxHours
    for byte in 0..<8 {
      planes[base + Self.hardPlane + byte][lane] = UInt8(
        truncatingIfNeeded: hot.hardMask >> UInt64(8 * byte))
    }
    planes[base + Self.boundIndexPlane][lane] = hot.boundIndex
  }

  /// Marks a lane dead.
  mutating func kill(slot: Int) {
    let base = slot / 16 * Self.planesPerBlock
    let lane = slot % 16
    planes[base + Self.gatePlane][lane] |= UInt8(truncatingIfNeeded: GateBit.noFreeSlot)
  }
}
