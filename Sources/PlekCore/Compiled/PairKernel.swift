/// What the compiled scorer says about a pair that fits.
struct PairResult: Sendable {
  var scoreMillionths: Int64
  var travelMinutes: Double
  var assessmentPoints: UInt8
}

/// The per-query constants of a scan.
struct PairContext: Sendable {
  /// Gate bits the query's filters block (kinds, learning-only).
  var filterBlock: UInt32 = 0
  /// Sector classes of which a place must have one (0: any): the folded
  /// ``requiredSectorSet`` (``SectorBits``).
  var requiredSectors: UInt16 = 0
  /// Sectors of which a place must have one (0: any), exactly.
  var requiredSectorSet: UInt64 = 0
  /// The last day counting as available or open.
  var horizon: Int32
  /// The day asked for (days since 1970).
  var day: Int32 = 0
  /// The query's own travel limit in minutes (infinity: none).
  var filterMaxMinutes: Double = .infinity
}

/// The compiled evaluation of one pair: the same rules as ``ReferenceScorer``, on packed data.
///
/// Cheap knock-outs come first and read only the hot records; the competency planes, exact
/// travel time and the score are computed only for pairs that survive them. No allocation,
/// no reference counting, no `String`, no dictionary.
enum PairKernel {
  /// Whether a pair survives the knock-outs that need only the hot records: the gate, the
  /// excluded main sector and filtered sectors, hours both ways, opening day, load and
  /// (conservatively) travel.
  @inline(__always)
  static func passesCheapKnockOuts(_ person: PersonHot, _ place: PlaceHot, _ context: PairContext)
    -> Bool
  {
    // Every condition becomes bits of one failure mask, so the only branch is the caller's.
    var failures = place.gate & (person.block | context.filterBlock)
    failures |= UInt32(place.mainSector & person.excluded)
    failures |= flag(context.requiredSectors != 0 && place.sectors & context.requiredSectors == 0)
    failures |= flag(place.minHours > person.maxHours)
    failures |= flag(place.maxHours < person.minHours)
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
    /// Points to judge the hot records make certain: a job coach to arrange, permanent
    /// support at a regular employer.
    var points: Int
    /// Points taken off for an internal place, in millionths.
    var margin: Int64
    var hasOffer: Bool
    var certificate: Bool
  }

  @inline(__always)
  static func hotParts(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>, _ policy: CompiledPolicy
  )
    -> HotParts
  {
    // Sector: the best of the place's sectors the person did not exclude, a wanted rank or
    // the neutral value, less a penalty per excluded secondary sector (an excluded main
    // sector never gets here). With 16 sectors or fewer the hot record's classes are the
    // sectors, and the detail record is not read.
    let placeSectors =
      policy.wideSectors ? placeDetail.pointee.sectors : UInt64(truncatingIfNeeded: place.sectors)
    let allowed = placeSectors & ~detail.excludedSectors
    let hasNeutral = allowed & ~detail.wantedSectors != 0
    var bestRank = 0
    var wanted = allowed & detail.wantedSectors
    while wanted != 0 {
      let sector = UInt8(truncatingIfNeeded: wanted.trailingZeroBitCount)
      wanted &= wanted &- 1
      // The lane holding the sector is its rank less one; sectors are wanted once.
      let lanes = unsafeBitCast(
        Bytes.mask(detail.sectorOfRank .== SIMD16(repeating: sector)), to: SIMD2<UInt64>.self)
      let rank =
        1
        + (lanes[0] != 0
          ? lanes[0].trailingZeroBitCount >> 3 : 8 + lanes[1].trailingZeroBitCount >> 3)
      if bestRank == 0 || rank < bestRank { bestRank = rank }
    }
    var best = hasNeutral ? policy.sectorWish.neutral : 0
    if bestRank > 0 { best = max(best, policy.sectorWish.value(ofRank: bestRank)) }
    let excludedSecondary = (placeSectors & detail.excludedSectors).nonzeroBitCount
    let offeredRank =
      2
      - (place.gate & (GateBit.supportBelowColleague | GateBit.supportBelowJobCoach))
      .nonzeroBitCount
    let kindRank = ((place.gate >> 19) & 0xF).trailingZeroBitCount
    var points = offeredRank < Int(detail.needRank) ? 1 : 0
    if detail.permanentSupport && kindRank == 0 { points += 1 }
    return HotParts(
      sector: ScoreFormula.sector(
        best: best, excludedSecondary: excludedSecondary,
        penalty: policy.sectorWish.excludedSecondary),
      hours: ScoreFormula.hoursOverlap(
        personMin: Int(person.minHours), personMax: Int(person.maxHours),
        placeMin: Int(place.minHours), placeMax: Int(place.maxHours)),
      placement: detail.placement[kindRank & 3],
      support: ScoreFormula.support(
        needRank: Int(detail.needRank), offeredRank: offeredRank,
        surplusPenalty: policy.supportPenalty, arranged: policy.arrangedSupport),
      // The SROI bonus is a margin the other way: points added.
      points: points,
      margin: (kindRank == 3 ? detail.internalMargin : 0)
        - (place.gate & GateBit.sroi != 0 ? policy.sroiBonusMillionths : 0),
      hasOffer: place.gate & GateBit.noLearningOffer == 0,
      certificate: place.gate & GateBit.certificate != 0)
  }

