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
}
