import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// Issue 26, *Matching that knows the history*: a person with a running placement is marked
/// on lists (officers only) and left out of a proposal unless asked; a place where the
/// person fell back before is marked, never left out.
@Suite("Placement history on lists and in proposals")
struct PlacementHistoryMarkTests {
  static let day = Day(iso: "2026-11-22")!
  static let engine = TestData.sampleEngine

  /// The sample's people with a placement running on the day.
  static var placedPeople: [ParticipantID] {
    engine.participantIDs.filter { engine.placements.isPlaced($0, on: day) }
  }

  /// P-000005 holds PL-000270 since 2024-05-18 (sample, `placements.json`): said on the
  /// officer's shortlist in both languages and in JSON; not for an employer.
  @Test func aPlacedPersonsShortlistSaysWhereTheyWork() throws {
    let person = try #require(Self.engine.validatedParticipant("P-000005"))
    let list = try Self.engine.shortlist(for: "P-000005", options: QueryOptions(day: Self.day))
    let officer = Presenter(audience: .officer).shortlist(
      list, for: person, day: Self.day, explain: false, in: Self.engine)
    #expect(officer.placed == [PlacedMark(place: "PL-000270", since: Day(iso: "2024-05-18")!)])
    let english = TextRendering(
      localizer: Localizer(language: .english, taxonomy: TestData.taxonomy), width: 200,
      colour: false
    ).shortlist(officer, breakdowns: false)
    #expect(english.contains("● P-000005 is placed at PL-000270 since 2024-05-18"))
    let dutch = TextRendering(
      localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy), width: 200,
      colour: false
    ).shortlist(officer, breakdowns: false)
    #expect(dutch.contains("● P-000005 is geplaatst bij PL-000270 sinds 18-05-2024"))
    let json = JSONRendering(localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
      .list(officer)
    #expect(json["placed"]?.arrayElements?.first?["place"] == .string("PL-000270"))
    let employer = Presenter(audience: .employer).shortlist(
      list, for: person, day: Self.day, explain: false, in: Self.engine)
    #expect(employer.placed.isEmpty)
  }

  /// On a candidate list, every entry with a running placement is marked for officers, and
  /// no entry is for employers.
  @Test func candidatesWithAPlacementAreMarked() throws {
    var marked = 0
    for placeID in Self.engine.placeIDs.prefix(60) {
      let place = try #require(Self.engine.validatedPlace(placeID))
      let list = try Self.engine.candidates(for: placeID, options: QueryOptions(day: Self.day))
      let officer = Presenter(audience: .officer).candidates(
        list, for: place, day: Self.day, explain: false, in: Self.engine)
      for entry in officer.entries {
        let running = Self.engine.placements.active(of: entry.match.participantID, on: Self.day)
        #expect(entry.placed.map(\.place) == running.map(\.place))
        marked += entry.placed.isEmpty ? 0 : 1
      }
      let employer = Presenter(audience: .employer).candidates(
        list, for: place, day: Self.day, explain: false, in: Self.engine)
      #expect(employer.entries.allSatisfy { $0.placed.isEmpty })
    }
    #expect(marked > 0, "the sample's lists hold placed people")
  }

  /// A place where the person fell back before stays on the list, marked with the end of
  /// that placement. Built from the sample: the person's shortlist, then a terugval at its
  /// first place added.
  @Test func aPlaceWhereThePersonFellBackIsMarkedNotDropped() throws {
    var engine = Self.engine
    let id: ParticipantID = "P-000002"
    let person = try #require(engine.validatedParticipant(id))
    let before = try engine.shortlist(for: id, options: QueryOptions(day: Self.day))
    let first = try #require(before.matches.first).placeID
    let fellBack = Placement(
      id: "PM-TEST-1", participant: id, place: first, start: Day(iso: "2025-01-06")!,
      end: Day(iso: "2025-04-30")!, endReason: .fellBackMismatch, form: .trial, hoursPerWeek: 16)
    try engine.upsert(placements: [
      TestData.taxonomy.validate(fellBack).validated!
    ])
    let after = try engine.shortlist(for: id, options: QueryOptions(day: Self.day))
    #expect(after.matches.map(\.placeID) == before.matches.map(\.placeID), "never dropped")
    let shown = Presenter(audience: .officer).shortlist(
      after, for: person, day: Self.day, explain: false, in: engine)
    #expect(shown.entries[0].fellBackHere == Day(iso: "2025-04-30"))
    #expect(shown.entries.dropFirst().allSatisfy { $0.fellBackHere == nil })
    let text = TextRendering(
      localizer: Localizer(language: .english, taxonomy: TestData.taxonomy), width: 200,
      colour: false
    ).shortlist(shown, breakdowns: false)
    #expect(text.contains("↺ P-000002 fell back at \(first) before (ended 2025-04-30)"))
  }

