import PlekTestSupport
import Testing

@testable import PlekCore

/// Small-group protection (``CountTables``): primary and secondary suppression over all the
/// tables of one output, checked cell by cell with the bounds a reader can prove, and the
/// linear programs checked against an exhaustive search on small tables.
@Suite("Count tables")
struct CountTablesTests {
  /// A table of people by row and column with its row, column and grand totals, protected.
  static func protectedTable(_ counts: [[Int]]) -> (CountTables, Set<String>) {
    var tables = CountTables()
    for (row, cells) in counts.enumerated() {
      for (column, value) in cells.enumerated() { tables.count("r\(row) c\(column)", value) }
      tables.count("r\(row)", cells.reduce(0, +))
      tables.sum(cells.indices.map { "r\(row) c\($0)" }, is: "r\(row)")
    }
    for column in counts[0].indices {
      tables.count("c\(column)", counts.reduce(0) { $0 + $1[column] })
      tables.sum(counts.indices.map { "r\($0) c\(column)" }, is: "c\(column)")
    }
    tables.total("all", counts.joined().reduce(0, +))
    tables.sum(counts.indices.map { "r\($0)" }, is: "all")
    tables.sum(counts[0].indices.map { "c\($0)" }, is: "all")
    return (tables, tables.protect())
  }

