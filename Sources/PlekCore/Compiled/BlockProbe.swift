/// A participant prepared for block scans, in raw memory of ``size`` bytes (16-byte aligned):
/// broadcast bytes for every check, the load dimensions worth checking, the competencies
/// held, and the tables of the score bound. Fixed offsets and plain loads: no references, no
/// reference counting, no dynamic SIMD subscripts in the scan.
///
/// This is the one type that touches a probe's memory: ``withMemory(count:_:)`` provides it
/// for the duration of a scan, ``prepare(_:person:detail:context:policy:)`` writes it once,
/// and the scan only reads it afterwards, from any number of workers. That write-once,
/// read-many discipline is what makes sharing the pointer between threads safe, hence the
/// unchecked `Sendable`.
struct BlockProbe: @unchecked Sendable {
  static let gateOffset = 0
  static let excludedOffset = 64
  static let requiredOffset = 96
  static let hoursOffset = 128
  static let minHoursOffset = 144
  static let capacitiesOffset = 160
  static let limitedOffset = 416
  static let heldOffset = 432
  static let boundSectorOffset = 464
  static let countsOffset = 592
  static let notHeldOffset = 608
  static let reciprocalsOffset = 736
  static let heldMaskOffset = 800
  static let boundBaseOffset = 816
  /// Entries of the bound's base table, by ``PlaceHot/boundIndex``.
  static let boundBaseEntries = 256
  /// Bytes per probe.
  static let size = boundBaseOffset + 8 * boundBaseEntries

  let base: UnsafeMutableRawPointer

  /// Runs `body` with memory for `count` probes (at least one), freed when `body` returns:
  /// on the stack when small, from the heap otherwise.
  @inline(__always)
  static func withMemory<Result>(
    count: Int, _ body: (UnsafeMutableRawPointer) throws -> Result
  ) rethrows -> Result {
    try withUnsafeTemporaryAllocation(byteCount: size * max(1, count), alignment: 16) {
      try body($0.baseAddress!)
    }
  }

  @inline(__always) func vector(_ offset: Int) -> SIMD16<UInt8> {
    base.load(fromByteOffset: offset, as: SIMD16<UInt8>.self)
  }
  @inline(__always) var limitedCount: Int {
    Int(base.load(fromByteOffset: Self.countsOffset, as: UInt8.self))
  }
  @inline(__always) var requiresSector: Bool {
    base.load(fromByteOffset: Self.countsOffset + 1, as: UInt8.self) != 0
  }
  @inline(__always) func limited(_ index: Int) -> Int {
    Int(base.load(fromByteOffset: Self.limitedOffset + index, as: UInt8.self))
  }
  @inline(__always) func capacity(_ index: Int) -> SIMD16<UInt8> {
    vector(Self.capacitiesOffset + 16 * index)
  }
  @inline(__always) func holds(_ competency: Int) -> Bool {
    let word = base.load(fromByteOffset: Self.heldOffset + 8 * (competency >> 6), as: UInt64.self)
    return (word >> UInt64(competency & 63)) & 1 != 0
  }
  @inline(__always) func boundBase(_ index: Int) -> Double {
    base.load(fromByteOffset: Self.boundBaseOffset + 8 * index, as: Double.self)
  }
  @inline(__always) func boundSector(_ sector: Int) -> Double {
    base.load(fromByteOffset: Self.boundSectorOffset + 8 * sector, as: Double.self)
  }
  /// Factors of the bound, so that it needs no division: kilometres (per unit of chord) to
  /// minutes, 1 ÷ the travel limit, 1 ÷ the width of the hours range (0 for a single value),
  /// 100 × the wishes weight ÷ 3, 100 × the competency weight × 3/8 (the least a listed
  /// competency the person does not hold costs, times the number listed), and the points an
  /// assessment point costs.
  @inline(__always) func reciprocal(_ index: Int) -> Double {
    base.load(fromByteOffset: Self.reciprocalsOffset + 8 * index, as: Double.self)
  }

  /// The competencies held at any level, folded to bit `index % 64`
  /// (``PlacePacker/competencyMask(_:)``).
  @inline(__always) var heldMask: UInt64 {
    base.load(fromByteOffset: Self.heldMaskOffset, as: UInt64.self)
  }

