import PlekTestSupport
import Testing

@testable import PlekCore

/// Development advice: the fast path against the plain reference, every step checked by
/// applying it and rescoring.
@Suite("Advice")
struct AdviceTests {
  static let day = EngineFixtures.day

  /// The default policy, and one whose SOB provides no job coaches (too little support then
  /// knocks out, and no step removes it).
  static let policies: [Policy] = {
    var noCoaches = Policy.default
    noCoaches.jobCoaches.provided = false
    return [.default, noCoaches]
  }()

  /// The fast advice is the reference advice, person by person, on a generated region.
  @Test(arguments: policies)
  func theFastAdviceIsTheReferenceAdvice(policy: Policy) throws {
    let data = EngineFixtures.generated(seed: 41, participants: 60, places: 700)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy, participants: data.people,
      places: data.places)
    let reference = ReferenceAdvice(policy: policy, places: data.places)
    var withSteps = 0
    var withNearest = 0
    var withPairs = 0
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
      if !fast.combinations.isEmpty { withPairs += 1 }
    }
    #expect(withSteps > 30, "the data must give steps")
    #expect(withPairs > 0, "the data must give a person whom a pair of steps helps")
    #expect(withNearest > 0, "the data must give a person whom no single step helps")
  }

  /// What taking `steps` does, rescored with the reference scorer over every place: steps
  /// that change places change the places that do not fit now (a job coach: every place).
  static func rescore(
    _ person: Participant, _ steps: [AdviceStep], places: [Place], before: [Int64?],
    horizon: Int, scorer: ReferenceScorer
  ) -> (opens: Int, closes: Int, bestOpened: PlaceScore?, bestAfter: PlaceScore?, opened: [PlaceID])
  {
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
      case .loadAssessment(let levels):
        for dimension in LoadDimension.allCases {
          if let level = levels[dimension] { changed.loadCapacity[dimension] = level }
        }
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
    var result:
      (opens: Int, closes: Int, bestOpened: PlaceScore?, bestAfter: PlaceScore?, opened: [PlaceID]) =
        (0, 0, nil, nil, [])
    for (index, place) in places.enumerated() {
      if let after = scorer.evaluate(changed, place, on: day, horizonDays: days).fit {
        let score = PlaceScore(placeID: place.id, scoreMillionths: after.scoreMillionths)
        result.bestAfter = better(result.bestAfter, score)
        if before[index] == nil {
          result.opens += 1
          result.opened.append(place.id)
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
        // Each rung of its ladder opens what it says too.
        for rung in effect.ladder where rung.step != effect.step {
          let opened = Self.rescore(
            person, [rung.step], places: data.places, before: before, horizon: horizon,
            scorer: scorer
          ).opens
          #expect(rung.opens == opened, "\(person.id) \(rung.step)")
        }
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

@Suite("Region advice")
struct RegionAdviceTests {
  static let day = EngineFixtures.day

  /// The kind of the one step that would let `person` into `place`, read from the reference
  /// scorer's knock-outs by what each knock-out declares it needs (Advice.md); `nil` when it
  /// takes no step or more than one.
  static func oneStepAway(_ person: Participant, _ place: Place, scorer: ReferenceScorer)
    -> Blocker?
  {
    let knockOuts = scorer.evaluate(person, place, on: day).knockOuts
    let needs = knockOuts.compactMap {
      $0.adviceNeed(person: person, place: place, day: day, policy: scorer.policy)
    }
    guard !needs.isEmpty, needs.count == knockOuts.count,
      Set(needs.map(\.family)).count == 1
    else { return nil }
    return needs[0].family.step(meeting: needs).blocker
  }

  /// The region's table is the sum of its people's reference advice, and the places nobody
  /// fits are those the reference scorer fits nobody to, each with its reference carving;
  /// the same on one thread and on three.
  @Test(
    arguments: FastSubset.cases(
      [Cohort(), Cohort(targetGroups: [.participatiewetDirect, .wsw])],
      fast: [Cohort(targetGroups: [.participatiewetDirect, .wsw])]))
  func theRegionIsTheSumOfItsPeople(cohort: Cohort) throws {
    let data = EngineFixtures.generated(seed: 44, participants: 120, places: 300)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    let region = try engine.regionAdvice(cohort: cohort, options: QueryOptions(day: Self.day))
    #expect(
      try engine.regionAdvice(cohort: cohort, options: QueryOptions(day: Self.day, threads: 3))
        == region)

    let members = data.people.filter(cohort.contains)
    let reference = ReferenceAdvice(policy: .default, places: data.places)
    var people: [AdviceStep: Int] = [:]
    var opened: [AdviceStep: Set<PlaceID>] = [:]
    var withFit = 0
    var stuck = 0
    for person in members {
      let advice = reference.advice(for: person, on: Self.day, everyStep: true)
      if advice.fits > 0 { withFit += 1 }
      let opening = advice.steps.filter { $0.opens > 0 }
      if advice.fits == 0 && opening.isEmpty { stuck += 1 }
      for effect in opening {
        // The reference's rungs name the places they open (by the index of the place).
        for rung in effect.ladder {
          people[rung.step, default: 0] += 1
          opened[rung.step, default: []].formUnion(rung.opened.map { data.places[$0].id })
        }
      }
    }
    #expect(region.people == members.count)
    #expect(region.withFit == withFit)
    #expect(region.withoutFitOrStep == stuck)
    // Every step the reference finds is listed with its people and places, or is a rung
    // that adds nothing to a listed lower rung of its ladder (the same people and places).
    let listed = Dictionary(uniqueKeysWithValues: region.steps.map { ($0.step, $0) })
    #expect(Set(listed.keys).isSubset(of: people.keys))
    var repeated = 0
    for (step, count) in people {
      if let entry = listed[step] {
        #expect(entry.people == count && entry.placesOpened == opened[step]!.count, "\(step)")
        continue
      }
      repeated += 1
      let lower = region.steps.filter {
        $0.step.rank == step.rank && $0.step.value.name == step.value.name
          && $0.people == count && $0.placesOpened == opened[step]!.count
      }
      #expect(!lower.isEmpty, "\(step) is left out but no lower rung opens as much")
    }
    #expect(repeated > 0, "the data has rungs that open nothing more")
    for (earlier, later) in zip(region.steps, region.steps.dropFirst()) {
      #expect(earlier.people >= later.people)
    }
    // Independently of how advice is built: a row's people are those for whom taking its
    // step, rescored over every place, opens a place; its places opened are the distinct
    // places it opens for any of them (the first rows, and every travel rung).
    let scorerForRows = ReferenceScorer(policy: .default)
    let horizon = Policy.default.planningHorizonDays
    let befores = members.map { person in
      data.places.map {
        scorerForRows.evaluate(person, $0, on: Self.day, horizonDays: horizon).fit?
          .scoreMillionths
      }
    }
    let rows =
      Array(region.steps.prefix(4))
      + region.steps.dropFirst(4).filter {
        if case .travelMinutes = $0.step { true } else { false }
      }.prefix(4)
    #expect(rows.count >= 5)
    for row in rows {
      var rowPeople = 0
      var rowWithoutFit = 0
      var rowOpened: Set<PlaceID> = []
      for (person, before) in zip(members, befores) {
        let opened = AdviceTests.rescore(
          person, [row.step], places: data.places, before: before, horizon: horizon,
          scorer: scorerForRows
        ).opened
        guard !opened.isEmpty else { continue }
        rowPeople += 1
        rowOpened.formUnion(opened)
        if !before.contains(where: { $0 != nil }) { rowWithoutFit += 1 }
      }
      #expect(row.people == rowPeople, "\(row.step)")
      #expect(row.placesOpened == rowOpened.count, "\(row.step)")
      #expect(row.withoutFit == rowWithoutFit, "\(row.step)")
    }

    let scorer = ReferenceScorer(policy: .default)
    let nobody = data.places.filter { place in
      !members.contains { scorer.evaluate($0, place, on: Self.day).fit != nil }
    }.sorted { $0.id < $1.id }
    #expect(region.placesNobodyFits.map(\.placeID) == nobody.map(\.id))
    for (blockers, place) in zip(region.placesNobodyFits, nobody) {
      var counts: [Blocker: Int] = [:]
      for person in members {
        if let blocker = Self.oneStepAway(person, place, scorer: scorer) {
          counts[blocker, default: 0] += 1
        }
      }
      #expect(
        Dictionary(uniqueKeysWithValues: blockers.blockers.map { ($0.blocker, $0.people) })
          == counts, "\(place.id)")
    }
    #expect(!region.steps.isEmpty && !nobody.isEmpty, "the data must give both")
  }
}

/// Advice and carving as an officer meets them (issue 12), on the records of
/// ``GoldenScenarioTests``: a directly placeable person in Maastricht who cycles up to 30
/// minutes, and a regular order-picker job about 1.2 km away.
@Suite("Golden scenarios: advice and carving")
struct AdviceScenarioTests {
  typealias Golden = GoldenScenarioTests
  static let day = Golden.day

  static func engine(_ people: [Participant], _ places: [Place]) throws -> MatchEngine {
    try MatchEngine(taxonomy: EngineFixtures.taxonomy, participants: people, places: places)
  }

  /// Three warehouses 7, 9 and 12 km away (about 36, 47 and 62 minutes by bike) and nothing
  /// else blocking: travel alone (002: "bezien welk vervolg nodig is"). The travel ladder
  /// opens nothing at +5, the first at +10 and the second at +20; the third is beyond the 30 extra
  /// minutes advice goes to. Public transport (28, 33 and 41 minutes) reaches the first.
  /// Advice.md's worked example: its numbers are these.
  @Test func aPersonBlockedOnlyByTravel() throws {
    let east = { (id: PlaceID, longitude: Double) in
      Golden.warehouse {
        $0.id = id
        $0.location = GeoPoint(latitude: 50.8514, longitude: longitude)
      }
    }
    let places = [east("PL-A", 5.789), east("PL-B", 5.818), east("PL-C", 5.860)]
    let engine = try Self.engine([Golden.person()], places)
    let advice = try engine.advice(for: "P-G1", options: QueryOptions(day: Self.day))
    #expect(advice.fits == 0)
    let travel = try #require(advice.steps.first { $0.step.code == "travel-minutes" })
    #expect(travel.step == .travelMinutes(extraMinutes: 20))
    #expect(travel.ladder.map(\.step) == [5, 10, 15, 20].map { .travelMinutes(extraMinutes: $0) })
    #expect(travel.ladder.map(\.opens) == [0, 1, 1, 2])
    #expect(travel.opens == 2)
    #expect(travel.bestOpened == PlaceScore(placeID: "PL-A", scoreMillionths: 84_037_577))
    let transport = try #require(advice.steps.first { $0.step == .transport(.publicTransport) })
    #expect(transport.opens == 1 && transport.closes == 0)
    #expect(transport.bestOpened == PlaceScore(placeID: "PL-A", scoreMillionths: 82_253_536))
    #expect(advice.steps.count == 2 && advice.combinations.isEmpty && advice.nearest.isEmpty)
    let minutes = places.map {
      Policy.default.travel.minutes(from: Golden.person().location, to: $0.location, mode: .bike)
    }
    #expect(minutes.map { ($0 * 100).rounded() / 100 } == [35.77, 46.36, 61.69])
    #expect(advice.steps.first == travel, "the step that opens the most comes first")
    #expect(advice.steps.allSatisfy { $0.opens < 3 }, "no single step reaches PL-C")
  }

  /// A person without forklift driving and a forklift job that does not teach it; nearby,
  /// a learning-work place that fits and teaches forklift driving to level 2 within its
  /// 12-month route at a steady pace. The step says what to learn and where.
  @Test func aPersonBlockedByACompetencyTaughtNearby() throws {
    let job = Golden.warehouse {
      $0.id = "PL-A-JOB"
      $0.requiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .independent)]
    }
    let route = PlacementPolicyScenarioTests.forkliftRoute()
    let engine = try Self.engine([Golden.person()], [job, route])
    let advice = try engine.advice(for: "P-G1", options: QueryOptions(day: Self.day))
    let step = try #require(advice.steps.first)
    #expect(step.step == .competency("forklift-driving", level: .independent))
    #expect(step.opens == 1)
    #expect(step.bestOpened?.placeID == job.id)
    #expect(step.learnAt == [route.id])
  }

  /// Nothing of the person's load capacity was assessed: every place fits with points to
  /// judge, and one full load-capacity (FML) assessment is what raises the best fit (issue 24
  /// §2: not ten near-identical "have X assessed" lines, each assuming the best result).
  @Test func aPersonWithNothingAssessed() throws {
    let person = Golden.person { $0.loadCapacity = LoadProfile.unknown }
    let engine = try Self.engine([person], [Golden.warehouse()])
    let advice = try engine.advice(for: "P-G1", options: QueryOptions(day: Self.day))
    #expect(advice.fits == 1)
    #expect(!advice.steps.contains { $0.step.code == "load-assessed" })
    let full = try #require(advice.steps.first { $0.step.code == "load-assessment" })
    guard case .loadAssessment(let levels) = full.step else { return }
    // Every dimension the warehouse demands (all 16), at its demand: lifting, walking and
    // standing at 3, the rest at 1.
    #expect(LoadDimension.allCases.allSatisfy { levels[$0] != nil })
    #expect(levels[.lifting] == LoadLevel(3) && levels[.concentration] == LoadLevel(1))
    #expect(full.opens == 0)
    // Assessed as demanded, the 16 points go and the headroom is known: the best fit rises.
    #expect((full.bestAfter?.scoreMillionths ?? 0) > advice.best!.scoreMillionths)
    // Rescored independently: the person with those levels.
    var assessed = person
    for dimension in LoadDimension.allCases { assessed.loadCapacity[dimension] = levels[dimension] }
    let after = try #require(
      engine.reference.evaluate(assessed, Golden.warehouse(), on: Self.day).fit)
    #expect(full.bestAfter?.scoreMillionths == after.scoreMillionths)
  }

  /// Two dimensions never assessed: a step for each, as before (the full assessment is from
  /// three).
  @Test func aPersonWithTwoDimensionsNotAssessed() throws {
    let person = Golden.person {
      $0.loadCapacity[.lifting] = nil
      $0.loadCapacity[.walking] = nil
    }
    let engine = try Self.engine([person], [Golden.warehouse()])
    let advice = try engine.advice(for: "P-G1", options: QueryOptions(day: Self.day))
    #expect(
      Set(advice.steps.map(\.step)).isSuperset(of: [
        .loadAssessed(.lifting, level: LoadLevel(3)!),
        .loadAssessed(.walking, level: LoadLevel(3)!),
      ]))
    #expect(!advice.steps.contains { $0.step.code == "load-assessment" })
  }

  /// A warehouse whose lifting demand (3) blocks most candidates: people who fit but for
  /// lifting at 2. Carving says so first, and lowering lifting to 2 opens them.
  @Test func aPlaceWhoseLiftingDemandBlocksMost() throws {
    var people: [Participant] = []
    for index in 1...6 {
      people.append(
        Golden.person {
          $0.id = ParticipantID("P-L\(index)")!
          $0.loadCapacity[.lifting] = LoadLevel(2)
        })
    }
    people.append(
      Golden.person {
        $0.id = "P-H1"
        $0.wishes.hoursPerWeek = HoursRange(min: 8, max: 16)
      })
    let engine = try Self.engine(people, [Golden.warehouse()])
    let carving = try engine.carve(for: "PL-G1", options: QueryOptions(day: Self.day))
    #expect(carving.fits == 0)
    let first = try #require(carving.changes.first)
    #expect(first.change == .loadLower(.lifting, to: LoadLevel(2)!))
    #expect(first.opens == 6)
    #expect(first.best.map(\.scoreMillionths) == [87_927_834, 87_927_834, 87_927_834])
    // Advice.md's carving example: these three changes, these scores.
    #expect(
      carving.changes.map(\.change) == [
        .loadLower(.lifting, to: LoadLevel(2)!), .loadAdaptable(.lifting), .hoursMinimum(16),
      ])
    #expect(carving.changes.map(\.opens) == [6, 6, 1])
    #expect(carving.changes[1].best.first?.scoreMillionths == 85_511_168)
    let employer = Audience.employer.disclose(carving)
    #expect(employer.changes.map(\.opens) == [.exact(6), .exact(6), .withheld])
    #expect(employer.changes.allSatisfy { $0.best.isEmpty })
  }

  /// A warehouse (lifting and standing at 3) and a person one level short on both (issue 24
  /// §2: carve said "no single change lets anyone in" while the person's advice found the
  /// pair of adaptations): carving lists pairs of changes made together, as advice does, and
  /// the fast path equals the reference.
  @Test func aPlaceOnlyTwoChangesTogetherOpen() throws {
    let person = Golden.person {
      $0.loadCapacity[.lifting] = LoadLevel(2)
      $0.loadCapacity[.standing] = LoadLevel(2)
    }
    let place = Golden.warehouse()
    let engine = try Self.engine([person], [place])
    let advice = try engine.advice(for: "P-G1", options: QueryOptions(day: Self.day))
    #expect(advice.steps.allSatisfy { $0.opens == 0 })
    #expect(
      advice.combinations.contains {
        Set($0.steps) == [.adaptation(.lifting), .adaptation(.standing)]
      }, "the person's advice: the two adaptations together")
    let carving = try engine.carve(for: place.id, options: QueryOptions(day: Self.day))
    #expect(carving.fits == 0)
    #expect(!carving.changes.isEmpty, "carving finds the pairs too")
    #expect(carving.changes.allSatisfy { $0.together != nil && $0.opens == 1 })
    let pairs = Set(carving.changes.map { [$0.change, $0.together!] })
    #expect(pairs.contains([.loadAdaptable(.lifting), .loadAdaptable(.standing)]))
    #expect(
      pairs.contains([
        .loadLower(.lifting, to: LoadLevel(2)!), .loadLower(.standing, to: LoadLevel(2)!),
      ]))
    // Each pair, made to the place, lets the person in: rescored independently.
    for effect in carving.changes {
      let changed = effect.together!.applied(
        to: effect.change.applied(to: place, on: Self.day), on: Self.day)
      #expect(engine.reference.evaluate(person, changed, on: Self.day).fit != nil, "\(effect)")
    }
    #expect(
      carving
        == ReferenceCarving(policy: .default, people: [person]).carving(of: place, on: Self.day))
  }
}
