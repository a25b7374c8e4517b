import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// Issue 14, defect 1: a hostile data file gets a short report (the first 100 problems and
/// the total) and is read in blocks, never as one tree of a million values.
@Suite("Loading: hostile files")
struct HostileFileTests {
  static func load(places: String) -> DatasetReport {
    let directory = ScratchDirectory()
    directory.write("participants.json", "[]")
    directory.write("places.json", places)
    return DatasetLoader.load(directory: directory.path, taxonomyDirectory: Repository.taxonomy)
  }

  /// The file's text, made here (a million-element argument would fill the test log).
  static func text(_ name: String) -> String {
    name == "ones"
      ? "[" + Array(repeating: "1", count: 1_000_000).joined(separator: ",") + "]"
      : "[" + Array(repeating: "{}", count: 100_000).joined(separator: ",") + "]"
  }

  @Test(arguments: [("ones", 1_000_000), ("records missing every field", -1)])
  func problemsAreCappedPerFile(name: String, total: Int) {
    let report = Self.load(places: Self.text(name))
    let issues = report.issues.filter { $0.file == "places.json" }
    #expect(issues.count == DatasetLoader.problemsListedPerFile + 1, "\(name)")
    let last = issues.last
    #expect(last?.problem.kind == .moreProblems)
    if total > 0 {
      #expect(last?.problem.value == "\(total) problems")
      #expect(report.problemCount == total)
    }
    #expect(report.places.isEmpty)
    // The listed problems are the first, in file order.
    #expect(issues.first?.record == 0)
  }

  /// A file of valid records with a few bad ones is reported exactly as before: every
  /// problem, no count.
  @Test func aFewProblemsAreAllListed() throws {
    let sample = try String(
      contentsOfFile: Repository.sample + "/places.json", encoding: .utf8)
    var broken = sample
    for _ in 0..<3 {
      let range = try #require(broken.range(of: "\"freeSlots\":1,"))
      broken.replaceSubrange(range, with: "\"freeSlots\":-1,")
    }
    let report = Self.load(places: broken)
    let issues = report.issues.filter { $0.file == "places.json" }
    #expect(issues.count == 3)
    #expect(!issues.contains { $0.problem.kind == .moreProblems })
  }
}
