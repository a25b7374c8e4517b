import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// Issue 26, *Learning lines*: a learning-work route that ends with a certificate or
/// praktijkverklaring raises the person's competencies (the record keeps what it gave and
/// the lists say where the rest came from); the pace reached is reported beside the pace on
/// file, never written over it. Built on the sample: a person and a place kept apart only by
/// one competency, then a route that teaches it.
@Suite("Learning lines")
struct LearningLineTests {
  static let day = TestData.day

  /// The first sample pair (people in id order, places in id order) whose only knock-out is
  /// one required competency the person does not hold, and who has no placement yet.
  static func blockedPair() throws -> (
    person: Participant, place: Place, competency: CompetencyID, level: CompetencyLevel
  ) {
    let engine = TestData.sampleEngine
    for personID in engine.participantIDs.prefix(200)
    where engine.placements.placements(of: personID).isEmpty {
      for placeID in engine.placeIDs {
        let explanation = try engine.explain(participant: personID, place: placeID, on: day)
        guard explanation.knockOuts.count == 1,
          case .competency(let id, let required, let held) = explanation.knockOuts[0], held == 0
        else { continue }
        return (engine.participant(personID)!, engine.place(placeID)!, id, required)
      }
    }
    throw TestFailure("no pair in the sample is kept apart by one competency alone")
  }

  struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// A route of six months at another place, ended with `earned`.
  static func route(
    _ person: ParticipantID, at place: PlaceID, earned: LearningResult, id: PlacementID = "PM-LL-1"
  ) -> Validated<Placement> {
    TestData.taxonomy.validate(
      Placement(
        id: id, participant: person, place: place, start: Day(iso: "2026-01-01")!,
        end: Day(iso: "2026-06-30")!, endReason: .contractEnded, form: .learningWork,
        hoursPerWeek: 24, earned: earned)
    ).validated!
  }

