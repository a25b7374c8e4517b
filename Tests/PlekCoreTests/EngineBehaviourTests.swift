import Foundation
import PlekCore
import PlekTestSupport
import Testing

@Suite("Engine: determinism, index, updates, errors")
struct EngineBehaviourTests {
  static let day = EngineFixtures.day

  @Test(.tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
  func resultsAreIdenticalForOneTwoAndManyThreads() throws {
    // Large enough that single shortlists are split over threads too.
    let engine = try EngineFixtures.engine(seed: 404, participants: 120, places: 40_000)
    let ids = Array(engine.participantIDs.prefix(12))
    for id in ids {
      let one = try engine.shortlist(
        for: id, options: QueryOptions(k: 20, day: Self.day, threads: 1))
      for threads in [2, 3, 8, 0] {
        let many = try engine.shortlist(
          for: id, options: QueryOptions(k: 20, day: Self.day, threads: threads))
        #expect(many.matches == one.matches, "\(id) with \(threads) threads")
      }
    }
    let batchOne = try engine.batchShortlists(
      options: QueryOptions(k: 10, day: Self.day, threads: 1))
    let batchAll = try engine.batchShortlists(
      options: QueryOptions(k: 10, day: Self.day, threads: 0))
    #expect(batchOne == batchAll)
    #expect(batchOne.map(\.participantID) == engine.participantIDs)
    let placeIDs = Array(engine.placeIDs.prefix(20))
    for id in placeIDs {
      let one = try engine.candidates(
        for: id, options: QueryOptions(k: 15, day: Self.day, threads: 1))
      let many = try engine.candidates(
        for: id, options: QueryOptions(k: 15, day: Self.day, threads: 0))
      #expect(one.matches == many.matches)
    }
  }

  @Test func theIndexGivesTheSameResultsAsAFullScanAndPrunes() throws {
    let engine = try EngineFixtures.engine(seed: 505, participants: 120, places: 6000)
    var evaluatedWithIndex = 0
    var evaluatedFull = 0
    let filters = [
      PlaceFilter(),
      PlaceFilter(sectors: ["care", "retail"]),
      PlaceFilter(employerKinds: [.regular, .socialOrMunicipal]),
      PlaceFilter(learningOnly: true),
      PlaceFilter(maxTravelMinutes: 15),
    ]
    for id in engine.participantIDs {
      for filter in filters {
        let indexed = try engine.shortlist(
          for: id, filter: filter, options: QueryOptions(k: 15, day: Self.day))
        let full = try engine.shortlist(
          for: id, filter: filter, options: QueryOptions(k: 15, day: Self.day, useIndex: false))
        #expect(indexed.matches == full.matches, "\(id) \(filter)")
        evaluatedWithIndex += indexed.evaluated
        evaluatedFull += full.evaluated
      }
    }
    // In a region this small most people reach most places; the index still skips a share
    // (excluded sectors, short reach). The benchmark reports the share.
    #expect(evaluatedWithIndex * 10 < evaluatedFull * 8, "the index should skip places")
    let candidateFilters = [
      ParticipantFilter(), ParticipantFilter(municipalities: ["maastricht"]),
      ParticipantFilter(maxTravelMinutes: 20),
    ]
    for id in engine.placeIDs.prefix(150) {
      for filter in candidateFilters {
        let indexed = try engine.candidates(
          for: id, filter: filter, options: QueryOptions(k: 10, day: Self.day))
        let full = try engine.candidates(
          for: id, filter: filter, options: QueryOptions(k: 10, day: Self.day, useIndex: false))
        #expect(indexed.matches == full.matches, "\(id) \(filter)")
      }
    }
  }

  @Test func filtersOnlyNarrow() throws {
    // k = Limits.maximumK covers every place, so "all" is every fit.
    let engine = try EngineFixtures.engine(seed: 606, participants: 100, places: Limits.maximumK)
    let k = Limits.maximumK
    var seen = (learning: 0, regular: 0, near: 0)
    for id in engine.participantIDs.prefix(50) {
      let all = try engine.shortlist(for: id, options: QueryOptions(k: k, day: Self.day))
      let learning = try engine.shortlist(
        for: id, filter: PlaceFilter(learningOnly: true),
        options: QueryOptions(k: k, day: Self.day))
      #expect(learning.matches.allSatisfy { engine.place($0.placeID)?.learningOffer != nil })
      #expect(Set(learning.matches.map(\.placeID)).isSubset(of: all.matches.map(\.placeID)))
      let regular = try engine.shortlist(
        for: id, filter: PlaceFilter(employerKinds: [.regular]),
        options: QueryOptions(k: k, day: Self.day))
      #expect(regular.matches.allSatisfy { engine.place($0.placeID)?.employerKind == .regular })
      #expect(
        regular.matches.count
          == all.matches.filter { engine.place($0.placeID)?.employerKind == .regular }.count)
      let near = try engine.shortlist(
        for: id, filter: PlaceFilter(maxTravelMinutes: 10),
        options: QueryOptions(k: k, day: Self.day))
      #expect(near.matches.allSatisfy { $0.travelMinutes <= 10 })
      #expect(near.matches.count == all.matches.filter { $0.travelMinutes <= 10 }.count)
      seen.learning += learning.matches.count
      seen.regular += regular.matches.count
      seen.near += near.matches.count
    }
    // Every filter let something through somewhere, or the checks above proved nothing.
    #expect(seen.learning > 0 && seen.regular > 0 && seen.near > 0, "\(seen)")
  }

