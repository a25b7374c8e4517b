import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

@Suite("Dataset loading and validation")
struct DatasetLoaderTests {
  @Test func theSampleValidatesClean() {
    let report = DatasetLoader.load(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues == [])
    #expect((250...350).contains(report.participants.count))
    #expect((900...1100).contains(report.places.count))
    // All six municipalities, Maastricht the largest; every employer kind; learning places.
    let municipalities = Dictionary(grouping: report.participants.map(\.value), by: \.municipality)
    #expect(municipalities.count == 6)
    #expect(municipalities.max { $0.value.count < $1.value.count }?.key == "maastricht")
    #expect(Set(report.places.map(\.value).map(\.employerKind)) == Set(EmployerKind.allCases))
    #expect(report.places.map(\.value).contains { $0.learningOffer != nil })
  }

  /// Loading straight into an engine (each block compiled as decoded) builds the engine
  /// the loaded dataset builds, and counts what it loaded; with any issue, in the data or
  /// the policy file, there is no engine and the issues are the plain load's.
  @Test func loadingIntoAnEngineBuildsTheDatasetsEngine() throws {
    let report = DatasetLoader.load(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory)
    let expected = try MatchEngine(dataset: try #require(report.dataset))
    let loaded = try DatasetLoader.loadEngine(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory,
      policyFile: nil)
    let engine = try #require(loaded.engine)
    #expect(loaded.report.issues == [])
    #expect(loaded.report.participants.isEmpty && loaded.report.places.isEmpty)
    #expect(loaded.report.participantsLoaded == report.participants.count)
    #expect(loaded.report.placesLoaded == report.places.count)
    #expect(engine.participantIDs == expected.participantIDs)
    let options = QueryOptions(k: 10, day: TestData.day, threads: 1)
    #expect(
      try engine.batchShortlists(options: options) == expected.batchShortlists(options: options))
    // The record as given (the engine adds only what it derives from placements, which
    // no data file holds: the JSON form leaves it out).
    for person in report.participants.prefix(20) {
      #expect(engine.participant(person.value.id)?.json == person.value.json)
    }

    let scratch = ScratchDirectory()
    scratch.write("participants.json", "[{\"id\": \"P-1\"}]")
    scratch.write("places.json", "[]")
    let broken = try DatasetLoader.loadEngine(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory, policyFile: nil)
    #expect(broken.engine == nil)
    #expect(
      broken.report.issues
        == DatasetLoader.load(
          directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory
        )
        .issues)
    #expect(!broken.report.issues.isEmpty)

