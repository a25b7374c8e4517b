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

  /// The full evaluation of a pair that passed ``passesCheapKnockOuts(_:_:_:)``: `nil` when a
  /// competency or the exact travel time knocks it out.
  @inline(__always)
  static func evaluate(
    _ person: PersonHot, _ detail: PersonDetail, _ place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>, _ context: PairContext, _ policy: CompiledPolicy
  ) -> PairResult? {
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
      if !placeDetail.pointee.hasLearningOffer || !Bits.isZero(unteachable) { return nil }
      let gap =
        !Bits.isZero(required.atLeast3 & ~h1)
        ? 3 : !Bits.isZero((required.atLeast2 & ~h1) | (required.atLeast3 & ~h2)) ? 2 : 1
      if gap * Int(detail.monthsPerLevel) > Int(placeDetail.pointee.learningMonths) { return nil }
    }

    // Exact travel time, the same formula as the reference.
    let kilometres = GeoPoint(latitude: detail.latitude, longitude: detail.longitude)
      .distanceKilometres(
        to: GeoPoint(
          latitude: placeDetail.pointee.latitude, longitude: placeDetail.pointee.longitude))
    let minutes = TravelModel.minutes(
      distanceKilometres: kilometres, detourFactor: detail.detourFactor, speed: detail.speed)
    if minutes > Double(detail.maxTravelMinutes) || minutes > context.filterMaxMinutes {
      return nil
    }

    // Load headroom and assessment points.
    let demand = placeDetail.pointee.demand
    let known = person.capacity .!= SIMD16(repeating: LoadProfile.unknownByte)
    let capacity = person.capacity.replacing(with: 0, where: .!known)
    let demanded = demand .> 0
    let headroom = pointwiseMin(pointwiseMax(capacity, demand) &- demand, SIMD16(repeating: 2))
    let headroomSum = Int(headroom.replacing(with: 0, where: .!demanded).wrappedSum())
    let zero = SIMD16<UInt8>(repeating: 0)
    let unassessed = zero.replacing(with: 1, where: demanded .& .!known).wrappedSum()
    let adapted = zero.replacing(
      with: 1,
      where: demanded .& known .& (demand .== capacity &+ 1)
        .& (placeDetail.pointee.adaptable .!= 0)
    ).wrappedSum()
    var points = unassessed &+ adapted
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
    quarters += 4 * Bits.count(desired.exactly1 & h1)
    quarters += 4 * Bits.count(desired.exactly2 & h2) + 2 * Bits.count(desired.exactly2 & h1x)
    quarters += 4 * Bits.count(desired.exactly3 & h3) + 2 * Bits.count(desired.exactly3 & h1 & ~h3)

    // Development: levels the learning offer adds at the person's pace.
    var gained = 0
    let hasOffer = placeDetail.pointee.hasLearningOffer
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

    // Wishes: the best sector of the place, hours overlap, travel.
    var sectorValue = 0.0
    var sectors = place.sectors
    while sectors != 0 {
      sectorValue = max(sectorValue, detail.sectorValues[sectors.trailingZeroBitCount])
      sectors &= sectors &- 1
    }
    let wishes = ScoreFormula.wishes(
      sector: sectorValue,
      hours: ScoreFormula.hoursOverlap(
        personMin: Int(detail.minHours), personMax: Int(person.maxHours),
        placeMin: Int(place.minHours),
        placeMax: Int(place.maxHours)),
      travel: ScoreFormula.travel(minutes: minutes, maximum: Int(detail.maxTravelMinutes)))

    let score = policy.weights.score(
      load: ScoreFormula.loadHeadroom(
        cappedHeadroomSum: headroomSum,
        demandedDimensions: Int(placeDetail.pointee.demandedDimensions)),
      competency: ScoreFormula.competency(
        quarters: quarters, listed: Int(placeDetail.pointee.listedCompetencies)),
      development: ScoreFormula.development(
        levelsGained: gained, hasOffer: hasOffer, certificate: placeDetail.pointee.certificate,
        wantsCertificate: detail.wantsCertificate),
      wishes: wishes,
      placement: policy.placementValues[Int(placeDetail.pointee.kindRank)],
      support: ScoreFormula.support(
        needRank: Int(detail.needRank), offeredRank: Int(placeDetail.pointee.supportRank),
        surplusPenalty: policy.supportPenalty))
    return PairResult(score: score, travelMinutes: minutes, assessmentPoints: points)
  }
}
