import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// Printed parts add up to the printed score (Scoring.md, "Printing a score").
@Suite("Printed scores")
struct PrintedScoreTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var contributions: [Int64]
    var adjustments: [Int64]
    var decimals: Int
    var printed: [Double]
    var score: Double
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // Scoring.md's worked example: 17.1875 takes the missing hundredth.
    Case(
      name: "the worked example, 2 decimals",
      contributions: [16_410_256, 17_187_500, 10_000_000, 23_344_501, 10_000_000, 10_000_000],
      adjustments: [2_000_000], decimals: 2,
      printed: [16.41, 17.19, 10, 23.34, 10, 10, -2], score: 84.94),
    Case(
      name: "the worked example, 1 decimal",
      contributions: [16_410_256, 17_187_500, 10_000_000, 23_344_501, 10_000_000, 10_000_000],
      adjustments: [2_000_000], decimals: 1,
      printed: [16.4, 17.2, 10, 23.3, 10, 10, -2], score: 84.9),
    // Three thirds of a point: rounded one by one they print 0.3 + 0.3 + 0.3 = 0.9 against a
    // score of 1.0; the first part takes the missing tenth.
    Case(
      name: "thirds", contributions: [333_334, 333_333, 333_333], adjustments: [], decimals: 1,
      printed: [0.4, 0.3, 0.3], score: 1.0),
    // Each part 0.15 rounds to 0.2 on its own (0.6 in all against a score of 0.45, printed
    // 0.5): the remainders are equal, so the earlier parts take the two missing tenths.
    Case(
      name: "halves", contributions: [150_000, 150_000, 150_000], adjustments: [], decimals: 1,
      printed: [0.2, 0.2, 0.1], score: 0.5),
    Case(
      name: "a margin", contributions: [10_000_000, 2_500_000],
      adjustments: [15_000_000, 2_000_000],
      decimals: 2, printed: [10, 2.5, -15, -2], score: 0),
    // An SROI bonus (points added) that takes the parts above 100: held at 100, each part
    // rounded on its own.
    Case(
      name: "a bonus above 100", contributions: [60_000_000, 38_000_000],
      adjustments: [-5_000_000], decimals: 1, printed: [60, 38, 5], score: 100),
    Case(
      name: "a bonus below 100", contributions: [60_000_000, 30_000_000],
      adjustments: [2_000_000, -5_000_000], decimals: 1, printed: [60, 30, -2, 5], score: 93),
  ]

  @Test(arguments: cases)
  func partsAddUpToTheScore(_ example: Case) {
    let total = example.contributions.reduce(0, +) - example.adjustments.reduce(0, +)
    let printed = PrintedScore(
      contributions: example.contributions, adjustments: example.adjustments,
      scoreMillionths: min(100_000_000, max(0, total)), decimals: example.decimals)
    #expect(printed.contributions + printed.adjustments == example.printed)
    #expect(printed.score == example.score)
    #expect(printed.clamped == (total < 0 || total > 100_000_000))
    if !printed.clamped {
      var unit = 1.0
      for _ in 0..<example.decimals { unit *= 10 }
      let sum = (printed.contributions + printed.adjustments).reduce(0) {
        $0 + ($1 * unit).rounded()
      }
      #expect(sum == (printed.score * unit).rounded())
    }
  }

  /// Over every fit of the sample: the printed parts add up, and each is within one unit of
  /// its exact value.
  @Test(arguments: [1, 2])
  func everySampleFitAddsUp(decimals: Int) throws {
    let engine = TestData.sampleEngine
    var unit = 1.0
    for _ in 0..<decimals { unit *= 10 }
    var checked = 0
    for id in engine.participantIDs.prefix(60) {
      for place in engine.placeIDs.prefix(200) {
        guard let fit = try engine.explain(participant: id, place: place, on: TestData.day).fit,
          fit.scoreMillionths > 0
        else { continue }
        let disclosed = try #require(
          Audience.officer.disclose(
            try engine.explain(participant: id, place: place, on: TestData.day),
            person: engine.participant(id)!, place: engine.place(place)!
          ).fit)
        let printed = try #require(PrintedScore(disclosed, decimals: decimals))
        let parts = printed.contributions + printed.adjustments
        #expect(parts.reduce(0) { $0 + ($1 * unit).rounded() } == (printed.score * unit).rounded())
        let exact =
          fit.components.map(\.contribution) + fit.adjustments.map { -$0.points }
        for (part, value) in zip(parts, exact) { #expect(abs(part - value) < 1 / unit + 1e-9) }
        checked += 1
      }
    }
    #expect(checked > 200)
  }
}