    scratch.write("policy.json", "{\"weights\": 1}")
    let badPolicy = try DatasetLoader.loadEngine(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory,
      policyFile: scratch.path + "/policy.json")
    #expect(badPolicy.engine == nil)
    #expect(badPolicy.report.issues.map(\.file).contains("policy.json"))
  }

  /// Files are read straight into an array: exactly their bytes, `nil` past the limit or
  /// when missing, and any size up to it (a buffer's worth and more).
  @Test(arguments: [0, 1, 4095, 4096, 4097, 100_000])
  func filesAreReadWhole(size: Int) throws {
    let scratch = ScratchDirectory()
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let path = scratch.path + "/file"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(FileBytes.read(path) == bytes)
    #expect(FileBytes.read(path, limit: size) == bytes)
    #expect(FileBytes.read(path, limit: size - 1) == nil || size == 0)
    #expect(FileBytes.read(scratch.path + "/missing") == nil)
  }

  @Test func theTaxonomyHasTheSizesTheRegionNeeds() {
    let taxonomy = Fixtures.taxonomy
    #expect((12...16).contains(taxonomy.sectors.count))
    #expect((100...250).contains(taxonomy.competencies.count))
    #expect(taxonomy.loadDimensions.map(\.dimension) == LoadDimension.allCases)
    #expect(taxonomy.loadDimensions.allSatisfy { $0.levels.count == 5 })
    #expect(Set(taxonomy.competencies.map(\.kind)) == [.employee, .vocational])
    #expect(taxonomy.region.municipalities.count == 6)
    #expect(taxonomy.problems == [])
  }

  /// Record files are parsed element by element with the whole file's nesting limit less
  /// one: a file one level too deep is broken JSON, exactly as when parsed whole.
  @Test func theNestingLimitHoldsWhenRecordsAreParsedOneByOne() throws {
    let scratch = ScratchDirectory()
    scratch.write("places.json", "[]")
    func nested(_ depth: Int) -> String {
      String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }
    scratch.write("participants.json", "[" + nested(31) + "]")  // 32 levels: allowed.
    let atLimit = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(atLimit.issues.map(\.problem.kind) == [.wrongType])
    scratch.write("participants.json", "[" + nested(32) + "]")  // 33 levels: too deep.
    let tooDeep = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(tooDeep.issues.map(\.problem.kind) == [.brokenJSON])
  }

  @Test func emptyFileBrokenJSONAndNotAnArrayAreReported() throws {
    let scratch = ScratchDirectory()
    scratch.write("participants.json", "  \n")
    scratch.write("places.json", "[\n  {\"id\": \"PL-1\",\n   \"sectors\": [\"care\"] \"x\": 1}\n]")
    let report = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues.map(\.file) == ["participants.json", "places.json"])
    #expect(report.issues[0].problem.kind == .emptyFile)
    #expect(report.issues[1].problem.kind == .brokenJSON)
    #expect(report.issues[1].position?.line == 3)
    #expect(report.issues[1].position?.column == 24)

    scratch.write("participants.json", "{\"id\": \"P-1\"}")
    scratch.write("places.json", "[]")
    let notArray = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(notArray.issues.map(\.problem.kind) == [.wrongType])
  }

  @Test func duplicatesAreFoundAmongInvalidRecordsToo() {
    let scratch = ScratchDirectory()
    let first = JSONWriter().string(Fixtures.participantJSON.setting(["wageValue"], to: 500))
    let second = JSONWriter().string(Fixtures.participantJSON)
    scratch.write("participants.json", "[\(first),\(second)]")
    scratch.write("places.json", "[]")
    let report = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(
      report.issues.map { "[\($0.record!)] \($0.problem.path) \($0.problem.kind.rawValue)" } == [
        "[0] wageValue out-of-range", "[1] id duplicate-id",
      ])
    #expect(report.participants.map(\.value).isEmpty)
  }

  @Test func missingFilesAreReportedNotFatal() {
    let scratch = ScratchDirectory()
    scratch.write("places.json", "[]")
    let report = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues.map(\.problem.kind) == [.unreadable])
    #expect(report.issues.first?.file == "participants.json")
  }

  /// A copy of the sample with one record broken in each of several ways: every break is
  /// reported with its file, record, id and field path, and nothing else is.
  @Test func aCorruptedCopyOfTheSampleReportsEveryError() throws {
    let scratch = ScratchDirectory()
    let people = try JSONParser().parse(
      Data(contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/participants.json")))
    let places = try JSONParser().parse(
      Data(contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/places.json")))
    guard case .array(var personRecords) = people, case .array(var placeRecords) = places else {
      Issue.record("sample files are not arrays")
      return
    }
    personRecords[3] = personRecords[3].setting(["name"], to: "Jan")
    personRecords[7] = personRecords[7].setting(
      ["wishes", "hoursPerWeek"], to: .object(["min": 40, "max": 20]))
    personRecords[11] = personRecords[11].setting(["id"], to: personRecords[10]["id"])
    personRecords[20] = personRecords[20].setting(["loadCapacity", "lifting"], to: 7)
    personRecords[21] = personRecords[21].setting(["availableFrom"], to: "2026-13-01")
    placeRecords[5] = placeRecords[5].setting(["sectors"], to: ["space-travel"])
    placeRecords[6] = placeRecords[6].setting(
      ["location"], to: .object(["lat": 51.44, "lon": 5.47]))
    placeRecords[9] = placeRecords[9].setting(
      ["requiredCompetencies"], to: [.object(["id": "juggling", "level": 1])])
    placeRecords[12] = placeRecords[12].setting(["hoursPerWeek", "min"], to: "twenty")
    scratch.write(
      "participants.json", JSONWriter(style: .linePerElement).bytes(.array(personRecords)))
    scratch.write("places.json", JSONWriter(style: .linePerElement).bytes(.array(placeRecords)))

    let report = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    let found = report.issues.map {
      "\($0.file)[\($0.record ?? -1)] \($0.problem.path) \($0.problem.kind.rawValue)"
    }
    #expect(
      found == [
        "participants.json[3] name unknown-field",
        "participants.json[7] wishes.hoursPerWeek min-above-max",
        "participants.json[11] id duplicate-id",
        "participants.json[20] loadCapacity.lifting out-of-range",
        "participants.json[21] availableFrom bad-date",
        "places.json[5] sectors[0] unknown-sector",
        "places.json[6] location outside-region",
        "places.json[9] requiredCompetencies[0].id unknown-competency",
        "places.json[12] hoursPerWeek.min wrong-type",
      ])
    #expect(report.issues.allSatisfy { $0.id != nil })
    #expect(report.participants.count == personRecords.count - 5)
    #expect(report.places.count == placeRecords.count - 4)
    #expect(report.dataset == nil)
  }

  @Test func aBrokenTaxonomyNamesItsFile() {
    let scratch = ScratchDirectory()
    for file in TaxonomyCodec.File.allCases {
      scratch.write(
        file.rawValue,
        JSONWriter(style: .pretty).bytes(TaxonomyCodec.json(file, of: Fixtures.taxonomy)))
    }
    scratch.write(
      "competencies.json",
      #"[{"id": "welding", "kind": "vocational", "sectors": ["metal"], "en": "Welding", "nl": "Lassen"}]"#
    )
    let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: scratch.path)
    #expect(taxonomy == nil)
    #expect(
      issues.map(\.description) == [
        "competencies.json[0] (welding) sectors[0]: unknown-sector metal; expected a sector id from the taxonomy"
      ])
  }

  @Test func policyErrorsAreReported() {
    let scratch = ScratchDirectory()
    scratch.write(
      "policy.json",
      #"{"weights": {"loadHeadroom": -1}, "travel": {"modes": {"bike": {"kilometresPerHour": 0}}}, "colour": "red"}"#
    )
    let (policy, issues) = DatasetLoader.loadPolicy(
      file: scratch.path + "/policy.json", taxonomy: Fixtures.taxonomy)
    #expect(policy?.value == nil)
    // Every problem in one pass: an unknown key does not hide the values that are wrong.
    #expect(
      issues.map(\.problem.path) == [
        "colour", "weights.loadHeadroom", "travel.modes.bike.kilometresPerHour",
      ])
    scratch.write(
      "policy.json",
      #"{"weights": {"loadHeadroom": -1}, "travel": {"modes": {"bike": {"kilometresPerHour": 0}}}}"#
    )
    let (_, semantic) = DatasetLoader.loadPolicy(
      file: scratch.path + "/policy.json", taxonomy: Fixtures.taxonomy)
    #expect(
      semantic.map { "\($0.problem.path) \($0.problem.kind.rawValue)" } == [
        "weights.loadHeadroom out-of-range", "travel.modes.bike.kilometresPerHour out-of-range",
      ])
    let zero =
      #"{"weights": {"loadHeadroom": 0, "competency": 0, "development": 0, "wishes": 0, "placementOrder": 0, "support": 0}}"#
    scratch.write("policy.json", zero)
    let (_, allZero) = DatasetLoader.loadPolicy(
      file: scratch.path + "/policy.json", taxonomy: Fixtures.taxonomy)
    #expect(allZero.map(\.problem.path) == ["weights"])
  }

  /// A file over the size limit is reported with its name, its size and the limit, and not
  /// read at all (the shipped limit is 2 GiB; the check takes the limit as a parameter).
  @Test func aFileOverTheLimitIsReportedNotRead() throws {
    let scratch = ScratchDirectory()
    scratch.write("participants.json", String(repeating: "[1,", count: 20) + "1]")
    var issues: [ValidationIssue] = []
    let bytes = DatasetLoader.read(
      scratch.path + "/participants.json", as: "participants.json", into: &issues, limit: 16)
    #expect(bytes == nil)
    let issue = try #require(issues.first)
    #expect(issue.file == "participants.json")
    #expect(issue.problem.kind == .tooLong)
    #expect(issue.problem.value == "62 bytes")
    #expect(issue.problem.expected == "a file of at most 16 bytes")
    var fine: [ValidationIssue] = []
    #expect(
      DatasetLoader.read(
        scratch.path + "/participants.json", as: "participants.json", into: &fine, limit: 62)?
        .count == 62)
    #expect(fine.isEmpty)
    #expect(DatasetLoader.maximumFileBytes == 2 << 30)
  }
}
