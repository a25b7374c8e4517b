import PlekCore
import PlekTestSupport
import Testing

/// The scenarios of DOMAIN.md ("What a good match means here"), one readable case each.
/// Every verdict comes from the reference scorer and is checked against the compiled engine.
@Suite("Golden scenarios")
struct GoldenScenarioTests {
  static let day = EngineFixtures.day
  static let maastricht = GeoPoint(latitude: 50.8514, longitude: 5.6910)

  /// A directly placeable person in Maastricht with no limitations, who wants logistics.
  static func person(_ change: (inout Participant) -> Void = { _ in }) -> Participant {
    var person = Participant(
      id: "P-G1", municipality: "maastricht", location: maastricht,
      targetGroup: .participatiewetDirect, loadCapacity: LoadProfile(repeating: .maximum),
      competencies: [
        CompetencyEntry(id: "order-picking", level: .independent),
        CompetencyEntry(id: "punctuality", level: .independent),
      ],
      dutchLevel: .b1, developmentPace: .steady, wageValue: 100, supportNeed: .none,
      wishes: Wishes(
        sectors: [SectorPreference(sector: "logistics", wish: .wanted(rank: 1))],
        hoursPerWeek: HoursRange(min: 24, max: 38), maxTravelMinutes: 30, transport: .bike),
      availableFrom: Day(iso: "2026-11-01")!)
    change(&person)
    return person
  }

  /// A warehouse job at a regular employer about 1.2 km away: heavy lifting, walking and
  /// standing, order picking required.
  static func warehouse(_ change: (inout Place) -> Void = { _ in }) -> Place {
    var demand = LoadProfile(repeating: LoadLevel(1)!)
    demand[.lifting] = LoadLevel(3)
    demand[.walking] = LoadLevel(3)
    demand[.standing] = LoadLevel(3)
    var place = Place(
      id: "PL-G1", employerID: "E-G1", employerKind: .regular, title: "Orderpicker",
      sectors: ["logistics"], location: GeoPoint(latitude: 50.8600, longitude: 5.7000),
      hoursPerWeek: HoursRange(min: 24, max: 38), loadDemand: demand,
      requiredCompetencies: [CompetencyEntry(id: "order-picking", level: .basic)], dutchLevel: .a2,
      openFrom: Day(iso: "2026-11-01")!)
    change(&place)
    return place
  }

