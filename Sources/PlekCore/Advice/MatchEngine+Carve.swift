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
    let hasOffer = hot.gate & GateBit.noLearningOffer == 0
    var fits = 0
    var blocked: [BlockedPerson] = []
    // Only people who can reach the place and do not exclude its main sector: no change of
    // the place lets anyone else in.
    let segments = peopleSegments(for: place)
    people.withColumns { columns in
      guard let details = columns.detail.baseAddress else { return }
      withUnsafePointer(to: placeDetail) { placeDetail in
        Self.forEachSlot(in: segments[...], index: people.index) { slot in
          if !cohort.isEverybody
            && !cohort.contains(people.record(atSlot: slot)!)
          {
            return
          }
          let person = columns.hot[slot]
          let detail = details + slot
          let blockers = PairKernel.blockers(
            person, hot, heldMask: PlacePacker.competencyMask(detail.pointee.held.atLeast1),
            day: day.daysSinceEpoch, horizon: horizon, reachLimit: person.chordLimit,
            planning: false)
          guard !blockers.fixed, blockers.families <= 1 else { return }
          if blockers.families == 0 || blockers.family == .competency {
            // Nothing certain on the hot records but competencies: the compiled kernel says
            // whether the person fits, and whether one competency is all that keeps them out.
            if PairKernel.passesCheapKnockOuts(person, hot, context)
              && PairKernel.minutesIfFits(
                detail.pointee, hot, placeDetail, context, competencies: false) != nil
            {
              switch PairKernel.unmetCompetency(detail.pointee, placeDetail, hasOffer: hasOffer) {
              case nil:
                fits += 1
              case .some(nil):
                break  // two competencies or more: no one change
              case .some(.some(let unmet)):
                blocked.append(
                  BlockedPerson(
                    slot: slot,
                    needs: [
                      .competency(taxonomy.competencies[unmet.index].id, atMost: unmet.most)
                    ]))
              }
              return
            }
            // A competency and something the hot records do not show: two families.
            if blockers.families == 1 { return }
          } else {
            // One family certain on the hot records: when the pair fits without it, that is
            // its only knock-out, and the packed records say what it needs.
            let (relaxed, relaxedContext) = blockers.family.lifted(person, context)
            if PairKernel.passesCheapKnockOuts(relaxed, hot, relaxedContext)
              && PairKernel.fitsInDetail(detail.pointee, hot, placeDetail, relaxedContext),
              let needs = carveNeeds(
                blockers.family, person: person, detail: detail, place: hot,
                placeDetail: placeDetail)
            {
              blocked.append(BlockedPerson(slot: slot, needs: needs))
            }
            return
          }
          let record = people.record(atSlot: slot)!
          let knockOuts = reference.evaluate(record, place, on: day, horizonDays: horizonDays)
            .knockOuts
          if knockOuts.isEmpty {
            fits += 1
          } else if let one = CarvingBuilder.blocked(
            record, slot: slot, knockOuts: knockOuts, place: place, policy: policy)
          {
            blocked.append(one)
          }
        }
      }
    }
    return CarvingBuilder(
      place: place, policy: policy, day: day, fits: fits, blocked: blocked,
      best: { changed, slots in
        bestPeople(at: changed, slots: slots, context: context)
      },
      twoChanges: {
        // Rare (no single change opens anyone): the people the hot records do not rule out
        // for two families, by the reference scorer's knock-outs.
        var two: [BlockedPerson] = []
        people.withColumns { columns in
          Self.forEachSlot(in: segments[...], index: people.index) { slot in
            let blockers = PairKernel.blockers(
              columns.hot[slot], hot,
              heldMask: PlacePacker.competencyMask(columns.detail[slot].held.atLeast1),
              day: day.daysSinceEpoch, horizon: horizon,
              reachLimit: columns.hot[slot].chordLimit, planning: false)
            guard !blockers.fixed, blockers.families <= 2 else { return }
            let record = people.record(atSlot: slot)!
            guard cohort.isEverybody || cohort.contains(record) else { return }
            let knockOuts = reference.evaluate(record, place, on: day, horizonDays: horizonDays)
              .knockOuts
            if let one = CarvingBuilder.blockedByTwo(
              record, slot: slot, knockOuts: knockOuts, place: place, policy: policy)
            {
              two.append(one)
            }
          }
        }
        return two
      }
    ).build()
  }

  /// What a person needs of a place whose only knock-outs are of one family the hot records
  /// prove: the same needs ``KnockOut/carveNeed(person:place:policy:)`` gives for the reference
  /// scorer's knock-outs, from the packed records.
  func carveNeeds(
    _ family: HotFamily, person: PersonHot, detail: UnsafePointer<PersonDetail>, place: PlaceHot,
    placeDetail: UnsafePointer<PlaceDetail>
  ) -> [CarveNeed]? {
    switch family {
    case .wage: return [.wageCostSubsidy]
    case .support:
      let need = Int(detail.pointee.needRank)
      return SupportOffer.allCases.first { $0.rank == need }.map { [.support($0)] }
    case .dutch:
      return [.dutch(DutchLevel.allCases[Int(detail.pointee.dutchRank)])]
    case .hours:
      return place.minHours > person.maxHours
        ? [.hoursMinimum(Int(person.maxHours))] : [.hoursMaximum(Int(person.minHours))]
    case .timing: return [.openNow]
    case .load(let lane):
      let demand = placeDetail.pointee.demand[lane]
      let capacity = person.capacity[lane]
      let adaptable = demand != place.knockOutDemand[lane]
      guard demand <= capacity &+ (adaptable ? 2 : 1),
        let dimension = LoadDimension.allCases.first(where: { $0.lane == lane })
      else { return nil }
      return [
        .load(
          dimension, atMost: LoadLevel(rawValue: capacity &+ (adaptable ? 1 : 0))!,
          adaptableWorks: !adaptable && demand == capacity &+ 1)
      ]
    case .travel, .competency: return nil
    }
  }

  /// The best people (at most ``Carving/listed``) among some at a changed place, by the
  /// compiled kernel: a person is scored only when their bound reaches the third best so far.
  func bestPeople(at place: Place, slots: [Int], context: PairContext) -> [ParticipantScore] {
    let (hot, placeDetail) = PlacePacker.pack(place, taxonomy: taxonomy)
    var heap = TopK(k: Carving.listed)
    people.withColumns { columns in
      withUnsafePointer(to: placeDetail) { placeDetail in
        for slot in slots {
          heap.consider(person: slot, of: columns, at: hot, placeDetail, context, compiled)
        }
      }
    }
    return heap.sorted().map {
      ParticipantScore(
        participantID: people.id(atSlot: Int($0.slot)), scoreMillionths: $0.score)
    }
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
    var blocked: [BlockedPerson] = []
    for (slot, person) in people.enumerated() {
      let knockOuts = scorer.evaluate(person, open, on: day, horizonDays: horizonDays).knockOuts
      if knockOuts.isEmpty {
        fits += 1
      } else if let one = CarvingBuilder.blocked(
        person, slot: slot, knockOuts: knockOuts, place: open, policy: scorer.policy)
      {
        blocked.append(one)
      }
    }
    return CarvingBuilder(
      place: open, policy: scorer.policy, day: day, fits: fits, blocked: blocked,
      best: { changed, slots in
        CarvingBuilder.ranked(
          slots.compactMap { slot in
            scorer.evaluate(people[slot], changed, on: day, horizonDays: horizonDays).fit.map {
              ParticipantScore(participantID: people[slot].id, scoreMillionths: $0.scoreMillionths)
            }
          })
      },
      twoChanges: {
        people.enumerated().compactMap { slot, person in
          CarvingBuilder.blockedByTwo(
            person, slot: slot,
            knockOuts: scorer.evaluate(person, open, on: day, horizonDays: horizonDays).knockOuts,
            place: open, policy: scorer.policy)
        }
      }
    ).build()
  }
}
