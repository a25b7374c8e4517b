import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// The congestion figures of issue 13 on the generated region it names
/// (`plek generate --participants 5000 --places 2000 --seed 3`, top-10 lists, on the first day
/// on which everybody is available and every place open), against its targets.
@Suite(.tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct CongestionTests {
  static let region: MatchEngine = {
    try! TestData.engine(seed: 3, participants: 5000, places: 2000)
  }()

  /// The first day on which every person is available and every place open.
  static var allAvailable: Day {
    let engine = region
    let people = engine.participantIDs.map { engine.participant($0)!.availableFrom }
    let places = engine.placeIDs.map { engine.place($0)!.openFrom }
    return (people + places).max()!
  }

  static let report: CongestionReport = {
    try! region.congestion(options: QueryOptions(k: 10, day: allAvailable, threads: 0))
  }()

  /// `assign` places exactly as many as a plain maximum flow over every fit.
  @Test func theProposalPlacesTheMaximum() throws {
    let engine = Self.region
    let options = QueryOptions(k: 10, day: Self.allAvailable, threads: 0)
    let all = try engine.fits(for: engine.participantIDs, limit: nil, options: options)
    let column = Dictionary(uniqueKeysWithValues: engine.placeIDs.enumerated().map { ($1, $0) })
    let problem = ReferenceAssignment.Problem(
      fits: all.map { row in row.fits.map { (column[$0.place]!, $0.score) } },
      freeSlots: engine.placeIDs.map { engine.place($0)!.freeSlots })
    let maximum = ReferenceAssignment.maximumPlaced(problem)
    #expect(Self.report.maximumPlaced == maximum)
    #expect(try engine.assign(options: options).placedCount == maximum)
    // The plain lists fall far short, as the issue found.
    #expect(Self.report.plain.placedByNumberOnes < maximum / 2)
    #expect(Self.report.plain.placedFromTheLists < maximum)
  }

  /// With spread lists: Gini ≤ 0.6, fitting-but-unlisted places ≤ 5%, and everybody's
  /// number one together places the maximum. Overbooked number ones fall (92% → 60% of
  /// people, 51% → 37% of number-one places) but not to 20%: the people no proposal can place
  /// (34% of those with a fit here) fit only places every maximum proposal fills, so whatever
  /// their list, their number one is full, and so is the number one of those placed there.
  @Test func spreadListsMeetTheTargets() {
    let report = Self.report
    #expect(report.spread.gini <= 0.6)
    // The lower bound the certificate proves: every unplaced person with a fit has a full
    // number one.
    #expect(report.spread.overbookedNumberOnes >= report.peopleWithAFit - report.maximumPlaced)
    #expect(Double(report.spread.fittingButUnlisted) <= 0.05 * Double(report.placesFittingSomeone))
    #expect(report.spread.placedByNumberOnes == report.maximumPlaced)
    // Against the plain lists, measured side by side.
    #expect(report.plain.overbookedPlaceShare > report.spread.overbookedPlaceShare)
    #expect(report.plain.overbookedPeopleShare > report.spread.overbookedPeopleShare)
    #expect(report.plain.gini > report.spread.gini)
    #expect(report.plain.fittingButUnlisted > report.spread.fittingButUnlisted)
    #expect(report.plain.meanTopScoreMillionths >= report.spread.meanTopScoreMillionths)
    print(
      """
      seed-3 region: people \(report.people) (with a fit \(report.peopleWithAFit)), places \(report.places) (fitting someone \(report.placesFittingSomeone)), maximum placed \(report.maximumPlaced)
      plain:  number ones place \(report.plain.placedByNumberOnes), from the lists \(report.plain.placedFromTheLists), overbooked number ones \(report.plain.overbookedNumberOnes) people / \(report.plain.overbookedNumberOnePlaces) of \(report.plain.numberOnePlaces) places, Gini \(report.plain.gini), unlisted \(report.plain.fittingButUnlisted), mean top score \(report.plain.meanTopScoreMillionths)
      spread: number ones place \(report.spread.placedByNumberOnes), from the lists \(report.spread.placedFromTheLists), overbooked number ones \(report.spread.overbookedNumberOnes) people / \(report.spread.overbookedNumberOnePlaces) of \(report.spread.numberOnePlaces) places, Gini \(report.spread.gini), unlisted \(report.spread.fittingButUnlisted), mean top score \(report.spread.meanTopScoreMillionths)
      """)
  }

  /// The Gini coefficient on values small enough to check by hand.
  @Test(arguments: [
    ([1, 1, 1, 1], 0.0), ([0, 0, 0, 4], 0.75), ([0, 1, 2, 3], 5.0 / 12.0), ([0, 0], 0.0),
  ])
  func gini(values: [Int], expected: Double) {
    let lists = values.enumerated().map { place, count in
      Array(repeating: [(place: PlaceID("PL-\(place)")!, score: Int64(1))], count: count)
    }.joined()
    var freeSlots: [PlaceID: Int] = [:]
    for place in values.indices { freeSlots[PlaceID("PL-\(place)")!] = 1 }
    let figures = ListCongestion.figures(
      lists: Array(lists), freeSlots: freeSlots, fitting: Set(freeSlots.keys))
    #expect(abs(figures.gini - expected) < 1e-12)
  }

  /// The table of the *Assignment* article is this report's.
  @Test func theArticlesTableIsTheReport() throws {
    let article = try Repository.text("Sources/PlekAssign/PlekAssign.docc/Assignment.md")
    let report = Self.report
    func count(_ value: Int) -> String {
      value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
    func percent(_ part: Int, _ whole: Int) -> String {
      "\(Int((100 * Double(part) / Double(whole)).rounded()))%"
    }
    func score(_ millionths: Int64) -> String {
      String(format: "%.1f", Double(millionths) / 1_000_000)
    }
    let rows = [
      "| placed if everyone takes their number one | \(count(report.plain.placedByNumberOnes)) | \(count(report.spread.placedByNumberOnes)) |",
      "| placed by the best choice from the lists | \(count(report.plain.placedFromTheLists)) | \(count(report.spread.placedFromTheLists)) |",
      "| people whose number one is overbooked | \(count(report.plain.overbookedNumberOnes)) (\(percent(report.plain.overbookedNumberOnes, report.plain.peopleWithAList))) | \(count(report.spread.overbookedNumberOnes)) (\(percent(report.spread.overbookedNumberOnes, report.spread.peopleWithAList))) |",
      "| number-one places overbooked | \(report.plain.overbookedNumberOnePlaces) of \(report.plain.numberOnePlaces) (\(percent(report.plain.overbookedNumberOnePlaces, report.plain.numberOnePlaces))) | \(report.spread.overbookedNumberOnePlaces) of \(count(report.spread.numberOnePlaces)) (\(percent(report.spread.overbookedNumberOnePlaces, report.spread.numberOnePlaces))) |",
      "| Gini of list appearances per fitting place | \(String(format: "%.2f", report.plain.gini)) | \(String(format: "%.2f", report.spread.gini)) |",
      "| fitting places on no list | \(report.plain.fittingButUnlisted) of \(count(report.placesFittingSomeone)) (\(percent(report.plain.fittingButUnlisted, report.placesFittingSomeone))) | \(report.spread.fittingButUnlisted) (\(String(format: "%.1f", 100 * Double(report.spread.fittingButUnlisted) / Double(report.placesFittingSomeone)))%) |",
      "| mean score of the first entry | \(score(report.plain.meanTopScoreMillionths)) | \(score(report.spread.meanTopScoreMillionths)) |",
    ]
    for row in rows { #expect(article.contains(row), "\(row)") }
    #expect(article.contains("The proposal places \(count(report.maximumPlaced)), the maximum"))
    #expect(
      article.contains(
        "\(count(report.peopleWithAFit - report.maximumPlaced)) of the\n\(count(report.peopleWithAFit)) people with a fit"
      ))
  }

  /// The places that fit someone are the same whether found by candidate scans or taken from
  /// the region's advice (its places nobody fits).
  @Test func placesFittingSomeoneAgreeWithTheRegionsAdvice() throws {
    let engine = TestData.sampleEngine
    let options = QueryOptions(k: 10, day: TestData.day)
    let session = try AssignmentSession(engine: engine, options: options)
    let scanned = try session.congestion(in: engine, depth: 10)
    let region = try engine.regionAdvice(options: options)
    let told = try session.congestion(
      in: engine, depth: 10, placesNobodyFits: Set(region.placesNobodyFits.map(\.placeID)))
    #expect(scanned.placesFittingSomeone == told.placesFittingSomeone)
    #expect(scanned.placesFittingSomeone == engine.placeCount - region.placesNobodyFits.count)
    #expect(scanned == told)
  }
}
