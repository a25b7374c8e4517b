import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// The JSON shapes the service and `--format json` share, field by field.
@Suite("JSON rendering")
struct JSONRenderingTests {
  static let engine = TestData.sampleEngine
  static let day = TestData.day
  static let json = JSONRendering(
    localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))

  static func keys(_ value: JSONValue?) -> [String] { value?.objectMembers?.map(\.key) ?? [] }

  @Test func aShortlistEntryForEachAudience() throws {
    let id: ParticipantID = "P-000003"
    let list = try Self.engine.shortlist(for: id, options: QueryOptions(k: 2, day: Self.day))
    let person = try #require(Self.engine.validatedParticipant(id))
    let officer = Self.json.list(
      Presenter(audience: .officer).shortlist(
        list, for: person, day: Self.day, explain: false, in: Self.engine))
    #expect(
      Self.keys(officer) == ["participant", "date", "view", "evaluated", "total", "matches"])
    #expect(officer["view"] == "officer")
    let entry = try #require(officer["matches"]?.arrayElements?.first)
    #expect(
      Self.keys(entry) == [
        "rank", "participant", "place", "employer", "employerKind", "title", "sectors",
        "hoursPerWeek", "learning", "travelMinutes", "score", "assessmentPoints",
      ])
    // Scores to 2 decimals, minutes to 1.
    let score = try #require(entry["score"]?.numberValue)
    #expect((score * 100).rounded() == score * 100)
    #expect(score == (list.matches[0].score * 100).rounded() / 100)
    let minutes = try #require(entry["travelMinutes"]?.numberValue)
    #expect(minutes == (list.matches[0].travelMinutes * 10).rounded() / 10)

    let employer = Self.json.list(
      Presenter(audience: .employer).shortlist(
        list, for: person, day: Self.day, explain: true, in: Self.engine))
    let hidden = try #require(employer["matches"]?.arrayElements?.first)
    #expect(Self.keys(hidden).contains("status"))
    #expect(!Self.keys(hidden).contains("score"))
    #expect(!Self.keys(hidden).contains("assessmentPoints"))
    #expect(
      Self.keys(hidden["explanation"]) == [
        "participant", "place", "travelMinutes", "outcome", "status", "assessmentPoints",
        "learningSteps", "productiveAfterMonths", "notes",
      ])
  }

  /// A full place's candidate list says so, and explains each entry as it would fit when a
  /// slot opens (not as knocked out for the missing slot).
  @Test func aFullPlacesCandidatesAreExplainedAsFits() throws {
    let id: PlaceID = "PL-000004"
    let place = try #require(Self.engine.validatedPlace(id))
    #expect(place.value.freeSlots == 0)
    let list = try Self.engine.candidates(for: id, options: QueryOptions(k: 3, day: Self.day))
    let json = Self.json.list(
      Presenter(audience: .officer).candidates(
        list, for: place, day: Self.day, explain: true, in: Self.engine))
    #expect(json["placeIsFull"] == true)
    let matches = try #require(json["matches"]?.arrayElements)
    #expect(matches.count == 3)
    for match in matches {
      #expect(match["explanation"]?["outcome"] == "fit")
      #expect(match["explanation"]?["score"] == match["score"])
    }
  }

  @Test func aKnockOutNamesBothValues() {
    let knockOut = Self.json.knockOut(
      .load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!))
    #expect(Self.keys(knockOut) == ["code", "dimension", "demand", "capacity", "sentence"])
    #expect(knockOut["code"] == "load")
    #expect(knockOut["demand"] == 3 && knockOut["capacity"] == 2)
    #expect(
      knockOut["sentence"] == "Lifting and carrying: the work demands level 3, capacity is 2.")
    let travel = Self.json.knockOut(.travel(minutes: 88.64, maximum: 30))
    #expect(travel["minutes"] == 88.6 && travel["maximum"] == 30)
  }

  @Test func anEmployerSeesOneUndisclosedReasonWhateverTheCount() throws {
    // P-000001 × PL-000723: load, travel and support knock it out (Protocol.md).
    let presentation = try Presenter(audience: .employer).explanation(
      Self.engine.validatedParticipant("P-000001")!, Self.engine.validatedPlace("PL-000723")!,
      day: Self.day, in: Self.engine)
    let rendered = Self.json.explanation(presentation)
    #expect(rendered["view"] == "employer")
    let codes = rendered["knockOuts"]?.arrayElements?.compactMap { $0["code"]?.stringValue }
    #expect(codes == ["travel", "not-disclosed"])
  }

  @Test func statisticsAndSummaries() throws {
    let statistics = Self.json.statistics(Self.engine.statistics)
    #expect(
      Self.keys(statistics) == [
        "participants", "places", "grid", "placeIndexEntries", "participantIndexEntries",
        "packedBytes",
      ])
    #expect(statistics["participants"] == 300)
    let summary = Self.json.summary(
      try Self.engine.knockOutSummary(for: "P-000001", on: Self.day))
    #expect(summary["fits"] == 0 && summary["knockedOut"] == 1000)
    #expect(summary["reasons"]?.arrayElements?.first?["code"] == "travel")
  }
}
