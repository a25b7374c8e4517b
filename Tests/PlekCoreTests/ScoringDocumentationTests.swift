import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// Scoring.md's worked example, recomputed from the records it shows.
@Suite("Scoring.md")
struct ScoringDocumentationTests {
  static let file = EngineFixtures.root + "/Sources/PlekCore/PlekCore.docc/Scoring.md"

  static func example(_ name: String) throws -> JSONValue {
    try JSONParser().parse(
      try DocumentedExample.json(name, in: String(contentsOfFile: file, encoding: .utf8)))
  }

  @Test func theWorkedExampleIsWhatTheEngineComputes() throws {
    let person = try #require(
      Participant.decode(
        json: try Self.example("worked-participant"), taxonomy: EngineFixtures.taxonomy
      ).value)
    let place = try #require(
      Place.decode(json: try Self.example("worked-place"), taxonomy: EngineFixtures.taxonomy).value)
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: [person], places: [place])
    let explanation = try engine.explain(
      participant: person.id, place: place.id, on: EngineFixtures.day)
    let fit = try #require(explanation.fit)
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)

    #expect(fixed(explanation.travelMinutes, decimals: 2) == "5.96")
    #expect(text.contains("**5.96 minutes**"))
    let values = fit.components.map { fixed($0.value, decimals: 4) }
    #expect(values == ["0.7692", "0.5625", "1.0000", "0.9338", "1.0000", "1.0000"])
    let contributions = fit.components.map { fixed($0.contribution, decimals: 2) }
    #expect(contributions == ["15.38", "14.06", "10.00", "23.34", "10.00", "10.00"])
    for contribution in contributions { #expect(text.contains("| \(contribution) |")) }
    #expect(fixed(fit.score, decimals: 2) == "82.79")
    #expect(text.contains("**82.79**"))
    #expect(
      fit.assessmentPoints == [
        .loadAdaptation(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!)
      ])
    #expect(fit.learningSteps.map(\.months) == [12])
    // The compiled scorer agrees.
    let list = try engine.shortlist(for: person.id, options: QueryOptions(day: EngineFixtures.day))
    #expect(list.matches.first?.score == fit.score)
  }

  @Test func everyReasonCodeIsDocumented() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let day = EngineFixtures.day
    let knockOuts: [KnockOut] = [
      .load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!),
      .hours(placeMinimum: 1, personMaximum: 0),
      .travel(minutes: 1, maximum: 1), .competency("welding", required: .basic, held: 0),
      .competencyPace("welding", required: .basic, held: 0, monthsNeeded: 1, offerMonths: 1),
      .language(required: .b1, held: .a1), .indication(required: [.wsw], held: []),
      .wswOtherProvider("vaals"),
      .wageSubsidy(wageValue: 50), .support(need: .light, offered: .none), .noFreeSlot,
      .sectorExcluded("care"),
      .notYetAvailable(availableFrom: day, horizon: day), .notYetOpen(openFrom: day, horizon: day),
    ]
    for knockOut in knockOuts {
      #expect(text.contains("`\(knockOut.code)`"), "\(knockOut.code)")
    }
    let points: [AssessmentPoint] = [
      .loadNotAssessed(.walking, demand: LoadLevel(1)!),
      .loadAdaptation(.walking, demand: LoadLevel(2)!, capacity: LoadLevel(1)!),
      .dutchNotAssessed(required: .a2), .wageValueNotAssessed,
    ]
    for point in points {
      #expect(text.contains("`\(point.code)`"), "\(point.code)")
    }
    for kind in ScoreComponentKind.allCases { #expect(text.contains("`\(kind.rawValue)`")) }
  }
}

/// `value` with `decimals` decimals, as the page prints numbers.
func fixed(_ value: Double, decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let scaled = (abs(value) * scale).rounded()
  let whole = Int(scaled / scale)
  let fraction = String(Int(scaled) - whole * Int(scale))
  return (value < 0 && scaled > 0 ? "-" : "") + String(whole)
    + (decimals > 0
      ? "." + String(repeating: "0", count: decimals - fraction.count) + fraction : "")
}
