import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// Small groups in every output for readers beyond the officer (issue 24 §1): an attacker of
/// our own (``SmallGroupAttack``: the relations a reader knows, from the rendered JSON, and
/// linear programming) finds no group of 1–4 worked out or narrowed to 1–4 in the report,
/// the region's advice, the congestion report, the proposal's summary and an employer's
/// carving, on the sample and on five generated regions of different sizes and seeds.
@Suite("Small groups are protected")
struct SmallGroupProtectionTests {
  /// A region to attack: the sample, or generated data.
  struct Region: CustomTestStringConvertible, Sendable {
    var name: String
    var seed: UInt64?
    var people = 0
    var places = 0
    var testDescription: String { name }

    var engine: MatchEngine {
      get throws {
        guard let seed else { return TestData.sampleEngine }
        return try TestData.engine(seed: seed, participants: people, places: places)
      }
    }
  }

  static let sample = Region(name: "sample", seed: nil)
  static let generated = [
    Region(name: "seed 3, 2,000 people, 800 places", seed: 3, people: 2_000, places: 800),
    Region(name: "seed 7, 600 people, 1,500 places", seed: 7, people: 600, places: 1_500),
    Region(name: "seed 11, 150 people, 400 places", seed: 11, people: 150, places: 400),
    Region(name: "seed 19, 1,200 people, 300 places", seed: 19, people: 1_200, places: 300),
    Region(name: "seed 23, 60 people, 90 places", seed: 23, people: 60, places: 90),
  ]

  static let day = TestData.day
  static let json = JSONRendering(
    localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy))

  /// Every aggregate output of one region, as JSON, each with the attack on it.
  static func attacks(_ region: Region) throws -> [(output: String, attack: SmallGroupAttack)] {
    let engine = try region.engine
    let options = QueryOptions(day: day)
    var workspace = Workspace(engine: engine)
    var attacks: [(String, SmallGroupAttack)] = []
    let report = try ReportQuery(options: options).present(in: workspace)
    attacks.append(("report", .report(json.report(report))))
    let (_, advice) = try RegionAdviceQuery(cohort: Cohort(), options: options)
      .present(in: workspace)
    attacks.append(("advise --all", .region(json.region(advice))))
    let municipality = engine.taxonomy.region.municipalities.first!.id
    let (_, local) = try RegionAdviceQuery(
      cohort: Cohort(municipalities: [municipality]), options: options
    ).present(in: workspace)
    attacks.append(("advise --all --municipality", .region(json.region(local))))
    // A small cohort has many counts of 1–4 linked through few totals: the case that once
    // made protection try candidates for minutes (a group bounded by a large count).
    for cohort in [
      Cohort(targetGroups: [.wsw]), Cohort(municipalities: [municipality], targetGroups: [.wsw]),
    ] {
      let (_, small) = try RegionAdviceQuery(cohort: cohort, options: options)
        .present(in: workspace)
      attacks.append(("advise --all --target-group wsw", .region(json.region(small))))
    }
    let congestion = try CongestionQuery(scope: AssignmentScope(), options: options)
      .present(in: &workspace)
    attacks.append(("assign --report", .congestion(json.congestion(congestion))))
    let (_, assignment) = try AssignQuery(scope: AssignmentScope(), options: options)
      .present(in: &workspace)
    attacks.append(("assign", .assignment(json.assignment(assignment))))
    for id in engine.placeIDs.prefix(3) {
      var query = CarveQuery(
        place: engine.validatedPlace(id)!, storedID: id,
        options: options)
      query.audience = .employer
      attacks.append(
        ("carve \(id) employer", .carving(json.carving(try query.present(in: workspace)))))
    }
    return attacks
  }

  static func expectNoFindings(_ region: Region) throws {
    expectNoFindings(region, try attacks(region))
  }

  static func expectNoFindings(
    _ region: Region, _ attacks: [(output: String, attack: SmallGroupAttack)]
  ) {
    for (output, attack) in attacks {
      let (findings, unknowns) = attack.findings()
      #expect(
        unknowns > 0 || output.hasPrefix("carve"), "\(region.name), \(output): nothing withheld")
      #expect(findings.isEmpty, "\(region.name), \(output): \(findings.prefix(5))")
    }
  }

  @Test func theSampleDisclosesNoSmallGroup() throws {
    // The outputs are made once (making them is half the test's time).
    let attacks = try Self.attacks(Self.sample)
    Self.expectNoFindings(Self.sample, attacks)
    // The report is attacked with its results (the sample has placements): one reader.
    let report = try #require(attacks.first { $0.output == "report" })
    #expect(report.attack.has("results total started"))
  }

  @Test(
    .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason), arguments: generated)
  func aGeneratedRegionDisclosesNoSmallGroup(region: Region) throws {
    try Self.expectNoFindings(region)
  }

  /// The attacker can find something: the figures the issue found (the Wsw row of "best
  /// score per target group" withheld "< 5" beside 19, 150 and 299 with 470 people with a
  /// fit; the VSO row of "placed", 282 − 278 = 4) are found.
  @Test func theAttackerFindsWhatTheOldTablesGaveAway() throws {
    let wsw = try JSONParser().parse(
      #"""
      {"participants": 493, "places": 10,
       "targetGroups": [{"targetGroup": "wsw", "people": 493}],
       "fit": [{"targetGroup": "wsw", "people": 493, "withFit": 470,
                "bestScoreBands": [{"from": 0, "people": null}, {"from": 40, "people": 19},
                                   {"from": 60, "people": 150}, {"from": 80, "people": 299}],
                "commonKnockOuts": [], "otherFirstSteps": 23, "withoutStep": 0}]}
      """#)
    let found = SmallGroupAttack.report(wsw).findings().findings
    #expect(found.map(\.figure) == ["fit wsw band 0"])
    #expect(found.first?.least == 2 && found.first?.most == 2)

    let placed = try JSONParser().parse(
      #"""
      {"participants": 300, "places": 10,
       "targetGroups": [{"targetGroup": "a", "people": 290}, {"targetGroup": "vso", "people": 10}],
       "proposal": {"placed": 282,
                    "byTargetGroup": [{"targetGroup": "a", "people": 290, "placed": 278},
                                      {"targetGroup": "vso", "people": 10, "placed": null}]}}
      """#)
    #expect(SmallGroupAttack.report(placed).findings().findings.map(\.figure) == ["placed vso"])

    // Narrowed, not computed: 207 people, 206 with a fit — the one without is found.
    let share = try JSONParser().parse(
      #"""
      {"participants": 207, "places": 10,
       "targetGroups": [{"targetGroup": "youth", "people": 207}],
       "fit": [{"targetGroup": "youth", "people": 207, "withFit": 206,
                "bestScoreBands": [], "commonKnockOuts": [],
                "otherFirstSteps": null, "withoutStep": null}]}
      """#)
    #expect(
      SmallGroupAttack.report(share).findings().findings.map(\.figure).contains(
        "without fit youth"))
  }
}
