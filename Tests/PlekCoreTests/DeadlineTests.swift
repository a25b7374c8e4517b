import PlekTestSupport
import Testing

@testable import PlekCore

/// Work with a deadline (issue 25 item 1, ``QueryOptions/deadline``): the long loops stop
/// past it and say so (``MatchError/overBudget``), never handing back part of an answer;
/// the protection of small groups fails closed. Without a deadline nothing changes.
@Suite("Deadlines of long work")
struct DeadlineTests {
  static let engine = try! EngineFixtures.engine(seed: 41, participants: 400, places: 300)

  static func options(deadline: UInt64?) -> QueryOptions {
    var options = QueryOptions(k: 10, day: EngineFixtures.day, threads: 0)
    options.deadline = deadline
    return options
  }

  /// Past the deadline (0: long gone), every long loop throws; with a deadline far ahead
  /// they answer as without one.
  @Test func everybodysListsTheFitGraphAndTheAdviceStop() throws {
    let past = Self.options(deadline: 0)
    let ids = Self.engine.participantIDs
    #expect(throws: MatchError.overBudget) { try Self.engine.batchShortlists(options: past) }
    #expect(throws: MatchError.overBudget) {
      try Self.engine.fitGraph(for: ids, limit: 10, options: past)
    }
    #expect(throws: MatchError.overBudget) {
      try Self.engine.fits(for: ids, limit: 5, options: past)
    }
    #expect(throws: MatchError.overBudget) { try Self.engine.regionAdvice(options: past) }
    let ahead = Self.options(deadline: UInt64.max)
    let none = Self.options(deadline: nil)
    #expect(
      try Self.engine.batchShortlists(options: ahead)
        == Self.engine.batchShortlists(options: none))
    #expect(try Self.engine.regionAdvice(options: ahead) == Self.engine.regionAdvice(options: none))
  }

  /// The protection out of time withholds every count it could withhold: a small group is
  /// never shown for want of time. Totals declared as fixed stay.
  @Test func theProtectionFailsClosed() {
    let build = { (tables: inout CountTables) -> [GroupCount] in
      let counts = [tables.count("a", 10), tables.count("b", 3), tables.count("c", 40)]
      let all = tables.total("all", 53)
      tables.sum(["a", "b", "c"], is: "all")
      return counts + [all]
    }
    #expect(CountTables.protected(true, build) == [.withheld, .withheld, .exact(40), .exact(53)])
    #expect(
      CountTables.protected(deadline: 0, build) == [.withheld, .withheld, .withheld, .exact(53)])
  }
}
