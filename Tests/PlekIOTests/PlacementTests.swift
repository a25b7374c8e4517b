import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// A placement record as `placements.json` holds it (Datasets/README.md, *Placements*): a
/// learning-work route of P-000001 at PL-000002 that ended with a certificate.
private let routeJSON: JSONValue = try! JSONParser().parse(
  """
  {
    "id": "PM-000001", "participant": "P-000001", "place": "PL-000002",
    "start": "2025-02-03", "plannedEnd": "2025-08-01", "end": "2025-07-25",
    "endReason": "regular-work", "form": "learning-work", "hoursPerWeek": 24,
    "wageCostSubsidy": false, "jobCoach": true,
    "earned": {"certificate": true, "praktijkverklaring": false,
      "competencies": [{"id": "order-picking", "level": 2}]}
  }
  """)

private func problems(_ json: JSONValue) -> [ModelProblem] {
  Placement.decode(json: json, taxonomy: Fixtures.taxonomy).problems
}

/// A change to the route and the problem it must give, at the field it names.
struct BadPlacement: Sendable, CustomTestStringConvertible {
  var path: [PathStep]
  var value: JSONValue?
  var expectedPath: String
  var expectedKind: ProblemKind
  var testDescription: String { "\(expectedPath): \(expectedKind.rawValue)" }
}

