import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// The proposal over generated regions: optimal over every fit the reference scorer finds
/// (the price certificate), the maximum number placed (a plain maximum flow), and the same
/// on any thread count and with any first row length.
struct AssignmentTests {
  /// Every fit of every person by the reference scorer, best first.
  static func allFits(_ engine: MatchEngine, day: Day) -> [ParticipantID: [(
    place: PlaceID, score: Int64
  )]] {
    let places = engine.placeIDs.map { engine.place($0)! }
    var fits: [ParticipantID: [(place: PlaceID, score: Int64)]] = [:]
    for id in engine.participantIDs {
      let person = engine.participant(id)!
      fits[id] = places.compactMap { place in
        engine.reference.evaluate(person, place, on: day).fit.map { (place.id, $0.scoreMillionths) }
      }.sorted { $0.score > $1.score || ($0.score == $1.score && $0.place < $1.place) }
    }
    return fits
  }

  /// What the proposal's certificate gets wrong over every fit (nothing, when it proves it).
  static func violations(
    _ proposal: Assignment, _ engine: MatchEngine,
    _ fits: [ParticipantID: [(place: PlaceID, score: Int64)]]
  ) -> [CertificateViolation] {
    var freeSlots: [PlaceID: Int] = [:]
    for id in engine.placeIDs { freeSlots[id] = engine.place(id)!.freeSlots }
    var placed: [ParticipantID: PlaceID] = [:]
    for placement in proposal.placements { placed[placement.participantID] = placement.placeID }
    return proposal.certificate.violations(
      placed: placed, people: engine.participantIDs, freeSlots: freeSlots,
      fits: { fits[$0] ?? [] })
  }

  @Test(arguments: [(seed: 11, people: 300, places: 120), (seed: 12, people: 200, places: 400)])
  func proposalIsProvenOptimalOverEveryFit(seed: Int, people: Int, places: Int) throws {
    let engine = try TestData.engine(seed: UInt64(seed), participants: people, places: places)
    let day = TestData.day
    let fits = Self.allFits(engine, day: day)
    var previous: [ProposedPlacement]?
    for (threads, fitsPerPerson) in [(1, 24), (0, 24), (1, 2), (0, 1)] {
      let proposal = try engine.assign(
        options: QueryOptions(day: day, threads: threads), fitsPerPerson: fitsPerPerson)
      let violations = Self.violations(proposal, engine, fits)
      #expect(violations.isEmpty, "\(violations.prefix(3))")
      var freeSlots: [PlaceID: Int] = [:]
      for id in engine.placeIDs { freeSlots[id] = engine.place(id)!.freeSlots }
      // The count is the maximum: a plain maximum flow over every fit.
      let columns = Dictionary(uniqueKeysWithValues: engine.placeIDs.enumerated().map { ($1, $0) })
      let problem = ReferenceAssignment.Problem(
        fits: engine.participantIDs.map { id in fits[id]!.map { (columns[$0.place]!, $0.score) } },
        freeSlots: engine.placeIDs.map { freeSlots[$0]! })
      #expect(proposal.placedCount == ReferenceAssignment.maximumPlaced(problem))
      #expect(proposal.placedCount > 0)
      // Scores are the reference's.
      for placement in proposal.placements {
        #expect(
          fits[placement.participantID]!.first { $0.place == placement.placeID }?.score
            == placement.scoreMillionths)
      }
      // Unplaced people: no fit at all, or every fit full.
      for person in proposal.unplaced {
        switch person.reason {
        case .noFit: #expect(fits[person.participantID]!.isEmpty)
        case .taken(let places):
          #expect(!places.isEmpty)
          for place in places {
            let outcome = proposal.places.first { $0.placeID == place.placeID }!
            #expect(outcome.proposed.count == outcome.freeSlots)
          }
        }
      }
      // With the same first rows, the same proposal on any thread count.
      if fitsPerPerson == 24 {
        if let previous { #expect(previous == proposal.placements) }
        previous = proposal.placements
      }
    }
  }