  /// The full evaluation of a pair that passed ``passesCheapKnockOuts(_:_:_:)``: `nil` when a
  /// competency, Dutch or the exact travel time knocks it out, or when the pair cannot reach
  /// `threshold` (the score a shortlist entry must beat; `-infinity` while the list is not
  /// full).
  ///
  /// The threshold check comes first: an upper bound of the score from the hot records (load,
  /// competency and travel taken at their best, 1) costs a few operations, and a pair below
  /// the threshold cannot enter the shortlist whether it fits or not. Rounding is monotone and
  /// the bound uses the score's own formula with a margin for the rounding to millionths, so
  /// it is never below the real score.
  @inline(__always)
  static func evaluate(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>, _ context: PairContext, _ policy: CompiledPolicy,
    threshold: Double
  ) -> PairResult? {
    let parts = hotParts(person, detail, place, placeDetail, policy)
    let bound =
      policy.weights.bound(
        load: 1, competency: 1,
        development: ScoreFormula.development(
          levelsGained: 3, levelsTaught: 3, hasOffer: parts.hasOffer,
          certificate: parts.certificate, goal: detail.developmentGoal),
        wishes: ScoreFormula.wishes(sector: parts.sector, hours: parts.hours, travel: 1),
        placement: parts.placement,
        support: parts.support) - Double(parts.points) * policy.pointCost
      - Double(parts.margin) / 1_000_000 + 1e-5
    // A score is never below 0: neither is its bound (a place may tie at 0 and win on its id).
    if max(0, bound) < threshold { return nil }
    if max(0, bound - shortfall(person, detail, place, policy)) < threshold { return nil }
    return complete(person, detail, place, placeDetail, context, policy, parts)
  }

