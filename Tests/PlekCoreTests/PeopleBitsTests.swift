import PlekTestSupport
import Testing

@testable import PlekCore

/// The candidate list's bit columns (``PeopleBits``) against the per-pair checks they stand
/// for: a slot passes exactly when no load demand of the place exceeds the person's capacity
/// and the place's gate shares no bit with what the person blocks — after a load, and after
/// upserts and removals that reuse slots.
@Suite("Candidate pruning bits")
struct PeopleBitsTests {
  static func expectSurvivorsMatchTheChecks(_ engine: MatchEngine, _ when: String) {
    var pruned = 0
    var checked = 0
    for placeSlot in 0..<engine.places.capacity {
      let place = engine.places.hot[placeSlot]
      let survivors = engine.peopleBits.survivors(demand: place.knockOutDemand, gate: place.gate)
      for slot in 0..<engine.people.capacity where engine.people.alive[slot] {
        let person = engine.people.hot[slot]
        let passes =
          !any(place.knockOutDemand .> person.capacity) && place.gate & person.block == 0
        let bit = survivors.map { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 } ?? true
        #expect(bit == passes, "\(when): place slot \(placeSlot), person slot \(slot)")
        if !bit { pruned += 1 }
        checked += 1
      }
    }
    // The columns must prune something, or this proves little.
    #expect(pruned > checked / 10, "\(when): \(pruned) of \(checked) pruned")
  }

  @Test func theBitsAreTheChecks() throws {
    var engine = try EngineFixtures.engine(seed: 505, participants: 300, places: 120)
    Self.expectSurvivorsMatchTheChecks(engine, "after the load")
    // Remove some people, change others (new capacities and indications), add new ones:
    // slots are freed and reused.
    let data = EngineFixtures.generated(seed: 506, participants: 80, places: 0)
    let removed = Array(engine.participantIDs.prefix(40))
    try engine.remove(participants: removed)
    var changed = data.people.prefix(40).enumerated().map { index, person in
      var person = person
      person.id = engine.participantIDs[index]
      return person
    }
    changed += data.people.dropFirst(40).enumerated().map { index, person in
      var person = person
      person.id = ParticipantID("P-9\(10_000 + index)")!
      return person
    }
    try engine.upsert(participants: changed)
    Self.expectSurvivorsMatchTheChecks(engine, "after upserts and removals")
  }

  /// The bits of a whole load, built 4,096 slots a task on all cores, are the bits set one
  /// slot at a time: 9,050 slots make three tasks, the last one short and its last word part
  /// full.
  @Test func theBitsOfALoadAreTheBitsSetOneByOne() throws {
    let engine = try EngineFixtures.engine(seed: 507, participants: 9_050, places: 10)
    let hot = engine.people.hot
    var oneByOne = PeopleBits()
    for slot in hot.indices { oneByOne.set(slot: slot, hot[slot]) }
    // Compared as one Bool each: a failure would otherwise print some 14,000 words.
    let built = PeopleBits(count: hot.count) { hot[$0] }.words == oneByOne.words
    let engines = engine.peopleBits.words == oneByOne.words
    #expect(built, "built on all cores")
    #expect(engines, "the engine's")
  }
}
