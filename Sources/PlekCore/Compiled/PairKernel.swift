/// What the compiled scorer says about a pair that fits.
struct PairResult: Sendable {
  var score: Double
  var travelMinutes: Double
  var assessmentPoints: UInt8
}

/// The per-query constants of a scan.
struct PairContext: Sendable {
  /// Gate bits the query's filters block (kinds, learning-only).
  var filterBlock: UInt32 = 0
  /// Sector bits of which a place must have one (0: any).
  var requiredSectors: UInt16 = 0
  /// The last day counting as available or open.
  var horizon: Int32
  /// The query's own travel limit in minutes (infinity: none).
  var filterMaxMinutes: Double = .infinity
}

/// The compiled evaluation of one pair: the same rules as ``ReferenceScorer``, on packed data.
///
/// Cheap knock-outs come first and read only the hot records; the competency planes, exact
/// travel time and the score are computed only for pairs that survive them. No allocation,
/// no reference counting, no `String`, no dictionary.
enum PairKernel {
  /// Whether a pair survives the knock-outs that need only the hot records: the gate, excluded
  /// and filtered sectors, hours, opening day, load and (conservatively) travel.
  @inline(__always)
  static func passesCheapKnockOuts(_ person: PersonHot, _ place: PlaceHot, _ context: PairContext)
    -> Bool
  {
    // Every condition becomes bits of one failure mask, so the only branch is the caller's.
    var failures = place.gate & (person.block | context.filterBlock)
    failures |= UInt32(place.sectors & person.excluded)
    failures |= flag(context.requiredSectors != 0 && place.sectors & context.requiredSectors == 0)
    failures |= flag(place.minHours > person.maxHours)
    failures |= flag(place.openFrom > context.horizon)
    failures |= flag(any(place.knockOutDemand .> person.capacity))
    let delta = place.position - person.position
    failures |= flag((delta * delta).sum() > person.chordLimit)
    return failures == 0
  }

  @inline(__always)
  static func flag(_ condition: Bool) -> UInt32 { condition ? 1 : 0 }

  /// The parts of the score the hot records decide, shared by the bound and the score.
  struct HotParts {
    var sector: Double
    var hours: Double
    var placement: Double
    var support: Double
    var hasOffer: Bool
    var certificate: Bool
  }

  @inline(__always)
  static func hotParts(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot, _ policy: CompiledPolicy
  )
    -> HotParts
  {
    // Sector: the best of the place's sectors, a wanted rank or the neutral value (excluded
    // sectors never get here).
    var bestRank = 0
    var hasNeutral = false
    var sectors = place.sectors
    while sectors != 0 {
      let sector = sectors.trailingZeroBitCount
      sectors &= sectors &- 1
      let word = sector < 8 ? detail.ranksLow : detail.ranksHigh
      let rank = Int(truncatingIfNeeded: (word >> UInt64((sector & 7) * 8)) & 0xFF)
      if rank == 0 {
        hasNeutral = true
      } else if bestRank == 0 || rank < bestRank {
        bestRank = rank
      }
    }
    var sectorValue = hasNeutral ? policy.sectorWish.neutral : 0
    if bestRank > 0 { sectorValue = max(sectorValue, policy.sectorWish.value(ofRank: bestRank)) }
    let offeredRank =
      2
      - (place.gate & (GateBit.supportBelowColleague | GateBit.supportBelowJobCoach))
      .nonzeroBitCount
    return HotParts(
      sector: sectorValue,
      hours: ScoreFormula.hoursOverlap(
        personMin: Int(detail.minHours), personMax: Int(person.maxHours),
        placeMin: Int(place.minHours),
        placeMax: Int(place.maxHours)),
      placement: policy.placement(rank: ((place.gate >> 19) & 0xF).trailingZeroBitCount),
      support: ScoreFormula.support(
        needRank: Int(detail.needRank), offeredRank: offeredRank,
        surplusPenalty: policy.supportPenalty),
      hasOffer: place.gate & GateBit.noLearningOffer == 0,
      certificate: place.gate & GateBit.certificate != 0)
  }

