import Foundation
import PlekCore
import PlekTestSupport
import Testing

/// Issue 25 item 6: no message prints a control byte it read (ESC clears the screen or sets
/// the window title, BEL rings, CR overwrites the line): file content, paths and ids are
/// quoted with their control characters escaped (``terminalSafe(_:)``), on every error path.
@Suite("Terminal escapes stay on the page")
struct TerminalEscapeTests {
  static let escape = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"

  /// A scratch directory with a policy whose value holds escapes, and a snapshot whose first
  /// section tag is ESC [ 2 J.
  static let files: ScratchDirectory = {
    let scratch = ScratchDirectory()
    var policy = try! String(
      contentsOfFile: Repository.datasets + "/policy/default.json", encoding: .utf8)
    policy = policy.replacingOccurrences(
      of: "\"assessmentPointCost\": 2", with: "\"assessmentPointCost\": \"\\u001b]0;PWNED\\u0007\"")
    scratch.write("policy.json", policy)
    let snapshot = scratch.path + "/s.plek"
    _ = try! runPlek(["snapshot", "--out", snapshot, "--data", Repository.sample])
    var bytes = [UInt8](FileManager.default.contents(atPath: snapshot)!)
    if let at = (0..<bytes.count - 4).first(where: { bytes[$0..<$0 + 4].elementsEqual("PLCY".utf8) }
    ) {
      bytes.replaceSubrange(at..<at + 4, with: [0x1B, 0x5B, 0x32, 0x4A])
    }
    scratch.write("damaged.plek", bytes)
    return scratch
  }()

  static let cases: [(String, [String])] = [
    ("a policy value", ["validate", "--policy", "POLICY", "--data", "SAMPLE"]),
    (
      "a policy value, shortlist",
      ["shortlist", "P-000003", "--policy", "POLICY", "--data", "SAMPLE"]
    ),
    ("a snapshot's section tag", ["shortlist", "P-000003", "--data", "DAMAGED"]),
    ("a participant id", ["shortlist", "P-\(escape)", "--data", "SAMPLE"]),
    ("a place id", ["carve", "PL-\(escape)", "--data", "SAMPLE"]),
    ("a data path", ["validate", "--data", "/nowhere/\(escape)"]),
    ("an output path", ["snapshot", "--data", "SAMPLE", "--out", "/proc/\(escape)/x"]),
    ("an option", ["shortlist", "P-000003", "--\(escape)"]),
    ("a municipality", ["advise", "--all", "--municipality", escape, "--data", "SAMPLE"]),
    ("a state directory", ["shortlist", "P-000003", "--state", "/nowhere/\(escape)"]),
  ]

  @Test(arguments: cases)
  func noControlByteReachesTheTerminal(_ name: String, _ arguments: [String]) throws {
    let files = Self.files.path
    let resolved = arguments.map {
      $0.replacingOccurrences(of: "POLICY", with: files + "/policy.json")
        .replacingOccurrences(of: "SAMPLE", with: Repository.sample)
        .replacingOccurrences(of: "DAMAGED", with: files + "/damaged.plek")
    }
    for language in ["en", "nl"] {
      let run = try runPlek(resolved + ["--lang", language])
      #expect(run.status != 0, "\(name): \(run.standardOutput.prefix(200))")
      let printed = Array((run.standardOutput + run.standardError).unicodeScalars)
      let control = printed.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
      }
      #expect(control.isEmpty, "\(name) (\(language)): \(run.standardError.debugDescription)")
    }
  }

  @Test func theFunctionEscapesEveryControlCharacter() {
    #expect(
      terminalSafe("a\u{1B}[2Jb\u{07}\r\u{9B}\u{7F}") == "a\\u{1B}[2Jb\\u{7}\\u{D}\\u{9B}\\u{7F}")
    #expect(terminalSafe("line\nnext\ttab é") == "line\nnext\ttab é")
  }
}
