/// The part of a place every candidate pair reads: 80 bytes, no references.
///
/// The cheap knock-outs (gate, sectors, hours, opening day, load, a single-precision travel
/// prefilter) need nothing else, so most pairs are decided from this record alone.
struct PlaceHot: Sendable {
  /// Load demand lowered by one on adaptable lanes: the pair is knocked out on load exactly
  /// when some lane exceeds the person's capacity (unknown capacity is 0xFF and never does).
  var knockOutDemand: SIMD16<UInt8>
  /// Unit vector of the location (x, y, z, 0), for the chord prefilter.
  var position: SIMD4<Float>
  /// ``GateBit``s the place sets.
  var gate: UInt32
  /// The place's sector classes (``SectorBits``: its sectors themselves when the taxonomy
  /// has 16 or fewer).
  var sectors: UInt16
  var minHours: UInt8
  var maxHours: UInt8
  /// Days since 1970 the place opens.
  var openFrom: Int32
  /// Up to four required competencies the place cannot teach to their level, one byte each
  /// (0xFF: none). A person holding none of one of them is knocked out for certain.
  var hardRequirements: UInt32
  /// Every hard requirement as bit `index % 64`: a person lacking one of these bits among
  /// the competencies they hold lacks a hard requirement (see ``competencyMask(_:)``).
  var hardMask: UInt64
  /// Every required and desired competency as bit `index % 64`: each of these bits the
  /// person lacks is at least one listed competency they do not hold at all, which costs at
  /// least two of its eight eighths of the competency fit (the score bound uses this).
  var listedMask: UInt64
  /// Dimensions with demand ≥ 1, one bit per lane.
  var demanded: UInt16
  /// The row of the score bound's base table: employer kind, support offered, learning
  /// offer, and the two place facts that make a point certain for some people (see
  /// ``PlacePacker/boundParts(_:)``).
  var boundIndex: UInt8
  /// Required plus desired competencies listed (as ``PlaceDetail/listedCompetencies``);
  /// 0 when there are more than 255, and then the bound does not lower the competency part.
  var listedCount: UInt8
  /// Every desired competency as bit `index % 32`: each of these bits the person lacks is at
  /// least one desired competency they do not hold at all, which costs all eight of its
  /// eighths (six more than ``listedMask`` counts for it).
  var desiredMask: UInt32
  /// 1 ÷ (3 × demanded dimensions), rounded up (0 when none): the bound's load share
  /// without a division. Rounding up keeps the bound an upper bound.
  var loadScale: Float
  /// 1 ÷ listed competencies, rounded down (0 when none or more than 255): the bound's
  /// competency loss without a division. Rounding down keeps the bound an upper bound.
  var listedScale: Float
}

extension PlaceHot {
  /// The class bit of the main (first) sector: the only one an exclusion knocks out. Kept in
  /// the gate's spare bits, so that the record stays 80 bytes.
  @inline(__always)
  var mainSector: UInt16 { UInt16(1) << UInt16((gate >> 25) & 0xF) }
}

/// The rest of a place, read only for pairs that pass the cheap knock-outs.
struct PlaceDetail: Sendable {
  var demand: SIMD16<UInt8>
  /// The place's sectors, exactly (``SectorBits``).
  var sectors: UInt64
  var required: CompetencyPlanes
  var desired: CompetencyPlanes
  var teaches: CompetencyPlanes
  /// The location's unit vector, for the exact travel estimate.
  var unit: SIMD4<Double>
  /// Required plus desired competencies listed.
  var listedCompetencies: UInt16
  /// Dimensions with demand ≥ 1.
  var demandedDimensions: UInt8
  /// Learning-route months; 0 when the place has no learning offer.
  var learningMonths: UInt8
  var hasLearningOffer: Bool
  var certificate: Bool
  /// ``DutchLevel/rank`` of the Dutch the work needs (0: none).
  var dutchRank: UInt8
  /// Whether the route teaches Dutch on the work floor.
  var teachesDutch: Bool
  /// ``EmployerKind/preferenceRank``.
  var kindRank: UInt8
  /// ``SupportOffer/rank``.
  var supportRank: UInt8
  /// The index of the main (first) sector.
  var mainSector: UInt8
  /// Whether the place gives a capacity (its free slots follow from its placements): so a
  /// change of placements finds the places to derive again without decoding the others.
  var hasCapacity: Bool
}

