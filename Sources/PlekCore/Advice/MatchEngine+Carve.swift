extension MatchEngine {
  /// Job carving for a stored place: which of its demands blocks the most people who would
  /// otherwise fit, and whom each change would open. A full place is carved as if a slot
  /// were free.
  ///
  /// The packed records rule out, without evaluating them, the people no single change can
  /// open; the rest get the reference scorer's knock-outs. The result equals
  /// ``ReferenceCarving``'s.
  ///
  /// - Throws: ``MatchError/unknownPlace(_:)``, ``MatchError/invalidOption(_:)``.
  /// - Complexity: O(participants) for the packed pass, plus the reference scorer for the
  ///   people one change away.
  public func carve(for id: PlaceID, options: QueryOptions) throws(MatchError) -> Carving {
    try check(options)
    guard let place = places.record(id) else { throw .unknownPlace(id) }
    return carve(place, options)
  }

  /// Job carving for a place that is not stored (a vacancy being drafted).
  public func carve(for place: Validated<Place>, options: QueryOptions) throws(MatchError)
    -> Carving
  {
    try check(options)
    return carve(try accept(place), options)
  }

  /// The carving of a valid place over the people of `cohort`.
  func carve(_ record: Place, _ options: QueryOptions, cohort: Cohort = Cohort()) -> Carving {
    var place = record
    place.freeSlots = max(1, place.freeSlots)
    let day = options.day
    let horizonDays = options.horizonDays ?? policy.planningHorizonDays
    let horizon = day.adding(days: horizonDays).daysSinceEpoch
    let (hot, placeDetail) = PlacePacker.pack(place, taxonomy: taxonomy)
    let context = PairContext(horizon: horizon, day: day.daysSinceEpoch)
    var fits = 0
    var knockedOut: [(person: Participant, knockOuts: [KnockOut])] = []
    people.withColumns { columns in
      withUnsafePointer(to: placeDetail) { placeDetail in
        for slot in columns.hot.indices where columns.alive[slot] {
          if !cohort.isEverybody && !cohort.contains(people.records[slot]!) { continue }
          let person = columns.hot[slot]
          let detail = columns.detail[slot]
          let blockers = PairKernel.blockers(
            person, detail, hot, heldMask: PlacePacker.competencyMask(detail.held.atLeast1),
            day: day.daysSinceEpoch, horizon: horizon, reachLimit: person.chordLimit,
            planning: false)
          guard !blockers.fixed, blockers.families <= 1 else { continue }
          if blockers.knockOuts == 0 && PairKernel.passesCheapKnockOuts(person, hot, context)
            && PairKernel.evaluate(
              person, detail, hot, placeDetail, context, compiled, threshold: -.infinity) != nil
          {
            fits += 1
            continue
          }
          let record = people.records[slot]!
          let knockOuts = reference.evaluate(record, place, on: day, horizonDays: horizonDays)
            .knockOuts
          if knockOuts.isEmpty { fits += 1 } else { knockedOut.append((record, knockOuts)) }
        }
      }
    }
    return CarvingBuilder(
      place: place, policy: policy, day: day, fits: fits, knockedOut: knockedOut,
      evaluate: { person, place in
        reference.evaluate(person, place, on: day, horizonDays: horizonDays)
      }
    ).build()
  }
}

/// The plain carving: every person evaluated with the reference scorer. The yardstick of
/// ``MatchEngine/carve(for:options:)``; do not optimize it.
public struct ReferenceCarving: Sendable {
  /// The scorer.
  public let scorer: ReferenceScorer
  /// Every participant.
  public let people: [Participant]

  /// Creates the reference over `people`.
  public init(policy: Policy, people: [Participant]) {
    scorer = ReferenceScorer(policy: policy)
    self.people = people
  }

  /// The carving of `place` asked on `day` with a planning horizon (`nil`: the policy's).
  public func carving(of place: Place, on day: Day, horizonDays: Int? = nil) -> Carving {
    var open = place
    open.freeSlots = max(1, open.freeSlots)
    var fits = 0
    var knockedOut: [(person: Participant, knockOuts: [KnockOut])] = []
    for person in people {
      let knockOuts = scorer.evaluate(person, open, on: day, horizonDays: horizonDays).knockOuts
      if knockOuts.isEmpty { fits += 1 } else { knockedOut.append((person, knockOuts)) }
    }
    return CarvingBuilder(
      place: open, policy: scorer.policy, day: day, fits: fits, knockedOut: knockedOut,
      evaluate: { person, place in
        scorer.evaluate(person, place, on: day, horizonDays: horizonDays)
      }
    ).build()
  }
}
