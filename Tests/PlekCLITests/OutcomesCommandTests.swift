import Foundation
import PlekTestSupport
import Testing

/// `plek outcomes` on the sample's three years of placements: the tables in both
/// languages, the sheet and JSON, and the usage errors an officer can make.
@Suite("plek outcomes")
struct OutcomesCommandTests {
  static let range = ["--from", "2024-01-01", "--to", "2026-10-31"]

  @Test func theTablesInEnglishAndDutch() throws {
    let english = try runPlek(["outcomes"] + Self.range)
    #expect(english.status == 0, "\(english.standardError)")
    #expect(english.standardOutput.hasPrefix("Results 2024-01-01 – 2026-10-31, by quarter"))
    for heading in ["Placements started", "Placements ended", "Job retention", "2026-Q3"] {
      #expect(english.standardOutput.contains(heading), "\(heading)")
    }
    let dutch = try runPlek(["outcomes", "--lang", "nl", "--by", "year"] + Self.range)
    #expect(dutch.status == 0, "\(dutch.standardError)")
    #expect(dutch.standardOutput.hasPrefix("Resultaten 01-01-2024 – 31-10-2026, per jaar"))
    for word in ["uitstroom", "doorstroom", "terugval", "vangnet", "Werkbehoud", "totaal"] {
      #expect(dutch.standardOutput.contains(word), "\(word)")
    }
    #expect(!dutch.standardOutput.contains("Job retention"))
  }

  @Test func jsonAndTheSheetCarryEveryPeriod() throws {
    let result = try runPlek(["outcomes", "--format", "json", "--by", "year"] + Self.range)
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.compactMap { $0["period"] as? String } == ["2024", "2025", "2026"])
    let total = try #require(json["total"] as? [String: Any])
    #expect((total["started"] as? Int ?? 0) > 200)
    let retention = try #require(json["werkbehoud"] as? [[String: Any]])
    #expect(retention.first?["group"] as? String == "all")
    let sheet = try runPlek(["outcomes", "--format", "csv", "--by", "year"] + Self.range)
    let lines = sheet.standardOutput.split(whereSeparator: \.isNewline)
    #expect(lines.count == 5)
    #expect(lines.first?.hasPrefix("period,group,from,to,started,") == true)
  }

  /// Per municipality (the funding is per municipality), named as an officer types it in
  /// Dutch: a row per municipality of the region in the table and the sheet.
  @Test func perMunicipality() throws {
    let dutch = try runPlek(
      ["outcomes", "--lang", "nl", "--by", "jaar", "--per", "gemeente"] + Self.range)
    #expect(dutch.status == 0, "\(dutch.standardError)")
    #expect(dutch.standardOutput.contains("De hele periode, per deel"))
    #expect(dutch.standardOutput.contains("Valkenburg aan de Geul"))
    let sheet = try runPlek(
      ["outcomes", "--format", "csv", "--by", "year", "--per", "municipality"] + Self.range)
    let lines = sheet.standardOutput.split(whereSeparator: \.isNewline)
    #expect(lines.count == 1 + 4 + 6)
    #expect(lines.last?.contains(",Valkenburg aan de Geul,") == true)
  }

  /// Every line fits a 100-column terminal, in both languages, with either breakdown.
  @Test(arguments: ["municipality", "target-group"])
  func everyLineFitsAHundredColumns(_ part: String) throws {
    for language in ["nl", "en"] {
      let result = try runPlek(
        ["outcomes", "--per", part, "--lang", language] + Self.range,
        environment: ["COLUMNS": "100"])
      #expect(result.status == 0, "\(result.standardError)")
      let long: [String] = result.standardOutput.split(separator: "\n").map(String.init)
        .filter { $0.count > 100 }
      let first = long.first ?? ""
      #expect(long.isEmpty, "\(language): \(first)")
    }
  }

  @Test func aCohortNarrowsTheCount() throws {
    let all = try runPlek(["outcomes", "--format", "json"] + Self.range)
    let wsw = try runPlek(
      ["outcomes", "--format", "json", "--target-group", "wsw", "--municipality", "Maastricht"]
        + Self.range)
    #expect(wsw.status == 0, "\(wsw.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(wsw.standardOutput.utf8)) as? [String: Any])
    #expect(json["targetGroups"] as? [String] == ["wsw"])
    #expect(json["municipalities"] as? [String] == ["maastricht"])
    #expect(wsw.standardOutput != all.standardOutput)
  }

  @Test(arguments: [
    (["--from", "2026-02-01", "--to", "2026-01-01"], "--from must be on or before --to"),
    (["--by", "week"], "week"),
    (["--to", "31-02-2026"], "--to must be a real day"),
    (["--municipality", "amsterdam"], "amsterdam"),
    (["--per", "sector"], "sector"),
  ])
  func aWrongOptionIsAUsageError(_ arguments: [String], _ said: String) throws {
    let result = try runPlek(["outcomes"] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(said), "\(result.standardError)")
  }
}

/// `plek placements`: a person's or a place's placements, in both languages, as the import
/// sheet and as the file's records.
@Suite("plek placements")
struct PlacementsCommandTests {
  @Test func aPersonsAndAPlacesPlacements() throws {
    let person = try runPlek(["placements", "P-000003", "--date", "2026-11-22"])
    #expect(person.status == 0, "\(person.standardError)")
    #expect(person.standardOutput.contains("PM-000002"))
    let place = try runPlek(["placements", "PL-000193", "--lang", "nl", "--date", "2026-11-22"])
    #expect(place.standardOutput.hasPrefix("Plaatsingen"))
    #expect(place.standardOutput.contains("uitgestroomd naar regulier werk"))
    #expect(place.standardOutput.contains("14-11-2023"))
    let sheet = try runPlek(["placements", "P-000003", "--format", "csv"])
    #expect(sheet.standardOutput.hasPrefix("id,participant,place,start,"))
  }

  /// Placements travel with the data: `plek snapshot` keeps them (section `PLMT`), commands
  /// read them from the snapshot, and `plek export --dataset` of it writes them back as
  /// they were.
  @Test func placementsTravelWithTheData() throws {
    let scratch = ScratchDirectory()
    let file = scratch.path + "/s.plek"
    let snapshot = try runPlek(["snapshot", "--out", file])
    #expect(snapshot.status == 0)
    #expect(snapshot.standardError.contains("281 placements"))
    let person = try runPlek(["placements", "P-000003", "--data", file, "--date", "2026-11-22"])
    #expect(person.status == 0, "\(person.standardError)")
    #expect(person.standardOutput.contains("PM-000002"))
    let exported = try runPlek(["export", "--data", file, "--dataset", scratch.path + "/copy"])
    #expect(exported.status == 0, "\(exported.standardError)")
    let copy = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/copy/placements.json"))
    let sample = try Data(
      contentsOf: URL(fileURLWithPath: Repository.sample + "/placements.json"))
    #expect(copy == sample)
  }

  @Test func anUnknownIDIsAUsageErrorWithASuggestion() throws {
    let result = try runPlek(["placements", "P-00003"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("did you mean"))
  }
}
