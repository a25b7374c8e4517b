import PlekCore
import PlekTestSupport
import Testing

/// Where to learn a competency (issue 24 §2: "where to learn it" was empty for most
/// competency steps, P-000043's among them, although learning-work places in reach teach
/// them): besides the learning-work places that fit now, those in reach that teach it in
/// time but do not fit yet, with what keeps the person out.
@Suite("Where to learn it")
struct WhereToLearnTests {
  @Test func learningPlacesInReachAreNamedWithWhatKeepsThePersonOut() throws {
    let engine = TestData.sampleEngine
    let scorer = ReferenceScorer(policy: engine.policy)
    let places = Dictionary(
      uniqueKeysWithValues: engine.placeIDs.map { ($0, engine.validatedPlace($0)!.value) })
    var named = 0
    for id in engine.participantIDs.prefix(60) {
      let person = engine.validatedParticipant(id)!.value
      let advice = try engine.advice(for: id, options: QueryOptions(day: TestData.day))
      for effect in advice.steps {
        guard case .competency(let competency, let level) = effect.step else {
          #expect(effect.learnNearby.isEmpty)
          continue
        }
        var previous: (Int, Double)?
        for nearby in effect.learnNearby {
          named += 1
          let place = try #require(places[nearby.placeID])
          let explanation = scorer.evaluate(person, place, on: TestData.day)
          #expect(explanation.fit == nil, "\(id) \(nearby.placeID): does not fit now")
          #expect(explanation.knockOuts == nearby.knockOuts)
          #expect(
            (place.learningOffer?.teaches.level(of: competency) ?? CompetencyLevel(1)!) >= level
              && place.learningOffer != nil)
          #expect(explanation.travelMinutes <= Double(person.wishes.maxTravelMinutes))
          let key = (nearby.knockOuts.count, explanation.travelMinutes)
          if let previous { #expect(previous <= key, "\(id): fewest knock-outs, then nearest") }
          previous = key
        }
      }
    }
    #expect(named > 10, "the sample has learning-work places in reach that do not fit yet")
    // P-000043 fits nothing; a competency step of theirs now says where it is taught.
    let advice = try engine.advice(for: "P-000043", options: QueryOptions(day: TestData.day))
    #expect(
      advice.steps.contains {
        if case .competency = $0.step { !$0.learnNearby.isEmpty } else { false }
      })
  }
}
