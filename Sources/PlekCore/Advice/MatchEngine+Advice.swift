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

  /// Development advice for a participant that is not stored (an intake profile).
  public func advice(for participant: Validated<Participant>, options: QueryOptions)
    throws(MatchError) -> Advice
  {
    try check(options)
    return advice(try accept(participant), options).advice
  }

  /// The advice of a valid participant. With `complete` false only what the steps open is
  /// worked out (no best fit after each step, no pairs, no nearest places): a region's
  /// aggregate needs nothing more. Also returns the places that fit.
  func advice(_ person: Participant, _ options: QueryOptions, complete: Bool = true) -> (
    advice: Advice, fits: [PlaceID]
  ) {
    let day = options.day
    let horizonDays = options.horizonDays ?? policy.planningHorizonDays
    let horizon = day.adding(days: horizonDays).daysSinceEpoch
    let (hot, detail) = ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
    let heldMask = PlacePacker.competencyMask(detail.held.atLeast1)
    let reachLimit = Self.adviceReachLimit(person, policy: policy)
    let maximumFamilies = complete ? 2 : 1
    let context = PairContext(horizon: horizon, day: day.daysSinceEpoch)

    var fits: [Place] = []
    var knockedOut: [(place: Place, knockOuts: [KnockOut])] = []
    // Slots by the knock-outs they certainly have, for the nearest places.
    var byLowerBound: [[Int]] = []
    places.withColumns { columns in
      guard let details = columns.detail.baseAddress else { return }
      for slot in columns.hot.indices where columns.alive[slot] {
        let place = columns.hot[slot]
        let blockers = PairKernel.blockers(
          hot, detail, place, heldMask: heldMask, day: day.daysSinceEpoch, horizon: horizon,
          reachLimit: reachLimit)
        if complete {
          while byLowerBound.count <= blockers.knockOuts { byLowerBound.append([]) }
          byLowerBound[blockers.knockOuts].append(slot)
        }
        guard !blockers.fixed, blockers.families <= maximumFamilies else { continue }
        let record = places.records[slot]!
        // Nothing certain on the hot records: the compiled kernel says whether it fits;
        // only a knocked-out place needs the reference's knock-outs.
        if blockers.knockOuts == 0 && PairKernel.passesCheapKnockOuts(hot, place, context)
          && PairKernel.evaluate(
            hot, detail, place, details + slot, context, compiled, threshold: -.infinity)
            != nil
        {
          fits.append(record)
          continue
        }
        let explanation = reference.evaluate(person, record, on: day, horizonDays: horizonDays)
        if explanation.fit != nil {
          fits.append(record)
        } else {
          knockedOut.append((record, explanation.knockOuts))
        }
      }
    }

    let bestFit = { (changed: Participant, horizonDays: Int) -> PlaceScore? in
      guard let valid = taxonomy.validate(changed).validated,
        let match = try? shortlist(
          for: valid, options: QueryOptions(k: 1, day: day, horizonDays: horizonDays)
        ).matches.first
      else { return nil }
      return PlaceScore(placeID: match.placeID, scoreMillionths: match.scoreMillionths)
    }
    var builder = AdviceBuilder(
      person: person, policy: policy, day: day, horizonDays: horizonDays, fits: fits,
      knockedOut: knockedOut, best: complete ? bestFit(person, horizonDays) : nil,
      evaluate: { person, place, horizonDays in
        reference.evaluate(person, place, on: day, horizonDays: horizonDays)
      },
      bestFit: bestFit,
      nearest: {
        nearestPlaces(person, byLowerBound: byLowerBound, day: day, horizonDays: horizonDays)
      })
    builder.complete = complete
    return (builder.build(), fits.map(\.id))
  }

  /// The squared chord of the farthest reach of any travel step: the person's own transport
  /// with the most extra minutes advice suggests, or a faster one with their own limit.
  static func adviceReachLimit(_ person: Participant, policy: Policy) -> Float {
    let minutes = person.wishes.maxTravelMinutes
    let extra = min(
      policy.advice.maximumExtraTravelMinutes, Wishes.validTravelMinutes.upperBound - minutes)
    var reach = policy.travel.reachKilometres(
      minutes: Double(minutes + max(0, extra)), mode: person.wishes.transport)
    for mode in AdviceBuilder.fasterModes(than: person.wishes.transport) {
      reach = max(reach, policy.travel.reachKilometres(minutes: Double(minutes), mode: mode))
    }
    return CompiledPolicy.chordLimitSquared(kilometres: reach)
  }

  /// The knocked-out places with the fewest knock-outs (then by id): places are evaluated
  /// in order of the knock-outs the packed records prove, until no place left can have fewer
  /// than the last one listed.
  func nearestPlaces(
    _ person: Participant, byLowerBound: [[Int]], day: Day, horizonDays: Int
  ) -> [NearestPlace] {
    var found: [(count: Int, place: Place, knockOuts: [KnockOut])] = []
    for (bound, slots) in byLowerBound.enumerated() {
      if found.count >= Advice.listed, bound > found[Advice.listed - 1].count { break }
      for slot in slots {
        let record = places.records[slot]!
        let knockOuts = reference.evaluate(person, record, on: day, horizonDays: horizonDays)
          .knockOuts
        guard !knockOuts.isEmpty else { continue }
        found.append((knockOuts.count, record, knockOuts))
      }
      found.sort { $0.count != $1.count ? $0.count < $1.count : $0.place.id < $1.place.id }
      found = Array(found.prefix(Advice.listed))
    }
    return found.map { NearestPlace(placeID: $0.place.id, knockOuts: $0.knockOuts) }
  }
}
