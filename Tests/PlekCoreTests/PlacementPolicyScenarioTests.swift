import Foundation
import PlekCore
import PlekTestSupport
import Testing

/// The SOB's placement policy, one readable case per rule (issue 11), on the records of
/// ``GoldenScenarioTests``: a directly placeable person in Maastricht who wants logistics, and
/// a regular order-picker job about 1.2 km away. Every verdict comes from the reference scorer
/// and is checked against the compiled engine (``GoldenScenarioTests/verdict(_:_:policy:sourceLocation:)``).
@Suite("Golden scenarios: the placement policy")
struct PlacementPolicyScenarioTests {
  typealias Golden = GoldenScenarioTests
  static let day = Golden.day

  static func engine(_ people: [Participant], _ places: [Place], policy: Policy = .default)
    throws -> MatchEngine
  {
    try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy, participants: people, places: places)
  }

  static func shortlist(
    _ person: Participant, _ places: [Place], horizonDays: Int? = nil, policy: Policy = .default
  ) throws -> [Match] {
    try engine([person], places, policy: policy).shortlist(
      for: person.id,
      options: QueryOptions(k: 10, day: day, horizonDays: horizonDays)
    ).matches
  }

  // MARK: 1. Hours both ways (DOMAIN.md, "The people": hours per week are a wish and a limit)

  /// A person who needs 32–36 hours a week and an 8–16 hour job: the job offers too few
  /// hours, a knock-out naming both ranges (before: a fit, "hours and travel fit").
  @Test func aJobWithTooFewHoursIsAKnockOut() throws {
    let person = Golden.person { $0.wishes.hoursPerWeek = HoursRange(min: 32, max: 36) }
    let place = Golden.warehouse { $0.hoursPerWeek = HoursRange(min: 8, max: 16) }
    #expect(
      try Golden.verdict(person, place).knockOuts == [
        .hours(place: HoursRange(min: 8, max: 16), person: HoursRange(min: 32, max: 36))
      ])
  }

  // MARK: 2. Not assessed is not "just enough" (DOMAIN.md: missing data is unknown, never
  // "fits"; CBBS assessment points)

  /// Nothing of the person's load capacity was assessed. The heaviest job (16 dimensions at
  /// level 4) is not number one: a light job with 2 demands to judge ranks above it, and
  /// every point to judge costs the policy's `assessmentPointCost`.
  @Test func nothingAssessedDoesNotMakeTheHeaviestJobNumberOne() throws {
    let person = Golden.person { $0.loadCapacity = LoadProfile.unknown }
    let heaviest = Golden.warehouse {
      $0.id = "PL-A-HEAVY"
      $0.loadDemand = LoadProfile(repeating: .maximum)
    }
    let light = Golden.warehouse {
      $0.id = "PL-B-LIGHT"
      $0.loadDemand = LoadProfile(repeating: LoadLevel(0)!)
      $0.loadDemand[.walking] = LoadLevel(1)
      $0.loadDemand[.standing] = LoadLevel(1)
    }
    #expect(
      try Self.shortlist(person, [heaviest, light]).map(\.placeID) == [light.id, heaviest.id])
    let heavy = try #require(try Golden.verdict(person, heaviest).fit)
    #expect(heavy.assessmentPoints.count == 16)
    #expect(
      heavy.adjustments == [
        ScoreAdjustment(reason: .assessmentPoints(count: 16), millionths: 16 * 2_000_000)
      ])
    #expect(heavy.components[0].value == 0, "an unassessed dimension earns no headroom")
  }

  /// Two otherwise equal jobs, each demanding one dimension at level 1: walking, assessed at
  /// exactly 1, and lifting, never assessed. The known fit ranks first; the unknown one
  /// scores below "exactly enough" even before its point is paid.
  @Test func aKnownFitRanksAboveAnEqualPlaceThatNeedsAssessment() throws {
    let person = Golden.person {
      $0.loadCapacity = LoadProfile.unknown
      $0.loadCapacity[.walking] = LoadLevel(1)
    }
    func place(_ id: PlaceID, demanding dimension: LoadDimension) -> Place {
      Golden.warehouse {
        $0.id = id
        $0.loadDemand = LoadProfile(repeating: LoadLevel(0)!)
        $0.loadDemand[dimension] = LoadLevel(1)
      }
    }
    let unknown = place("PL-A-LIFTING", demanding: .lifting)
    let known = place("PL-B-WALKING", demanding: .walking)
    #expect(try Self.shortlist(person, [unknown, known]).map(\.placeID) == [known.id, unknown.id])
    let exactly = try #require(try Golden.verdict(person, known).fit)
    let unassessed = try #require(try Golden.verdict(person, unknown).fit)
    #expect(exactly.components[0].value == 1.0 / 3, "exactly enough: a third")
    #expect(unassessed.components[0].value == 0)
    #expect(unassessed.assessmentPoints == [.loadNotAssessed(.lifting, demand: LoadLevel(1)!)])
  }

  /// When most of what a place demands was never assessed, the explanation says so in one
  /// line: 12 of the 14 demands.
  @Test func mostDemandsNeverAssessedAreSummedUp() throws {
    let person = Golden.person {
      $0.loadCapacity = LoadProfile.unknown
      $0.loadCapacity[.lifting] = .maximum
      $0.loadCapacity[.walking] = .maximum
    }
    let place = Golden.warehouse {
      $0.loadDemand[.sitting] = LoadLevel(0)
      $0.loadDemand[.climbing] = LoadLevel(0)
    }
    let result = try Golden.verdict(person, place)
    #expect(result.demandedDimensions == 14)
    let fit = try #require(result.fit)
    #expect(fit.mostlyUnassessed(demanded: result.demandedDimensions)?.count == 12)
    // Two unassessed of three demanded are said one by one: a summary needs three or more.
    let three = Golden.warehouse {
      $0.loadDemand = LoadProfile(repeating: LoadLevel(0)!)
      $0.loadDemand[.lifting] = LoadLevel(1)
      $0.loadDemand[.walking] = LoadLevel(1)
      $0.loadDemand[.standing] = LoadLevel(1)
    }
    let partly = Golden.person {
      $0.loadCapacity = LoadProfile.unknown
      $0.loadCapacity[.walking] = .maximum
    }
    let few = try #require(try Golden.verdict(partly, three).fit)
    #expect(few.assessmentPoints.count == 2)
    #expect(few.mostlyUnassessed(demanded: 3) == nil)
  }

  // MARK: 3. Learning-work places are development (000 §3.7.3; DOMAIN.md "Development first")

  /// A forklift learning-work route: forklift driving required at level 2, taught to level 2
  /// in 12 months, ending in a certificate (praktijkverklaring).
  static func forkliftRoute(_ change: (inout Place) -> Void = { _ in }) -> Place {
    Golden.warehouse {
      $0.id = "PL-B-ROUTE"
      $0.title = "Leerwerkplek heftruckchauffeur"
      $0.requiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .independent)]
      $0.learningOffer = LearningOffer(
        teaches: [CompetencyEntry(id: "forklift-driving", level: .independent)], months: 12,
        certificate: true)
      change(&$0)
    }
  }

  /// A youth who wants a certificate: the learning-work route that gives one ranks above a
  /// job without a route where they already hold what is required (before: the dead-end job
  /// about 11 points higher). The same holds for a developable target group.
  @Test(arguments: [
    (TargetGroup.participatiewetDirect, true), (.youthWithoutQualification, false),
    (.participatiewetWithinYear, false),
  ])
  func aCertificateRouteRanksAboveADeadEndJob(group: TargetGroup, wantsCertificate: Bool) throws {
    let person = Golden.person {
      $0.targetGroup = group
      $0.wishes.wantsCertificate = wantsCertificate
    }
    let deadEnd = Golden.warehouse { $0.id = "PL-A-JOB" }
    let route = Self.forkliftRoute()
    #expect(try Self.shortlist(person, [deadEnd, route]).map(\.placeID) == [route.id, deadEnd.id])
    // Where the target group, not a wish, makes development the goal, the explanation says so.
    let notes = try #require(try Golden.verdict(person, route).fit).notes
    #expect(notes == (wantsCertificate ? [] : [.developmentGoalOfTargetGroup(group)]))
  }

  /// A competency the route teaches in time counts as on the way: like one held at exactly
  /// the required level (6 of 8 eighths), not as a penalty.
  @Test func aCompetencyTaughtInTimeCountsAsOnTheWay() throws {
    let fit = try #require(try Golden.verdict(Golden.person(), Self.forkliftRoute()).fit)
    #expect(fit.components[1].value == 0.75)
    #expect(
      fit.learningSteps == [
        LearningStep(subject: .competency("forklift-driving"), from: 0, to: 2, months: 12)
      ])
    #expect(fit.monthsToProductive == 12)
  }

  /// The same route teaches forklift driving up to level 3 in 12 months and requires level
  /// 1: at a steady pace (6 months a level) a person reaches 2 of the 3 levels, at a fast
  /// pace (3) all of them, and the score shows it.
  @Test func aFasterPaceReachesMoreOfTheRoute() throws {
    let route = Self.forkliftRoute {
      $0.requiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .basic)]
      $0.learningOffer?.teaches = [CompetencyEntry(id: "forklift-driving", level: .proficient)]
    }
    let steady = try #require(try Golden.verdict(Golden.person(), route).fit)
    let fast = try #require(
      try Golden.verdict(Golden.person { $0.developmentPace = .fast }, route).fit)
    #expect(fast.scoreMillionths > steady.scoreMillionths)
    #expect(fast.components[2].value > steady.components[2].value)
    #expect(steady.monthsToProductive == 6 && fast.monthsToProductive == 3)
  }

  // MARK: 4. Dutch on the shop floor has a pace too (DOMAIN.md, "The places": taalopleiding
  // op de werkvloer)

  /// An A0 speaker and a B2 job whose route teaches Dutch in one month: four levels at 6
  /// months each (steady) do not fit, a knock-out `language-pace` naming both (before: the
  /// route waived any gap).
  @Test func anA0SpeakerDoesNotReachB2InAMonth() throws {
    let person = Golden.person { $0.dutchLevel = .a0 }
    let place = Golden.warehouse {
      $0.dutchLevel = .b2
      $0.learningOffer = LearningOffer(teaches: [], months: 1, teachesDutch: true)
    }
    #expect(
      try Golden.verdict(person, place).knockOuts == [
        .languagePace(required: .b2, held: .a0, monthsNeeded: 24, offerMonths: 1)
      ])
  }

  /// A1 to A2 in a six-month route at a steady pace fits, and the climb is a learning step.
  @Test func aClimbThatFitsTheRouteIsALearningStep() throws {
    let person = Golden.person { $0.dutchLevel = .a1 }
    let place = Golden.warehouse {
      $0.learningOffer = LearningOffer(teaches: [], months: 6, teachesDutch: true)
    }
    let fit = try #require(try Golden.verdict(person, place).fit)
    #expect(fit.learningSteps == [LearningStep(subject: .dutch, from: 1, to: 2, months: 6)])
  }

  // MARK: 5. Regular where it can, internal where it must (000 §3.7.4; §3.6 for Wsw)

  /// A regular cleaning job where the person holds what is required but not a desired
  /// skill, and an internal logistics place that fits better on paper (+11.25 points before
  /// the policy). For a directly placeable person the regular place ranks first: the
  /// internal place loses the `direct` profile's 40-point margin.
  static let regularCleaning = Golden.warehouse {
    $0.id = "PL-B-REGULAR"
    $0.sectors = ["cleaning"]
    $0.desiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .basic)]
  }
  static let internalLogistics = Golden.warehouse {
    $0.id = "PL-A-INTERNAL"
    $0.employerKind = .internal
  }
  /// The regular place, clearly worse: two more desired skills missing, 17.5 points below
  /// the internal place before the policy.
  static let clearlyWorseRegular = Golden.warehouse {
    $0.id = "PL-B-REGULAR"
    $0.sectors = ["cleaning"]
    $0.desiredCompetencies = [
      CompetencyEntry(id: "forklift-driving", level: .basic),
      CompetencyEntry(id: "electric-pallet-truck", level: .basic),
      CompetencyEntry(id: "stock-counting", level: .basic),
    ]
  }

  static func raw(_ fit: Fit) -> Int64 {
    fit.components.reduce(Int64(0)) { $0 + $1.contributionMillionths }
  }

  @Test func aFittingRegularPlaceOutranksABetterInternalPlaceForDirectPlacement() throws {
    let person = Golden.person()
    let regular = try #require(try Golden.verdict(person, Self.regularCleaning).fit)
    let internalPlace = try #require(try Golden.verdict(person, Self.internalLogistics).fit)
    #expect(Self.raw(internalPlace) - Self.raw(regular) == 11_250_000)
    #expect(
      internalPlace.adjustments == [
        ScoreAdjustment(
          reason: .internalPlace(.participatiewetDirect, .direct), millionths: 40_000_000)
      ])
    let list = try Self.shortlist(person, [Self.internalLogistics, Self.regularCleaning])
    #expect(list.map(\.placeID) == [Self.regularCleaning.id, Self.internalLogistics.id])
    #expect(list.map(\.placementMarginMillionths) == [0, 40_000_000])
    // Even 17.5 points worse, a fitting regular place comes first for a directly placeable
    // person.
    #expect(
      try Self.shortlist(person, [Self.internalLogistics, Self.clearlyWorseRegular])
        .map(\.placeID) == [Self.clearlyWorseRegular.id, Self.internalLogistics.id])
  }

  /// A person developable to paid work within a year (profile `regular-first`, margin 15):
  /// the regular place 11.25 points worse on paper still ranks first; 17.5 points worse it is
  /// clearly worse, and the internal place ranks first.
  @Test func aClearlyWorseRegularPlaceDoesNotOutrankAnInternalPlace() throws {
    let person = Golden.person { $0.targetGroup = .participatiewetWithinYear }
    #expect(
      try Self.shortlist(person, [Self.internalLogistics, Self.regularCleaning]).map(\.placeID)
        == [Self.regularCleaning.id, Self.internalLogistics.id])
    let regular = try #require(try Golden.verdict(person, Self.clearlyWorseRegular).fit)
    let internalPlace = try #require(try Golden.verdict(person, Self.internalLogistics).fit)
    #expect(Self.raw(internalPlace) - Self.raw(regular) == 17_500_000)
    #expect(internalPlace.adjustments.last?.millionths == 15_000_000)
    #expect(
      try Self.shortlist(person, [Self.internalLogistics, Self.clearlyWorseRegular])
        .map(\.placeID) == [Self.internalLogistics.id, Self.clearlyWorseRegular.id])
  }

  /// Nieuw beschut: an external sheltered place before an equal internal one.
  @Test func nieuwBeschutGoesToExternalShelteredBeforeInternal() throws {
    let person = Golden.person {
      $0.targetGroup = .nieuwBeschut
      $0.indications = [.nieuwBeschut]
    }
    let internalPlace = Golden.warehouse {
      $0.id = "PL-A-INTERNAL"
      $0.employerKind = .internal
      $0.requiredIndications = [.nieuwBeschut]
    }
    let external = Golden.warehouse {
      $0.id = "PL-B-SHELTERED"
      $0.employerKind = .externalSheltered
      $0.requiredIndications = [.nieuwBeschut]
    }
    let list = try Self.shortlist(person, [internalPlace, external])
    #expect(list.map(\.placeID) == [external.id, internalPlace.id])
    #expect(list[1].placementMarginMillionths == 10_000_000)
  }

  /// A Wsw employee: their work is guaranteed and external placement is not a goal in
  /// itself, so an internal place is not pushed down: it scores as an equal regular place
  /// (and the tie is broken by id).
  @Test func aWswEmployeesInternalPlaceIsNotPushedDown() throws {
    let person = Golden.person {
      $0.targetGroup = .wsw
      $0.indications = [.wsw]
    }
    let internalPlace = try #require(try Golden.verdict(person, Self.internalLogistics).fit)
    let regular = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.id = "PL-B-REGULAR" }).fit)
    #expect(internalPlace.adjustments.isEmpty)
    #expect(internalPlace.scoreMillionths == regular.scoreMillionths)
    #expect(
      try Self.shortlist(
        person, [Golden.warehouse { $0.id = "PL-B-REGULAR" }, Self.internalLogistics]
      )
      .map(\.placeID) == [Self.internalLogistics.id, "PL-B-REGULAR"])
  }

  /// The target group is an input for the placement order and nothing else: two people
  /// who differ only in it score the same at a regular place, and differently at an
  /// internal one, where the explanation names the group.
  @Test(arguments: TargetGroup.allCases)
  func theTargetGroupChangesOnlyThePlacementOrder(group: TargetGroup) throws {
    let policy = Policy.default
    var noDevelopmentGoal = policy
    noDevelopmentGoal.developableTargetGroups = []
    let person = Golden.person { $0.targetGroup = group }
    let reference = Golden.person { $0.targetGroup = .participatiewetDirect }
    let regular = Golden.warehouse()
    let scorer = ReferenceScorer(policy: noDevelopmentGoal)
    #expect(
      scorer.evaluate(person, regular, on: Self.day).fit?.scoreMillionths
        == scorer.evaluate(reference, regular, on: Self.day).fit?.scoreMillionths)
    let fit = try #require(scorer.evaluate(person, Self.internalLogistics, on: Self.day).fit)
    let rule = policy.placementRule(for: group)
    #expect(fit.components[4].value == rule.order.internal)
    if rule.internalMargin > 0 {
      let profile = try #require(policy.placementProfiles.targetGroups[group])
      #expect(fit.adjustments.map(\.reason) == [.internalPlace(group, profile)])
    } else {
      #expect(fit.adjustments.isEmpty)
    }
  }

  // MARK: 6. Job coaching is something the SOB brings (000 §3.7.4, §3.7.8)

  /// A person who needs intensive support and a regular job without a coach: with the
  /// SOB providing coaches (the default) a fit with a point "job coach to arrange" and a
  /// lower support part (0.5), not a knock-out.
  @Test func aJobCoachToArrangeIsAPointNotAKnockOut() throws {
    let person = Golden.person { $0.supportNeed = .intensive }
    let fit = try #require(try Golden.verdict(person, Golden.warehouse()).fit)
    #expect(fit.assessmentPoints == [.jobCoachToArrange(need: .intensive, offered: .none)])
    #expect(fit.components[5].value == 0.5)
    let coached = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.support = .jobCoach }).fit)
    #expect(coached.scoreMillionths > fit.scoreMillionths, "a coach on site is better")
  }

  /// Permanent support at a regular employer stays a point to judge, never silently fine.
  @Test func permanentSupportAtARegularEmployerIsAPoint() throws {
    let person = Golden.person { $0.supportNeed = .permanent }
    let fit = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.support = .jobCoach }).fit)
    #expect(fit.assessmentPoints == [.permanentSupportAtRegular])
  }

  // MARK: 7. An excluded sector knocks out only the place's main sector (DOMAIN.md, wishes)

  /// A cleaning job at a hospital (`[cleaning, care]`) for a person whose first wish is
  /// cleaning and who excluded care: a fit with a lower sector part (1 − 0.25) and a note.
  /// The same place with care as its main sector is a knock-out.
  @Test func anExcludedSecondarySectorLowersTheSectorPart() throws {
    let person = Golden.person {
      $0.wishes.sectors = [
        SectorPreference(sector: "cleaning", wish: .wanted(rank: 1)),
        SectorPreference(sector: "care", wish: .excluded),
      ]
    }
    let hospitalCleaning = Golden.warehouse { $0.sectors = ["cleaning", "care"] }
    let fit = try #require(try Golden.verdict(person, hospitalCleaning).fit)
    #expect(fit.notes == [.excludedSecondarySector("care")])
    let plain = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.sectors = ["cleaning"] }).fit)
    #expect(abs(plain.components[3].value - fit.components[3].value - 0.25 / 3) < 1e-12)
    let careFirst = Golden.warehouse { $0.sectors = ["care", "cleaning"] }
    #expect(try Golden.verdict(person, careFirst).knockOuts == [.sectorExcluded("care")])
  }

  // MARK: 8. Plan ahead (002, "Plaatsing": do not wait until someone is fully ready)

  /// A place that opens in 60 days is beyond the policy's 30-day horizon, and listed with
  /// its date when a request widens the horizon to 90 days; the same for a person available
  /// in 71 days.
  @Test func aWiderHorizonListsLaterPlacesWithTheirDate() throws {
    let opens = Self.day.adding(days: 60)
    let later = Golden.warehouse { $0.openFrom = opens }
    #expect(try Self.shortlist(Golden.person(), [later]).isEmpty)
    let planned = try Self.shortlist(Golden.person(), [later], horizonDays: 90)
    #expect(planned.map(\.opensOn) == [opens])
    let engine = try Self.engine([Golden.person()], [later])
    let explained = try engine.explain(
      participant: "P-G1", place: later.id, on: Self.day, horizonDays: 90)
    #expect(explained.fit?.notes == [.opensOn(opens)])

    let available = Self.day.adding(days: 71)
    let person = Golden.person { $0.availableFrom = available }
    #expect(try Self.shortlist(person, [Golden.warehouse()]).isEmpty)
    #expect(
      try Self.shortlist(person, [Golden.warehouse()], horizonDays: 90).map(\.availableFrom) == [
        available
      ])
    #expect(throws: MatchError.self) {
      try engine.shortlist(for: "P-G1", options: QueryOptions(day: Self.day, horizonDays: 366))
    }
  }

  // MARK: 9. A full place is not "nobody fits" (DOMAIN.md, "The places": free slots)

  /// The candidates of a place without a free slot: the list says the place is full and
  /// still shows who would fit when a slot opens; the person's shortlist leaves it out.
  @Test func aFullPlaceStillShowsWhoWouldFit() throws {
    let full = Golden.warehouse { $0.freeSlots = 0 }
    let engine = try Self.engine([Golden.person()], [full])
    let candidates = try engine.candidates(for: full.id, options: QueryOptions(day: Self.day))
    #expect(candidates.placeIsFull)
    #expect(candidates.matches.map(\.participantID) == ["P-G1"])
    #expect(
      try engine.shortlist(for: "P-G1", options: QueryOptions(day: Self.day)).matches.isEmpty)
    #expect(
      try engine.explain(participant: "P-G1", place: full.id, on: Self.day).knockOuts == [
        .noFreeSlot
      ])
  }

  // MARK: 10. Ties are broken by id, exactly

  /// In a generated region, scores equal in millionths are ties even when their doubles,
  /// summed from different components, differ in the last bit; every list orders them by
  /// id. The data must hold such ties, or the test proves nothing.
  @Test func equalScoresAreOrderedByIdOnEveryPath() throws {
    let data = EngineFixtures.generated(seed: 11, participants: 300, places: 600)
    let engine = try Self.engine(data.people, data.places)
    var ties = 0
    var tiesTheDoublesWouldSplit = 0
    for threads in [1, 3] {
      let all = try engine.batchShortlists(
        options: QueryOptions(k: 50, day: Self.day, threads: threads))
      for result in all {
        for (a, b) in zip(result.shortlist.matches, result.shortlist.matches.dropFirst()) {
          #expect(
            a.scoreMillionths > b.scoreMillionths
              || (a.scoreMillionths == b.scoreMillionths && a.placeID < b.placeID))
          guard a.scoreMillionths == b.scoreMillionths, threads == 1 else { continue }
          ties += 1
          let person = data.people.first { $0.id == result.participantID }!
          func double(_ id: PlaceID) -> Double {
            let place = data.places.first { $0.id == id }!
            let fit = engine.reference.evaluate(person, place, on: Self.day).fit!
            return fit.components.reduce(0.0) { $0 + 100 * $1.weight * $1.value }
              - fit.adjustments.reduce(0.0) { $0 + $1.points }
          }
          if double(a.placeID) != double(b.placeID) { tiesTheDoublesWouldSplit += 1 }
        }
      }
    }
    #expect(ties > 10, "\(ties) ties, \(tiesTheDoublesWouldSplit) split by doubles")
    #expect(tiesTheDoublesWouldSplit > 0, "\(ties) ties, none split by doubles")
  }

  /// The distance the engine uses is the great-circle distance computed from unit vectors,
  /// `2R·asin(chord/2)`, as Scoring.md states: Maastricht Markt to Vaals.
  @Test func theDistanceIsTheDocumentedFormula() {
    let a = GeoPoint(latitude: 50.8514, longitude: 5.6910)
    let b = GeoPoint(latitude: 50.7706, longitude: 6.0183)
    func unit(_ point: GeoPoint) -> (Double, Double, Double) {
      let phi = point.latitude * .pi / 180
      let lambda = point.longitude * .pi / 180
      return (cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
    }
    let (x1, y1, z1) = unit(a)
    let (x2, y2, z2) = unit(b)
    let chord = ((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2) + (z1 - z2) * (z1 - z2))
      .squareRoot()
    let documented = 2 * 6371.0088 * asin(min(1, chord / 2))
    #expect(abs(a.distanceKilometres(to: b) - documented) < 1e-9)
    #expect(abs(documented - 24.69) < 0.01, "\(documented)")
  }

  // MARK: 11. Sentences drawn from the values

  /// No reason claims what the numbers deny: "skills match" only at a competency part of
  /// 0.75 or more, "hours and travel fit" only when the hours part is 0.75 or more and half
  /// the travel limit is left, and so on; checked on every fit of a generated region.
  @Test func everyReasonIsDrawnFromItsValues() throws {
    let data = EngineFixtures.generated(seed: 21, participants: 120, places: 500)
    let scorer = ReferenceScorer(policy: .default)
    var seen: [String: Int] = [:]
    for person in data.people {
      for place in data.places {
        let explanation = scorer.evaluate(person, place, on: Self.day)
        guard let fit = explanation.fit else { continue }
        let value = { (kind: ScoreComponentKind) in
          fit.components.first { $0.kind == kind }!.value
        }
        for reason in explanation.reasons(person: person, place: place) {
          let holds: Bool
          switch reason {
          case .skillsMatch: holds = value(.competency) >= 0.75
          case .hoursAndTravelFit:
            holds =
              ScoreFormula.hoursOverlap(
                personMin: person.wishes.hoursPerWeek.min,
                personMax: person.wishes.hoursPerWeek.max,
                placeMin: place.hoursPerWeek.min, placeMax: place.hoursPerWeek.max) >= 0.75
              && explanation.travelMinutes <= Double(person.wishes.maxTravelMinutes) / 2
          case .loadWellWithinCapacity: holds = value(.loadHeadroom) >= 0.75
          case .supportAsNeeded(let offer):
            holds = offer == place.support && place.support >= person.supportNeed.minimumOffer
          case .learnsHere(let competency):
            holds = fit.learningSteps.contains { $0.competency == competency }
          case .learnsDutchHere: holds = fit.learningSteps.contains { $0.subject == .dutch }
          case .regularEmployer: holds = place.employerKind == .regular
          case .hasRequiredSkills:
            holds = place.requiredCompetencies.allSatisfy {
              (person.competencies.level(of: $0.id)?.rawValue ?? 0) >= $0.level.rawValue
            }
          case .wantsSector(let sector, let rank):
            holds =
              place.sectors.contains(sector)
              && person.wishes.wish(for: sector) == .wanted(rank: rank)
          case .learningRoute(let months, let certificate):
            holds =
              place.learningOffer?.months == months
              && place.learningOffer?.certificate == certificate
          }
          #expect(holds, "\(reason) for \(person.id) × \(place.id)")
          seen[String(describing: reason).prefix { $0 != "(" }.description, default: 0] += 1
        }
      }
    }
    for kind in ["skillsMatch", "hoursAndTravelFit", "loadWellWithinCapacity", "learnsHere"] {
      #expect((seen[kind] ?? 0) > 0, "the data never gives \(kind)")
    }
  }
}