  /// What the hot records and the person's detail prove the score loses against a bound
  /// that takes load, competency and travel at their best and counts only the points the
  /// support and the employer kind make certain: load headroom against the knock-out demand
  /// (one lower on adaptable lanes, so it can only overestimate the headroom), travel from
  /// the chord (`2R·asin(c/2) ≥ R·c`, less a margin for single precision), listed
  /// competencies the person does not hold at all (two eighths each, six more for a desired
  /// one), and the points an unassessed capacity, wage value or Dutch level make certain.
  /// Never more than the real loss, so the bound less it stays an upper bound.
  /// An upper bound of the load-headroom part from the hot record, and the demanded
  /// dimensions whose capacity was never assessed (each a point for certain): a third per
  /// level of fit against the knock-out demand (one lower on adaptable lanes, so it can only
  /// overestimate), as three 0/1 lanes. Selects (min/max) here compiled to per-lane
  /// shuffles, comparisons to single instructions.
  @inline(__always)
  static func loadBound(_ detail: PersonDetail, _ place: PlaceHot) -> (
    load: Double, unassessed: Int
  ) {
    let one = SIMD16<UInt8>(repeating: 1)
    let demandKO = place.knockOutDemand
    let capacity = detail.knownCapacity
    let demanded = BlockScan.byteMask(place.demanded)
    let headroom =
      (Bytes.mask(capacity .>= demandKO) & detail.knownMask & one)
      &+ (Bytes.mask(capacity .> demandKO) & one) &+ (Bytes.mask(capacity .> demandKO &+ one) & one)
    let load =
      place.loadScale == 0
      ? 1 : min(1, Double(Bits.byteSum(headroom & demanded)) * Double(place.loadScale))
    return (load, Bits.byteSum(detail.unknownOnes & demanded))
  }

  @inline(__always)
  static func shortfall(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot, _ policy: CompiledPolicy
  ) -> Double {
    let (load, unassessed) = loadBound(detail, place)
    var points = unassessed
    if place.gate & GateBit.regularWithoutSubsidy != 0 && detail.wageUnknown { points += 1 }
    if place.gate & GateBit.requiresDutch != 0 && detail.dutchRank == 0xFF { points += 1 }
    let delta = place.position - person.position
    let chord = max(0, Double((delta * delta).sum()).squareRoot() - 4e-7)
    let minutes =
      detail.speed.overheadMinutes + chord * GeoPoint.earthRadiusKilometres * detail.detourFactor
      / detail.speed.kilometresPerHour * 60
    let travel = max(0, 1 - minutes / Double(detail.maxTravelMinutes))
    let held = PlacePacker.competencyMask(detail.held.atLeast1)
    let missing =
      (place.listedMask & ~held).nonzeroBitCount
      + 3 * (place.desiredMask & ~PlacePacker.fold32(held)).nonzeroBitCount
    let weights = policy.weights
    return 100 * weights.load * (1 - load) + 100 * weights.wishes * (1 - travel) / 3
      + Double(missing) * 100 * weights.competency * 2 / 8 * Double(place.listedScale)
      + Double(points) * policy.pointCost
  }

  /// Whether a pair that passed ``passesCheapKnockOuts(_:_:_:)`` also passes the knock-outs
  /// the detail records decide (competencies, Dutch, exact travel): whether it fits, without
  /// its score.
  @inline(__always)
  static func fitsInDetail(
    _ detail: PersonDetail, _ place: PlaceHot, _ placeDetail: UnsafePointer<PlaceDetail>,
    _ context: PairContext
  ) -> Bool {
    minutesIfFits(detail, place, placeDetail, context) != nil
  }

