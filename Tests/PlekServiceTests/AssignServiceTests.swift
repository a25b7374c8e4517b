import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport
@testable import PlekService

/// The service's `assign`, `congestion` and what shortlists show of them: the engine's
/// proposal, kept up to date person by person after upserts and removes, and started again
/// after a change of places.
@Suite("Service: assignment and congestion")
struct AssignServiceTests {
  func result(_ service: inout Service, _ request: String) throws -> JSONValue {
    let answer = service.send(request)
    return try #require(answer?["result"], "\(String(describing: answer))")
  }

  static let assign = #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"date":"2026-11-22"}}"#

  /// Placements as "person place".
  static func placements(_ result: JSONValue) -> [String] {
    (result["placements"]?.arrayElements ?? []).map {
      "\($0["participant"]?.stringValue ?? "") \($0["place"]?.stringValue ?? "")"
    }
  }

  @Test func assignIsTheEnginesProposal() throws {
    var service = ServiceFixtures.service()
    // The service's proposal leaves people with a running placement out (not asked for).
    let proposal = try ServiceFixtures.engine.assign(
      scope: AssignmentScope(includePlaced: false), options: QueryOptions(day: ServiceFixtures.day))
    let result = try result(&service, Self.assign)
    #expect(result["placed"] == .int(proposal.placedCount))
    #expect(result["proven"] == .bool(true))
    #expect(
      Self.placements(result) == proposal.placements.map { "\($0.participantID) \($0.placeID)" })
    #expect(result["notice"]?.stringValue?.contains("officer decides") == true)
    #expect(
      result["unplaced"]?.arrayElements?.count == proposal.unplaced.count)
  }

  /// After an upsert and a remove the cached proposal is re-assigned from the previous one:
  /// it places as many with the same total score as a fresh service; after a place changes
  /// it starts again, and agrees again.
  @Test func theCachedProposalFollowsChanges() throws {
    var service = ServiceFixtures.service()
    _ = try result(&service, Self.assign)
    var person = try #require(ServiceFixtures.engine.participant("P-000003"))
    person.wishes.maxTravelMinutes = 10
    let record = JSONWriter(style: .compact).string(person.json)
    _ = try result(
      &service,
      #"{"jsonrpc":"2.0","id":2,"method":"participants.upsert","params":{"participants":[\#(record)]}}"#
    )
    _ = try result(
      &service,
      #"{"jsonrpc":"2.0","id":3,"method":"participants.remove","params":{"ids":["P-000010"]}}"#)
    #expect(service.workspace.cache.session?.changedPeople.count == 2)
    let updated = try result(&service, Self.assign)
    #expect(service.workspace.cache.session?.changedPeople.isEmpty == true)
    let fresh = try service.engine.assign(
      scope: AssignmentScope(includePlaced: false), options: QueryOptions(day: ServiceFixtures.day))
    #expect(updated["placed"] == .int(fresh.placedCount))
    #expect(
      updated["totalScore"]
        == JSONRendering.rounded(
          Double(fresh.placements.reduce(Int64(0)) { $0 + $1.scoreMillionths }) / 1_000_000, 2))
    #expect(updated["proven"] == .bool(true))
    #expect(!Self.placements(updated).contains { $0.hasPrefix("P-000010 ") })

    var place = try #require(service.engine.place("PL-000090"))
    place.freeSlots = 0
    let placeRecord = JSONWriter(style: .compact).string(place.json)
    _ = try result(
      &service,
      #"{"jsonrpc":"2.0","id":4,"method":"places.upsert","params":{"places":[\#(placeRecord)]}}"#)
    let again = try result(&service, Self.assign)
    let freshAgain = try service.engine.assign(
      scope: AssignmentScope(includePlaced: false), options: QueryOptions(day: ServiceFixtures.day))
    #expect(again["placed"] == .int(freshAgain.placedCount))
    #expect(!Self.placements(again).contains { $0.hasSuffix(" PL-000090") })
  }

  @Test func congestionIsTheEnginesReport() throws {
    var service = ServiceFixtures.service()
    let report = try ServiceFixtures.engine.congestion(
      options: QueryOptions(k: 10, day: ServiceFixtures.day))
    let result = try result(
      &service, #"{"jsonrpc":"2.0","id":1,"method":"congestion","params":{"date":"2026-11-22"}}"#)
    #expect(result["maximumPlaced"] == .int(report.maximumPlaced))
    #expect(result["plain"]?["placedByNumberOnes"] == .int(report.plain.placedByNumberOnes))
    #expect(result["spread"]?["fittingButUnlisted"] == .int(report.spread.fittingButUnlisted))
    #expect(result["placesFittingSomeone"] == .int(report.placesFittingSomeone))
  }

  /// Issue 25 item 1: one line of many requests held the service for as long as they took.
  /// Past the line's budget the rest of a batch is answered with -32007, not executed; a
  /// question running when the budget runs out stops and is answered -32007 too, and what it
  /// had computed is not kept; competition indexes are kept per day and horizon (officers
  /// alternating two dates no longer rebuild one each time).
  @Test func aBatchPastItsBudgetAnswersTheRestWithoutRunningThem() throws {
    var options = ServiceOptions.standard
    options.lineBudgetSeconds = 0.001
    var service = ServiceFixtures.service(options: options)
    let requests = (0..<20).map {
      #"{"jsonrpc":"2.0","id":\#($0),"method":"congestion","params":{"date":"2026-11-22"}}"#
    }
    let handled = service.handle(line: Array(("[" + requests.joined(separator: ",") + "]").utf8))
    let answer = try #require(handled)
    let parsed = try JSONParser().parse(answer)
    let answers = try #require(parsed.arrayElements)
    #expect(answers.count == 20)
    // The first started and was stopped (everybody's lists take far more than 1 ms); the
    // rest were not executed.
    let stopped = try #require(answers.first?["error"])
    #expect(stopped["code"] == .int(RPCErrorCode.overBudget))
    #expect(stopped["message"]?.stringValue?.hasPrefix("stopped") == true)
    let refused = answers.dropFirst().filter {
      $0["error"]?["code"] == .int(RPCErrorCode.overBudget)
        && $0["error"]?["message"]?.stringValue?.hasPrefix("not executed") == true
    }
    #expect(refused.count == 19)
    #expect(service.workspace.cache.competitions.isEmpty)
    #expect(service.send(#"{"jsonrpc":"2.0","id":"h","method":"health"}"#)?["result"] != nil)
    // A single request line has the same budget.
    let alone = service.send(
      #"{"jsonrpc":"2.0","id":2,"method":"report","params":{"date":"2026-11-22"}}"#)
    #expect(alone?["error"]?["code"] == .int(RPCErrorCode.overBudget))

    // With the standard budget: two days in turn, both indexes kept.
    var standard = ServiceFixtures.service()
    for day in ["2026-11-22", "2026-12-01", "2026-11-22", "2026-12-01"] {
      _ = try result(
        &standard,
        #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","date":"\#(day)"}}"#
      )
    }
    #expect(standard.workspace.cache.competitions.count == 2)
  }

  /// Issue 25 item 14: `congestion` scoped to one person gave that person's best score as
  /// the mean, and their fitting places as "places fitting someone". A scope of fewer than 5
  /// people shows no figure made of their fits or lists; a mean is shown beside a shown
  /// count of its people only.
  @Test(arguments: [["P-000003"], ["P-000003", "P-000004", "P-000005"]])
  func congestionOfAFewPeopleSinglesNobodyOut(people: [String]) throws {
    var service = ServiceFixtures.service()
    let ids = people.map { "\"\($0)\"" }.joined(separator: ",")
    let result = try result(
      &service,
      #"{"jsonrpc":"2.0","id":1,"method":"congestion","params":{"date":"2026-11-22","participants":[\#(ids)]}}"#
    )
    #expect(result["people"] == .null)
    #expect(result["placesFittingSomeone"] == .null)
    for list in ["plain", "spread"] {
      #expect(result[list]?["meanTopScore"] == .null, "\(list)")
      #expect(result[list]?["gini"] == .null, "\(list)")
      #expect(result[list]?["fittingButUnlisted"] == .null, "\(list)")
    }
    let everybody = try self.result(
      &service, #"{"jsonrpc":"2.0","id":2,"method":"congestion","params":{"date":"2026-11-22"}}"#)
    #expect(everybody["plain"]?["meanTopScore"]?.numberValue != nil)
  }

  /// Every officer's shortlist entry carries the competition of the index of everybody's
  /// lists; a spread list puts the proposed place first; spread is refused for an inline
  /// participant and the employer view.
  @Test func shortlistsShowTheCompetition() throws {
    var service = ServiceFixtures.service()
    let engine = ServiceFixtures.engine
    let options = QueryOptions(k: 10, day: ServiceFixtures.day)
    let index = try CompetitionIndex(engine: engine, options: options)
    let plain = try result(
      &service,
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":5,"date":"2026-11-22"}}"#
    )
    let matches = try #require(plain["matches"]?.arrayElements)
    #expect(matches.count == 5)
    for (rank, match) in matches.enumerated() {
      let place = try #require(PlaceID(match["place"]?.stringValue ?? ""))
      #expect(match["competition"]?["ahead"] == .int(index.ahead(of: rank + 1, at: place)))
      #expect(match["competition"]?["listedBy"] == .int(index.listedBy(place)))
    }
    let spread = try result(
      &service,
      #"{"jsonrpc":"2.0","id":2,"method":"shortlist","params":{"participant":"P-000003","k":5,"date":"2026-11-22","spread":true}}"#
    )
    let proposal = try engine.assign(options: QueryOptions(day: ServiceFixtures.day))
    let proposed = proposal.placements.first { $0.participantID == "P-000003" }?.placeID
    #expect(spread["spread"] == .bool(true))
    #expect(spread["matches"]?.arrayElements?.first?["place"]?.stringValue == proposed?.rawValue)
    #expect(spread["matches"]?.arrayElements?.first?["spread"]?["proposed"] == .bool(true))
    let employer = service.send(
      #"{"jsonrpc":"2.0","id":3,"method":"shortlist","params":{"participant":"P-000003","view":"employer","spread":true}}"#
    )
    #expect(employer?["error"]?["code"] == .int(-32602))
    var inline = try #require(engine.participant("P-000003"))
    inline.id = "P-990001"
    let record = JSONWriter(style: .compact).string(inline.json)
    let refused = service.send(
      #"{"jsonrpc":"2.0","id":4,"method":"shortlist","params":{"participant":\#(record),"spread":true}}"#
    )
    #expect(refused?["error"]?["code"] == .int(-32602))
  }

  @Test(arguments: [
    #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"filters":{"targetGroups":["nobody"]}}}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"participants":["P-999999"]}}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"view":"employer"}}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"congestion","params":{"k":0}}"#,
  ])
  func badScopesAreRefused(request: String) throws {
    var service = ServiceFixtures.service()
    let answer = service.send(request)
    let code = answer?["error"]?["code"]?.numberValue.map { Int($0) }
    #expect(code == -32602 || code == -32001, "\(String(describing: answer))")
  }
  /// Issue 16: at national size everybody's top 10 takes about 25 s, so a person's change
  /// must not throw the competition index away: the old list goes out, the new one comes in,
  /// and the result is the index made from scratch.
  @Test(arguments: [1, 2, 3])
  func theCompetitionIndexFollowsPeopleChangesWithoutARebuild(seed: UInt64) throws {
    var service = ServiceFixtures.service()
    var random = SplitMix64(seed: seed)
    let ids = service.engine.participantIDs
    let shortlist = { (id: ParticipantID) in
      #"{"jsonrpc":"2.0","id":3,"method":"shortlist","params":{"participant":"\#(id.rawValue)","date":"2026-11-22"}}"#
    }
    _ = try result(&service, shortlist(ids[0]))
    for _ in 0..<4 {
      // Someone moves their wishes (a longer trip, other hours), someone else leaves.
      let stored = service.engine.participantIDs
      var person = service.engine.participant(stored[random.below(stored.count)])!
      person.wishes.maxTravelMinutes = 5 + random.below(90)
      person.wishes.hoursPerWeek = HoursRange(min: 8, max: 16 + random.below(24))
      _ = try result(
        &service,
        #"{"jsonrpc":"2.0","id":4,"method":"participants.upsert","params":{"participants":[\#(JSONWriter().string(person.json))]}}"#
      )
      // Someone without placements: a person with placements is not removed.
      let free = service.engine.participantIDs.filter {
        !service.engine.placements.hasPlacements(person: $0)
      }
      let leaving = free[random.below(free.count)]
      _ = try result(
        &service,
        #"{"jsonrpc":"2.0","id":5,"method":"participants.remove","params":{"ids":["\#(leaving.rawValue)"]}}"#
      )
      // Kept current without a rebuild, and equal to one made from scratch.
      let cached = try #require(service.workspace.cache.competitions.first)
      #expect(cached.version == service.workspace.dataVersion)
      let fresh = try CompetitionIndex(
        engine: service.engine,
        options: QueryOptions(k: CompetitionIndex.standardDepth, day: TestData.day))
      #expect(cached.index == fresh)
    }
    // And what a shortlist shows is what a fresh service over the same data shows.
    var fresh = Service(engine: service.engine, options: service.options, today: { TestData.day })
    let asked = service.engine.participantIDs[7]
    #expect(try result(&service, shortlist(asked)) == (try result(&fresh, shortlist(asked))))
  }
}