@Suite("Placements: the record, its checks and placements.json")
struct PlacementTests {
  @Test func theRouteIsValidAndRoundTrips() throws {
    #expect(problems(routeJSON) == [])
    let placement = try #require(
      Placement.decode(json: routeJSON, taxonomy: Fixtures.taxonomy).value)
    #expect(placement.form == .learningWork && placement.endReason == .regularWork)
    #expect(placement.earned?.certificate == true && placement.jobCoach)
    let again = Placement.decode(json: placement.json, taxonomy: Fixtures.taxonomy).value
    #expect(again == placement)
    #expect(placement.isActive(on: Day(iso: "2025-07-25")!))
    #expect(!placement.isActive(on: Day(iso: "2025-07-26")!))
    #expect(!placement.isActive(on: Day(iso: "2025-02-02")!))
  }

  @Test func aRunningPlacementNeedsNoEnd() {
    let running = routeJSON.setting(["end"], to: nil).setting(["endReason"], to: nil)
      .setting(["earned"], to: nil)
    #expect(problems(running) == [])
  }

  static let bad: [BadPlacement] = [
    BadPlacement(
      path: ["bsn"], value: "123456782", expectedPath: "bsn", expectedKind: .unknownField),
    BadPlacement(path: ["start"], value: nil, expectedPath: "start", expectedKind: .missingField),
    BadPlacement(path: ["start"], value: "3-2-2025", expectedPath: "start", expectedKind: .badDate),
    BadPlacement(
      path: ["end"], value: "2025-01-31", expectedPath: "end", expectedKind: .conflict),
    BadPlacement(
      path: ["plannedEnd"], value: "2024-12-31", expectedPath: "plannedEnd",
      expectedKind: .conflict),
    BadPlacement(
      path: ["endReason"], value: nil, expectedPath: "endReason", expectedKind: .missingField),
    BadPlacement(
      path: ["endReason"], value: "fired", expectedPath: "endReason", expectedKind: .invalidValue),
    BadPlacement(
      path: ["form"], value: "internship", expectedPath: "form", expectedKind: .invalidValue),
    BadPlacement(
      path: ["hoursPerWeek"], value: 0, expectedPath: "hoursPerWeek", expectedKind: .outOfRange),
    BadPlacement(
      path: ["participant"], value: "P 1", expectedPath: "participant", expectedKind: .badID),
    BadPlacement(
      path: ["form"], value: "employment", expectedPath: "earned", expectedKind: .conflict),
    BadPlacement(
      path: ["earned", "competencies", .index(0), "id"], value: "juggling",
      expectedPath: "earned.competencies[0].id", expectedKind: .unknownCompetency),
    BadPlacement(
      path: ["earned", "certificate"], value: "yes", expectedPath: "earned.certificate",
      expectedKind: .wrongType),
  ]

  @Test(arguments: bad) func aBadFieldIsNamed(_ input: BadPlacement) {
    let found = problems(routeJSON.setting(input.path, to: input.value))
    #expect(found.contains { $0.path == input.expectedPath && $0.kind == input.expectedKind })
  }

  @Test func anEndReasonWhileItRunsAndAResultBeforeTheEndAreRefused() {
    let running = routeJSON.setting(["end"], to: nil)
    let found = problems(running)
    #expect(found.contains { $0.path == "endReason" && $0.kind == .conflict })
    #expect(found.contains { $0.path == "earned" && $0.kind == .conflict })
  }

  private func placement(
    _ id: String, _ person: String = "P-1", _ place: String = "PL-1", start: String,
    _ end: String?
  ) -> Placement {
    Placement(
      id: PlacementID(stringLiteral: id), participant: ParticipantID(stringLiteral: person),
      place: PlaceID(stringLiteral: place), start: Day(iso: start)!,
      end: end.flatMap { Day(iso: $0) },
      endReason: end == nil ? nil : .contractEnded, form: .employment, hoursPerWeek: 20)
  }

  @Test func crossChecksNameUnknownRecordsDuplicatesAndOverlaps() {
    let list = [
      placement("A", start: "2025-01-01", "2025-03-31"),
      // The same person and place again from the day after: fine.
      placement("B", start: "2025-04-01", nil),
      // Overlaps B (which still runs).
      placement("C", start: "2025-06-01", "2025-06-30"),
      // At another place at the same time: two part-time jobs are fine.
      placement("D", "P-1", "PL-2", start: "2025-06-01", nil),
      placement("E", "P-9", "PL-1", start: "2025-01-01", nil),
      placement("F", "P-1", "PL-9", start: "2025-01-01", nil),
      placement("A", "P-2", "PL-2", start: "2025-01-01", nil),
    ]
    let found = Placement.crossProblems(
      list, participants: ["P-1", "P-2"], places: ["PL-1", "PL-2"])
    #expect(found.keys.sorted() == [2, 4, 5, 6])
    #expect(found[2]?.first?.kind == .conflict && found[2]?.first?.path == "start")
    #expect(found[4]?.first?.path == "participant")
    #expect(found[5]?.first?.path == "place")
    #expect(found[6]?.first?.kind == .duplicateID)
  }

  /// The sample with a `placements.json`: the valid placements are kept; one that names a
  /// place the dataset does not have is an issue of that file, with its id.
  @Test func aDatasetDirectoryReadsItsPlacements() throws {
    let directory = try sampleRecords()
    let good = JSONWriter().string(routeJSON)
    directory.write(DatasetLoader.placementsFile, "[\(good)]")
    let clean = DatasetLoader.load(
      directory: directory.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(clean.issues == [])
    #expect(clean.dataset?.placements.map(\.value.id.rawValue) == ["PM-000001"])
    #expect(DatasetLoader.recordFiles(in: directory.path).count == 3)

    let stranger = JSONWriter().string(
      routeJSON.setting(["id"], to: "PM-000002").setting(["place"], to: "PL-999999"))
    directory.write(DatasetLoader.placementsFile, "[\(good),\n\(stranger)]")
    let report = DatasetLoader.load(
      directory: directory.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.placements.count == 1)
    let issue = try #require(report.issues.first)
    #expect(report.issues.count == 1)
    #expect(issue.file == "placements.json" && issue.id == "PM-000002")
    #expect(issue.description.contains("(PM-000002) place: invalid-value PL-999999"))
  }

  @Test func aDirectoryWithoutPlacementsHasNone() throws {
    let directory = try sampleRecords()
    let report = DatasetLoader.load(
      directory: directory.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues == [] && report.placements == [])
    #expect(DatasetLoader.recordFiles(in: directory.path).count == 2)
  }

  /// The sample's placements as a sheet and back: the same records; a row whose end comes
  /// before its start is named by row and column, and nothing else is lost.
  @Test func aSheetOfPlacementsRoundTrips() throws {
    let placements = TestData.sample.placements.map(\.value)
    let rows = RecordCSV.exportPlacements(placements)
    var text = RecordCSV.placementColumns.joined(separator: ",") + "\n"
    text += rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    let (records, issues) = try RecordCSV.importPlacements(
      bytes: Array(text.utf8), taxonomy: Fixtures.taxonomy)
    #expect(issues == [] && records == placements)
    var bad = rows[0]
    bad[5] = "2020-01-01"
    let (kept, problems) = try RecordCSV.importPlacements(
      bytes: Array(
        (RecordCSV.placementColumns.joined(separator: ";") + "\n" + bad.joined(separator: ";")
          + "\n" + rows[1].joined(separator: ";")).utf8),
      taxonomy: Fixtures.taxonomy)
    #expect(kept.count == 1)
    #expect(
      problems.map(\.description) == [
        "row 2, column end: conflict 2020-01-01; expected a day on or after start \(placements[0].start.iso)"
      ])
  }

  /// A scratch directory with the sample's participants and places, and no placements.
  private func sampleRecords() throws -> ScratchDirectory {
    let directory = ScratchDirectory()
    for file in [DatasetLoader.participantsFile, DatasetLoader.placesFile] {
      try FileManager.default.copyItem(
        atPath: Fixtures.sampleDirectory + "/" + file, toPath: directory.path + "/" + file)
    }
    return directory
  }
}
