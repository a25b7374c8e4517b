import Foundation
import PlekCore
import PlekIO
import PlekReport
import PlekStore
import PlekTestSupport
import Testing

@testable import PlekService

/// Issue 26: placements through the service (`placements.*`), journaled and kept in the
/// state's snapshots and image, and the results (`outcomes`) from what the service holds.
@Suite("Service: placements and outcomes")
struct PlacementServiceTests {
  static func request(_ id: Int, _ method: String, _ params: String) -> String {
    #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
  }

  static let trial =
    #"{"placements":[{"id":"PM-900001","participant":"P-000010","place":"PL-000002","start":"2026-12-01","form":"trial","hoursPerWeek":20}]}"#

  /// Upserted, ended and removed placements are journaled: a restart replays them, a
  /// snapshot keeps them (its image used, the `PLMT` section read beside it), and a CLI
  /// reader of the state sees the same.
  @Test func placementsSurviveRestartsAndSnapshots() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    let held = ServiceFixtures.engine.placements.count
    do {
      var service = try StateTests.open(path)
      #expect(service.engine.placements.count == held, "the data's placements")
      let upserted = service.send(Self.request(1, "placements.upsert", Self.trial))
      #expect(upserted?["result"]?["seq"] == .int(1), "\(String(describing: upserted))")
      let ended = service.send(
        Self.request(
          2, "placements.end",
          #"{"placement":"PM-900001","end":"2027-01-31","reason":"regular-work"}"#))
      #expect(ended?["result"]?["placement"]?["endReason"] == .string("regular-work"))
      let removed = service.send(Self.request(3, "placements.remove", #"{"ids":["PM-000002"]}"#))
      #expect(removed?["result"]?["removed"] == .int(1))
      try service.commit()
    }
    func check(_ engine: MatchEngine, _ when: String) {
      #expect(engine.placements.count == held, "\(when)")
      #expect(engine.placements.placement("PM-900001")?.end == Day(iso: "2027-01-31"), "\(when)")
      #expect(engine.placements.placement("PM-000002") == nil, "\(when)")
    }
    do {
      var service = try StateTests.open(path)
      check(service.engine, "after replaying the journal")
      _ = service.send(#"{"jsonrpc":"2.0","id":4,"method":"snapshot"}"#)
      try service.commit()
    }
    let restarted = try StateTests.open(path)
    check(restarted.engine, "from the new snapshot")
    #expect(restarted.state?.durableSequence == 3)
    check(
      try StateDirectory.engine(ofState: path, taxonomyDirectory: StateTests.taxonomy),
      "as a CLI reader sees it")
  }

  /// A place with a `capacity` (Scoring.md, *Free slots from placements*): filled by a
  /// placement through the service, it stays full after a restart (the journal replayed)
  /// and after a snapshot (its image used), and a CLI reader of the state sees the same.
  @Test func aCapacityPlaceStaysFullAcrossRestarts() throws {
    let scratch = ScratchDirectory()
    let path = scratch.path + "/state"
    let engine = ServiceFixtures.engine
    let id = try #require(engine.placeIDs.first { engine.placements.placements(at: $0).isEmpty })
    var place = try #require(engine.place(id))
    place.capacity = 1
    let upsert = JSONWriter().string(.object([JSONMember("places", .array([place.json]))]))
    let fill =
      #"{"placements":[{"id":"PM-900009","participant":"P-000010","place":"\#(id)","start":"2026-12-01","form":"employment","hoursPerWeek":20}]}"#
    do {
      var service = try StateTests.open(path)
      let stored = service.send(Self.request(1, "places.upsert", upsert))
      #expect(stored?["result"] != nil, "\(String(describing: stored))")
      #expect(service.engine.place(id)?.freeSlots == 1)
      _ = service.send(Self.request(2, "placements.upsert", fill))
      #expect(service.engine.place(id)?.freeSlots == 0)
      try service.commit()
    }
    func check(_ engine: MatchEngine, _ when: String) {
      #expect(engine.place(id)?.capacity == 1, "\(when)")
      #expect(engine.place(id)?.freeSlots == 0, "\(when)")
      #expect(engine.freeSlots(at: id, on: Day(iso: "2026-12-07")!) == 0, "\(when)")
    }
    do {
      var service = try StateTests.open(path)
      check(service.engine, "after replaying the journal")
      _ = service.send(#"{"jsonrpc":"2.0","id":4,"method":"snapshot"}"#)
      try service.commit()
    }
    check(try StateTests.open(path).engine, "from the new snapshot")
    check(
      try StateDirectory.engine(ofState: path, taxonomyDirectory: StateTests.taxonomy),
      "as a CLI reader sees it")
  }

  /// What the service refuses, and how: nothing is changed by any of these.
  @Test(arguments: [
    (
      #"{"placements":[{"id":"PM-900003","participant":"P-999999","place":"PL-000002","start":"2026-12-01","form":"trial","hoursPerWeek":20}]}"#,
      "placements.upsert", RPCErrorCode.validationFailed, "the id of a participant"
    ),
    (
      #"{"placements":[{"id":"PM-900003","participant":"P-000003","place":"PL-000193","start":"2025-01-01","form":"employment","hoursPerWeek":20}]}"#,
      "placements.upsert", RPCErrorCode.validationFailed, "PM-000002"
    ),
    (
      #"{"placement":"PM-000002","end":"2026-12-01","reason":"other"}"#, "placements.end",
      RPCErrorCode.validationFailed, "upsert it to correct"
    ),
    (
      #"{"placement":"PM-999999","end":"2026-12-01","reason":"other"}"#, "placements.end",
      RPCErrorCode.unknownPlacement, "unknown placement"
    ),
    (
      #"{"placement":"PM-000002","end":"2026-12-01","reason":"fired"}"#, "placements.end",
      RPCErrorCode.invalidParams, "reason"
    ),
    (#"{"ids":["PM-999999"]}"#, "placements.remove", RPCErrorCode.unknownPlacement, "unknown"),
    (#"{"ids":["P-000003"]}"#, "participants.remove", RPCErrorCode.hasPlacements, "PM-000002"),
    (#"{"ids":["PL-000193"]}"#, "places.remove", RPCErrorCode.hasPlacements, "PM-000002"),
    (
      #"{"participant":"P-000003","place":"PL-000193"}"#, "placements.get",
      RPCErrorCode.invalidParams, "exactly one"
    ),
    (#"{"placement":"PM-999999"}"#, "placements.get", RPCErrorCode.unknownPlacement, "unknown"),
    (#"{"participant":"P 1"}"#, "placements.get", RPCErrorCode.invalidParams, "bad-id"),
    (#"{"place":7}"#, "placements.get", RPCErrorCode.invalidParams, "place"),
    (#"{"ids":"PM-000002"}"#, "placements.remove", RPCErrorCode.invalidParams, "ids"),
    (#"{"placements":{}}"#, "placements.upsert", RPCErrorCode.invalidParams, "placements"),
  ])
  func refusals(params: String, method: String, code: Int, says: String) throws {
    var service = ServiceFixtures.service()
    let before = service.engine.placements.all
    let answer = service.send(Self.request(1, method, params))
    let error = try #require(answer?["error"], "\(String(describing: answer))")
    #expect(error["code"] == .int(code))
    let text = JSONWriter().string(error)
    #expect(text.contains(says), "\(text)")
    #expect(service.engine.placements.all == before)
    #expect(service.engine.participantCount == ServiceFixtures.engine.participantCount)
    #expect(service.engine.placeCount == ServiceFixtures.engine.placeCount)
  }

  /// `placements.get` by person, by place and by id.
  @Test func placementsByPersonPlaceAndID() throws {
    var service = ServiceFixtures.service()
    for params in [
      #"{"participant":"P-000003"}"#, #"{"place":"PL-000193"}"#, #"{"placement":"PM-000002"}"#,
    ] {
      let answer = service.send(Self.request(1, "placements.get", params))
      let list = try #require(answer?["result"]?["placements"]?.arrayElements, "\(params)")
      #expect(list.map { $0["id"] } == [.string("PM-000002")], "\(params)")
    }
  }

  /// `outcomes` gives what `plek outcomes --format json` gives: the presentation of the
  /// dataset's history, made independently of the engine's ledger.
  @Test(arguments: [
    (
      #"{"from":"2024-01-01","to":"2026-10-31"}"#, "2024-01-01", "2026-10-31",
      OutcomeInterval.quarter
    ),
    (
      #"{"from":"2025-01-01","to":"2025-12-31","by":"month","lang":"nl"}"#, "2025-01-01",
      "2025-12-31", .month
    ),
  ])
  func outcomesAreThePresentationOfTheHistory(
    params: String, from: String, to: String, interval: OutcomeInterval
  ) throws {
    var service = ServiceFixtures.service()
    let answer = service.send(Self.request(1, "outcomes", params))
    let result = try #require(answer?["result"], "\(String(describing: answer))")
    let sample = TestData.sample
    let history = PlacementHistory(
      participants: sample.participants.map(\.value), places: sample.places.map(\.value),
      placements: sample.placements.map(\.value))
    let presentation = OutcomesPresentation(
      history: history, from: Day(iso: from)!, to: Day(iso: to)!, interval: interval,
      cohort: Cohort(),
      municipalities: sample.taxonomy.value.region.municipalities.map(\.id))
    let language: Language = params.contains("nl") ? .dutch : .english
    let expected = JSONRendering(
      localizer: Localizer(language: language, taxonomy: sample.taxonomy.value)
    ).outcomes(presentation)
    #expect(result == expected)
    #expect(result["periods"]?.arrayElements?.isEmpty == false)
  }

  /// `assign` leaves people with a placement running on the day out unless
  /// `includePlaced`; a placement upserted between two proposals takes its person out of the
  /// next (the cached proposal is made anew).
  @Test func assignLeavesPlacedPeopleOutUnlessAsked() throws {
    var service = ServiceFixtures.service()
    let day = #""date":"2026-11-22""#
    func people(_ answer: JSONValue?) -> Set<String> {
      Set(
        ((answer?["result"]?["placements"]?.arrayElements ?? [])
          + (answer?["result"]?["unplaced"]?.arrayElements ?? []))
          .compactMap { $0["participant"]?.stringValue })
    }
    let engine = service.engine
    let placed = Set(
      engine.participantIDs.filter { engine.placements.isPlaced($0, on: Day(iso: "2026-11-22")!) }
        .map(\.rawValue))
    let proposal = people(service.send(Self.request(1, "assign", "{\(day)}")))
    #expect(!proposal.isEmpty && proposal.isDisjoint(with: placed))
    let all = people(service.send(Self.request(2, "assign", "{\(day),\"includePlaced\":true}")))
    #expect(placed.isSubset(of: all))
    let newcomer = try #require(proposal.sorted().first)
    let placement =
      #"{"placements":[{"id":"PM-900009","participant":"\#(newcomer)","place":"PL-000002","start":"2026-11-01","form":"employment","hoursPerWeek":24}]}"#
    #expect(service.send(Self.request(3, "placements.upsert", placement))?["result"] != nil)
    let next = people(service.send(Self.request(4, "assign", "{\(day)}")))
    #expect(!next.contains(newcomer))
  }
}
