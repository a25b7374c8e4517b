import PlekCore
import PlekTestSupport
import Testing

/// Development advice: the fast path against the plain reference, every step checked by
/// applying it and rescoring.
@Suite("Advice")
struct AdviceTests {
  static let day = EngineFixtures.day

  /// The fast advice is the reference advice, person by person, on a generated region.
  @Test func theFastAdviceIsTheReferenceAdvice() throws {
    let data = EngineFixtures.generated(seed: 41, participants: 60, places: 700)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let reference = ReferenceAdvice(policy: .default, places: data.places)
    var withSteps = 0
    var withNearest = 0
    // The stored people, and each of them made hard to place (a short walk, full-time,
    // Dutch at A0): people whom no single step helps.
    var people = data.people.map { ($0, true) }
    for person in data.people {
      var hard = person
      hard.wishes.transport = .walk
      hard.wishes.maxTravelMinutes = 5
      hard.wishes.hoursPerWeek = HoursRange(min: 40, max: 40)
      hard.dutchLevel = .a0
      people.append((hard, false))
    }
    for (person, stored) in people {
      let fast =
        stored
        ? try engine.advice(for: person.id, options: QueryOptions(day: Self.day))
        : try engine.advice(
          for: try #require(EngineFixtures.taxonomy.validate(person).validated),
          options: QueryOptions(day: Self.day))
      let plain = reference.advice(for: person, on: Self.day)
      #expect(fast == plain, "\(person.id) stored \(stored)")
      if !fast.steps.isEmpty { withSteps += 1 }
      if !fast.nearest.isEmpty { withNearest += 1 }
    }
    #expect(withSteps > 30, "the data must give steps")
    #expect(withNearest > 0, "the data must give a person whom no single step helps")
  }

  /// What taking `steps` does, rescored with the reference scorer over every place: steps
  /// that change places change the places that do not fit now (a job coach: every place).
  static func rescore(
    _ person: Participant, _ steps: [AdviceStep], places: [Place], before: [Int64?],
    horizon: Int, scorer: ReferenceScorer
  ) -> (opens: Int, closes: Int, bestOpened: PlaceScore?, bestAfter: PlaceScore?) {
    var changed = person
    var days = horizon
    var places = places
    for step in steps {
      switch step {
      case .travelMinutes(let extra): changed.wishes.maxTravelMinutes += extra
      case .transport(let mode): changed.wishes.transport = mode
      case .hoursMaximum(let hours): changed.wishes.hoursPerWeek.max = hours
      case .hoursMinimum(let hours): changed.wishes.hoursPerWeek.min = hours
      case .planAhead(let ahead): days = ahead
      case .competency(let id, let level):
        changed.competencies.removeAll { $0.id == id }
        changed.competencies.append(CompetencyEntry(id: id, level: level))
      case .dutch(let level): changed.dutchLevel = level
      case .loadAssessed(let dimension, let level): changed.loadCapacity[dimension] = level
      case .adaptation(let dimension):
        for index in places.indices where before[index] == nil {
          places[index].adaptable.insert(dimension)
        }
      case .wageCostSubsidy:
        for index in places.indices where before[index] == nil {
          places[index].acceptsWageSubsidy = true
        }
      case .jobCoach:
        for index in places.indices {
          places[index].support = max(places[index].support, person.supportNeed.minimumOffer)
        }
      }
    }
    func better(_ a: PlaceScore?, _ b: PlaceScore) -> PlaceScore {
      guard let a else { return b }
      return b.scoreMillionths > a.scoreMillionths
        || (b.scoreMillionths == a.scoreMillionths && b.placeID < a.placeID) ? b : a
    }
    var result: (opens: Int, closes: Int, bestOpened: PlaceScore?, bestAfter: PlaceScore?) =
      (0, 0, nil, nil)
    for (index, place) in places.enumerated() {
      if let after = scorer.evaluate(changed, place, on: day, horizonDays: days).fit {
        let score = PlaceScore(placeID: place.id, scoreMillionths: after.scoreMillionths)
        result.bestAfter = better(result.bestAfter, score)
        if before[index] == nil {
          result.opens += 1
          result.bestOpened = better(result.bestOpened, score)
        }
      } else if before[index] != nil {
        result.closes += 1
      }
    }
    return result
  }

  /// Every step and pair of steps reported, taken and rescored with the reference scorer
  /// over every place: what it opens, the best of that, the best fit after it and what it
  /// closes are as said.
  @Test func everyStepDoesWhatItSays() throws {
    let data = EngineFixtures.generated(seed: 42, participants: 40, places: 600)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let scorer = engine.reference
    var checked: Set<String> = []
    var pairs = 0
    var hard = data.people
    for index in hard.indices {
      hard[index].wishes.transport = .walk
      hard[index].wishes.maxTravelMinutes = 5
      hard[index].dutchLevel = .a0
    }
    for person in data.people + hard {
      let advice = try engine.advice(
        for: try #require(EngineFixtures.taxonomy.validate(person).validated),
        options: QueryOptions(day: Self.day))
      let horizon = advice.horizonDays
      let before = data.places.map {
        scorer.evaluate(person, $0, on: Self.day, horizonDays: horizon).fit?.scoreMillionths
      }
      for effect in advice.steps {
        let after = Self.rescore(
          person, [effect.step], places: data.places, before: before, horizon: horizon,
          scorer: scorer)
        #expect(effect.opens == after.opens, "\(person.id) \(effect.step)")
        #expect(effect.bestOpened == after.bestOpened, "\(person.id) \(effect.step)")
        #expect(effect.closes == after.closes, "\(person.id) \(effect.step)")
        #expect(effect.bestAfter == after.bestAfter, "\(person.id) \(effect.step)")
        checked.insert(effect.step.code)
      }
      for combination in advice.combinations {
        let after = Self.rescore(
          person, combination.steps, places: data.places, before: before, horizon: horizon,
          scorer: scorer)
        #expect(combination.opens == after.opens, "\(person.id) \(combination.steps)")
        #expect(combination.bestOpened == after.bestOpened, "\(person.id) \(combination.steps)")
        pairs += 1
      }
    }
    #expect(checked.count == AdviceStep.codes.count, "steps of every kind: \(checked.sorted())")
    #expect(pairs > 0, "the data must give pairs of steps")
  }
}