  /// Fills the probe for a person, a query and a policy.
  static func prepare(
    _ base: UnsafeMutableRawPointer, person: PersonHot, detail: PersonDetail, context: PairContext,
    policy: CompiledPolicy
  ) -> BlockProbe {
    base.initializeMemory(as: UInt8.self, repeating: 0, count: size)
    func store(_ vector: SIMD16<UInt8>, _ offset: Int) {
      base.storeBytes(of: vector, toByteOffset: offset, as: SIMD16<UInt8>.self)
    }
    let gate = person.block | context.filterBlock
    for byte in 0..<4 {
      store(
        SIMD16(repeating: UInt8(truncatingIfNeeded: gate >> UInt32(8 * byte))),
        gateOffset + 16 * byte)
    }
    store(SIMD16(repeating: UInt8(truncatingIfNeeded: person.excluded)), excludedOffset)
    store(SIMD16(repeating: UInt8(truncatingIfNeeded: person.excluded >> 8)), excludedOffset + 16)
    // Classes, not sectors (``SectorBits``): the exact sets decide the survivors.
    store(SIMD16(repeating: UInt8(truncatingIfNeeded: context.requiredSectors)), requiredOffset)
    store(
      SIMD16(repeating: UInt8(truncatingIfNeeded: context.requiredSectors >> 8)),
      requiredOffset + 16)
    store(SIMD16(repeating: person.maxHours), hoursOffset)
    store(SIMD16(repeating: person.minHours), minHoursOffset)
    var count = 0
    for dimension in 0..<16 where person.capacity[dimension] < LoadLevel.maximum.rawValue {
      store(SIMD16(repeating: person.capacity[dimension]), capacitiesOffset + 16 * count)
      base.storeBytes(of: UInt8(dimension), toByteOffset: limitedOffset + count, as: UInt8.self)
      count += 1
    }
    base.storeBytes(of: UInt8(count), toByteOffset: countsOffset, as: UInt8.self)
    base.storeBytes(
      of: UInt8(context.requiredSectors != 0 ? 1 : 0), toByteOffset: countsOffset + 1,
      as: UInt8.self)
    let held = detail.held.atLeast1
    for word in 0..<4 {
      base.storeBytes(of: held[word], toByteOffset: heldOffset + 8 * word, as: UInt64.self)
    }
    let heldMask = PlacePacker.competencyMask(held)
    base.storeBytes(of: heldMask, toByteOffset: heldMaskOffset, as: UInt64.self)
    let notHeld = ~heldMask
    for byte in 0..<8 {
      store(
        SIMD16(repeating: UInt8(truncatingIfNeeded: notHeld >> UInt64(8 * byte))),
        notHeldOffset + 16 * byte)
    }
    let width = Int(person.maxHours) - Int(person.minHours)
    // Stored one by one: an array literal here would allocate for every query.
    func storeReciprocal(_ index: Int, _ value: Double) {
      base.storeBytes(of: value, toByteOffset: reciprocalsOffset + 8 * index, as: Double.self)
    }
    storeReciprocal(
      0, GeoPoint.earthRadiusKilometres * detail.detourFactor / detail.speed.kilometresPerHour * 60)
    storeReciprocal(1, 1 / Double(detail.maxTravelMinutes))
    storeReciprocal(2, width > 0 ? 1 / Double(width) : 0)
    storeReciprocal(3, 100 * policy.weights.wishes / 3)
    // A listed competency the person does not hold at all keeps at most 6 of its 8 eighths.
    storeReciprocal(4, 100 * policy.weights.competency * 2 / 8)
    storeReciprocal(5, policy.pointCost)
    // The bound: load, competency and travel at their best (1; the scan lowers them per
    // place); the rest exact, by place kind, support offered and learning offer (base
    // table) and by sector (sector table). The points to judge that are certain from these
    // (a job coach to arrange, permanent support at a regular employer, a wage value or a
    // Dutch level never assessed where they count) and the placement margin of an internal
    // place are taken off here already.
    let weights = policy.weights
    // The first 64 rows (kind, support offered, learning offer) are computed; the other
    // three quarters are copies less the points a place's wage or Dutch rule makes certain.
    let wagePoint = detail.wageUnknown ? policy.pointCost : 0
    let dutchPoint = detail.dutchRank == 0xFF ? policy.pointCost : 0
    for index in 0..<64 {
      let (kind, offered, learning, _, _) = PlacePacker.boundParts(index)
      let support = ScoreFormula.support(
        needRank: Int(detail.needRank), offeredRank: offered, surplusPenalty: policy.supportPenalty,
        arranged: policy.arrangedSupport)
      let development = ScoreFormula.development(
        levelsGained: 3, levelsTaught: 3, hasOffer: learning > 0, certificate: learning == 2,
        goal: detail.developmentGoal)
      var certainPoints = 0
      if offered < Int(detail.needRank) { certainPoints += 1 }
      if detail.permanentSupport && kind == 0 { certainPoints += 1 }
      // The SROI bonus is not in the table's key: added to every row, the bound stays an
      // upper bound (and is exact at the default bonus, 0).
      let margin = (kind == 3 ? Double(detail.internalMargin) / 1_000_000 : 0) - policy.sroiBonus
      let value =
        100
        * (weights.competency + weights.development * development + weights.placement
          * detail.placement[kind & 3] + weights.support * support)
        - Double(certainPoints) * policy.pointCost - margin
      // One by one: an array literal here would allocate for every row.
      let row = boundBaseOffset + 8 * index
      base.storeBytes(of: value, toByteOffset: row, as: Double.self)
      base.storeBytes(of: value - wagePoint, toByteOffset: row + 8 * 64, as: Double.self)
      base.storeBytes(of: value - dutchPoint, toByteOffset: row + 8 * 128, as: Double.self)
      base.storeBytes(
        of: value - wagePoint - dutchPoint, toByteOffset: row + 8 * 192, as: Double.self)
    }
    // The sector table by class (``SectorBits``): the best value of any sector in it, so
    // that it stays an upper bound when a class holds several sectors.
    for sectorClass in 0..<SectorBits.classes {
      base.storeBytes(
        of: policy.sectorWish.neutral, toByteOffset: boundSectorOffset + 8 * sectorClass,
        as: Double.self)
    }
    for rank in 1...16 where detail.sectorOfRank[rank - 1] != 0xFF {
      let offset =
        boundSectorOffset + 8 * SectorBits.sectorClass(Int(detail.sectorOfRank[rank - 1]))
      let value = max(
        base.load(fromByteOffset: offset, as: Double.self), policy.sectorWish.value(ofRank: rank))
      base.storeBytes(of: value, toByteOffset: offset, as: Double.self)
    }
    return BlockProbe(base: base)
  }
}