  /// A proposal's scope can leave people with a running placement out (`plek assign` and
  /// the service's `assign` do unless asked); the default scope takes everybody.
  @Test func aProposalLeavesPlacedPeopleOutUnlessAsked() throws {
    let options = QueryOptions(day: Self.day)
    let placed = Set(Self.placedPeople)
    #expect(!placed.isEmpty)
    let proposal = try Self.engine.assign(
      scope: AssignmentScope(includePlaced: false), options: options)
    #expect(Set(proposal.participantIDs).isDisjoint(with: placed))
    #expect(proposal.participantIDs.count == Self.engine.participantCount - placed.count)
    let all = try Self.engine.assign(options: options)
    #expect(all.participantIDs.count == Self.engine.participantCount)
    #expect(all.proven && proposal.proven)
  }

  /// The vangnet (sample, `placements.json`): P-000028's placement PM-000025 at PL-000165
  /// ended in a fall-back on 2026-10-28 and nothing runs on 2026-11-22, within the policy's
  /// 6 months: the officer's shortlist offers the best three internal places first (the
  /// shortlist filtered to internal places), the explanation says vangnet; not for an
  /// employer, not once the window has passed, not with `vangnetMonths` 0.
  @Test func aPersonWhoFellBackIsOfferedInternalPlacesFirst() throws {
    let person = try #require(Self.engine.validatedParticipant("P-000028"))
    func shortlist(_ engine: MatchEngine, _ day: Day, _ audience: Audience) throws
      -> ListPresentation
    {
      var query = ShortlistQuery(
        person: person, storedID: "P-000028", options: QueryOptions(day: day))
      query.audience = audience
      var workspace = Workspace(engine: engine)
      return try query.present(in: &workspace)
    }
    let officer = try shortlist(Self.engine, Self.day, .officer)
    let vangnet = try #require(officer.vangnet)
    #expect(vangnet.fellBack == "PM-000025" && vangnet.end == Day(iso: "2026-10-28"))
    let offered = try Self.engine.shortlist(
      for: "P-000028", filter: PlaceFilter(employerKinds: [.internal]),
      options: QueryOptions(k: 3, day: Self.day))
    #expect(vangnet.internalPlaces.map(\.place.id) == offered.matches.map(\.placeID))
    #expect(vangnet.internalPlaces.allSatisfy { $0.place.kind == .internal })
    #expect(vangnet.internalPlaces.count == 3)
    // The list itself is the plain shortlist.
    let plain = try Self.engine.shortlist(for: "P-000028", options: QueryOptions(day: Self.day))
    #expect(officer.entries.map(\.match.placeID) == plain.matches.map(\.placeID))
    #expect(try shortlist(Self.engine, Self.day, .employer).vangnet == nil)
    #expect(try shortlist(Self.engine, Day(iso: "2027-05-01")!, .officer).vangnet == nil)
    var off = Self.engine
    var policy = off.policy
    policy.vangnetMonths = 0
    try off.setPolicy(policy)
    #expect(try shortlist(off, Self.day, .officer).vangnet == nil)
    let explained = try Presenter(audience: .officer).explanation(
      person, try #require(Self.engine.validatedPlace(vangnet.internalPlaces[0].place.id)),
      day: Self.day, in: Self.engine)
    #expect(explained.vangnet?.fellBack == "PM-000025")
    let text = TextRendering(
      localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy), width: 200,
      colour: false
    ).explanation(explained)
    #expect(text.contains("Vangnet: P-000028 is op 28-10-2026 bij PL-000165 teruggevallen"))
  }
}

/// The vangnet's window: the same day of the month so many months back, or that month's
/// last day when it is shorter.
@Suite("Day: months back")
struct MonthsBackTests {
  @Test(arguments: [
    ("2026-11-22", 6, "2026-05-22"), ("2026-08-31", 6, "2026-02-28"),
    ("2028-08-31", 6, "2028-02-29"), ("2026-03-15", 3, "2025-12-15"),
    ("2026-01-31", 1, "2025-12-31"), ("2026-05-10", 0, "2026-05-10"),
    ("2026-05-10", 24, "2024-05-10"),
  ])
  func monthsBack(day: String, months: Int, expected: String) {
    #expect(Day(iso: day)!.subtracting(months: months) == Day(iso: expected)!)
  }
}