  /// The full evaluation of a pair that passed ``passesCheapKnockOuts(_:_:_:)``: `nil` when a
  /// competency or the exact travel time knocks it out, or when the pair cannot reach
  /// `threshold` (the score a shortlist entry must beat; `-infinity` while the list is not full).
  ///
  /// The threshold check comes first: an upper bound of the score from the hot records (load,
  /// competency and travel taken at their best, 1) costs a few operations, and a pair below
  /// the threshold cannot enter the shortlist whether it fits or not. Rounding is monotone and
  /// the bound uses the score's own formula, so it is never below the real score.
  @inline(__always)
  static func evaluate(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>, _ context: PairContext, _ policy: CompiledPolicy,
    threshold: Double
  ) -> PairResult? {
    let parts = hotParts(person, detail, place, policy)
    let bound = policy.weights.score(
      load: 1, competency: 1,
      development: ScoreFormula.development(
        levelsGained: 3, hasOffer: parts.hasOffer, certificate: parts.certificate,
        wantsCertificate: detail.wantsCertificate),
      wishes: ScoreFormula.wishes(sector: parts.sector, hours: parts.hours, travel: 1),
      placement: parts.placement,
      support: parts.support)
    if bound < threshold { return nil }
    return complete(person, detail, place, placeDetail, context, policy, parts)
  }