  /// The certificate earns the competency: the place that did not fit now does, in the fast
  /// list and the reference alike, and the officer's list says where the level came from.
  @Test func aCertificateOpensAPlaceThatDidNotFit() throws {
    let (person, place, competency, level) = try Self.blockedPair()
    var engine = TestData.sampleEngine
    let other = try #require(engine.placeIDs.first { $0 != place.id })
    let before = try engine.shortlist(for: person.id, options: QueryOptions(k: 1000, day: Self.day))
    #expect(!before.matches.contains { $0.placeID == place.id })
    try engine.upsert(placements: [
      Self.route(
        person.id, at: other,
        earned: LearningResult(
          certificate: true, praktijkverklaring: false,
          competencies: [CompetencyEntry(id: competency, level: level)]))
    ])
    let stored = try #require(engine.participant(person.id))
    #expect(stored.competencies == person.competencies, "the record keeps what it gave")
    #expect(stored.heldCompetencies.level(of: competency) == level)
    #expect(stored.earned.map(\.placement) == ["PM-LL-1"])
    let explanation = try engine.explain(participant: person.id, place: place.id, on: Self.day)
    #expect(explanation.knockOuts.isEmpty)
    let after = try engine.shortlist(for: person.id, options: QueryOptions(k: 1000, day: Self.day))
    let listed = try #require(after.matches.first { $0.placeID == place.id })
    #expect(listed.scoreMillionths == explanation.fit?.scoreMillionths)

    let validated = try #require(engine.validatedParticipant(person.id))
    let officer = Presenter(audience: .officer).shortlist(
      after, for: validated, day: Self.day, explain: false, in: engine)
    #expect(
      officer.learning?.earned.first?.competency == CompetencyEntry(id: competency, level: level))
    for language in [Language.english, .dutch] {
      let text = TextRendering(
        localizer: Localizer(language: language, taxonomy: TestData.taxonomy), width: 300,
        colour: false
      ).shortlist(officer, breakdowns: false)
      #expect(text.contains("✚ \(person.id)"), "\(language)")
      #expect(
        text.contains(language == .dutch ? "certificaat, PM-LL-1 bij" : "certificate, PM-LL-1 at"))
    }
    let json = JSONRendering(localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
      .list(officer)
    #expect(json["learning"]?["earned"]?.arrayElements?.first?["placement"] == .string("PM-LL-1"))
    let employer = Presenter(audience: .employer).shortlist(
      after, for: validated, day: Self.day, explain: false, in: engine)
    #expect(employer.learning == nil)
  }

  /// Without a certificate or praktijkverklaring nothing counts; removing the route takes
  /// the level back.
  @Test func onlyAProvenRouteCountsAndRemovingItTakesItBack() throws {
    let (person, place, competency, level) = try Self.blockedPair()
    var engine = TestData.sampleEngine
    let entry = CompetencyEntry(id: competency, level: level)
    try engine.upsert(placements: [
      Self.route(
        person.id, at: place.id,
        earned: LearningResult(certificate: false, praktijkverklaring: false, competencies: [entry])
      )
    ])
    #expect(engine.participant(person.id)?.earned == [])
    try engine.upsert(placements: [
      Self.route(
        person.id, at: place.id,
        earned: LearningResult(certificate: false, praktijkverklaring: true, competencies: [entry]))
    ])
    #expect(engine.participant(person.id)?.earned.first?.certificate == false)
    #expect(
      try engine.explain(participant: person.id, place: place.id, on: Self.day).knockOuts == [])
    try engine.remove(placements: ["PM-LL-1"])
    #expect(engine.participant(person.id)?.earned == [])
    #expect(
      try engine.explain(participant: person.id, place: place.id, on: Self.day).knockOuts.count == 1
    )
  }

  /// Six months (181 days: 5.95 months at 30.4375 days) for the levels gained, against the
  /// policy's months per level (slow 12, steady 6, fast 3); the pace on file is not changed.
  @Test(arguments: [(1, DevelopmentPace.steady), (2, .fast), (3, .fast)])
  func thePaceReachedIsReportedBesideThePaceOnFile(levels: Int, expected: DevelopmentPace) throws {
    let (person, _, competency, _) = try Self.blockedPair()
    var engine = TestData.sampleEngine
    let other = try #require(engine.placeIDs.first)
    // `levels` levels gained: the competency from nothing to `levels`.
    try engine.upsert(placements: [
      Self.route(
        person.id, at: other,
        earned: LearningResult(
          certificate: true, praktijkverklaring: false,
          competencies: [
            CompetencyEntry(id: competency, level: CompetencyLevel(rawValue: UInt8(levels))!)
          ]))
    ])
    let stored = try #require(engine.participant(person.id))
    let pace = try #require(engine.paceReached(of: stored))
    #expect(pace.levels == levels)
    #expect(abs(pace.months - 181 / 30.4375) < 1e-9)
    #expect(pace.pace == expected)
    #expect(pace.onFile == person.developmentPace)
    #expect(stored.developmentPace == person.developmentPace, "never changed silently")
  }

  /// Scoring.md's example of the pace reached: a record without industrial cleaning and with
  /// packaging-line work at 1, one route of 181 days earning 2 and 3: 4 levels, 1.49 months a
  /// level, fast.
  @Test func scoringsExampleOfThePaceReached() throws {
    var engine = TestData.sampleEngine
    let id = try #require(
      engine.participantIDs.first { engine.placements.placements(of: $0).isEmpty })
    var person = try #require(engine.participant(id))
    person.competencies.removeAll { ["industrial-cleaning", "packaging-line"].contains($0.id) }
    person.competencies.append(CompetencyEntry(id: "packaging-line", level: .basic))
    try engine.upsert(participants: [person])
    let place = try #require(engine.placeIDs.first)
    try engine.upsert(placements: [
      Self.route(
        id, at: place,
        earned: LearningResult(
          certificate: true, praktijkverklaring: false,
          competencies: [
            CompetencyEntry(id: "industrial-cleaning", level: CompetencyLevel(rawValue: 2)!),
            CompetencyEntry(id: "packaging-line", level: CompetencyLevel(rawValue: 3)!),
          ]))
    ])
    let stored = try #require(engine.participant(id))
    let pace = try #require(engine.paceReached(of: stored))
    #expect(pace.levels == 4)
    #expect(abs(pace.monthsPerLevel - 1.49) < 0.005)
    #expect(pace.pace == .fast)
  }
}
