import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// The compiled scorer against the reference scorer on seeded generated data.
@Suite("Compiled scorer agrees with the reference")
struct DifferentialTests {
  struct Scored {
    var id: String
    /// The score in millionths: the order is exact, so ties are ties on every CPU.
    var score: Int64
  }

  /// Score descending, then id ascending: the documented shortlist order.
  static func ordered(_ items: [Scored], k: Int) -> [Scored] {
    let sorted = items.sorted { (a: Scored, b: Scored) -> Bool in
      a.score > b.score || (a.score == b.score && a.id < b.id)
    }
    return Array(sorted.prefix(k))
  }

  /// The reference shortlist: evaluate every pair plainly, sort by score then id.
  static func referenceShortlist(
    _ person: Participant, _ places: [Place], _ scorer: ReferenceScorer, k: Int, day: Day,
    horizonDays: Int? = nil
  ) -> [Scored] {
    var scored: [Scored] = []
    for place in places {
      if let fit = scorer.evaluate(person, place, on: day, horizonDays: horizonDays).fit {
        scored.append(Scored(id: place.id.rawValue, score: fit.scoreMillionths))
      }
    }
    return ordered(scored, k: k)
  }

  /// The reference candidate list: every person against the place with at least one free
  /// slot (a full place lists who would fit when a slot opens), sorted by score then id.
  static func referenceCandidates(
    _ place: Place, _ people: [Participant], _ scorer: ReferenceScorer, k: Int, day: Day,
    horizonDays: Int? = nil
  ) -> [Scored] {
    var open = place
    open.freeSlots = max(1, open.freeSlots)
    var scored: [Scored] = []
    for person in people {
      if let fit = scorer.evaluate(person, open, on: day, horizonDays: horizonDays).fit {
        scored.append(Scored(id: person.id.rawValue, score: fit.scoreMillionths))
      }
    }
    return ordered(scored, k: k)
  }

