import Foundation
import PlekTestSupport
import Testing

/// `plek assign` and `plek shortlist --spread` end to end, on the sample, on a fixed day: the
/// same proposal as the service, as a table, JSON and CSV, and the congestion report.
@Suite("plek assign")
struct AssignCommandTests {
  static let day = ["--date", "2026-11-22"]

  func parse(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func tableSaysAnOfficerDecides() throws {
    let result = try runPlek(["assign"] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Placement proposal · 2026-11-22"))
    #expect(text.contains("An officer decides"))
    #expect(text.contains("placed (the most any proposal can place)"))
    #expect(text.contains("proven by a price for every place"))
    #expect(text.contains("Per target group"))
    let dutch = try runPlek(["assign", "--lang", "nl"] + Self.day)
    #expect(dutch.standardOutput.contains("Een consulent beslist"))
  }

  /// The CLI's JSON is the service's result, byte for byte once parsed.
  @Test func jsonIsTheServiceShape() throws {
    let cli = try parse(try runPlek(["assign", "--format", "json"] + Self.day).standardOutput)
    let request = #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"date":"2026-11-22"}}"#
    let served = try runPlek(["serve"], input: Data((request + "\n").utf8))
    let result = try #require(try parse(served.standardOutput)["result"] as? [String: Any])
    for key in Set(cli.keys).union(result.keys) {
      let same = (cli[key] as? NSObject)?.isEqual(result[key]) ?? false
      #expect(
        same,
        "\(key): \(String(describing: cli[key]).prefix(300)) vs \(String(describing: result[key]).prefix(300))"
      )
    }
    #expect(cli["proven"] as? Bool == true)
  }

  /// CSV: one row per person, `placed`, `no-fit` or `taken`; written to a file with --out.
  @Test func csvHasEveryPerson() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plek-assign-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("proposal.csv").path
    // Everybody: people with a running placement are left out unless asked for.
    let result = try runPlek(["assign", "--include-placed", "--out", file] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("Wrote a proposal placing"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(
      lines.first?.hasSuffix("participant,targetGroup,status,place,employerKind,score,rank,why")
        == true)
    #expect(lines.count == 301, "a header and the 300 participants")
    let json = try parse(
      try runPlek(["assign", "--include-placed", "--format", "json"] + Self.day).standardOutput)
    #expect(lines.filter { $0.contains(",placed,") }.count == json["placed"] as? Int)
    // Left out by default: the 134 people with a placement running on 2026-11-22.
    let unplaced = try parse(try runPlek(["assign", "--format", "json"] + Self.day).standardOutput)
    #expect(unplaced["people"] as? Int == 300 - 134)
  }

  @Test func reportShowsPlainAndSpreadSideBySide() throws {
    let result = try runPlek(["assign", "--report"] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("Plain lists"))
    #expect(result.standardOutput.contains("Spread lists"))
    #expect(result.standardOutput.contains("placed if everyone takes their number one"))
    let json = try parse(
      try runPlek(["assign", "--report", "--format", "json"] + Self.day).standardOutput)
    // The report counts everybody, people with a running placement too.
    let assignJSON = try parse(
      try runPlek(["assign", "--include-placed", "--format", "json"] + Self.day).standardOutput)
    #expect(json["maximumPlaced"] as? Int == assignJSON["placed"] as? Int)
  }

  @Test(arguments: [
    ["assign", "--top", "5"], ["assign", "--target-group", "nobody"], ["assign", "P-000003"],
    ["assign", "--format", "xml"],
  ])
  func usageErrors(arguments: [String]) throws {
    let result = try runPlek(arguments + Self.day)
    #expect(result.status == 2, "\(result.standardError)")
  }

  /// `--spread`: the proposed place first, marked ◆; the competition on every entry.
  @Test func spreadShortlist() throws {
    let result = try runPlek(["shortlist", "P-000003", "--top", "5", "--spread"] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let first = try #require(lines.first { $0.hasPrefix("1  PL-") })
    #expect(first.contains("◆"))
    #expect(result.standardOutput.contains("Spread: ordered by score minus"))
    #expect(result.standardOutput.contains("Competition"))
    #expect(first.contains("/") && first.contains(" free"), "the competition cell: \(first)")
  }
}