  /// The rest of an evaluation once the pair may enter: competencies, exact travel, score.
  @inline(__always)
  static func complete(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>,
    _ context: PairContext, _ policy: CompiledPolicy, _ parts: HotParts
  ) -> PairResult? {
    let hasOffer = parts.hasOffer
    let held = detail.held
    let required = placeDetail.pointee.required
    let h1 = held.atLeast1
    let h2 = held.atLeast2
    let h3 = held.atLeast3

    // Competencies: missing or below level, unless taught to the level in time.
    let missing1 = required.atLeast1 & ~h1
    let missing2 = required.atLeast2 & ~h2
    let missing3 = required.atLeast3 & ~h3
    if !Bits.isZero(missing1 | missing2 | missing3) {
      let teaches = placeDetail.pointee.teaches
      let unteachable =
        (missing1 & ~teaches.atLeast1) | (missing2 & ~teaches.atLeast2)
        | (missing3 & ~teaches.atLeast3)
      if !hasOffer || !Bits.isZero(unteachable) { return nil }
      let gap =
        !Bits.isZero(required.atLeast3 & ~h1)
        ? 3 : !Bits.isZero((required.atLeast2 & ~h1) | (required.atLeast3 & ~h2)) ? 2 : 1
      if gap * Int(detail.monthsPerLevel) > Int(placeDetail.pointee.learningMonths) { return nil }
    }

    // Exact travel time, the same formula as the reference.
    let kilometres = GeoPoint.distanceKilometres(detail.unit, placeDetail.pointee.unit)
    let minutes = TravelModel.minutes(
      distanceKilometres: kilometres, detourFactor: detail.detourFactor, speed: detail.speed)
    if minutes > Double(detail.maxTravelMinutes) || minutes > context.filterMaxMinutes {
      return nil
    }

    // Load headroom and assessment points, with byte vectors only (masks as 0x00/0xFF bytes):
    // Swift's generic `replacing(with:where:)` compiles to a slow per-lane loop.
    let demand = placeDetail.pointee.demand
    let capacity = detail.knownCapacity
    // Selects (min/max) compile to per-lane shuffles here; comparisons are single
    // instructions, so capped differences are sums of 0/1 comparison lanes.
    let one = SIMD16<UInt8>(repeating: 1)
    let demandedMask = Bytes.mask(demand .> SIMD16(repeating: 0))
    let demandedOnes = demandedMask & one
    // Headroom capped at 2: capacity above demand by at least 1, by at least 2.
    let headroom =
      (Bytes.mask(capacity .> demand) & one) &+ (Bytes.mask(capacity .> demand &+ one) & one)
    let headroomSum = Bits.byteSum(headroom & demandedMask)
    let unassessed = Bits.byteSum(detail.unknownOnes & demandedOnes)
    // Demand above a known capacity (0–4 both): past the load knock-out only the one adapted
    // level, but counted exactly.
    var excess = Bytes.mask(demand .> capacity) & one
    excess &+= Bytes.mask(demand .> capacity &+ one) & one
    excess &+= Bytes.mask(demand .> capacity &+ SIMD16(repeating: 2)) & one
    excess &+= Bytes.mask(demand .> capacity &+ SIMD16(repeating: 3)) & one
    let adapted = Bits.byteSum(excess & detail.knownMask)
    var points = UInt8(truncatingIfNeeded: unassessed + adapted)
    if place.gate & GateBit.requiresDutch != 0 && detail.dutchUnknown { points &+= 1 }
    if place.gate & GateBit.regularWithoutSubsidy != 0 && detail.wageUnknown { points &+= 1 }

    // Competency quarters: required held with margin 4, exactly 3, to be learned 1;
    // desired held 4, held below level 2.
    let h1x = held.exactly1
    let h2x = held.exactly2
    let r1 = required.exactly1
    let r2 = required.exactly2
    let r3 = required.exactly3
    var quarters = 4 * Bits.count(r1 & h2) + 3 * Bits.count(r1 & h1x) + Bits.count(r1 & ~h1)
    quarters += 4 * Bits.count(r2 & h3) + 3 * Bits.count(r2 & h2x) + Bits.count(r2 & ~h2)
    quarters += 4 * Bits.count(r3 & h3) + Bits.count(r3 & ~h3)
    let desired = placeDetail.pointee.desired
    if !desired.isEmpty {
      quarters += 4 * Bits.count(desired.exactly1 & h1)
      quarters += 4 * Bits.count(desired.exactly2 & h2) + 2 * Bits.count(desired.exactly2 & h1x)
      quarters +=
        4 * Bits.count(desired.exactly3 & h3) + 2 * Bits.count(desired.exactly3 & h1 & ~h3)
    }

    // Development: levels the learning offer adds at the person's pace.
    var gained = 0
    if hasOffer {
      let reach = Int(placeDetail.pointee.learningMonths) / Int(detail.monthsPerLevel)
      let teaches = placeDetail.pointee.teaches
      let h0 = ~h1
      gained += min(1, reach) * Bits.count(teaches.exactly1 & h0)
      gained += min(2, reach) * Bits.count(teaches.exactly2 & h0)
      gained += min(1, reach) * Bits.count(teaches.exactly2 & h1x)
      gained += min(3, reach) * Bits.count(teaches.exactly3 & h0)
      gained += min(2, reach) * Bits.count(teaches.exactly3 & h1x)
      gained += min(1, reach) * Bits.count(teaches.exactly3 & h2x)
    }

    let score = policy.weights.score(
      load: ScoreFormula.loadHeadroom(
        cappedHeadroomSum: headroomSum,
        demandedDimensions: Int(placeDetail.pointee.demandedDimensions)),
      competency: ScoreFormula.competency(
        quarters: quarters, listed: Int(placeDetail.pointee.listedCompetencies)),
      development: ScoreFormula.development(
        levelsGained: gained, hasOffer: hasOffer, certificate: parts.certificate,
        wantsCertificate: detail.wantsCertificate),
      wishes: ScoreFormula.wishes(
        sector: parts.sector, hours: parts.hours,
        travel: ScoreFormula.travel(minutes: minutes, maximum: Int(detail.maxTravelMinutes))),
      placement: parts.placement, support: parts.support)
    return PairResult(score: score, travelMinutes: minutes, assessmentPoints: points)
  }
}