  /// 10,000 random pairs of a generated region, scored by both scorers (2,500 in the fast
  /// subset, `PLEK_FAST_TESTS=1`: the whole suite in CI reads all 10,000).
  @Test func randomPairsAgree() throws {
    let data = EngineFixtures.generated(seed: 101, participants: 400, places: 600)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    var random = SplitMix64(seed: 5)
    var fits = 0
    var knockedOut = 0
    var withPoints = 0
    let pairs = FastSubset.isOn ? 2_500 : 10_000
    for _ in 0..<pairs {
      let person = data.people[random.below(data.people.count)]
      let place = data.places[random.below(data.places.count)]
      let expected = engine.reference.evaluate(person, place, on: EngineFixtures.day)
      // The compiled verdict on exactly this pair: a candidate list over a one-place filter is
      // not available, so ask the engine for the inline place with k large enough.
      let single = try MatchEngine(
        taxonomy: EngineFixtures.taxonomy, participants: [person], places: [place])
      let list = try single.shortlist(
        for: person.id, options: QueryOptions(k: 1, day: EngineFixtures.day))
      if let score = expected.score {
        fits += 1
        let match = try #require(
          list.matches.first, "compiled knocked out a fit: \(person.id) × \(place.id)")
        #expect(match.scoreMillionths == expected.fit!.scoreMillionths, "exact in millionths")
        #expect(match.score == score)
        #expect(match.assessmentPoints == expected.fit!.assessmentPoints.count)
        #expect(abs(match.travelMinutes - expected.travelMinutes) < 1e-9)
        if match.assessmentPoints > 0 { withPoints += 1 }
      } else {
        knockedOut += 1
        #expect(
          list.matches.isEmpty,
          "compiled fits a knock-out: \(person.id) × \(place.id) \(expected.knockOuts)")
      }
    }
    // The data must exercise both outcomes, or the test proves little.
    #expect(fits > pairs / 50)
    #expect(knockedOut > pairs / 5)
    #expect(withPoints > pairs / 500)
  }

  @Test func fullShortlistsAgreeWithTheReference() throws {
    let data = EngineFixtures.generated(seed: 202, participants: 150, places: 1500)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let k = 25
    var nonEmpty = 0
    // The policy's horizon, none, and a wide one planning ahead (rule 8 of issue 11).
    let horizons: [Int?] = [nil, 0, 180]
    for (index, person) in data.people.enumerated() {
      let horizon = horizons[index % horizons.count]
      let expected = Self.referenceShortlist(
        person, data.places, engine.reference, k: k, day: EngineFixtures.day,
        horizonDays: horizon)
      for useIndex in [true, false] {
        let actual = try engine.shortlist(
          for: person.id,
          options: QueryOptions(
            k: k, day: EngineFixtures.day, useIndex: useIndex, horizonDays: horizon))
        #expect(
          actual.matches.map(\.placeID.rawValue) == expected.map(\.id),
          "\(person.id) useIndex \(useIndex)")
        #expect(actual.matches.map(\.scoreMillionths) == expected.map(\.score))
      }
      if !expected.isEmpty { nonEmpty += 1 }
    }
    #expect(nonEmpty > 75, "most generated participants should have some fit")
  }

  @Test func fullCandidateListsAgreeWithTheReference() throws {
    let data = EngineFixtures.generated(seed: 303, participants: 1500, places: 120)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let k = 25
    var nonEmpty = 0
    var full = 0
    let horizons: [Int?] = [nil, 0, 180]
    for (index, place) in data.places.enumerated() {
      let horizon = horizons[index % horizons.count]
      // A full place lists who would fit when a slot opens: the reference evaluates it with
      // one free slot (rule 9 of issue 11).
      if place.freeSlots == 0 { full += 1 }
      let expected = Self.referenceCandidates(
        place, data.people, engine.reference, k: k, day: EngineFixtures.day, horizonDays: horizon)
      for useIndex in [true, false] {
        let actual = try engine.candidates(
          for: place.id,
          options: QueryOptions(
            k: k, day: EngineFixtures.day, useIndex: useIndex, horizonDays: horizon))
        #expect(
          actual.matches.map(\.participantID.rawValue) == expected.map(\.id),
          "\(place.id) useIndex \(useIndex)")
        #expect(actual.matches.map(\.scoreMillionths) == expected.map(\.score))
        #expect(actual.placeIsFull == (place.freeSlots == 0))
      }
      if !expected.isEmpty { nonEmpty += 1 }
    }
    #expect(nonEmpty > 40)
    #expect(full > 0, "the data must hold a full place")
  }

  /// With an SROI bonus (policy `sroiBonus`, Scoring.md): the fast lists, single and batch
  /// (whose block bounds take the bonus in), equal the reference's, and the bonus moves SROI
  /// places up (the data must hold them and the lists must change).
  @Test(arguments: FastSubset.cases([2.0, 10.0], fast: [10.0]))
  func anSROIBonusAgreesWithTheReference(bonus: Double) throws {
    var policy = Policy.default
    policy.sroiBonus = bonus
    let engine = try EngineFixtures.engine(
      seed: 404, participants: 120, places: 1500, policy: policy)
    let plain = try EngineFixtures.engine(seed: 404, participants: 120, places: 1500)
    let data = EngineFixtures.generated(seed: 404, participants: 120, places: 1500)
    let sroi = Set(data.places.filter(\.sroi).map(\.id))
    #expect(!sroi.isEmpty, "the generated places hold SROI places")
    let options = QueryOptions(k: 25, day: EngineFixtures.day)
    let batch = try engine.batchShortlists(options: options)
    var changed = 0
    var listedSROI = 0
    for (person, fromBatch) in zip(data.people, batch) {
      let expected = Self.referenceShortlist(
        person, data.places, engine.reference, k: 25, day: EngineFixtures.day)
      let actual = try engine.shortlist(for: person.id, options: options)
      #expect(actual.matches.map(\.placeID.rawValue) == expected.map(\.id), "\(person.id)")
      #expect(actual.matches.map(\.scoreMillionths) == expected.map(\.score))
      #expect(fromBatch.shortlist.matches == actual.matches, "batch \(person.id)")
      let before = try plain.shortlist(for: person.id, options: options)
      if before.matches != actual.matches { changed += 1 }
      listedSROI += actual.matches.filter { sroi.contains($0.placeID) }.count
    }
    #expect(changed > 10)
    #expect(listedSROI > 0)
  }
}
