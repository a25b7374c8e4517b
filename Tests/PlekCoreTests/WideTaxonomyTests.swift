import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// A national taxonomy of 64 sectors: the compiled scorer folds them into 16 classes for its
/// byte phase, index and bound, and decides on the exact sets. Every test here runs on data
/// where the folding matters: each regional sector is split into four sectors *of the same
/// class* (``SectorSplit``), so that a person who excluded one of them meets places in its
/// three siblings, which the folded checks cannot tell apart.
@Suite("A taxonomy of 64 sectors")
struct WideTaxonomyTests {
  /// Each regional sector split into four of the same class (``SectorSplit``).
  static let split = SectorSplit(EngineFixtures.taxonomy, parts: 4)!
  static var taxonomy: Taxonomy { split.taxonomy }

  /// Generated regional data with every sector moved to a random one of its four parts.
  static func data(seed: UInt64, participants: Int, places: Int) -> (
    people: [Participant], places: [Place]
  ) {
    let regional = EngineFixtures.generated(seed: seed, participants: participants, places: places)
    var random = SplitMix64(seed: seed ^ 0x5EC7)
    let places = regional.places.map { split.place($0, random: &random) }
    let people = regional.people.map { split.participant($0, random: &random) }
    return (people, places)
  }

  @Test func sixtyFourSectorsAreAcceptedAndSixtyFiveAreNot() throws {
    #expect(Taxonomy.maximumSectors == 64)
    #expect(Self.taxonomy.problems.isEmpty)
    var sectors = Self.taxonomy.sectors
    sectors.append(Sector(id: "one-too-many", name: LocalizedText(english: "x", dutch: "x")))
    let tooWide = Taxonomy(
      sectors: sectors, competencies: Self.taxonomy.competencies,
      loadDimensions: Self.taxonomy.loadDimensions, region: Self.taxonomy.region)
    #expect(tooWide.problems.map(\.path).contains("sectors"))
    // A split beyond 64 sectors is refused, not made.
    #expect(SectorSplit(EngineFixtures.taxonomy, parts: 5) == nil)
    #expect(SectorSplit(tooWide, parts: 1) == nil)
  }

  /// Every shortlist, with the index and without, with and without a sector filter, equals
  /// the reference's; and the data holds the pairs only the exact sets decide.
  @Test func shortlistsAgreeWithTheReference() throws {
    let data = Self.data(seed: 606, participants: 150, places: 1500)
    let engine = try MatchEngine(
      taxonomy: Self.taxonomy, participants: data.people, places: data.places)
    let k = 25
    var random = SplitMix64(seed: 7)
    var nonEmpty = 0
    for person in data.people {
      // A filter of two sectors of one class and one of another: the folded filter passes
      // the class's other two sectors, the exact one must not.
      let base = random.below(14)
      let filter: Set<SectorID> = [
        Self.taxonomy.sectors[base].id, Self.taxonomy.sectors[base + 32].id,
        Self.taxonomy.sectors[(base + 5) % 14 + 16].id,
      ]
      for sectors in [Set<SectorID>(), filter] {
        let places = data.places.filter { sectors.isEmpty || !sectors.isDisjoint(with: $0.sectors) }
        let expected = DifferentialTests.referenceShortlist(
          person, places, engine.reference, k: k, day: EngineFixtures.day)
        for useIndex in [true, false] {
          let actual = try engine.shortlist(
            for: person.id, filter: PlaceFilter(sectors: sectors),
            options: QueryOptions(k: k, day: EngineFixtures.day, useIndex: useIndex))
          #expect(
            actual.matches.map(\.placeID.rawValue) == expected.map(\.id),
            "\(person.id) filter \(sectors.sorted { $0.rawValue < $1.rawValue }) index \(useIndex)")
          #expect(actual.matches.map(\.scoreMillionths) == expected.map(\.score))
        }
        if !expected.isEmpty && sectors.isEmpty { nonEmpty += 1 }
      }
    }
    #expect(nonEmpty > 75, "most generated participants should have some fit")

    // The data must hold what the folding cannot see: fits whose main sector shares its class
    // with a sector the person excluded, and knock-outs on the main sector the classes do
    // not prove.
    var siblingFits = 0
    var exactKnockOuts = 0
    for person in data.people.prefix(60) {
      let excluded = person.wishes.sectors.filter { $0.wish == .excluded }.compactMap {
        Self.taxonomy.index(of: $0.sector)
      }
      for place in data.places {
        let main = Self.taxonomy.index(of: place.sectors[0])!
        let sibling = excluded.contains { $0 != main && $0 % 16 == main % 16 }
        let verdict = engine.reference.evaluate(person, place, on: EngineFixtures.day)
        if sibling && verdict.fit != nil { siblingFits += 1 }
        if excluded.contains(main) && verdict.knockOuts.count == 1 { exactKnockOuts += 1 }
      }
    }
    #expect(siblingFits > 20)
    #expect(exactKnockOuts > 20)
  }

  @Test func candidateListsAgreeWithTheReference() throws {
    let data = Self.data(seed: 707, participants: 1500, places: 120)
    let engine = try MatchEngine(
      taxonomy: Self.taxonomy, participants: data.people, places: data.places)
    let k = 25
    var nonEmpty = 0
    for place in data.places {
      let expected = DifferentialTests.referenceCandidates(
        place, data.people, engine.reference, k: k, day: EngineFixtures.day)
      for useIndex in [true, false] {
        let actual = try engine.candidates(
          for: place.id, options: QueryOptions(k: k, day: EngineFixtures.day, useIndex: useIndex))
        #expect(
          actual.matches.map(\.participantID.rawValue) == expected.map(\.id),
          "\(place.id) index \(useIndex)")
        #expect(actual.matches.map(\.scoreMillionths) == expected.map(\.score))
      }
      if !expected.isEmpty { nonEmpty += 1 }
    }
    #expect(nonEmpty > 40)
  }

  @Test func adviceIsTheReferenceAdvice() throws {
    let data = Self.data(seed: 808, participants: 60, places: 700)
    let engine = try MatchEngine(
      taxonomy: Self.taxonomy, participants: data.people, places: data.places)
    let reference = ReferenceAdvice(policy: .default, places: data.places)
    var withSteps = 0
    for person in data.people {
      let fast = try engine.advice(for: person.id, options: QueryOptions(day: EngineFixtures.day))
      #expect(fast == reference.advice(for: person, on: EngineFixtures.day), "\(person.id)")
      if !fast.steps.isEmpty { withSteps += 1 }
    }
    #expect(withSteps > 20)
  }
}