  /// Every count of 1–4 is withheld, and no withheld one can be shown to be below 5.
  @Test(arguments: [
    [[20, 3, 7], [8, 9, 12]], [[1, 2, 3], [4, 50, 60]], [[30, 40], [50, 2]], [[5, 6], [7, 8]],
    [[67, 15, 15, 12], [4, 7, 9, 5], [120, 1, 3, 80]],
  ])
  func aTableWithItsTotals(counts: [[Int]]) throws {
    let (tables, withheld) = Self.protectedTable(counts)
    for (row, cells) in counts.enumerated() {
      for (column, value) in cells.enumerated() {
        let key = "r\(row) c\(column)"
        if (1...4).contains(value) { #expect(withheld.contains(key), "\(key) = \(value)") }
        guard withheld.contains(key) else { continue }
        let bounds = try #require(tables.bounds(of: key, withheld: withheld))
        if (1...4).contains(value) { #expect(bounds.most >= 5 - 1e-6, "\(key) = \(value)") }
        #expect(bounds.least <= Double(value) + 1e-6 && bounds.most >= Double(value) - 1e-6)
      }
    }
    #expect(!withheld.contains("all"), "the grand total is a fixed total")
    if counts.joined().allSatisfy({ $0 >= 5 }) { #expect(withheld.isEmpty) }
  }

  /// Issue 24's Wsw row: bands 2, 19, 150, 299 of 470 with a fit. Withholding the 2 alone
  /// gives it away (470 − 19 − 150 − 299); a second count of the row is withheld with it.
  @Test func theWswRowOfTheIssue() throws {
    var tables = CountTables()
    for (band, value) in [2, 19, 150, 299].enumerated() { tables.count("band \(band)", value) }
    tables.count("fit", 470)
    tables.sum((0..<4).map { "band \($0)" }, is: "fit")
    let withheld = tables.protect()
    #expect(withheld == ["band 0", "band 1"])
    #expect(try #require(tables.bounds(of: "band 0", withheld: withheld)).most == 21)
  }

  /// A group that is only the difference of two shown counts (207 people, 206 with a fit:
  /// one without) is protected by withholding one of them.
  @Test func aDifferenceOfTwoShownCounts() throws {
    var tables = CountTables()
    tables.count("people", 207)
    tables.count("fit", 206)
    tables.parts(["fit"], of: "people", rest: "without fit")
    let withheld = tables.protect()
    #expect(withheld == ["fit"])
    #expect(try #require(tables.bounds(of: "without fit", withheld: withheld)).most == 207)
  }

  /// A group bounded by one large count (the shape of `advise --all` for one target group):
  /// 50 people, 40 with a fit, 2 with neither a fit nor a step, and 60 steps each opening for
  /// 5 to 7 of the 8 others, one for all 8. The 2 is at most 10 − 8: the protection withholds
  /// a count that moves that bound (the 8 or the 40), not the small step counts one per round
  /// (which took minutes on a real cohort and withheld 40 counts for nothing).
  @Test func aGroupBoundedByALargeCountWithholdsThatCount() throws {
    var tables = CountTables()
    tables.total("people", 50)
    tables.count("fit", 40)
    tables.parts(["fit"], of: "people", rest: "without fit")
    tables.count("stuck", 2)
    tables.parts(["stuck"], of: "without fit", rest: "without fit, with a step")
    for step in 0...60 {
      let key = "step \(step) without fit"
      tables.count(key, step == 60 ? 8 : 5 + step % 3)
      tables.parts([key], of: "without fit, with a step", rest: "step \(step) not opening")
    }
    let withheld = tables.protect()
    #expect(withheld.contains("stuck"))
    #expect(withheld.count <= 4, "\(withheld.sorted())")
    let bounds = try #require(tables.bounds(of: "stuck", withheld: withheld))
    #expect(bounds.most >= 5)
  }

  /// The two passes of an output: the first declares, the second shows.
  @Test func anOutputIsBuiltTwice() {
    let shown = CountTables.protected { tables -> [GroupCount] in
      let counts = [tables.count("a", 10), tables.count("b", 3), tables.count("c", 40)]
      tables.count("all", 53)
      tables.sum(["a", "b", "c"], is: "all")
      return counts
    }
    #expect(shown == [.withheld, .withheld, .exact(40)])
    let officer = CountTables.protected(false) { tables in [tables.count("b", 3)] }
    #expect(officer == [.exact(3)])
  }

  /// The linear programs against an exhaustive search: random small tables of people by row
  /// and column with their totals (SplitMix64), some cells withheld; for every withheld
  /// cell the largest and least values of all integer tables that agree with what is shown
  /// are the bounds the program finds (a table's sums make the programs' corners integer).
  @Test(arguments: 0..<40)
  func boundsAgreeWithAnExhaustiveSearch(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed) &+ 0x5151)
    let rows = 2 + Int(random.next() % 2)
    let columns = 2 + Int(random.next() % 2)
    let counts = (0..<rows).map { _ in (0..<columns).map { _ in Int(random.next() % 5) } }
    var tables = CountTables()
    for (row, cells) in counts.enumerated() {
      for (column, value) in cells.enumerated() { tables.count("\(row),\(column)", value) }
      tables.count("r\(row)", cells.reduce(0, +))
      tables.sum(cells.indices.map { "\(row),\($0)" }, is: "r\(row)")
    }
    for column in 0..<columns {
      tables.count("c\(column)", counts.reduce(0) { $0 + $1[column] })
      tables.sum((0..<rows).map { "\($0),\(column)" }, is: "c\(column)")
    }
    var withheld = Set<String>()
    for row in 0..<rows {
      for column in 0..<columns where random.next() % 3 == 0 && withheld.count < 4 {
        withheld.insert("\(row),\(column)")
      }
    }
    if random.next() % 2 == 0 { withheld.insert("r0") }
    // Exhaustive: every table of the withheld cells (0...total of their row) that keeps the
    // shown totals.
    let hidden = withheld.filter { $0.contains(",") }.sorted()
    let rowTotals = counts.map { $0.reduce(0, +) }
    var least = [String: Int]()
    var most = [String: Int]()
    func search(_ index: Int, _ values: [String: Int]) {
      if index == hidden.count {
        func cell(_ row: Int, _ column: Int) -> Int {
          values["\(row),\(column)"] ?? counts[row][column]
        }
        for row in 0..<rows where !withheld.contains("r\(row)") {
          guard (0..<columns).reduce(0, { $0 + cell(row, $1) }) == rowTotals[row] else { return }
        }
        for column in 0..<columns {
          guard
            (0..<rows).reduce(0, { $0 + cell($1, column) })
              == counts.reduce(0, { $0 + $1[column] })
          else { return }
        }
        for (key, value) in values {
          least[key] = min(least[key] ?? .max, value)
          most[key] = max(most[key] ?? .min, value)
        }
        return
      }
      let parts = hidden[index].split(separator: ",").map { Int($0)! }
      let limit = counts.reduce(0) { $0 + $1[parts[1]] }
      for value in 0...limit {
        var next = values
        next[hidden[index]] = value
        search(index + 1, next)
      }
    }
    search(0, [:])
    for key in hidden {
      let bounds = try #require(tables.bounds(of: key, withheld: withheld))
      #expect(abs(bounds.least - Double(least[key]!)) < 1e-6, "\(counts) \(key) least")
      #expect(abs(bounds.most - Double(most[key]!)) < 1e-6, "\(counts) \(key) most")
    }
  }
}
