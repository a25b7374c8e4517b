import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// Every output rounds a score the way Scoring.md says, half away from zero on the exact
/// millionths (issue 24 §2): P-000749 × PL-002294 on seed 11 scores 74,365,000 millionths,
/// which `explain` printed as 74.37 and the lists, sheets and the service as 74.36 (they
/// rounded the `Double` 74.364999…).
@Suite("Score rounding")
struct ScoreRoundingTests {
  @Test(arguments: [
    (74_365_000, 2, 74.37), (66_335_000, 2, 66.34), (88_250_000, 1, 88.3),
    (88_249_999, 1, 88.2), (5_000, 2, 0.01), (-5_000, 2, -0.01), (4_999, 2, 0),
    (100_000_000, 2, 100), (12_345_678, 0, 12),
  ])
  func exactHalvesRoundAwayFromZero(millionths: Int64, decimals: Int, printed: Double) {
    #expect(PrintedScore.points(millionths, decimals: decimals) == printed)
  }

  /// A shortlist whose first score is an exact half, in every rendering of a list.
  @Test func everyListOutputPrintsTheSameHalf() throws {
    let engine = TestData.sampleEngine
    let id: ParticipantID = "P-000003"
    let list = try engine.shortlist(for: id, options: QueryOptions(k: 2, day: TestData.day))
    let person = try #require(engine.validatedParticipant(id))
    for language in [Language.english, .dutch] {
      let localizer = Localizer(language: language, taxonomy: TestData.taxonomy)
      var presentation = Presenter(audience: .officer).shortlist(
        list, for: person, day: TestData.day, explain: false, in: engine)
      presentation.entries[0].match.scoreMillionths = 74_365_000
      let printed = language == .dutch ? "74,37" : "74.37"
      let json = JSONRendering(localizer: localizer).list(presentation)
      #expect(json["matches"]?.arrayElements?.first?["score"]?.numberValue == 74.37)
      let (header, rows) = CSVRendering(localizer: localizer).list(presentation)
      let column = try #require(header.firstIndex(of: "score"))
      #expect(rows[0][column] == printed)
      let text = TextRendering(localizer: localizer, width: nil, colour: false)
        .shortlist(presentation, breakdowns: false)
      #expect(text.contains("74,4") || text.contains("74.4"), "1 decimal in a table: 74.4")
    }
  }
}
