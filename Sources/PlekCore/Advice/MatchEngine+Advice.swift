extension MatchEngine {
  /// Development advice for a stored participant: the steps that would open places or raise
  /// the best fit, and when none opens anything, pairs of steps and the nearest places.
  ///
  /// The packed records rule out, without evaluating them, the places no single step or pair
  /// of steps can open; the rest get the reference scorer's knock-outs, and the best fit
  /// after a step comes from a one-place shortlist. The result equals ``ReferenceAdvice``'s.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``.
  /// - Complexity: O(places) for the packed pass, plus the reference scorer for the places
  ///   one or two steps away and one shortlist per step.
  public func advice(for id: ParticipantID, options: QueryOptions) throws(MatchError) -> Advice {
    try check(options)
    guard let person = people.record(id) else { throw .unknownParticipant(id) }
    return advice(person, options).advice
  }

  /// What advice found for a person, for a region's aggregate: the advice, the slots of the
  /// places that fit and of the places one step away, with the kind of step.
  struct AdviceScan {
    var advice: Advice
    var fits: [Int]
    var oneStepAway: [(slot: Int, blocker: Blocker)]
  }

  /// Development advice for a participant that is not stored (an intake profile).
  public func advice(for participant: Validated<Participant>, options: QueryOptions)
    throws(MatchError) -> Advice
  {
    try check(options)
    return advice(try accept(participant), options).advice
  }

  /// The advice of a valid participant. With `complete` false only what the steps open is
  /// worked out (no best fit after each step, no pairs, no nearest places): a region's
  /// aggregate needs nothing more.
  func advice(_ person: Participant, _ options: QueryOptions, complete: Bool = true)
    -> AdviceScan
  {
    let day = options.day
    let horizonDays = options.horizonDays ?? policy.planningHorizonDays
    let horizon = day.adding(days: horizonDays).daysSinceEpoch
    let (hot, detail) = ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
    let heldMask = PlacePacker.competencyMask(detail.held.atLeast1)
    let reach = Self.adviceReach(person, policy: policy)
    let reachLimit = CompiledPolicy.chordLimitSquared(kilometres: reach)
    let context = PairContext(horizon: horizon, day: day.daysSinceEpoch)
    // The person without a travel limit, for places whose only certain knock-out is travel.
    var unlimited = detail
    unlimited.maxTravelMinutes = .max

    // Only places within the farthest reach of any travel step, in sectors not excluded: the
    // others are beyond every step (the nearest places are looked for over every place).
    let segments = placeSegments(
      within: reach, of: person.location, sectors: allSectors & ~hot.excluded)

    /// What a place is to the person.
    enum Visit {
      case fits
      /// Knocked out, with what it needs (a single step's place, or one the reference
      /// scorer read).
      case blocked(BlockedPlace)
      /// Two step families or more may be needed: a pair's place, read when pairs are.
      case pair
      /// Beyond any step or pair of steps.
      case beyond
    }
    func visit(
      _ slot: Int, _ columns: Columns<PlaceHot, PlaceDetail>,
      _ details: UnsafePointer<PlaceDetail>
    ) -> Visit {
      let place = columns.hot[slot]
      let blockers = PairKernel.blockers(
        hot, place, heldMask: heldMask, day: day.daysSinceEpoch, horizon: horizon,
        reachLimit: reachLimit)
      guard !blockers.fixed, blockers.families <= 2 else { return .beyond }
      if blockers.families == 2 { return .pair }
      if blockers.families == 0 || blockers.family == .competency {
        // Nothing certain on the hot records but competencies: the compiled kernel says
        // whether it fits, and whether competencies are all that keep it out; only a place
        // kept out by something else needs the reference's knock-outs.
        if PairKernel.passesCheapKnockOuts(hot, place, context)
          && PairKernel.minutesIfFits(detail, place, details + slot, context, competencies: false)
            != nil
        {
          switch PairKernel.unmetCompetency(
            detail, details + slot, hasOffer: place.gate & GateBit.noLearningOffer == 0)
          {
          case nil:
            return .fits
          case .some(nil):
            return .pair  // two competencies or more
          case .some(.some(let unmet)):
            return .blocked(
              BlockedPlace(
                PlaceRef(slot: slot),
                single: SingleNeed(
                  key: FamilyKey(kind: .competency, index: UInt16(unmet.index)),
                  least: Int32(unmet.least)), travelOnly: false))
          }
        }
        // Competencies and something the hot records do not show.
        if blockers.families == 1 { return .pair }
      } else {
        // One family certain on the hot records: when the pair fits without it, that is its
        // only knock-out, and the packed records say what it needs.
        let (relaxed, relaxedContext) = blockers.family.lifted(hot, context)
        guard
          PairKernel.passesCheapKnockOuts(relaxed, place, relaxedContext)
            && PairKernel.fitsInDetail(
              blockers.family == .travel ? unlimited : detail, place, details + slot,
              relaxedContext)
        else { return .pair }  // another knock-out the hot records do not show
        return .blocked(
          BlockedPlace(
            PlaceRef(slot: slot),
            single: hotNeed(
              blockers.family, person: person, hot: hot, detail: detail, place: place,
              placeDetail: details + slot, day: day, horizon: horizon),
            travelOnly: blockers.family == .travel))
      }
      let record = places.record(atSlot: slot)!
      let explanation = reference.evaluate(person, record, on: day, horizonDays: horizonDays)
      return explanation.fit != nil
        ? .fits
        : .blocked(
          BlockedPlace(
            record, slot: slot, knockOuts: explanation.knockOuts, person: person, day: day,
            policy: policy, numbers: competencyNumbers))
    }
    // Cells wholly beyond the person's own travel limit: every place there needs a travel
    // step (or another transport), so one family fewer is left for the rest.
    let far = segments.map {
      grid.minimumDistance(from: person.location, to: Int($0.cell)) > detail.reachKilometres
    }
    /// Visits the places the block checks keep for at most `families` step families.
    func scan(families: UInt8, _ body: (Visit, Int) -> Void) {
      withProbes([(hot, detail)], context) { probes in
        places.withColumns { columns in
          guard let details = columns.detail.baseAddress else { return }
          _ = withScanner(probes.baseAddress!, context, columns: columns) { scanner in
            for (index, far) in far.enumerated() {
              forEachRun(in: segments[index...index]) { lower, upper in
                scanner.forEachAdviceSlot(lower, upper, most: far ? families - 1 : families) {
                  slot in body(visit(slot, columns, details), slot)
                }
              }
            }
          }
        }
      }
    }

    // The places that fit and those one step away; the places of pairs are read only when
    // no single step opens anything.
    var fits: [PlaceRef] = []
    var blocked: [BlockedPlace] = []
    scan(families: 1) { visit, slot in
      switch visit {
      case .fits: fits.append(PlaceRef(slot: slot))
      case .blocked(let place): blocked.append(place)
      case .pair, .beyond: break
      }
    }

    let bestAmong = { (changed: Participant, horizonDays: Int, refs: [PlaceRef]) in
      self.bestAmong(changed, horizonDays: horizonDays, day: day, slots: refs.map(\.slot))
    }
    let singles = blocked
    let bestNow =
      complete
      ? bestAmongWithSlot(
        hot: hot, detail: detail, context: context, slots: fits.map(\.slot)) : nil
    var builder = AdviceBuilder(
      person: person, policy: policy, day: day, horizonDays: horizonDays, fits: fits,
      blocked: blocked,
      pairCandidates: {
        var pairs = singles
        scan(families: 2) { visit, slot in
          guard case .pair = visit else { return }
          let record = places.record(atSlot: slot)!
          pairs.append(
            BlockedPlace(
              record, slot: slot,
              knockOuts: reference.evaluate(person, record, on: day, horizonDays: horizonDays)
                .knockOuts, person: person, day: day, policy: policy, numbers: competencyNumbers)
          )
        }
        return pairs
      },
      best: bestNow?.score,
      facts: packedFacts(for: person), numbers: competencyNumbers,
      evaluate: { person, place, horizonDays in
        reference.evaluate(person, place, on: day, horizonDays: horizonDays)
      },
      bestAmong: bestAmong,
      nearest: {
        nearestPlaces(
          person, hot: hot, detail: detail, heldMask: heldMask, reachLimit: reachLimit, day: day,
          horizonDays: horizonDays)
      })
    builder.complete = complete
    builder.bestRef = bestNow.map { PlaceRef(slot: $0.slot) }
    builder.bestAmongChanged = { step, refs in
      let family: HotFamily
      switch step {
      case .adaptation(let dimension): family = .load(lane: dimension.lane)
      case .wageCostSubsidy: family = .wage
      default: return nil
      }
      // The changed place scores as the person does with the one knock-out lifted: an
      // adapted lane and a capacity never assessed both earn no headroom and cost a point;
      // a regular employer with subsidy costs nothing more for a known wage value.
      return self.bestAmong(
        hot: family.lifted(hot, context).0, detail: detail, context: context,
        slots: refs.map(\.slot))
    }
    let oneStepAway =
      complete
      ? []
      : blocked.compactMap { blocked -> (slot: Int, blocker: Blocker)? in
        blocked.single.flatMap { need in need.key.blocker.map { (blocked.ref.slot, $0) } }
      }
    return AdviceScan(advice: builder.build(), fits: fits.map(\.slot), oneStepAway: oneStepAway)
  }

  /// The best fit of a person among some stored places, by the compiled kernel: each place
  /// is scored only when its bound reaches the best so far.
  func bestAmong(_ person: Participant, horizonDays: Int, day: Day, slots: [Int]) -> PlaceScore? {
    let (hot, detail) = ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
    let context = PairContext(
      horizon: day.adding(days: horizonDays).daysSinceEpoch, day: day.daysSinceEpoch)
    return bestAmong(hot: hot, detail: detail, context: context, slots: slots)
  }

  /// The best fit of a packed person among some stored places.
  func bestAmong(hot: PersonHot, detail: PersonDetail, context: PairContext, slots: [Int])
    -> PlaceScore?
  {
    bestAmongWithSlot(hot: hot, detail: detail, context: context, slots: slots)?.score
  }

  /// The best fit of a packed person among some stored places, and its slot.
  func bestAmongWithSlot(
    hot: PersonHot, detail: PersonDetail, context: PairContext, slots: [Int]
  ) -> (score: PlaceScore, slot: Int)? {
    var best: PlaceScore?
    var bestSlot = 0
    var bestKey: IDKey?
    places.withColumns { columns in
      guard let details = columns.detail.baseAddress else { return }
      for slot in slots {
        let place = columns.hot[slot]
        guard hot.availableFrom <= context.horizon,
          PairKernel.passesCheapKnockOuts(hot, place, context),
          let result = PairKernel.evaluate(
            hot, detail, place, details + slot, context, compiled,
            threshold: best.map { Double($0.scoreMillionths) / 1_000_000 } ?? -.infinity)
        else { continue }
        let key = columns.keys[slot]
        if let current = best, let currentKey = bestKey,
          result.scoreMillionths < current.scoreMillionths
            || (result.scoreMillionths == current.scoreMillionths && !(key < currentKey))
        {
          continue
        }
        best = PlaceScore(
          placeID: places.id(atSlot: slot), scoreMillionths: result.scoreMillionths)
        bestKey = key
        bestSlot = slot
      }
    }
    return best.map { ($0, bestSlot) }
  }

  /// What a place needs whose only knock-outs are of one family the hot records prove: the
  /// same need ``KnockOut/adviceNeed(person:place:day:policy:)`` gives for the reference
  /// scorer's knock-outs, from the packed records; `nil` when no step goes far enough.
  func hotNeed(
    _ family: HotFamily, person: Participant, hot: PersonHot, detail: PersonDetail,
    place: PlaceHot, placeDetail: UnsafePointer<PlaceDetail>, day: Day, horizon: Int32
  ) -> SingleNeed? {
    switch family {
    case .wage: return SingleNeed(key: FamilyKey(kind: .wageCostSubsidy), least: 0)
    case .support:
      guard policy.jobCoaches.provided else { return nil }
      return SingleNeed(key: FamilyKey(kind: .jobCoach), least: 0)
    case .dutch:
      return SingleNeed(
        key: FamilyKey(kind: .dutch),
        least: Int32((place.gate & PairKernel.dutchGate).nonzeroBitCount))
    case .hours:
      return place.minHours > hot.maxHours
        ? SingleNeed(key: FamilyKey(kind: .hoursMaximum), least: Int32(place.minHours))
        : SingleNeed(key: FamilyKey(kind: .hoursMinimum), least: Int32(place.maxHours))
    case .timing:
      // The later of the person's start and the place's opening, within any horizon.
      func days(_ start: Int32) -> Int32? {
        guard start > horizon else { return 0 }
        let days = start - day.daysSinceEpoch
        return AdviceNeed.planning(days: Int(days)) != nil ? days : nil
      }
      guard let person = days(hot.availableFrom), let opening = days(place.openFrom) else {
        return nil
      }
      return SingleNeed(key: FamilyKey(kind: .planAhead), least: max(person, opening))
    case .load(let lane):
      let demand = placeDetail.pointee.demand[lane]
      let adaptable = demand != place.knockOutDemand[lane]
      guard demand == hot.capacity[lane] &+ 1, !adaptable,
        let index = LoadDimension.allCases.firstIndex(where: { $0.lane == lane })
      else { return nil }
      return SingleNeed(key: FamilyKey(kind: .adaptation, index: UInt16(index)), least: 0)
    case .travel:
      let minutes = TravelModel.minutes(
        distanceKilometres: GeoPoint.distanceKilometres(detail.unit, placeDetail.pointee.unit),
        detourFactor: detail.detourFactor, speed: detail.speed)
      guard
        case .travel(let extra) = AdviceNeed.travel(
          minutes: minutes, maximum: person.wishes.maxTravelMinutes, policy: policy)
      else { return nil }
      return SingleNeed(key: FamilyKey(kind: .travelMinutes), least: Int32(extra))
    case .competency:
      return nil
    }
  }

  /// The taxonomy's numbers of competencies, for advice's families.
  var competencyNumbers: CompetencyNumbers {
    let taxonomy = self.taxonomy
    return CompetencyNumbers(
      number: { taxonomy.index(of: $0) }, id: { taxonomy.competencies[$0].id })
  }

  /// The farthest reach of any travel step in kilometres: the person's own transport with
  /// the most extra minutes advice suggests, or a faster one with their own limit.
  static func adviceReach(_ person: Participant, policy: Policy) -> Double {
    let minutes = person.wishes.maxTravelMinutes
    let extra = min(
      policy.advice.maximumExtraTravelMinutes, Wishes.validTravelMinutes.upperBound - minutes)
    var reach = policy.travel.reachKilometres(
      minutes: Double(minutes + max(0, extra)), mode: person.wishes.transport)
    for mode in AdviceBuilder.fasterModes(than: person.wishes.transport) {
      reach = max(reach, policy.travel.reachKilometres(minutes: Double(minutes), mode: mode))
    }
    return reach
  }

  /// The knocked-out places with the fewest knock-outs, then the nearest (least travel), then
  /// by id: places are evaluated
  /// in order of the knock-outs the packed records prove, until no place left can have fewer
  /// than the last one listed.
  func nearestPlaces(
    _ person: Participant, hot: PersonHot, detail: PersonDetail, heldMask: UInt64,
    reachLimit: Float, day: Day, horizonDays: Int
  ) -> [NearestPlace] {
    let horizon = day.adding(days: horizonDays).daysSinceEpoch
    var byLowerBound: [[Int]] = []
    places.withColumns { columns in
      for slot in columns.hot.indices where columns.alive[slot] {
        let bound = PairKernel.blockers(
          hot, columns.hot[slot], heldMask: heldMask, day: day.daysSinceEpoch,
          horizon: horizon, reachLimit: reachLimit
        ).knockOuts
        while byLowerBound.count <= bound { byLowerBound.append([]) }
        byLowerBound[bound].append(slot)
      }
    }
    var found: [(count: Int, place: Place, knockOuts: [KnockOut], minutes: Double)] = []
    for (bound, slots) in byLowerBound.enumerated() {
      if found.count >= Advice.listed, bound > found[Advice.listed - 1].count { break }
      for slot in slots {
        let record = places.record(atSlot: slot)!
        let explanation = reference.evaluate(person, record, on: day, horizonDays: horizonDays)
        guard !explanation.knockOuts.isEmpty else { continue }
        found.append(
          (explanation.knockOuts.count, record, explanation.knockOuts, explanation.travelMinutes))
      }
      found.sort {
        if $0.count != $1.count { return $0.count < $1.count }
        if $0.minutes != $1.minutes { return $0.minutes < $1.minutes }
        return $0.place.id < $1.place.id
      }
      found = Array(found.prefix(Advice.listed))
    }
    return found.map { NearestPlace(placeID: $0.place.id, knockOuts: $0.knockOuts) }
  }

  /// What advice reads of the stored places, from the packed records: the same figures the
  /// reference scorer reads off the records.
  func packedFacts(for person: Participant) -> PlaceFacts {
    let details = places.detail
    let unit = person.location.unitVector
    let travel = policy.travel
    let taxonomy = self.taxonomy
    return PlaceFacts(
      id: { places.id(atSlot: $0.slot) },
      minutes: { ref, mode in
        TravelModel.minutes(
          distanceKilometres: GeoPoint.distanceKilometres(unit, details[ref.slot].unit),
          detourFactor: travel.detourFactor, speed: travel[mode])
      },
      teaching: { id in
        let index = taxonomy.index(of: id)
        return { ref in
          guard let index, details[ref.slot].hasLearningOffer,
            let level = CompetencyLevel(details[ref.slot].teaches.level(index))
          else { return nil }
          return (level, Int(details[ref.slot].learningMonths))
        }
      },
      mentioning: { id in
        let index = taxonomy.index(of: id)
        return { ref in
          guard let index else { return false }
          let detail = details[ref.slot]
          return detail.required.level(index) > 0 || detail.desired.level(index) > 0
            || detail.teaches.level(index) > 0
        }
      },
      demand: { LoadLevel(rawValue: details[$0.slot].demand[$1.lane])! },
      support: { ref in
        SupportOffer.allCases.first { $0.rank == Int(details[ref.slot].supportRank) } ?? .none
      },
      record: { places.record(atSlot: $0.slot)! },
      learning: {
        (0..<places.capacity).filter { places.alive[$0] && details[$0].hasLearningOffer }.map(
          PlaceRef.init)
      })
  }
}
