import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// A mutation of a valid record and the exact problem it must produce.
struct BadInput: Sendable, CustomTestStringConvertible {
  enum Record: Sendable { case participant, place }
  var record: Record
  var path: [PathStep]
  var value: JSONValue?
  var expectedPath: String
  var expectedKind: ProblemKind

  var testDescription: String { "\(record) \(expectedPath): \(expectedKind.rawValue)" }

  func problems() -> [ModelProblem] {
    switch record {
    case .participant:
      let json = Fixtures.participantJSON.setting(path, to: value)
      return Participant.decode(json: json, taxonomy: Fixtures.taxonomy).problems
    case .place:
      let json = Fixtures.placeJSON.setting(path, to: value)
      return Place.decode(json: json, taxonomy: Fixtures.taxonomy).problems
    }
  }
}

@Suite("Validation of bad input, field by field")
struct ValidationTableTests {
  @Test func fixturesAreValid() {
    #expect(
      Participant.decode(json: Fixtures.participantJSON, taxonomy: Fixtures.taxonomy).problems == []
    )
    #expect(Place.decode(json: Fixtures.placeJSON, taxonomy: Fixtures.taxonomy).problems == [])
  }

  static let cases: [BadInput] = [
    BadInput(
      record: .participant, path: ["name"], value: "Jan Jansen", expectedPath: "name",
      expectedKind: .unknownField),
    BadInput(
      record: .participant, path: ["bsn"], value: "123456782", expectedPath: "bsn",
      expectedKind: .unknownField),
    BadInput(
      record: .participant, path: ["id"], value: nil, expectedPath: "id",
      expectedKind: .missingField),
    BadInput(
      record: .participant, path: ["id"], value: "P 1", expectedPath: "id", expectedKind: .badID),
    BadInput(
      record: .participant, path: ["municipality"], value: "amsterdam",
      expectedPath: "municipality", expectedKind: .unknownMunicipality),
    BadInput(
      record: .participant, path: ["location"], value: .object(["lat": 52.37, "lon": 4.89]),
      expectedPath: "location",
      expectedKind: .outsideRegion),
    BadInput(
      record: .participant, path: ["location", "lat"], value: "50.8", expectedPath: "location.lat",
      expectedKind: .wrongType),
    BadInput(
      record: .participant, path: ["location", "lon"], value: 200, expectedPath: "location.lon",
      expectedKind: .outOfRange),
    BadInput(
      record: .participant, path: ["targetGroup"], value: "unemployed", expectedPath: "targetGroup",
      expectedKind: .invalidValue),
    BadInput(
      record: .participant, path: ["loadCapacity", "lifting"], value: 5,
      expectedPath: "loadCapacity.lifting", expectedKind: .outOfRange),
    BadInput(
      record: .participant, path: ["loadCapacity", "lifting"], value: 2.5,
      expectedPath: "loadCapacity.lifting", expectedKind: .notInteger),
    BadInput(
      record: .participant, path: ["loadCapacity", "lifting-heavy"], value: 2,
      expectedPath: "loadCapacity.lifting-heavy",
      expectedKind: .unknownField),
    BadInput(
      record: .participant, path: ["competencies", 0, "id"], value: "forklift",
      expectedPath: "competencies[0].id",
      expectedKind: .unknownCompetency),
    BadInput(
      record: .participant, path: ["competencies", 1, "level"], value: 4,
      expectedPath: "competencies[1].level",
      expectedKind: .outOfRange),
    BadInput(
      record: .participant, path: ["competencies", 1, "id"], value: "order-picking",
      expectedPath: "competencies[1].id",
      expectedKind: .duplicateEntry),
    BadInput(
      record: .participant, path: ["dutchLevel"], value: "C2", expectedPath: "dutchLevel",
      expectedKind: .invalidValue),
    BadInput(
      record: .participant, path: ["wageValue"], value: 120, expectedPath: "wageValue",
      expectedKind: .outOfRange),
    BadInput(
      record: .participant, path: ["wishes", "hoursPerWeek"],
      value: .object(["min": 32, "max": 16]),
      expectedPath: "wishes.hoursPerWeek", expectedKind: .minAboveMax),
    BadInput(
      record: .participant, path: ["wishes", "maxTravelMinutes"], value: 0,
      expectedPath: "wishes.maxTravelMinutes",
      expectedKind: .outOfRange),
    BadInput(
      record: .participant, path: ["wishes", "sectors", 0, "sector"], value: "logistic",
      expectedPath: "wishes.sectors[0].sector", expectedKind: .unknownSector),
    BadInput(
      record: .participant, path: ["wishes", "sectors", 0, "rank"], value: nil,
      expectedPath: "wishes.sectors[0].rank",
      expectedKind: .missingField),
    BadInput(
      record: .participant, path: ["wishes", "sectors", 1, "rank"], value: 2,
      expectedPath: "wishes.sectors[1].rank",
      expectedKind: .conflict),
    BadInput(
      record: .participant, path: ["availableFrom"], value: "2026-02-30",
      expectedPath: "availableFrom", expectedKind: .badDate),
    BadInput(
      record: .participant, path: ["availableFrom"], value: "01-12-2026",
      expectedPath: "availableFrom", expectedKind: .badDate),
    BadInput(
      record: .participant, path: ["indications"], value: ["wsw", "wsw"],
      expectedPath: "indications[1]", expectedKind: .duplicateEntry),
    BadInput(
      record: .participant, path: ["wishes", "transport"], value: "scooter",
      expectedPath: "wishes.transport",
      expectedKind: .invalidValue),
    BadInput(
      record: .participant, path: ["wishes", "wantsCertificate"], value: "yes",
      expectedPath: "wishes.wantsCertificate",
      expectedKind: .wrongType),
    BadInput(
      record: .participant, path: ["wishes"], value: [], expectedPath: "wishes",
      expectedKind: .wrongType),
    BadInput(
      record: .place, path: ["sectors"], value: [], expectedPath: "sectors", expectedKind: .empty),
    BadInput(
      record: .place, path: ["sectors"], value: ["logistics", "logistics"],
      expectedPath: "sectors[1]", expectedKind: .duplicateEntry),
    BadInput(
      record: .place, path: ["loadDemand", "lifting"], value: nil,
      expectedPath: "loadDemand.lifting", expectedKind: .unassessedDemand),
    BadInput(
      record: .place, path: ["loadDemand", "sitting"], value: .null,
      expectedPath: "loadDemand.sitting", expectedKind: .unassessedDemand),
    BadInput(
      record: .place, path: ["employerKind"], value: "commercial", expectedPath: "employerKind",
      expectedKind: .invalidValue),
    BadInput(
      record: .place, path: ["hoursPerWeek", "max"], value: 61, expectedPath: "hoursPerWeek.max",
      expectedKind: .outOfRange),
    BadInput(
      record: .place, path: ["desiredCompetencies", 0, "id"], value: "order-picking",
      expectedPath: "desiredCompetencies[0].id",
      expectedKind: .conflict),
    BadInput(
      record: .place, path: ["learningOffer", "months"], value: 0,
      expectedPath: "learningOffer.months", expectedKind: .outOfRange),
    BadInput(
      record: .place, path: ["learningOffer", "teaches"], value: [],
      expectedPath: "learningOffer.teaches", expectedKind: .empty),
    BadInput(
      record: .place, path: ["freeSlots"], value: -1, expectedPath: "freeSlots",
      expectedKind: .outOfRange),
    // Issue 26: a capacity in range, and free slots given one way or the other.
    BadInput(
      record: .place, path: ["capacity"], value: -1, expectedPath: "capacity",
      expectedKind: .outOfRange),
    BadInput(
      record: .place, path: ["capacity"], value: "two", expectedPath: "capacity",
      expectedKind: .wrongType),
    BadInput(
      record: .place, path: ["freeSlots"], value: nil, expectedPath: "freeSlots",
      expectedKind: .missingField),
    BadInput(
      record: .place, path: ["openFrom"], value: 20_261_101, expectedPath: "openFrom",
      expectedKind: .wrongType),
    BadInput(
      record: .place, path: ["adaptable"], value: ["lifting", "flying"],
      expectedPath: "adaptable[1]", expectedKind: .invalidValue),
    BadInput(
      record: .place, path: ["requiredIndications"], value: ["beschut"],
      expectedPath: "requiredIndications[0]", expectedKind: .invalidValue),
    BadInput(
      record: .place, path: ["title"], value: .string(String(repeating: "x", count: 81)),
      expectedPath: "title", expectedKind: .tooLong),
    BadInput(
      record: .place, path: ["support"], value: "coach", expectedPath: "support",
      expectedKind: .invalidValue),
    BadInput(
      record: .place, path: ["employerId"], value: "", expectedPath: "employerId",
      expectedKind: .badID),
    BadInput(
      record: .place, path: ["contactPerson"], value: "Mevr. de Vries",
      expectedPath: "contactPerson", expectedKind: .unknownField),
    BadInput(
      record: .place, path: ["location"], value: .object(["lat": 50.8, "lon": 5.7, "alt": 50]),
      expectedPath: "location.alt",
      expectedKind: .unknownField),
  ]

  @Test(arguments: cases)
  func reportsTheExactProblem(_ bad: BadInput) {
    let problems = bad.problems()
    #expect(
      problems.map { "\($0.path) \($0.kind.rawValue)" } == [
        "\(bad.expectedPath) \(bad.expectedKind.rawValue)"
      ],
      "\(problems)")
  }

  @Test func reportsEveryProblemOfARecordAtOnce() {
    var json = Fixtures.participantJSON
    json = json.setting(["bsn"], to: "123")
    json = json.setting(["wageValue"], to: -5)
    json = json.setting(["wishes", "transport"], to: "horse")
    json = json.setting(["availableFrom"], to: "soon")
    let problems = Participant.decode(json: json, taxonomy: Fixtures.taxonomy).problems
    #expect(
      Set(problems.map(\.path)) == ["bsn", "wageValue", "wishes.transport", "availableFrom"])
  }

  @Test func decodeAndSemanticProblemsAreReportedTogether() {
    var json = Fixtures.participantJSON.setting(["wageValue"], to: "eighty")
    json = json.setting(["municipality"], to: "amsterdam")
    json = json.setting(["competencies", 0, "level"], to: 9)
    json = json.setting(["competencies", 1, "id"], to: "juggling")
    json = json.setting(["location", "lat"], to: "north")
    let problems = Participant.decode(json: json, taxonomy: Fixtures.taxonomy).problems
    #expect(
      Set(problems.map { "\($0.path) \($0.kind.rawValue)" }) == [
        "wageValue wrong-type", "municipality unknown-municipality",
        "competencies[0].level out-of-range",
        "competencies[1].id unknown-competency", "location.lat wrong-type",
      ])
    var place = Fixtures.placeJSON.setting(["freeSlots"], to: "two")
    place = place.setting(["sectors"], to: ["logistics", "space"])
    place = place.setting(["hoursPerWeek"], to: .object(["min": 30, "max": 20]))
    #expect(
      Set(
        Place.decode(json: place, taxonomy: Fixtures.taxonomy).problems.map {
          "\($0.path) \($0.kind.rawValue)"
        }) == [
          "freeSlots wrong-type", "sectors[1] unknown-sector", "hoursPerWeek min-above-max",
        ])
  }

  @Test func problemsNameTheValueAndWhatWasExpected() throws {
    let json = Fixtures.participantJSON.setting(
      ["wishes", "hoursPerWeek"], to: .object(["min": 32, "max": 16]))
    let problem = try #require(
      Participant.decode(json: json, taxonomy: Fixtures.taxonomy).problems.first)
    #expect(problem.value == "32–16")
    #expect(problem.expected == "min ≤ max")
    let unknown = try #require(
      Participant.decode(
        json: Fixtures.participantJSON.setting(["bsn"], to: "1"), taxonomy: Fixtures.taxonomy
      )
      .problems.first)
    #expect(unknown.expected.contains("municipality"))
  }
}