  @Test func unknownFilterWordsAreRefusedWithTheNearest() throws {
    let engine = try EngineFixtures.engine(seed: 1, participants: 5, places: 5)
    let id = engine.participantIDs[0]
    #expect(
      throws: MatchError.invalidFilter(
        PlaceFilter(sectors: ["logistic"]).problems(in: engine.taxonomy))
    ) {
      try engine.shortlist(
        for: id, filter: PlaceFilter(sectors: ["logistic"]), options: QueryOptions(day: Self.day))
    }
    let parsed = PlaceFilter.parse(
      sectors: ["logistics", "logistic"], employerKinds: ["reguler"], taxonomy: engine.taxonomy)
    #expect(parsed.problems.map(\.path) == ["sectors[1]", "employerKinds[0]"])
    #expect(parsed.problems.map(\.suggestion) == ["logistics", "regular"])
    #expect(parsed.filter.sectors == ["logistics"])
    let people = ParticipantFilter.parse(municipalities: ["maastrict"], taxonomy: engine.taxonomy)
    #expect(people.problems.first?.suggestion == "maastricht")
  }

  @Test func updatesGiveTheSameResultsAsARebuild() throws {
    let data = EngineFixtures.generated(seed: 707, participants: 300, places: 2000)
    var engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: Array(data.people.prefix(200)),
      places: Array(data.places.prefix(1500)))
    // Add the rest, replace some (moved and changed), remove some.
    try engine.upsert(participants: Array(data.people.suffix(100)))
    try engine.upsert(places: Array(data.places.suffix(500)))
    var moved = data.people[10]
    moved.location = GeoPoint(latitude: 50.78, longitude: 5.95)
    moved.wishes.maxTravelMinutes = 60
    var changed = data.places[20]
    changed.sectors = ["care"]
    changed.freeSlots = 3
    try engine.upsert(participants: [moved])
    try engine.upsert(places: [changed])
    let removedPeople = data.people[50..<60].map(\.id)
    let removedPlaces = data.places[100..<200].map(\.id)
    try engine.remove(participants: removedPeople)
    try engine.remove(places: removedPlaces)

    var people = data.people.filter { !removedPeople.contains($0.id) }
    people[people.firstIndex { $0.id == moved.id }!] = moved
    var places = data.places.filter { !removedPlaces.contains($0.id) }
    places[places.firstIndex { $0.id == changed.id }!] = changed
    let rebuilt = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: people, places: places)

    #expect(engine.participantCount == rebuilt.participantCount)
    #expect(engine.placeCount == rebuilt.placeCount)
    let options = QueryOptions(k: 10, day: Self.day)
    #expect(
      try engine.batchShortlists(options: options) == rebuilt.batchShortlists(options: options))
    for id in rebuilt.placeIDs.prefix(200) + [changed.id] {
      #expect(
        try engine.candidates(for: id, options: options)
          == rebuilt.candidates(for: id, options: options))
    }
    // Removed records are gone everywhere.
    #expect(throws: MatchError.unknownParticipant(removedPeople[0])) {
      try engine.shortlist(for: removedPeople[0], options: options)
    }
    let everyMatch = try engine.batchShortlists(options: QueryOptions(k: 1000, day: Self.day))
    #expect(everyMatch.contains { !$0.shortlist.matches.isEmpty })
    #expect(
      everyMatch.allSatisfy {
        $0.shortlist.matches.allSatisfy { !removedPlaces.contains($0.placeID) }
      })
  }

  @Test func anInlineParticipantMatchesLikeAStoredOne() throws {
    let data = EngineFixtures.generated(seed: 808, participants: 50, places: 1000)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let options = QueryOptions(k: 10, day: Self.day)
    for person in data.people.prefix(20) {
      var intake = person
      intake.id = "P-INTAKE"
      let stored = try engine.shortlist(for: person.id, options: options).matches.map {
        ($0.placeID, $0.score)
      }
      let validated = try #require(EngineFixtures.taxonomy.validate(intake).validated)
      let inline = try engine.shortlist(for: validated, options: options).matches.map {
        ($0.placeID, $0.score)
      }
      #expect(stored.map(\.0) == inline.map(\.0))
      #expect(stored.map(\.1) == inline.map(\.1))
    }
    for place in data.places.prefix(20) {
      var draft = place
      draft.id = "PL-DRAFT"
      let stored = try engine.candidates(for: place.id, options: options).matches.map(
        \.participantID)
      let validated = try #require(EngineFixtures.taxonomy.validate(draft).validated)
      let inline = try engine.candidates(for: validated, options: options).matches.map(
        \.participantID)
      #expect(stored == inline)
    }
  }

  @Test func badUpdatesChangeNothingAndNameEveryProblem() throws {
    let data = EngineFixtures.generated(seed: 909, participants: 20, places: 50)
    var engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let before = try engine.batchShortlists(options: QueryOptions(day: Self.day))
    var bad = data.people[0]
    bad.id = "P-NEW-1"
    bad.municipality = "amsterdam"
    var alsoBad = data.people[1]
    alsoBad.id = "P-NEW-2"
    alsoBad.wishes.hoursPerWeek = HoursRange(min: 30, max: 10)
    var fine = data.people[2]
    fine.id = "P-NEW-3"
    do {
      try engine.upsert(participants: [fine, bad, alsoBad, fine])
      Issue.record("expected invalid records")
    } catch .invalidRecords(let problems) {
      #expect(problems.map(\.index) == [1, 2, 3])
      #expect(problems[0].problems.map(\.path) == ["municipality"])
      #expect(problems[1].problems.map(\.kind) == [.minAboveMax])
      #expect(problems[2].problems.map(\.kind) == [.duplicateID])
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(engine.participant("P-NEW-3") == nil, "all or nothing")
    #expect(throws: MatchError.unknownPlace("PL-NOPE")) {
      try engine.remove(places: [data.places[0].id, "PL-NOPE"])
    }
    #expect(engine.place(data.places[0].id) != nil, "all or nothing")
    #expect(try engine.batchShortlists(options: QueryOptions(day: Self.day)) == before)
  }

  @Test func optionsAndIdsAreChecked() throws {
    let engine = try EngineFixtures.engine(seed: 1, participants: 5, places: 5)
    let id = engine.participantIDs[0]
    #expect(throws: MatchError.self) {
      try engine.shortlist(for: id, options: QueryOptions(k: -1, day: Self.day))
    }
    #expect(throws: MatchError.self) {
      try engine.shortlist(
        for: id, options: QueryOptions(k: Limits.maximumK + 1, day: Self.day))
    }
    #expect(
      try engine.shortlist(for: id, options: QueryOptions(k: 0, day: Self.day)).matches.isEmpty)
    // k = 0 everywhere: nothing kept, nothing read past the plan, no crash.
    #expect(
      try engine.batchShortlists(options: QueryOptions(k: 0, day: Self.day))
        .allSatisfy { $0.shortlist.matches.isEmpty })
    #expect(
      try engine.candidates(for: engine.placeIDs[0], options: QueryOptions(k: 0, day: Self.day))
        .matches.isEmpty)
    #expect(throws: MatchError.unknownParticipant("P-NONE")) {
      try engine.shortlist(for: "P-NONE", options: QueryOptions(day: Self.day))
    }
    #expect(throws: MatchError.unknownPlace("PL-NONE")) {
      try engine.explain(participant: id, place: "PL-NONE", on: Self.day)
    }
  }

  @Test func aPolicyChangeRescoresAndInvalidPoliciesAreRefused() throws {
    var engine = try EngineFixtures.engine(seed: 2, participants: 60, places: 600)
    let before = try engine.batchShortlists(options: QueryOptions(k: 5, day: Self.day))
    var policy = Policy.default
    policy.weights.placementOrder = 5
    policy.travel.bike.kilometresPerHour = 25
    try engine.setPolicy(policy)
    let after = try engine.batchShortlists(options: QueryOptions(k: 5, day: Self.day))
    #expect(after != before)
    let rebuilt = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy,
      participants: engine.participantIDs.map { engine.participant($0)! },
      places: engine.placeIDs.map { engine.place($0)! })
    #expect(try rebuilt.batchShortlists(options: QueryOptions(k: 5, day: Self.day)) == after)
    var invalid = Policy.default
    invalid.weights = ScoreWeights()
    invalid.weights.wishes = -1
    #expect(throws: MatchError.self) { try engine.setPolicy(invalid) }
    #expect(engine.policy == policy)
  }

  /// The contributions less the adjustments are the score, exactly in millionths (held at
  /// 0 when the adjustments are larger).
  @Test func contributionsLessAdjustmentsAreTheScore() throws {
    let data = EngineFixtures.generated(seed: 3, participants: 80, places: 400)
    let scorer = ReferenceScorer(policy: .default)
    var checked = 0
    var adjusted = 0
    for person in data.people {
      for place in data.places {
        guard let fit = scorer.evaluate(person, place, on: Self.day).fit else { continue }
        checked += 1
        let parts =
          fit.components.reduce(Int64(0)) { $0 + $1.contributionMillionths }
          - fit.adjustments.reduce(Int64(0)) { $0 + $1.millionths }
        #expect(fit.scoreMillionths == max(0, parts))
        if !fit.adjustments.isEmpty { adjusted += 1 }
        #expect(fit.adjustments.allSatisfy { $0.millionths > 0 })
        #expect(fit.components.allSatisfy { (0...1).contains($0.value) })
        #expect((0...100).contains(fit.score))
      }
    }
    #expect(checked > 100)
    #expect(adjusted > 10, "the data must exercise the adjustments")
  }
}

