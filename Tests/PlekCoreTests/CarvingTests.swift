import PlekCore
import PlekTestSupport
import Testing

@Suite("Carving")
struct CarvingTests {
  static let day = EngineFixtures.day

  /// The fast carving is the reference carving, and every change, made and rescored over
  /// every person, opens whom it says.
  @Test func everyChangeOpensWhomItSays() throws {
    let data = EngineFixtures.generated(seed: 43, participants: 500, places: 80)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let reference = ReferenceCarving(policy: .default, people: data.people)
    var kinds: Set<String> = []
    var pairs = 0
    for place in data.places {
      let fast = try engine.carve(for: place.id, options: QueryOptions(day: Self.day))
      #expect(fast == reference.carving(of: place, on: Self.day), "\(place.id)")
      var open = place
      open.freeSlots = max(1, open.freeSlots)
      let before = data.people.map {
        engine.reference.evaluate($0, open, on: Self.day).fit != nil
      }
      #expect(fast.fits == before.count { $0 })
      for effect in fast.changes {
        // A pair is made together: both changes.
        var changed = effect.change.applied(to: open, on: Self.day)
        if let together = effect.together {
          changed = together.applied(to: changed, on: Self.day)
          pairs += 1
        }
        var opened: [ParticipantScore] = []
        for (index, person) in data.people.enumerated() where !before[index] {
          if let fit = engine.reference.evaluate(person, changed, on: Self.day).fit {
            opened.append(
              ParticipantScore(participantID: person.id, scoreMillionths: fit.scoreMillionths))
          }
        }
        opened.sort {
          $0.scoreMillionths != $1.scoreMillionths
            ? $0.scoreMillionths > $1.scoreMillionths : $0.participantID < $1.participantID
        }
        #expect(effect.opens == opened.count, "\(place.id) \(effect.change)")
        #expect(effect.best == Array(opened.prefix(Carving.listed)), "\(place.id) \(effect.change)")
        kinds.insert(effect.change.code)
      }
    }
    #expect(kinds.count >= 7, "changes of many kinds: \(kinds.sorted())")
    #expect(pairs > 0, "places no single change opens, with pairs that do")
  }
}
