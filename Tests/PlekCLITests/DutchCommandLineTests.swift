import Foundation
import PlekTestSupport
import Testing

/// What a Dutch officer types and reads (issue 24 §3): dates day first, employer kinds,
/// sectors, municipalities and target groups by their Dutch names, usage errors, hints and
/// status lines in Dutch with `--lang nl`.
@Suite("A Dutch officer at the command line")
struct DutchCommandLineTests {
  /// The same question typed the officer's way and the codes' way gives the same answer.
  @Test(arguments: [
    (
      ["--date", "22-11-2026", "--kind", "regulier", "--sector", "Horeca"],
      ["--date", "2026-11-22", "--kind", "regular", "--sector", "hospitality"]
    ),
    (
      ["--date", "22/11/2026", "--kind", "Sociaal/gemeentelijk"],
      ["--date", "2026-11-22", "--kind", "social-municipal"]
    ),
  ])
  func typedTheDutchWay(_ dutch: [String], _ codes: [String]) throws {
    let typed = try runPlek(["shortlist", "P-000003", "--lang", "nl"] + dutch)
    let coded = try runPlek(["shortlist", "P-000003", "--lang", "nl"] + codes)
    #expect(typed.status == 0, "\(typed.standardError)")
    #expect(typed.standardOutput == coded.standardOutput)
  }

  @Test(arguments: [
    (["shortlist", "P-000003", "--date", "31-13-2026"], "--date moet een echte dag zijn"),
    (
      ["shortlist", "P-000003", "--sector", "horeka"],
      "onbekende sector 'horeka' (bedoelt u Horeca?)"
    ),
    (["shortlist", "P-000003", "--kind", "reguliere"], "onbekende soort werkgever"),
    (["shortlist", "P-000003", "--tpo", "3"], "onbekende optie --tpo (bedoelt u --top?)"),
    (["shortlist"], "1 argument verwacht, niet 0"),
    (["batch"], "--out BESTAND is nodig"),
    (["shortlst"], "onbekende opdracht 'shortlst'"),
  ])
  func usageErrorsInDutch(_ arguments: [String], _ message: String) throws {
    let result = try runPlek(arguments + ["--lang", "nl"])
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    for english in ["unknown", "must", "did you mean", "Run 'plek help", "needs", "expected"] {
      #expect(!result.standardError.contains(english), "\(english): \(result.standardError)")
    }
  }

  /// PLEK_LANG=nl too, and the hint lists the Dutch names.
  @Test func theHintListsDutchNames() throws {
    let result = try runPlek(
      ["shortlist", "P-000003", "--sector", "xyz"], environment: ["PLEK_LANG": "nl"])
    #expect(result.standardError.contains("Sectoren: Zorg, Techniek en metaal"))
  }

  @Test func statusLinesInDutch() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plek-dutch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = try runPlek(
      [
        "report", "--out", directory.appendingPathComponent("r.html").path, "--lang", "nl",
        "--date", "2026-11-22",
      ])
    #expect(report.status == 0, "\(report.standardError)")
    #expect(
      report.standardError.contains(": de regiorapportage (300 deelnemers, 1000 plekken)."))
    let validate = try runPlek(["validate", "--lang", "nl"])
    #expect(
      validate.standardOutput.contains(
        "geen problemen (300 geldige deelnemers, 1000 geldige plekken, 281 geldige plaatsingen)"))
  }
}

/// Sheets in Dutch (issue 24 §3: `batch` wrote `employerKind`, `social-municipal`,
/// `agriculture` and no job title; `candidates --view employer --format csv` wrote
/// `rank;participant;…` and `fits`).
@Suite("Dutch sheets")
struct DutchSheetTests {
  static let englishWords = [
    "employerKind", "social-municipal", "regular", "external-sheltered", "internal;",
    "rank", "participant", "travelMinutes", "fits", "needs-assessment", "true", "false",
  ]

  @Test func aBatchInDutch() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plek-batch-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try runPlek(
      [
        "batch", "--out", file.path, "--format", "csv", "--top", "3", "--lang", "nl", "--date",
        "2026-11-22",
      ])
    #expect(result.status == 0, "\(result.standardError)")
    let text = try String(contentsOf: file, encoding: .utf8)
    let header = try #require(text.split(separator: "\n").first)
    #expect(header.contains("deelnemer;rang;plek;functie;werkgever;soort werkgever;sectoren"))
    for word in Self.englishWords {
      #expect(!text.contains(word), "\(word)")
    }
    #expect(text.contains("sociaal/gemeentelijk") && text.contains("regulier"))
  }

  @Test func anEmployersCandidateSheetInDutch() throws {
    let result = try runPlek(
      [
        "candidates", "PL-000723", "--view", "employer", "--format", "csv", "--lang", "nl",
        "--date", "2026-11-22",
      ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("rang;deelnemer;gemeente;reistijd (min);status"))
    #expect(result.standardOutput.contains(";passend"))
    for word in Self.englishWords {
      #expect(!result.standardOutput.contains(word), "\(word)")
    }
  }
}

/// Every line an officer reads fits a 100-column terminal (issue 24 §3).
@Suite("A 100-column terminal")
struct HundredColumnTests {
  @Test(arguments: [
    ["shortlist", "P-000003"], ["candidates", "PL-000723"], ["explain", "P-000003", "PL-000723"],
    ["advise", "P-000043"], ["advise", "P-000003"], ["carve", "PL-000010"], ["assign"],
    ["advise", "--all"], ["assign", "--report"], ["demo"],
  ])
  func everyLineFits(_ command: [String]) throws {
    for language in ["nl", "en"] {
      let result = try runPlek(
        command + ["--date", "2026-11-22", "--lang", language], environment: ["COLUMNS": "100"])
      #expect(result.status == 0, "\(result.standardError)")
      let long: [String] = result.standardOutput.split(separator: "\n").map(String.init)
        .filter { $0.count > 100 }
      let first = long.first ?? ""
      #expect(long.isEmpty, "\(command) \(language): \(first)")
    }
  }
}