  /// The knock-outs the detail records decide, in the order of the reference scorer:
  /// the excluded main sector and the sector filter on the exact sets (the cheap checks saw
  /// only sector classes, ``SectorBits``), competencies missing or not taught in time, Dutch
  /// not learnable in time, the exact travel time. Returns the travel minutes of a pair that
  /// passes, `nil` otherwise. With `competencies` false the competency knock-outs are not
  /// checked.
  @inline(__always)
  static func minutesIfFits(
    _ detail: PersonDetail, _ place: PlaceHot, _ placeDetail: UnsafePointer<PlaceDetail>,
    _ context: PairContext, competencies: Bool = true
  ) -> Double? {
    let sectors = placeDetail.pointee.sectors
    if detail.excludedSectors >> UInt64(placeDetail.pointee.mainSector) & 1 != 0 { return nil }
    if context.requiredSectorSet != 0 && sectors & context.requiredSectorSet == 0 { return nil }
    let held = detail.held
    let required = placeDetail.pointee.required
    let missing1 = required.atLeast1 & ~held.atLeast1
    let missing2 = required.atLeast2 & ~held.atLeast2
    let missing3 = required.atLeast3 & ~held.atLeast3
    if competencies && !Bits.isZero(missing1 | missing2 | missing3) {
      let teaches = placeDetail.pointee.teaches
      let unteachable =
        (missing1 & ~teaches.atLeast1) | (missing2 & ~teaches.atLeast2)
        | (missing3 & ~teaches.atLeast3)
      if place.gate & GateBit.noLearningOffer != 0 || !Bits.isZero(unteachable) { return nil }
      let h1 = held.atLeast1
      let gap =
        !Bits.isZero(required.atLeast3 & ~h1)
        ? 3 : !Bits.isZero((required.atLeast2 & ~h1) | (required.atLeast3 & ~held.atLeast2)) ? 2 : 1
      if gap * Int(detail.monthsPerLevel) > Int(placeDetail.pointee.learningMonths) { return nil }
    }
    // Dutch below the level a teaching place needs: the climb must fit its route. (A place
    // that does not teach Dutch was settled by the gate.)
    let dutchRequired = Int(placeDetail.pointee.dutchRank)
    if dutchRequired > 0 && detail.dutchRank != 0xFF && placeDetail.pointee.teachesDutch
      && Int(detail.dutchRank) < dutchRequired
    {
      let months = (dutchRequired - Int(detail.dutchRank)) * Int(detail.dutchMonthsPerLevel)
      if months > Int(placeDetail.pointee.learningMonths) { return nil }
    }
    // Exact travel time, the same formula as the reference.
    let kilometres = GeoPoint.distanceKilometres(detail.unit, placeDetail.pointee.unit)
    let minutes = TravelModel.minutes(
      distanceKilometres: kilometres, detourFactor: detail.detourFactor, speed: detail.speed)
    if minutes > Double(detail.maxTravelMinutes) || minutes > context.filterMaxMinutes {
      return nil
    }
    return minutes
  }