/// Compiles a validated place into its packed form.
enum PlacePacker {
  static func unitVector(_ point: GeoPoint) -> SIMD4<Float> {
    SIMD4<Float>(point.unitVector)
  }

  static func planes(_ entries: [CompetencyEntry], _ taxonomy: Taxonomy) -> CompetencyPlanes {
    var planes = CompetencyPlanes()
    for entry in entries {
      if let index = taxonomy.index(of: entry.id) { planes.set(index, level: entry.level) }
    }
    return planes
  }

  /// The sector classes of `sectors` (``SectorBits``).
  static func sectorMask(_ sectors: [SectorID], _ taxonomy: Taxonomy) -> UInt16 {
    SectorBits.folded(SectorBits.exact(sectors, taxonomy))
  }

  static func indicationMask(_ indications: Set<Indication>) -> UInt8 {
    indications.reduce(0) { $0 | $1.bit }
  }

  /// The bound-table row of an employer kind rank (0–3), support rank (0–2), learning state
  /// (0 none, 1 an offer, 2 an offer with a certificate), and whether the place is at a
  /// regular employer without wage-cost subsidy and requires Dutch: the two points to judge
  /// that a person's unknown wage value or Dutch level make certain.
  static func boundIndex(
    kind: Int, offered: Int, learning: Int, regularWithoutSubsidy: Bool, requiresDutch: Bool
  ) -> Int {
    kind | offered << 2 | learning << 4 | (regularWithoutSubsidy ? 64 : 0)
      | (requiresDutch ? 128 : 0)
  }

  /// The inverse of ``boundIndex(kind:offered:learning:regularWithoutSubsidy:requiresDutch:)``
  /// (out-of-range parts are clamped).
  static func boundParts(_ index: Int) -> (
    kind: Int, offered: Int, learning: Int, regularWithoutSubsidy: Bool, requiresDutch: Bool
  ) {
    (
      index & 3, min(2, (index >> 2) & 3), min(2, (index >> 4) & 3), index & 64 != 0,
      index & 128 != 0
    )
  }

  /// Competencies folded into 64 bits, competency `i` to bit `i % 64`. A required bit missing
  /// from the folded set of a person's competencies proves a competency is missing; a bit
  /// present proves nothing (another competency may have set it).
  @inline(__always)
  static func competencyMask(_ set: SIMD4<UInt64>) -> UInt64 { set[0] | set[1] | set[2] | set[3] }

