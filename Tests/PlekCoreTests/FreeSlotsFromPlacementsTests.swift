import PlekCore
import PlekTestSupport
import Testing

/// Issue 26, *Matching that knows the history*: a place that gives a `capacity` has its
/// free slots from the placements at it (Scoring.md, rule 6 and *Free slots from
/// placements*). Built on the sample: P-000002's best place made a one-person place, then
/// filled by P-000003 and freed again.
@Suite("Free slots from placements")
struct FreeSlotsFromPlacementsTests {
  static let day = TestData.day
  static let person: ParticipantID = "P-000002"
  static let other: ParticipantID = "P-000003"

  /// The sample with P-000002's first place given one slot more than the sample's
  /// placements there hold for good (so one free slot), and that place.
  static func oneSlotEngine() throws -> (MatchEngine, PlaceID) {
    var engine = TestData.sampleEngine
    let list = try engine.shortlist(for: person, options: QueryOptions(day: day))
    let placeID = try #require(list.matches.first).placeID
    var place = try #require(engine.place(placeID))
    let held = engine.placements.placements(at: placeID).count { $0.end == nil }
    (place.capacity, place.freeSlots) = (held + 1, 0)
    try engine.upsert(places: [place])
    return (engine, placeID)
  }

  static func placement(at place: PlaceID, end: Day? = nil) -> Validated<Placement> {
    TestData.taxonomy.validate(placement(place, end)).validated!
  }

  static func placement(_ place: PlaceID, _ end: Day?) -> Placement {
    Placement(
      id: "PM-SLOT-1", participant: other, place: place, start: Day(iso: "2026-01-05")!,
      end: end, endReason: end == nil ? nil : .contractEnded, form: .employment,
      hoursPerWeek: 24)
  }

  /// The fast answer and the reference agree on the stored record, whatever its slots.
  static func expectSameAsReference(
    _ engine: MatchEngine, _ place: PlaceID, horizonDays: Int? = nil
  ) throws {
    let record = try #require(engine.place(place))
    let person = try #require(engine.participant(person))
    let reference = ReferenceScorer(policy: engine.policy).evaluate(
      person, record, on: day, horizonDays: horizonDays)
    let list = try engine.shortlist(
      for: Self.person, options: QueryOptions(k: 1000, day: day, horizonDays: horizonDays))
    let listed = list.matches.first { $0.placeID == place }
    #expect((listed != nil) == reference.knockOuts.isEmpty)
    if let listed, let fit = reference.fit {
      #expect(listed.scoreMillionths == fit.scoreMillionths)
    }
  }

  /// Capacity wins over the record's freeSlots: with no placements, every slot is free.
  @Test func capacityWinsOverFreeSlots() throws {
    let (engine, place) = try Self.oneSlotEngine()
    #expect(engine.place(place)?.freeSlots == 1)
    #expect(engine.freeSlots(at: place, on: Self.day) == 1)
    let list = try engine.shortlist(for: Self.person, options: QueryOptions(day: Self.day))
    #expect(list.matches.first?.placeID == place)
    try Self.expectSameAsReference(engine, place)
  }

  /// Filled by a running placement without an end: no free slot, for good (rule 6).
  @Test func aRunningPlacementFillsTheSlot() throws {
    var (engine, place) = try Self.oneSlotEngine()
    try engine.upsert(placements: [Self.placement(at: place)])
    #expect(engine.place(place)?.freeSlots == 0)
    #expect(engine.freeSlots(at: place, on: Self.day) == 0)
    let explanation = try engine.explain(participant: Self.person, place: place, on: Self.day)
    #expect(explanation.knockOuts.contains(.noFreeSlot))
    let list = try engine.shortlist(for: Self.person, options: QueryOptions(k: 1000, day: Self.day))
    #expect(!list.matches.contains { $0.placeID == place })
    let candidates = try engine.candidates(
      for: place, options: QueryOptions(k: 1000, day: Self.day))
    #expect(candidates.placeIsFull)
    #expect(candidates.matches.contains { $0.participantID == Self.person })
    try Self.expectSameAsReference(engine, place)
  }

  /// Ended 30 days on: the slot comes back the day after, an opening day like any other
  /// (listed with its date within the planning horizon, knocked out beyond it).
  @Test func aSlotComesBackTheDayAfterThePlacementEnds() throws {
    var (engine, place) = try Self.oneSlotEngine()
    try engine.upsert(placements: [Self.placement(at: place)])
    let end = Self.day.adding(days: 30)
    try engine.end(placement: "PM-SLOT-1", on: end, reason: .contractEnded)
    #expect(engine.place(place)?.slotFreeFrom == end.adding(days: 1))
    #expect(engine.freeSlots(at: place, on: end) == 0)
    #expect(engine.freeSlots(at: place, on: end.adding(days: 1)) == 1)
    let near = try engine.explain(
      participant: Self.person, place: place, on: Self.day, horizonDays: 0)
    #expect(
      near.knockOuts == [.notYetOpen(openFrom: end.adding(days: 1), horizon: Self.day)])
    let ahead = try engine.shortlist(
      for: Self.person, options: QueryOptions(k: 1000, day: Self.day, horizonDays: 60))
    let listed = try #require(ahead.matches.first { $0.placeID == place })
    #expect(listed.opensOn == end.adding(days: 1))
    try Self.expectSameAsReference(engine, place, horizonDays: 0)
    try Self.expectSameAsReference(engine, place, horizonDays: 60)
    // The candidate list of the full place still shows who fits when the slot opens.
    let candidates = try engine.candidates(
      for: place, options: QueryOptions(day: Self.day, horizonDays: 0))
    #expect(candidates.placeIsFull)
  }

  /// Ended before the day, or the placement removed: the place is back where it was.
  @Test func anEndedOrRemovedPlacementGivesTheSlotBack() throws {
    var (engine, place) = try Self.oneSlotEngine()
    let before = try engine.shortlist(for: Self.person, options: QueryOptions(day: Self.day))
    try engine.upsert(placements: [Self.placement(at: place, end: Self.day.adding(days: -1))])
    #expect(engine.freeSlots(at: place, on: Self.day) == 1)
    let after = try engine.shortlist(for: Self.person, options: QueryOptions(day: Self.day))
    #expect(after.matches == before.matches)
    try engine.upsert(placements: [Self.placement(at: place)])
    #expect(engine.place(place)?.freeSlots == 0)
    try engine.remove(placements: ["PM-SLOT-1"])
    #expect(engine.place(place)?.freeSlots == 1)
    #expect(
      try engine.shortlist(for: Self.person, options: QueryOptions(day: Self.day)).matches
        == before.matches)
  }

  /// A place without a capacity keeps the freeSlots it gives, placements or not.
  @Test func freeSlotsAsGivenWithoutACapacity() throws {
    var engine = TestData.sampleEngine
    let list = try engine.shortlist(for: Self.person, options: QueryOptions(day: Self.day))
    let place = try #require(list.matches.first).placeID
    let given = try #require(engine.place(place)).freeSlots
    try engine.upsert(placements: [Self.placement(at: place)])
    #expect(engine.place(place)?.freeSlots == given)
    #expect(engine.freeSlots(at: place, on: Self.day) == given)
  }
}