  @Test func aCohortAndPlaceFilterNarrowTheProposal() throws {
    let engine = try TestData.engine(seed: 21, participants: 200, places: 150)
    let municipality = engine.participant(engine.participantIDs[0])!.municipality
    let proposal = try engine.assign(
      scope: AssignmentScope(
        cohort: Cohort(municipalities: [municipality]),
        places: PlaceFilter(employerKinds: [.regular])),
      options: QueryOptions(day: TestData.day))
    for id in proposal.participantIDs {
      #expect(engine.participant(id)!.municipality == municipality)
    }
    for placement in proposal.placements {
      #expect(engine.place(placement.placeID)!.employerKind == .regular)
    }
    #expect(throws: MatchError.self) {
      try engine.assign(
        scope: AssignmentScope(participantIDs: [ParticipantID("P-nobody")]),
        options: QueryOptions(day: TestData.day))
    }
  }

  /// A region read shallow, then proved deeper: however the beaten people are put back, the
  /// proposal is proven over every fit the reference finds, places the maximum and has the
  /// total score of the proposal read 24 deep.
  ///
  /// - A crowded region (three people per place) read one fit deep: most people's first fit
  ///   is taken, they are read deeper (16, 256, then every fit) and so many are beaten that
  ///   the proposal is solved again from scratch.
  /// - A region with two places per person read eight fits deep: 42 of the 600 people are
  ///   beaten in one round, each finds a free slot after a short search, so they are re-added
  ///   one by one, cheaper by the arcs read than a solve from scratch (which any 38 or more
  ///   beaten people chose before, the rule that made the congestion report on a crowded
  ///   region slower).
  @Test(arguments: [
    (seed: UInt64(41), participants: 360, places: 120, fitsPerPerson: 1, fromScratch: true),
    (seed: UInt64(13), participants: 600, places: 1200, fitsPerPerson: 8, fromScratch: false),
  ])
  func aRegionReadShallowIsProvedDeeperAndStillOptimal(
    seed: UInt64, participants: Int, places: Int, fitsPerPerson: Int, fromScratch: Bool
  ) throws {
    let engine = try TestData.engine(seed: seed, participants: participants, places: places)
    let options = QueryOptions(day: TestData.day)
    let shallow = try engine.assign(options: options, fitsPerPerson: fitsPerPerson)
    let deep = try engine.assign(options: options, fitsPerPerson: 24)
    #expect(shallow.work.solves > max(1, shallow.work.solvesFromScratch))
    #expect((shallow.work.solvesFromScratch >= 1) == fromScratch)
    #expect(shallow.proven)
    let fits = Self.allFits(engine, day: TestData.day)
    let violations = Self.violations(shallow, engine, fits)
    #expect(violations.isEmpty, "\(violations.prefix(3))")
    #expect(shallow.placedCount == deep.placedCount)
    #expect(
      shallow.placements.reduce(0) { $0 + $1.scoreMillionths }
        == deep.placements.reduce(0) { $0 + $1.scoreMillionths })
  }

  /// A session asked about a person after places were removed from the engine (which calls
  /// for a new session, but must not trap): the rows read again, deeper, leave the removed
  /// places out instead of looking them up.
  @Test func readingDeeperAfterPlacesAreRemovedLeavesThemOut() throws {
    var engine = try TestData.engine(seed: 41, participants: 360, places: 120)
    let options = QueryOptions(day: TestData.day)
    var session = try AssignmentSession(engine: engine, options: options, fitsPerPerson: 1)
    let removed = Array(engine.placeIDs.prefix(10))
    try engine.remove(places: removed)
    var changed = 0
    for id in engine.participantIDs.prefix(40) {
      var person = engine.participant(id)!
      person.wishes.maxTravelMinutes = max(10, person.wishes.maxTravelMinutes - 5)
      try engine.upsert(participants: [person])
      try session.update(participant: id, in: engine)
      #expect(Set(session.fits(id)).isDisjoint(with: removed), "\(id)")
      changed += 1
    }
    #expect(changed == 40)
    #expect(session.proposal().placedCount > 0)
  }

  /// A session updated person by person (changed, added, removed) equals a fresh proposal in
  /// people placed and total score, and its certificate holds over every fit.
  /// (One seed in the fast subset, `PLEK_FAST_TESTS=1`; all three in the whole suite.)
  @Test(arguments: FastSubset.isOn ? [31] : [31, 32, 33])
  func updatesFromThePreviousSolutionEqualAFreshProposal(seed: Int) throws {
    let data = TestData.generated(seed: UInt64(seed), participants: 260, places: 90)
    var engine = try MatchEngine(
      taxonomy: TestData.taxonomy, participants: Array(data.people.prefix(200)), places: data.places
    )
    let options = QueryOptions(day: TestData.day)
    var session = try AssignmentSession(engine: engine, options: options, fitsPerPerson: 4)
    var random = SplitMix64(seed: UInt64(seed))
    for step in 0..<12 {
      switch step % 3 {
      case 0:
        var person = engine.participant(
          engine.participantIDs[random.below(engine.participantCount)])!
        person.wishes.maxTravelMinutes = 10 + random.below(70)
        try engine.upsert(participants: [person])
        try session.update(participant: person.id, in: engine)
      case 1:
        let person = data.people[200 + step]
        try engine.upsert(participants: [person])
        try session.update(participant: person.id, in: engine)
      default:
        let id = engine.participantIDs[random.below(engine.participantCount)]
        try engine.remove(participants: [id])
        try session.update(participant: id, in: engine)
      }
      let updated = session.proposal()
      let fresh = try engine.assign(options: options)
      #expect(updated.participantIDs == engine.participantIDs)
      #expect(updated.placedCount == fresh.placedCount, "step \(step)")
      #expect(
        updated.placements.reduce(0) { $0 + $1.scoreMillionths }
          == fresh.placements.reduce(0) { $0 + $1.scoreMillionths }, "step \(step)")
      let violations = Self.violations(updated, engine, Self.allFits(engine, day: TestData.day))
      #expect(violations.isEmpty, "step \(step): \(violations.prefix(3))")
    }
  }
}
