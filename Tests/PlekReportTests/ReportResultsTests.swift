import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// Issue 26: the region report's section *Resultaten*: the eight quarters up to the report's
/// day, as `plek outcomes --by quarter --per municipality` gives them for that range; none
/// without placements.
@Suite("Region report: results")
struct ReportResultsTests {
  static let options = QueryOptions(day: TestData.day)

  @Test func theResultsAreTheOutcomesOfTheLastEightQuarters() throws {
    let report = try ReportQuery(options: Self.options).present(
      in: Workspace(engine: TestData.sampleEngine))
    let results = try #require(report.results)
    // 2026-11-22 is in 2026-Q4: from 2025-Q1.
    #expect(results.from == Day(iso: "2025-01-01"))
    #expect(results.to == TestData.day)
    #expect(results.periods.map(\.period.label).first == "2025-Q1")
    #expect(results.periods.count == 8)
    let sample = TestData.sample
    let expected = OutcomesPresentation(
      history: PlacementHistory(
        participants: sample.participants.map(\.value), places: sample.places.map(\.value),
        placements: sample.placements.map(\.value)),
      from: results.from, to: TestData.day, interval: .quarter, cohort: Cohort(),
      breakdown: .municipality,
      municipalities: sample.taxonomy.value.region.municipalities.map(\.id))
    let json = JSONRendering(localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
    #expect(json.report(report)["results"] == json.outcomes(expected))
    for language in [Language.dutch, .english] {
      let html = HTMLRendering(
        localizer: Localizer(language: language, taxonomy: TestData.taxonomy)
      )
      .report(report)
      let title = language == .dutch ? "6. Resultaten" : "6. Results"
      #expect(html.contains("<h2>\(title)</h2>"))
    }
  }

  @Test func noPlacementsNoSection() throws {
    let sample = TestData.sample
    let engine = try MatchEngine(
      taxonomy: sample.taxonomy, policy: TestData.taxonomy.validate(Policy.default).validated!,
      participants: sample.participants, places: sample.places)
    let report = try ReportQuery(options: Self.options).present(in: Workspace(engine: engine))
    #expect(report.results == nil)
    let html = HTMLRendering(localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy))
      .report(report)
    #expect(!html.contains("6. Resultaten"))
  }
}
