import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

@Suite("CSV: reading, spreadsheets, round trips")
struct CSVTests {
  @Test func readsWhatDutchExcelWrites() throws {
    let text =
      "\u{FEFF}id;title;lat\r\nA;\"Orderpicker; dagdienst\nmet cursus\";50,85\r\n\r\nB;\"zei \"\"ja\"\"\";5\r\nC;;\r\n"
    let table = try CSVReader.read(Array(text.utf8))
    #expect(table.delimiter == UInt8(ascii: ";"))
    #expect(table.header == ["id", "title", "lat"])
    #expect(
      table.records.map(\.fields) == [
        ["A", "Orderpicker; dagdienst\nmet cursus", "50,85"], ["B", "zei \"ja\"", "5"],
        ["C", "", ""],
      ])
    // The quoted line break makes the first record span rows 2–3; B is on row 5 after a blank row.
    #expect(table.records.map(\.row) == [2, 5, 6])
  }

  @Test(arguments: [
    ("a,b\n1,2\n", UInt8(ascii: ",")), ("a\tb\n1\t2\n", 0x09), ("a;b\n1;2\n", UInt8(ascii: ";")),
    ("\"a;b\",c\n1,2\n", UInt8(ascii: ",")),
  ])
  func detectsTheDelimiter(_ text: String, _ delimiter: UInt8) throws {
    let table = try CSVReader.read(Array(text.utf8))
    #expect(table.delimiter == delimiter)
    #expect(table.records.first?.fields == ["1", "2"])
  }

  @Test func reportsBrokenQuoting() {
    #expect(throws: CSVError(row: 2, message: "a quoted field is not closed")) {
      try CSVReader.read(Array("a;b\n\"x;y\n".utf8))
    }
    #expect(throws: CSVError.self) { try CSVReader.read(Array("a;b\nx\"y;z\n".utf8)) }
    #expect(throws: CSVError.self) { try CSVReader.read([0xFF, 0xFE, 0x61]) }
    #expect(throws: CSVError.self) { try CSVReader.read([]) }
  }

  @Test func writesWhatExcelReads() throws {
    let bytes = CSVWriter().bytes(
      header: ["a", "b"], rows: [["x;y", "say \"hi\""], ["line\nbreak", " padded "]])
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let table = try CSVReader.read(bytes)
    #expect(table.records.map(\.fields) == [["x;y", "say \"hi\""], ["line\nbreak", " padded "]])
  }

  /// The writer's exact bytes: a byte order mark when asked, CRLF line ends, quotes only
  /// around fields that need them (delimiter, quote, line break, outer spaces), quotes
  /// inside doubled, the other delimiter left alone.
  @Test(arguments: [
    (
      UInt8(ascii: ";"), true,
      "\u{FEFF}h1;h2\r\nplain;\"a;b\"\r\n\"say \"\"hi\"\"\";a,b\r\n\"x\ny\";\" pad\"\r\n"
    ),
    (
      UInt8(ascii: ","), false,
      "h1,h2\r\nplain,a;b\r\n\"say \"\"hi\"\"\",\"a,b\"\r\n\"x\ny\",\" pad\"\r\n"
    ),
  ])
  func writesExactBytes(_ delimiter: UInt8, _ byteOrderMark: Bool, _ expected: String) {
    let bytes = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark).bytes(
      header: ["h1", "h2"],
      rows: [["plain", "a;b"], ["say \"hi\"", "a,b"], ["x\ny", " pad"]])
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
  }

  /// A sheet names municipalities as people write them (issue 24 §3): "Eijsden-Margraten"
  /// imports as its id; a name the region does not have is refused with the names it has.
  @Test func municipalitiesByTheirNames() throws {
    let path = Fixtures.datasets + "/examples/participants.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let named = text.replacingOccurrences(of: ";gulpen-wittem;", with: ";Gulpen-Wittem;")
    #expect(named != text)
    let (people, issues) = RecordCSV.importParticipants(
      try CSVReader.read(Array(named.utf8)), taxonomy: Fixtures.taxonomy)
    #expect(issues == [])
    #expect(people.map(\.municipality.rawValue).contains("gulpen-wittem"))
    let wrong = text.replacingOccurrences(of: ";gulpen-wittem;", with: ";Gulpen;")
    let (_, problems) = RecordCSV.importParticipants(
      try CSVReader.read(Array(wrong.utf8)), taxonomy: Fixtures.taxonomy)
    let problem = try #require(problems.first)
    #expect(problem.column == "municipality")
    #expect(
      problem.problem.expected.contains("Gulpen-Wittem")
        && problem.problem.expected.contains("Maastricht"))
  }

  @Test func theShippedExampleSheetsImportCleanly() throws {
    let people = try CSVReader.read(
      [UInt8](
        Data(contentsOf: URL(fileURLWithPath: Fixtures.datasets + "/examples/participants.csv"))))
    let (participants, issues) = RecordCSV.importParticipants(people, taxonomy: Fixtures.taxonomy)
    #expect(issues == [])
    #expect(participants.map(\.id.rawValue) == ["P-CSV-001", "P-CSV-002", "P-CSV-003"])
    #expect(participants[0].location.latitude == 50.8514, "decimal comma")
    #expect(participants[0].availableFrom.iso == "2026-11-01", "Dutch date")
    #expect(participants[1].loadCapacity[.timePressure] == nil, "an empty cell is unknown")
    #expect(participants[2].loadCapacity[.concentration] == nil)
    #expect(
      participants[0].wishes.sectors.map(\.wish) == [.wanted(rank: 1), .wanted(rank: 2), .excluded])
    let places = try CSVReader.read(
      [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.datasets + "/examples/places.csv"))))
    let (placeRecords, placeIssues) = RecordCSV.importPlaces(places, taxonomy: Fixtures.taxonomy)
    #expect(placeIssues == [])
    #expect(placeRecords.first?.title == "Orderpicker; dagdienst met heftruckcursus")
    #expect(placeRecords.first?.learningOffer?.months == 6)
    #expect(placeRecords.last?.learningOffer == nil)
  }

  @Test func theSampleRoundTripsThroughASpreadsheet() throws {
    let report = DatasetLoader.load(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory)
    for decimalComma in [true, false] {
      let writer = CSVWriter(delimiter: UInt8(ascii: decimalComma ? ";" : ","))
      let peopleSheet = writer.bytes(
        header: RecordCSV.participantColumns,
        rows: RecordCSV.exportParticipants(
          report.participants.map(\.value), decimalComma: decimalComma))
      let (people, issues) = RecordCSV.importParticipants(
        try CSVReader.read(peopleSheet), taxonomy: Fixtures.taxonomy)
      #expect(issues == [])
      #expect(people == report.participants.map(\.value))
      let placeSheet = writer.bytes(
        header: RecordCSV.placeColumns,
        rows: RecordCSV.exportPlaces(report.places.map(\.value), decimalComma: decimalComma))
      let (places, placeIssues) = RecordCSV.importPlaces(
        try CSVReader.read(placeSheet), taxonomy: Fixtures.taxonomy)
      #expect(placeIssues == [])
      #expect(places == report.places.map(\.value))
    }
  }

  @Test func problemsAreReportedByRowAndColumnName() throws {
    let header =
      "id;municipality;lat;lon;targetGroup;developmentPace;supportNeed;hoursMin;hoursMax;maxTravelMinutes;transport;availableFrom;lifting;competencies"
    let rows = [
      "P-1;maastricht;50,85;5,69;wsw;slow;none;24;16;30;bike;2026-11-01;;",
      "P-2;amsterdam;abc;5,69;wsw;slow;none;16;24;30;bike;31-2-2026;5;welding",
      "P-1;maastricht;50,85;5,69;wsw;slow;none;16;24;30;bike;2026-11-01;;",
      "P-3;maastricht;50,85;5,69;wsw;slow;none;16;24;30;bike;2026-11-01;;",
    ]
    let table = try CSVReader.read(Array((([header] + rows).joined(separator: "\n")).utf8))
    let (records, issues) = RecordCSV.importParticipants(table, taxonomy: Fixtures.taxonomy)
    #expect(
      issues.map { "row \($0.row) \($0.column) \($0.problem.kind.rawValue)" } == [
        "row 2 hoursMin, hoursMax min-above-max",
        // Read as the sheet names it (an id or a name), so reported with the cells.
        "row 3 municipality unknown-municipality",
        "row 3 lat wrong-type",
        "row 3 competencies invalid-value",
        "row 3 lifting out-of-range",
        "row 3 availableFrom bad-date",
        "row 4 id duplicate-id",
      ])
    #expect(records.map(\.id.rawValue) == ["P-3"])
    #expect(
      issues[0].description
        == "row 2, column hoursMin, hoursMax: min-above-max 24–16; expected min ≤ max")
  }

  @Test func aNameOrBSNColumnIsRefused() throws {
    let table = try CSVReader.read(Array("id;naam;BSN;municipality\nP-1;Jan;123;maastricht\n".utf8))
    let (records, issues) = RecordCSV.importParticipants(table, taxonomy: Fixtures.taxonomy)
    #expect(records.isEmpty)
    #expect(issues.filter { $0.problem.kind == .unknownField }.map(\.column) == ["naam", "BSN"])
    #expect(issues.contains { $0.problem.kind == .missingField && $0.column == "lat" })
  }
}