  /// The rest of an evaluation once the pair may enter: competencies, Dutch, exact travel,
  /// score.
  @inline(__always)
  static func complete(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>,
    _ context: PairContext, _ policy: CompiledPolicy, _ parts: HotParts
  ) -> PairResult? {
    guard let minutes = minutesIfFits(detail, place, placeDetail, context) else { return nil }
    let hasOffer = parts.hasOffer
    let held = detail.held
    let required = placeDetail.pointee.required
    let h1 = held.atLeast1
    let h2 = held.atLeast2
    let h3 = held.atLeast3
    var points = UInt8(truncatingIfNeeded: parts.points)
    if placeDetail.pointee.dutchRank > 0 && detail.dutchRank == 0xFF { points &+= 1 }

    // Load headroom and assessment points, with byte vectors only (masks as 0x00/0xFF bytes):
    // Swift's generic `replacing(with:where:)` compiles to a slow per-lane loop.
    let demand = placeDetail.pointee.demand
    let capacity = detail.knownCapacity
    // Selects (min/max) compile to per-lane shuffles here; comparisons are single
    // instructions, so capped differences are sums of 0/1 comparison lanes.
    let one = SIMD16<UInt8>(repeating: 1)
    let demandedMask = Bytes.mask(demand .> SIMD16(repeating: 0))
    let demandedOnes = demandedMask & one
    // A third per level of fit: 1 for fitting at all, 1 more for one level to spare, 1 more
    // for two. Unknown lanes have capacity 0 and fit nowhere.
    let fits = Bytes.mask(capacity .>= demand) & detail.knownMask
    let headroom =
      (fits & one) &+ (Bytes.mask(capacity .> demand) & one)
      &+ (Bytes.mask(capacity .> demand &+ one) & one)
    let fitThirds = Bits.byteSum(headroom & demandedMask)
    let unassessed = Bits.byteSum(detail.unknownOnes & demandedOnes)
    // Demand above a known capacity (0–4 both): past the load knock-out only the one adapted
    // level, but counted exactly.
    var excess = Bytes.mask(demand .> capacity) & one
    excess &+= Bytes.mask(demand .> capacity &+ one) & one
    excess &+= Bytes.mask(demand .> capacity &+ SIMD16(repeating: 2)) & one
    excess &+= Bytes.mask(demand .> capacity &+ SIMD16(repeating: 3)) & one
    let adapted = Bits.byteSum(excess & detail.knownMask)
    points &+= UInt8(truncatingIfNeeded: unassessed + adapted)
    if place.gate & (GateBit.regularWithoutSubsidy | GateBit.subsidyUnknown) != 0
      && detail.wageUnknown
    {
      points &+= 1
    }
    if place.gate & GateBit.subsidyUnknown != 0 && detail.wageBelowFull { points &+= 1 }

    // Competency eighths: required held with margin 8, exactly or on the way (taught in
    // time) 6; desired held 8, held below level 4. The levels of a plane set are disjoint,
    // so sums of counts are counts of unions: 6 for every required competency, 2 more for
    // each held with margin; 8 for each desired one held, 4 for each held below its level.
    let h1x = held.exactly1
    let h2x = held.exactly2
    let withMargin =
      (required.exactly1 & h2) | (required.exactly2 & h3) | (required.exactly3 & h3)
    var eighths = 6 * Bits.count(required.atLeast1) + 2 * Bits.count(withMargin)
    let desired = placeDetail.pointee.desired
    if !desired.isEmpty {
      let desiredHeld = (desired.exactly1 & h1) | (desired.exactly2 & h2) | (desired.exactly3 & h3)
      let desiredBelow = (desired.exactly2 & h1x) | (desired.exactly3 & h1 & ~h3)
      eighths += 8 * Bits.count(desiredHeld) + 4 * Bits.count(desiredBelow)
    }

    // Development: levels the learning offer adds at the person's pace, of those it teaches:
    // competencies one, two and three levels short of what is taught.
    var gained = 0
    var taught = 0
    if hasOffer {
      let reach = Int(placeDetail.pointee.learningMonths) / Int(detail.monthsPerLevel)
      let teaches = placeDetail.pointee.teaches
      let h0 = ~h1
      let shortByOne = Bits.count(
        (teaches.exactly1 & h0) | (teaches.exactly2 & h1x) | (teaches.exactly3 & h2x))
      let shortByTwo = Bits.count((teaches.exactly2 & h0) | (teaches.exactly3 & h1x))
      let shortByThree = Bits.count(teaches.exactly3 & h0)
      taught = shortByOne + 2 * shortByTwo + 3 * shortByThree
      gained =
        min(1, reach) * shortByOne + min(2, reach) * shortByTwo + min(3, reach) * shortByThree
    }

    let contributions = policy.weights.contributions(
      load: ScoreFormula.loadHeadroom(
        fitThirds: fitThirds,
        demandedDimensions: Int(placeDetail.pointee.demandedDimensions)),
      competency: ScoreFormula.competency(
        eighths: eighths, listed: Int(placeDetail.pointee.listedCompetencies)),
      development: ScoreFormula.development(
        levelsGained: gained, levelsTaught: taught, hasOffer: hasOffer,
        certificate: parts.certificate, goal: detail.developmentGoal),
      wishes: ScoreFormula.wishes(
        sector: parts.sector, hours: parts.hours,
        travel: ScoreFormula.travel(minutes: minutes, maximum: Int(detail.maxTravelMinutes))),
      placement: parts.placement, support: parts.support)
    let adjustments = Int64(points) * policy.pointCostMillionths + parts.margin
    return PairResult(
      scoreMillionths: ScoreFormula.score(contributions: contributions, adjustments: adjustments),
      travelMinutes: minutes, assessmentPoints: points)
  }
}
