import PlekAssign
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// The competition column says how contested a place is (issue 24 §2): five people who all
/// have the same one-slot place first each saw "0/1" ("nobody ahead, one slot": uncontested),
/// and PL-000723, first on 9 lists and on 34 in all, read "0/1" to P-000003. Each now reads
/// the others who have the place at least as high and every list that holds it.
@Suite("Competition figures")
struct CompetitionFigureTests {
  /// Five people in Maastricht who want logistics, and one order-picker job with one slot;
  /// each has it first on their list (the records of ``GoldenScenarioTests``).
  @Test func fivePeopleForOneSlotEachMeetFour() throws {
    var place = Place(
      id: "PL-G1", employerID: "E-G1", employerKind: .regular, title: "Orderpicker",
      sectors: ["logistics"], location: GeoPoint(latitude: 50.8600, longitude: 5.7000),
      hoursPerWeek: HoursRange(min: 24, max: 38), loadDemand: LoadProfile(repeating: LoadLevel(1)!),
      requiredCompetencies: [CompetencyEntry(id: "order-picking", level: .basic)], dutchLevel: .a2,
      openFrom: Day(iso: "2026-11-01")!)
    place.freeSlots = 1
    let people = (1...5).map { index in
      Participant(
        id: ParticipantID("P-G\(index)")!, municipality: "maastricht",
        location: GeoPoint(latitude: 50.8514, longitude: 5.6910),
        targetGroup: .participatiewetDirect, loadCapacity: LoadProfile(repeating: .maximum),
        competencies: [CompetencyEntry(id: "order-picking", level: .independent)],
        dutchLevel: .b1, developmentPace: .steady, wageValue: 100, supportNeed: .none,
        wishes: Wishes(
          sectors: [SectorPreference(sector: "logistics", wish: .wanted(rank: 1))],
          hoursPerWeek: HoursRange(min: 24, max: 38), maxTravelMinutes: 30, transport: .bike),
        availableFrom: Day(iso: "2026-11-01")!)
    }
    let engine = try MatchEngine(
      taxonomy: TestData.taxonomy, participants: people, places: [place])
    var workspace = Workspace(engine: engine)
    let say = Localizer(language: .dutch, taxonomy: TestData.taxonomy)
    for person in people {
      let list = try ShortlistQuery(
        person: try #require(engine.validatedParticipant(person.id)), storedID: person.id,
        options: QueryOptions(k: 10, day: TestData.day)
      ).present(in: &workspace)
      let figure = try #require(list.entries.first?.competition?.competition)
      #expect(figure.ahead == 0)
      #expect(figure.asHigh == 4)
      #expect(figure.listedBy == 5)
      #expect(figure.freeSlots == 1)
      let text = TextRendering(localizer: say, width: nil, colour: false)
        .shortlist(list, breakdowns: false)
      #expect(text.contains("4/5, 1 vrij"), "\(text)")
    }
  }
}
