import PlekCore
import PlekTestSupport
import Testing

@Suite("Model invariants")
struct ModelTests {
  @Test(arguments: [
    ("P-000001", true), ("PL-1", true), ("E:ab.c_d", true), ("a", true),
    (String(repeating: "x", count: 32), true), (String(repeating: "x", count: 33), false),
    ("", false), ("-P1", false), ("P 1", false), ("P/1", false), ("Pé", false), ("123456782", true),
  ])
  func identifierPattern(_ text: String, _ valid: Bool) {
    #expect((ParticipantID(text) != nil) == valid)
  }

  @Test func identifiersOrderLikeStrings() {
    let ids = ["P-10", "P-9", "P-1", "P-1a", "P-A", "P-a"].map { ParticipantID($0)! }
    #expect(ids.sorted().map(\.rawValue) == ids.map(\.rawValue).sorted())
  }

  @Test(arguments: [
    ("forklift-driving", true), ("a1", true), ("Forklift", false), ("fork--lift", false),
    ("-x", false),
    ("x-", false), ("", false), ("fork_lift", false),
  ])
  func taxonomyIDPattern(_ text: String, _ valid: Bool) {
    #expect((CompetencyID(text) != nil) == valid)
  }

  @Test(arguments: [
    "1970-01-01", "2026-11-22", "2024-02-29", "2000-02-29", "1900-03-01", "2199-12-31",
  ])
  func dayRoundTrips(_ text: String) throws {
    let day = try #require(Day(iso: text))
    #expect(day.iso == text)
    #expect(Day(daysSinceEpoch: day.daysSinceEpoch) == day)
  }

  @Test(arguments: [
    "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-11-22", "2026/11/22",
    "x",
  ])
  func badDaysAreRejected(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test func dayArithmetic() {
    #expect(Day(iso: "1970-01-01")!.daysSinceEpoch == 0)
    #expect(Day(iso: "2026-11-22")!.adding(days: 10).iso == "2026-12-02")
    #expect(Day(iso: "2026-03-01")!.adding(days: -1).iso == "2026-02-28")
  }

  @Test func levelsStayInRange() {
    #expect(LoadLevel(4) != nil)
    #expect(LoadLevel(5) == nil)
    #expect(LoadLevel(-1) == nil)
    #expect(CompetencyLevel(0) == nil)
    #expect(CompetencyLevel(3) == .proficient)
    #expect(CompetencyLevel(4) == nil)
    #expect(DutchLevel.a2 < .b1)
    #expect(SupportNeed.intensive < .permanent)
    #expect(SupportNeed.permanent.minimumOffer == .jobCoach)
  }

  @Test func unknownLoadIsNotALevel() {
    var profile = LoadProfile.unknown
    #expect(profile[.lifting] == nil)
    #expect(profile.unknownDimensions.count == 16)
    profile[.lifting] = LoadLevel(0)
    #expect(profile[.lifting] == LoadLevel(0))
    #expect(profile[.lifting] != nil, "level 0 is a known level, not unknown")
    profile[.lifting] = nil
    #expect(profile == .unknown)
    #expect(LoadProfile(repeating: .maximum).isComplete)
  }

  @Test func loadDimensionsAreTheSixteenFMLStyleDimensions() {
    #expect(LoadDimension.allCases.count == 16)
    #expect(LoadDimension.allCases.map(\.lane) == Array(0..<16))
    #expect(Set(LoadDimension.allCases.map(\.rubric)) == Set(FMLRubric.allCases))
    for dimension in LoadDimension.allCases {
      #expect(LoadDimension(lane: dimension.lane) == dimension)
    }
  }

  @Test func splitMixIsTheReferenceSequence() {
    // The published SplitMix64 outputs for seed 0 (Vigna), so data is identical everywhere.
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(random.next() == 0x06C4_5D18_8009_454F)
    var bounded = SplitMix64(seed: 5)
    for _ in 0..<1000 { #expect((0..<7).contains(bounded.below(7))) }
  }

  @Test func theDefaultPolicyIsValid() {
    #expect(Policy.default.problems() == [])
    var policy = Policy.default
    policy.weights.competency = -0.1
    policy.travel.detourFactor = .nan
    policy.monthsPerLevel.slow = 0
    #expect(
      policy.problems().map(\.path) == [
        "weights.competency", "travel.detourFactor", "monthsPerLevel.slow",
      ])
  }

  @Test func travelModelIsTheDocumentedFormula() {
    let travel = TravelModel()
    // 10 km by bike: 10 × 1.3 / 15 × 60 = 52 minutes.
    #expect(abs(travel.minutes(distanceKilometres: 10, mode: .bike) - 52) < 1e-9)
    // By public transport: 10 minutes overhead + 10 × 1.3 / 30 × 60 = 36 minutes.
    #expect(abs(travel.minutes(distanceKilometres: 10, mode: .publicTransport) - 36) < 1e-9)
    #expect(abs(travel.reachKilometres(minutes: 36, mode: .publicTransport) - 10) < 1e-9)
    #expect(travel.reachKilometres(minutes: 5, mode: .publicTransport) == 0)
  }

  @Test func greatCircleDistance() {
    let maastricht = GeoPoint(latitude: 50.8514, longitude: 5.6910)
    let vaals = GeoPoint(latitude: 50.7706, longitude: 6.0183)
    let distance = maastricht.distanceKilometres(to: vaals)
    #expect(abs(distance - 24.7) < 0.3)
    #expect(maastricht.distanceKilometres(to: maastricht) == 0)
    #expect(abs(distance - vaals.distanceKilometres(to: maastricht)) < 1e-9)
  }
}