  /// A 64-bit fold folded again to 32 bits: competency `i` to bit `i % 32`.
  @inline(__always)
  static func fold32(_ mask: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: mask) | UInt32(truncatingIfNeeded: mask >> 32)
  }

  static func pack(_ place: Place, taxonomy: Taxonomy) -> (PlaceHot, PlaceDetail) {
    var demand = SIMD16<UInt8>(repeating: 0)
    var adaptable = SIMD16<UInt8>(repeating: 0)
    for dimension in LoadDimension.allCases {
      demand[dimension.lane] = place.loadDemand[dimension]?.rawValue ?? LoadLevel.maximum.rawValue
      if place.adaptable.contains(dimension) { adaptable[dimension.lane] = 0xFF }
    }
    // Adaptable lanes tolerate one level of excess: lower their knock-out threshold by one.
    let lowered = demand &- SIMD16(repeating: 1)
    let knockOutDemand = demand.replacing(with: lowered, where: (adaptable .!= 0) .& (demand .> 0))

    let teachesDutch = place.learningOffer?.teachesDutch ?? false
    var gate = GateBit.kind(place.employerKind)
    if place.employerKind == .regular && place.acceptsWageSubsidy == false {
      gate |= GateBit.regularWithoutSubsidy
    }
    if place.employerKind == .regular && place.acceptsWageSubsidy == nil {
      gate |= GateBit.subsidyUnknown
    }
    if place.employerKind == .internal && place.requiredIndications.contains(.wsw) {
      gate |= GateBit.internalWsw
    }
    if place.freeSlots <= 0 { gate |= GateBit.noFreeSlot }
    if place.sroi { gate |= GateBit.sroi }
    if place.support.rank < 1 { gate |= GateBit.supportBelowColleague }
    if place.support.rank < 2 { gate |= GateBit.supportBelowJobCoach }
    // A place that teaches Dutch takes people below its level, if the climb fits its route
    // at their pace: the kernel checks that, the gate cannot.
    if !teachesDutch {
      for rank in 0..<5 where place.dutchLevel.rank > rank { gate |= GateBit.dutchAbove(rank) }
    }
    if place.dutchLevel > .a0 { gate |= GateBit.requiresDutch }
    gate |= GateBit.indicationSet(indicationMask(place.requiredIndications))
    gate |= GateBit.mainSector(taxonomy.index(of: place.sectors[0]) ?? 0)
    if place.learningOffer == nil { gate |= GateBit.noLearningOffer }
    if place.learningOffer?.certificate == true { gate |= GateBit.certificate }

    // Required competencies the learning offer does not teach to their level.
    var hard: UInt32 = 0xFFFF_FFFF
    var hardMask: UInt64 = 0
    var count = 0
    for requirement in place.requiredCompetencies {
      guard let index = taxonomy.index(of: requirement.id) else { continue }
      if let taught = place.learningOffer?.teaches.level(of: requirement.id),
        taught >= requirement.level
      {
        continue
      }
      hardMask |= UInt64(1) << UInt64(index % 64)
      if count < 4 {
        hard = hard & ~(UInt32(0xFF) << UInt32(8 * count)) | UInt32(index) << UInt32(8 * count)
        count += 1
      }
    }
    let learning = place.learningOffer.map { $0.certificate ? 2 : 1 } ?? 0
    let required = planes(place.requiredCompetencies, taxonomy)
    let desired = planes(place.desiredCompetencies, taxonomy)
    let demandedCount = SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: demand .> 0)
      .wrappedSum()
    let listedCount =
      UInt8(exactly: place.requiredCompetencies.count + place.desiredCompetencies.count) ?? 0
    let hot = PlaceHot(
      knockOutDemand: knockOutDemand, position: unitVector(place.location), gate: gate,
      sectors: sectorMask(place.sectors, taxonomy),
      minHours: UInt8(clamping: place.hoursPerWeek.min),
      maxHours: UInt8(clamping: place.hoursPerWeek.max), openFrom: place.opensOn.daysSinceEpoch,
      hardRequirements: hard,
      hardMask: hardMask,
      listedMask: competencyMask(required.atLeast1 | desired.atLeast1),
      demanded: (0..<16).reduce(UInt16(0)) { $0 | (demand[$1] > 0 ? UInt16(1) << UInt16($1) : 0) },
      boundIndex: UInt8(
        boundIndex(
          kind: place.employerKind.preferenceRank, offered: place.support.rank, learning: learning,
          regularWithoutSubsidy: gate & GateBit.regularWithoutSubsidy != 0,
          requiresDutch: place.dutchLevel > .a0)),
      listedCount: listedCount,
      desiredMask: fold32(competencyMask(desired.atLeast1)),
      loadScale: demandedCount == 0 ? 0 : Float(1 / Double(3 * Int(demandedCount))).nextUp,
      listedScale: listedCount == 0 ? 0 : Float(1 / Double(listedCount)).nextDown
    )
    let detail = PlaceDetail(
      demand: demand, sectors: SectorBits.exact(place.sectors, taxonomy),
      required: required,
      desired: desired,
      teaches: planes(place.learningOffer?.teaches ?? [], taxonomy),
      unit: place.location.unitVector,
      listedCompetencies: UInt16(
        place.requiredCompetencies.count + place.desiredCompetencies.count),
      demandedDimensions: SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: demand .> 0)
        .wrappedSum(),
      learningMonths: UInt8(clamping: place.learningOffer?.months ?? 0),
      hasLearningOffer: place.learningOffer != nil,
      certificate: place.learningOffer?.certificate ?? false,
      dutchRank: UInt8(place.dutchLevel.rank), teachesDutch: teachesDutch,
      kindRank: UInt8(place.employerKind.preferenceRank), supportRank: UInt8(place.support.rank),
      mainSector: UInt8(taxonomy.index(of: place.sectors[0]) ?? 0),
      hasCapacity: place.capacity != nil)
    return (hot, detail)
  }
}
