import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// Issue 14, defects 3 and 10: what a spreadsheet could run as a formula is neutralised on
/// the way out and restored on the way in; a sheet's numbers are plain decimals only.
@Suite("CSV: formula injection and plain numbers")
struct HostileCSVTests {
  /// Each field as written, and read back.
  @Test(arguments: [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("'=x", "''=x"), ("-2.5", "-2.5"),
    ("-2,5", "-2,5"), ("+3", "+3"), ("'hello", "'hello"), ("plain", "plain"),
    ("-", "'-"),
  ])
  func formulasAreNeutralised(field: String, written: String) throws {
    let bytes = CSVWriter(delimiter: UInt8(ascii: ","), byteOrderMark: false).bytes(
      header: ["a"], rows: [[field]])
    let table = try CSVReader.read(bytes)
    #expect(table.records.first?.fields.first == written)
    #expect(CSVWriter.unneutralized(written) == field)
  }

  /// A title that starts like a formula survives export and import exactly.
  @Test func aFormulaLikeTitleRoundTrips() throws {
    let report = DatasetLoader.load(
      directory: Repository.sample, taxonomyDirectory: Repository.taxonomy)
    var place = try #require(report.places.first?.value)
    place.title = "=HYPERLINK(\"x\")"
    let writer = CSVWriter(delimiter: UInt8(ascii: ";"))
    let sheet = writer.bytes(
      header: RecordCSV.placeColumns, rows: RecordCSV.exportPlaces([place], decimalComma: true))
    #expect(!String(decoding: sheet, as: UTF8.self).contains(";=HYPERLINK"))
    let (places, issues) = RecordCSV.importPlaces(
      try CSVReader.read(sheet), taxonomy: TestData.taxonomy)
    #expect(issues == [])
    #expect(places.first?.title == place.title)
  }

  @Test(arguments: ["0x20", "1e3", "inf", "nan", "2.", ".5", "1_000", "+-1", "١٢"])
  func onlyPlainDecimalNumbers(cell: String) throws {
    let header =
      "id;municipality;lat;lon;targetGroup;developmentPace;supportNeed;hoursMin;hoursMax;maxTravelMinutes;transport;availableFrom"
    let row = "P-1;maastricht;50,85;5,69;wsw;slow;none;\(cell);24;30;bike;2026-11-01"
    let table = try CSVReader.read(Array(([header, row].joined(separator: "\n")).utf8))
    let (records, issues) = RecordCSV.importParticipants(table, taxonomy: TestData.taxonomy)
    #expect(records.isEmpty)
    #expect(issues.contains { $0.column == "hoursMin" && $0.problem.kind == .wrongType })
  }
}
