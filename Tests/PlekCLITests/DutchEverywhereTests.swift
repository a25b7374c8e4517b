import Foundation
import PlekTestSupport
import Testing

/// Every Dutch output of every command on the sample (tables, sheets, help, usage errors)
/// holds no English word from the English side of the localisation table (issue 24 §3). The
/// words checked: those of every message's English literal that no Dutch literal uses.
/// Codes, ids, options and file names are what an officer types, not prose, and are passed
/// over (words with a dash, digit, dot or slash, and option names).
@Suite("Dutch everywhere", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct DutchEverywhereTests {
  static let englishOnly: Set<String> = {
    func words(_ text: String) -> Set<String> {
      Set(
        text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
    }
    var english = Set<String>()
    var dutch = Set<String>()
    for entry in MessageCatalog.entries {
      english.formUnion(words(MessageCatalog.Entry.words(entry.english)))
      dutch.formUnion(words(MessageCatalog.Entry.words(entry.dutch)))
    }
    // Words that are Dutch too, though no message happens to use them, and the commands'
    // names (what an officer types).
    let alsoDutch: Set<String> = [
      "server", "slot", "test", "code", "codes", "data", "team", "taken", "record", "records",
      "plan",
    ]
    // The values an officer types for options (`--view officer`, `--profile regional`).
    let typed: Set<String> = [
      "officer", "employer", "regional", "national", "table", "json", "html", "ndjson",
    ]
    let commands: Set<String> = [
      "demo", "shortlist", "candidates", "explain", "advise", "carve", "assign", "report",
      "batch", "snapshot", "import", "export", "validate", "generate", "serve", "help",
      "outcomes", "placements", "place", "end",
    ]
    return english.subtracting(dutch).subtracting(alsoDutch).subtracting(commands)
      .subtracting(typed)
  }()

  /// The English words of an output: its prose words (not codes, ids, options or files)
  /// that only the English side of the table uses.
  static func englishWords(in output: String) -> [String] {
    var found: [String] = []
    for token in output.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," }) {
      if token.hasPrefix("-") || token.contains(where: { "-/._@0123456789<>$=".contains($0) }) {
        continue
      }
      for word in token.lowercased().split(whereSeparator: { !$0.isLetter })
      where englishOnly.contains(String(word)) {
        found.append(String(word))
      }
    }
    return found
  }

  static let commands: [[String]] = [
    ["demo"], ["shortlist", "P-000003"], ["shortlist", "P-000003", "--why"],
    ["shortlist", "P-000003", "--spread"], ["shortlist", "P-000003", "--format", "csv"],
    ["candidates", "PL-000723"], ["candidates", "PL-000723", "--view", "employer"],
    ["candidates", "PL-000723", "--format", "csv"], ["explain", "P-000003", "PL-000723"],
    ["explain", "P-000001", "PL-000723", "--view", "employer"], ["advise", "P-000003"],
    ["advise", "P-000043"], ["advise", "--all"], ["advise", "--all", "--format", "csv"],
    ["carve", "PL-000010"], ["carve", "PL-000010", "--view", "employer"], ["assign"],
    ["assign", "--report"], ["assign", "--format", "csv"],
    ["assign", "--report", "--format", "csv"],
  ]

  @Test(arguments: commands + [["validate"]])
  func aCommandInDutch(_ command: [String]) throws {
    let day = command == ["validate"] ? [] : ["--date", "2026-11-22"]
    let result = try runPlek(command + ["--lang", "nl"] + day)
    #expect(result.status == 0, "\(result.standardError)")
    let found = Self.englishWords(in: result.standardOutput + result.standardError)
    #expect(found.isEmpty, "\(command): \(Set(found).sorted())")
  }

  /// Failures that are not usage mistakes, in Dutch too.
  @Test(arguments: [
    (["shortlist", "P-00003"], "geen deelnemer P-00003 in deze dataset (bedoelt u P-000003?)"),
    (["candidates", "PL-9"], "geen plek PL-9 in deze dataset"),
    (
      ["shortlist", "P-000003", "--data", "/nonexistent"],
      "de map met data /nonexistent bestaat niet"
    ),
  ])
  func failuresInDutch(_ command: [String], _ message: String) throws {
    let result = try runPlek(command + ["--lang", "nl"])
    #expect(result.status == 1)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }

  @Test func everyHelpInDutch() throws {
    let overview = try runPlek(["help", "--lang", "nl"])
    var outputs = [("help", overview.standardOutput)]
    for name in [
      "demo", "shortlist", "candidates", "explain", "advise", "carve", "assign", "report",
      "batch", "snapshot", "import", "export", "validate", "generate", "serve", "outcomes",
      "placements", "place", "end",
    ] {
      outputs.append((name, try runPlek(["help", name, "--lang", "nl"]).standardOutput))
    }
    for (name, output) in outputs {
      let found = Self.englishWords(in: output)
      #expect(found.isEmpty, "help \(name): \(Set(found).sorted())")
    }
  }
}
