import Foundation
import PlekCore
import PlekIO
import Testing

/// Scoring.md's worked example, recomputed from the records it shows.
@Suite("Scoring.md")
struct ScoringDocumentationTests {
  static let file = EngineFixtures.root + "/Sources/PlekCore/PlekCore.docc/Scoring.md"

  static func example(_ name: String) throws -> JSONValue {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let marker = "<!-- example: \(name) -->"
    guard let start = text.range(of: marker),
      let open = text.range(of: "```json\n", range: start.upperBound..<text.endIndex),
      let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex)
    else { throw CocoaError(.fileReadCorruptFile) }
    return try JSONParser().parse(String(text[open.upperBound..<close.lowerBound]))
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

    #expect(NumberText.format(explanation.travelMinutes, decimals: 2) == "5.96")
    #expect(text.contains("**5.96 minutes**"))
    let values = fit.components.map { NumberText.format($0.value, decimals: 4) }
    #expect(values == ["0.7692", "0.5625", "1.0000", "0.9338", "1.0000", "1.0000"])
    let contributions = fit.components.map { NumberText.format($0.contribution, decimals: 2) }
    #expect(contributions == ["15.38", "14.06", "10.00", "23.34", "10.00", "10.00"])
    for contribution in contributions { #expect(text.contains("| \(contribution) |")) }
    #expect(NumberText.format(fit.score, decimals: 2) == "82.79")
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
      #expect(!knockOut.sentence(.english, taxonomy: EngineFixtures.taxonomy).isEmpty)
      #expect(
        knockOut.sentence(.dutch, taxonomy: EngineFixtures.taxonomy)
          != knockOut.sentence(.english, taxonomy: EngineFixtures.taxonomy))
    }
    let points: [AssessmentPoint] = [
      .loadNotAssessed(.walking, demand: LoadLevel(1)!),
      .loadAdaptation(.walking, demand: LoadLevel(2)!, capacity: LoadLevel(1)!),
      .dutchNotAssessed(required: .a2), .wageValueNotAssessed,
    ]
    for point in points {
      #expect(text.contains("`\(point.code)`"), "\(point.code)")
      #expect(
        point.sentence(.dutch, taxonomy: EngineFixtures.taxonomy)
          != point.sentence(.english, taxonomy: EngineFixtures.taxonomy))
    }
    for kind in ScoreComponentKind.allCases { #expect(text.contains("`\(kind.rawValue)`")) }
  }

  @Test func sentencesNameBothValues() {
    let taxonomy = EngineFixtures.taxonomy
    #expect(
      KnockOut.load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!).sentence(
        .english, taxonomy: taxonomy)
        == "Lifting and carrying: the work demands level 3, capacity is 2.")
    #expect(
      KnockOut.load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!).sentence(
        .dutch, taxonomy: taxonomy)
        == "Tillen en dragen: het werk vraagt niveau 3, de belastbaarheid is 2.")
    #expect(
      KnockOut.competencyPace(
        "forklift-driving", required: .independent, held: 0, monthsNeeded: 24, offerMonths: 12
      )
      .sentence(.english, taxonomy: taxonomy)
        == "Forklift driving: level 2 required, held 0; at this pace that takes 24 months, the route lasts 12."
    )
    #expect(NumberText.format(18.75, decimals: 1, .dutch) == "18,8")
    #expect(NumberText.format(-0.04, decimals: 1) == "0.0")
  }
}