@Suite("Engine: statistics and perspective")
struct EngineStatisticsTests {
  @Test func statisticsCountWhatIsStored() throws {
    let engine = try EngineFixtures.engine(seed: 12, participants: 40, places: 300)
    let statistics = engine.statistics
    #expect(statistics.participants == 40)
    #expect(statistics.places == 300)
    #expect(statistics.placeIndexEntries == 300)
    #expect(statistics.participantIndexEntries >= 40)
    // The grid covers the region: rows × cell side reaches its height, columns its width.
    let bounds = engine.taxonomy.region.bounds
    let height = (bounds.north - bounds.south) * 111.2
    let width =
      (bounds.east - bounds.west) * 111.2 * cos((bounds.south + bounds.north) / 2 * .pi / 180)
    #expect((0.5...25).contains(statistics.cellKilometres))
    #expect(Double(statistics.gridRows) * statistics.cellKilometres >= height - 1e-6)
    #expect(Double(statistics.gridColumns) * statistics.cellKilometres >= width - 1e-6)
    #expect(
      statistics.gridRows * statistics.gridColumns > 1, "this region needs more than one cell")
    #expect(statistics.packedBytes > 300 * 48)
  }

  @Test func theSummarySaysWhatBlocks() throws {
    let person = GoldenScenarioTests.person { $0.loadCapacity[.lifting] = LoadLevel(1) }
    let heavy = GoldenScenarioTests.warehouse()
    let far = GoldenScenarioTests.warehouse {
      $0.id = "PL-FAR"
      $0.location = GeoPoint(latitude: 50.7706, longitude: 6.0183)
      $0.loadDemand[.lifting] = LoadLevel(1)
    }
    let fine = GoldenScenarioTests.warehouse {
      $0.id = "PL-FINE"
      $0.loadDemand[.lifting] = LoadLevel(1)
    }
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: [person], places: [heavy, far, fine])
    let summary = try engine.knockOutSummary(for: person.id, on: EngineFixtures.day)
    #expect(summary.fits == 1)
    #expect(summary.knockedOut == 2)
    #expect(
      summary.reasons == [
        ReasonCount(kind: .load, places: 1), ReasonCount(kind: .travel, places: 1),
      ])
    #expect(summary.soleReasons.map(\.code) == ["load", "travel"])
  }

  /// The sorted ids follow every insert and remove, and a copy of an engine keeps its own
  /// order whichever of the two asks first (the order is cached in a box the copies share
  /// until one of them changes).
  @Test func sortedIDsFollowChangesAndCopiesKeepTheirOwn() throws {
    var engine = try EngineFixtures.engine(seed: 9, participants: 40, places: 40)
    let before = engine.participantIDs
    #expect(before == before.sorted() && before.count == 40)
    var extra = try #require(engine.participant(before[0]))
    extra.id = "P-999999"

    // Asked before the copy: the copy shares a filled box.
    let copy = engine
    try engine.upsert(participants: [extra])
    #expect(engine.participantIDs == before + ["P-999999"])
    #expect(copy.participantIDs == before)

    // Never asked before the copy, and the copy asks first.
    var fresh = try EngineFixtures.engine(seed: 9, participants: 40, places: 40)
    let freshCopy = fresh
    try fresh.upsert(participants: [extra])
    #expect(freshCopy.participantIDs == before)
    #expect(fresh.participantIDs == before + ["P-999999"])
    try fresh.remove(participants: ["P-999999"])
    #expect(fresh.participantIDs == before)
  }
}