  /// The reference verdict, after checking that the compiled engine agrees with it.
  static func verdict(
    _ person: Participant, _ place: Place, policy: Policy = .default,
    sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> Explanation
  {
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy, participants: [person], places: [place])
    let explanation = try engine.explain(participant: person.id, place: place.id, on: day)
    let compiled = try engine.shortlist(for: person.id, options: QueryOptions(k: 5, day: day))
    if let score = explanation.score {
      #expect(
        compiled.matches.map(\.scoreMillionths) == [explanation.fit!.scoreMillionths],
        sourceLocation: sourceLocation)
      #expect(compiled.matches.map(\.score) == [score], sourceLocation: sourceLocation)
      #expect(
        compiled.matches.first?.assessmentPoints == explanation.fit?.assessmentPoints.count,
        sourceLocation: sourceLocation)
    } else {
      #expect(
        compiled.matches.isEmpty, "compiled engine fits a knock-out", sourceLocation: sourceLocation
      )
    }
    let reverse = try engine.candidates(for: place.id, options: QueryOptions(k: 5, day: day))
    // A full place's candidates are who would fit when a slot opens (rule 9 of issue 11).
    #expect(reverse.placeIsFull == (place.freeSlots == 0), sourceLocation: sourceLocation)
    if place.freeSlots > 0 {
      #expect(
        reverse.matches.map(\.scoreMillionths) == compiled.matches.map(\.scoreMillionths),
        sourceLocation: sourceLocation)
    }
    return explanation
  }

  @Test func theBaseCaseFits() throws {
    let result = try Self.verdict(Self.person(), Self.warehouse())
    let fit = try #require(result.fit)
    #expect(fit.assessmentPoints.isEmpty)
    #expect(fit.score > 60)
    #expect(abs(fit.components.reduce(0) { $0 + $1.contribution } - fit.score) < 1e-9)
  }

  @Test func aLiftingLimitKnocksOutAWarehouseJob() throws {
    let person = Self.person { $0.loadCapacity[.lifting] = LoadLevel(2) }
    let result = try Self.verdict(person, Self.warehouse())
    #expect(result.knockOuts == [.load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!)])
  }

  @Test func anAdaptableLiftingDemandBecomesAnAssessmentPoint() throws {
    let person = Self.person { $0.loadCapacity[.lifting] = LoadLevel(2) }
    let place = Self.warehouse { $0.adaptable = [.lifting] }
    let result = try Self.verdict(person, place)
    #expect(
      result.fit?.assessmentPoints == [
        .loadAdaptation(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!)
      ])
  }

  @Test func adaptationCoversOneLevelOnly() throws {
    let person = Self.person { $0.loadCapacity[.lifting] = LoadLevel(1) }
    let place = Self.warehouse { $0.adaptable = [.lifting] }
    #expect(
      try Self.verdict(person, place).knockOuts == [
        .load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(1)!)
      ])
  }

  @Test func unknownCapacityIsAnAssessmentPointNotAFit() throws {
    let known = try Self.verdict(Self.person(), Self.warehouse())
    let unknown = try Self.verdict(
      Self.person { $0.loadCapacity[.lifting] = nil }, Self.warehouse())
    let fit = try #require(unknown.fit)
    #expect(fit.assessmentPoints == [.loadNotAssessed(.lifting, demand: LoadLevel(3)!)])
    // An unassessed dimension earns no headroom: never scored as if it fits.
    #expect(fit.score < known.score!)
    #expect(fit.components[0].value < known.fit!.components[0].value)
  }

  static func forkliftPlace(months: Int) -> Place {
    warehouse {
      $0.requiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .independent)]
      $0.learningOffer = LearningOffer(
        teaches: [CompetencyEntry(id: "forklift-driving", level: .independent)], months: months,
        certificate: true)
    }
  }

  @Test func aLearningPlaceThatTeachesTheMissingForkliftSkillFits() throws {
    let result = try Self.verdict(Self.person(), Self.forkliftPlace(months: 12))
    let fit = try #require(result.fit)
    // Steady pace: 6 months per level, two levels to go: 12 months, the route lasts 12.
    #expect(
      fit.learningSteps == [
        LearningStep(subject: .competency("forklift-driving"), from: 0, to: 2, months: 12)
      ])
  }

  @Test func theSameRouteIsTooShortAtASlowPace() throws {
    let person = Self.person { $0.developmentPace = .slow }
    let result = try Self.verdict(person, Self.forkliftPlace(months: 12))
    #expect(
      result.knockOuts == [
        .competencyPace(
          "forklift-driving", required: .independent, held: 0, monthsNeeded: 24, offerMonths: 12)
      ])
  }

  @Test func aMissingSkillThePlaceDoesNotTeachKnocksOut() throws {
    let place = Self.warehouse {
      $0.requiredCompetencies = [CompetencyEntry(id: "forklift-driving", level: .basic)]
    }
    #expect(
      try Self.verdict(Self.person(), place).knockOuts == [
        .competency("forklift-driving", required: .basic, held: 0)
      ])
  }

  static func internalWswPlace() -> Place {
    warehouse {
      $0.employerKind = .internal
      $0.requiredIndications = [.wsw]
      $0.support = .jobCoach
    }
  }

  @Test func aWswEmployeeFromVaalsIsNotPlacedOnAnInternalWswPlace() throws {
    let fromVaals = Self.person {
      $0.municipality = "vaals"
      $0.indications = [.wsw]
      $0.wishes.maxTravelMinutes = 120
      $0.wishes.transport = .car
    }
    #expect(
      try Self.verdict(fromVaals, Self.internalWswPlace()).knockOuts == [.wswOtherProvider("vaals")]
    )
    let fromMaastricht = Self.person { $0.indications = [.wsw] }
    #expect(try Self.verdict(fromMaastricht, Self.internalWswPlace()).fit != nil)
  }

  @Test func theWswRuleIsConfigurable() throws {
    var policy = Policy.default
    policy.wswOtherProviderMunicipalities = []
    let fromVaals = Self.person {
      $0.municipality = "vaals"
      $0.indications = [.wsw]
      $0.wishes.maxTravelMinutes = 120
      $0.wishes.transport = .car
    }
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy, participants: [fromVaals],
      places: [Self.internalWswPlace()])
    #expect(try engine.explain(participant: "P-G1", place: "PL-G1", on: Self.day).fit != nil)
    #expect(
      try engine.shortlist(for: "P-G1", options: QueryOptions(day: Self.day)).matches.count == 1)
  }

  @Test func wageValueSixtyNeedsWageCostSubsidyAtARegularEmployer() throws {
    let person = Self.person { $0.wageValue = 60 }
    #expect(try Self.verdict(person, Self.warehouse()).knockOuts == [.wageSubsidy(wageValue: 60)])
    #expect(try Self.verdict(person, Self.warehouse { $0.acceptsWageSubsidy = true }).fit != nil)
    #expect(
      try Self.verdict(person, Self.warehouse { $0.employerKind = .socialOrMunicipal }).fit != nil)
  }

  @Test func anUnknownWageValueAtARegularEmployerWithoutSubsidyIsAnAssessmentPoint() throws {
    let result = try Self.verdict(Self.person { $0.wageValue = nil }, Self.warehouse())
    #expect(result.fit?.assessmentPoints == [.wageValueNotAssessed])
  }

  @Test func regularWorkRanksAboveAnInternalPlaceWhenBothFit() throws {
    let person = Self.person()
    let regular = Self.warehouse { $0.id = "PL-Z-REGULAR" }
    let internalPlace = Self.warehouse {
      $0.id = "PL-A-INTERNAL"
      $0.employerKind = .internal
    }
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: [person], places: [internalPlace, regular])
    let list = try engine.shortlist(for: person.id, options: QueryOptions(k: 2, day: Self.day))
    #expect(list.matches.map(\.placeID) == ["PL-Z-REGULAR", "PL-A-INTERNAL"])
  }

  @Test func anExcludedSectorKnocksOut() throws {
    let person = Self.person {
      $0.wishes.sectors = [SectorPreference(sector: "logistics", wish: .excluded)]
    }
    #expect(try Self.verdict(person, Self.warehouse()).knockOuts == [.sectorExcluded("logistics")])
  }

  @Test func aBikeDoesNotReachWhatACarDoes() throws {
    // About 15 km away: 78 minutes by bike (over 30), 28.4 by car.
    let farAway = Self.warehouse { $0.location = GeoPoint(latitude: 50.7706, longitude: 5.8650) }
    let byBike = try Self.verdict(Self.person(), farAway)
    guard case .travel(let minutes, 30)? = byBike.knockOuts.first else {
      Issue.record("expected a travel knock-out, got \(byBike.knockOuts)")
      return
    }
    #expect(minutes > 60)
    let byCar = try Self.verdict(Self.person { $0.wishes.transport = .car }, farAway)
    #expect(byCar.fit != nil)
    #expect(byCar.travelMinutes < 30)
  }

  @Test func tooFewHoursForTheHoursThePlaceNeeds() throws {
    let person = Self.person { $0.wishes.hoursPerWeek = HoursRange(min: 12, max: 24) }
    let place = Self.warehouse { $0.hoursPerWeek = HoursRange(min: 32, max: 38) }
    #expect(
      try Self.verdict(person, place).knockOuts == [
        .hours(place: HoursRange(min: 32, max: 38), person: HoursRange(min: 12, max: 24))
      ])
  }

  @Test func dutchBelowTheRequirementUnlessThePlaceTeachesDutch() throws {
    let person = Self.person { $0.dutchLevel = .a1 }
    #expect(
      try Self.verdict(person, Self.warehouse()).knockOuts == [.language(required: .a2, held: .a1)])
    let metalAtWork = Self.warehouse {
      $0.learningOffer = LearningOffer(teaches: [], months: 6, teachesDutch: true)
    }
    #expect(try Self.verdict(person, metalAtWork).fit != nil)
    let unknown = try Self.verdict(Self.person { $0.dutchLevel = nil }, Self.warehouse())
    #expect(unknown.fit?.assessmentPoints == [.dutchNotAssessed(required: .a2)])
  }

  @Test func shelteredPlacesNeedAnIndication() throws {
    let sheltered = Self.warehouse {
      $0.employerKind = .externalSheltered
      $0.requiredIndications = [.nieuwBeschut, .wsw]
      $0.support = .jobCoach
    }
    #expect(
      try Self.verdict(Self.person(), sheltered).knockOuts == [
        .indication(required: [.nieuwBeschut, .wsw], held: [])
      ])
    #expect(
      try Self.verdict(Self.person { $0.indications = [.nieuwBeschut] }, sheltered).fit != nil)
  }

  @Test func supportNeedBeyondWhatThePlaceOffersWhenTheSOBProvidesNoCoaches() throws {
    var policy = Policy.default
    policy.jobCoaches.provided = false
    let person = Self.person { $0.supportNeed = .intensive }
    #expect(
      try Self.verdict(person, Self.warehouse { $0.support = .colleague }, policy: policy)
        .knockOuts == [.support(need: .intensive, offered: .colleague)])
    #expect(
      try Self.verdict(person, Self.warehouse { $0.support = .jobCoach }, policy: policy).fit
        != nil)
  }

  @Test func noFreeSlotAndDatesOutsideThePlanningHorizon() throws {
    #expect(
      try Self.verdict(Self.person(), Self.warehouse { $0.freeSlots = 0 }).knockOuts == [
        .noFreeSlot
      ])
    let horizon = Self.day.adding(days: 30)
    let later = Self.person { $0.availableFrom = horizon.adding(days: 1) }
    #expect(
      try Self.verdict(later, Self.warehouse()).knockOuts == [
        .notYetAvailable(availableFrom: horizon.adding(days: 1), horizon: horizon)
      ])
    #expect(
      try Self.verdict(Self.person { $0.availableFrom = horizon }, Self.warehouse()).fit != nil)
    let opensLater = Self.warehouse { $0.openFrom = Day(iso: "2027-03-01")! }
    #expect(
      try Self.verdict(Self.person(), opensLater).knockOuts == [
        .notYetOpen(openFrom: Day(iso: "2027-03-01")!, horizon: horizon)
      ])
  }

  @Test func everyKnockOutIsReportedNotJustTheFirst() throws {
    let person = Self.person {
      $0.loadCapacity[.lifting] = LoadLevel(0)
      $0.loadCapacity[.standing] = LoadLevel(1)
      $0.wishes.hoursPerWeek = HoursRange(min: 8, max: 16)
      $0.dutchLevel = .a1
    }
    let result = try Self.verdict(person, Self.warehouse())
    #expect(
      result.knockOuts == [
        .load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(0)!),
        .load(.standing, demand: LoadLevel(3)!, capacity: LoadLevel(1)!),
        .hours(place: HoursRange(min: 24, max: 38), person: HoursRange(min: 8, max: 16)),
        .language(required: .a2, held: .a1),
      ])
  }

  @Test func aCertificateRouteScoresHigherForSomeoneWhoWantsOne() throws {
    let wantsCertificate = Self.person { $0.wishes.wantsCertificate = true }
    let withCertificate = Self.forkliftPlace(months: 12)
    var withoutCertificate = Self.forkliftPlace(months: 12)
    withoutCertificate.learningOffer?.certificate = false
    let a = try Self.verdict(wantsCertificate, withCertificate).score!
    let b = try Self.verdict(wantsCertificate, withoutCertificate).score!
    #expect(a > b)
  }

  @Test func aPreferredSectorRanksHigher() throws {
    let person = Self.person {
      $0.wishes.sectors = [
        SectorPreference(sector: "retail", wish: .wanted(rank: 1)),
        SectorPreference(sector: "logistics", wish: .wanted(rank: 2)),
      ]
    }
    let shop = Self.warehouse {
      $0.id = "PL-SHOP"
      $0.sectors = ["retail"]
    }
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: [person], places: [Self.warehouse(), shop])
    let list = try engine.shortlist(for: person.id, options: QueryOptions(k: 2, day: Self.day))
    #expect(list.matches.map(\.placeID) == ["PL-SHOP", "PL-G1"])
  }
}
