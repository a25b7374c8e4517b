import PlekCore
import PlekTestSupport
import Testing

/// The places nearest to fitting, for a person no single step helps, come by what is missing
/// and then by travel (issue 24 §2: they were listed in id order, 114, 89, 115, 108, 117
/// minutes away).
@Suite("Nearest places")
struct NearestPlacesTests {
  @Test func fewestKnockOutsThenLeastTravel() throws {
    let engine = TestData.sampleEngine
    let scorer = ReferenceScorer(policy: engine.policy)
    let places = Dictionary(
      uniqueKeysWithValues: engine.placeIDs.map { ($0, engine.validatedPlace($0)!.value) })
    var listed = 0
    var tied = 0
    for id in engine.participantIDs {
      let advice = try engine.advice(for: id, options: QueryOptions(day: TestData.day))
      guard advice.nearest.count > 1 else { continue }
      let person = engine.validatedParticipant(id)!.value
      let keys = advice.nearest.map { nearest in
        (
          nearest.knockOuts.count,
          scorer.evaluate(person, places[nearest.placeID]!, on: TestData.day).travelMinutes
        )
      }
      listed += 1
      for (a, b) in zip(keys, keys.dropFirst()) {
        #expect(a.0 < b.0 || (a.0 == b.0 && a.1 <= b.1), "\(id): \(keys)")
        if a.0 == b.0 { tied += 1 }
      }
    }
    #expect(listed > 0 && tied > 0, "the sample has people with nearest places of equal knock-outs")
  }
}
