import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// The JSON code block that follows `<!-- example: NAME -->` in a Markdown file.
func documentedExample(_ name: String, in file: String) throws -> String {
  let text = try String(contentsOfFile: file, encoding: .utf8)
  let marker = "<!-- example: \(name) -->"
  guard let markerRange = text.range(of: marker),
    let open = text.range(of: "```json\n", range: markerRange.upperBound..<text.endIndex),
    let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex)
  else { throw CocoaError(.fileReadCorruptFile) }
  return String(text[open.upperBound..<close.lowerBound])
}

@Suite("Datasets/README.md examples")
struct DocumentationTests {
  static let readme = Fixtures.datasets + "/README.md"

  @Test func theParticipantExampleIsValid() throws {
    let json = try JSONParser().parse(try documentedExample("participant", in: Self.readme))
    let decoded = Participant.decode(json: json, taxonomy: Fixtures.taxonomy)
    #expect(decoded.problems == [])
    #expect(decoded.value?.loadCapacity[.walking] == nil)
    // "Every field": the example lists every field of the schema.
    #expect(json.objectMembers?.map(\.key) == Participant.jsonFields)
  }

  @Test func thePlaceExampleIsValid() throws {
    let json = try JSONParser().parse(try documentedExample("place", in: Self.readme))
    let decoded = Place.decode(json: json, taxonomy: Fixtures.taxonomy)
    #expect(decoded.problems == [])
    #expect(json.objectMembers?.map(\.key) == Place.jsonFields)
  }

  @Test func thePlacementExampleIsValid() throws {
    let json = try JSONParser().parse(try documentedExample("placement", in: Self.readme))
    let decoded = Placement.decode(json: json, taxonomy: Fixtures.taxonomy)
    #expect(decoded.problems == [])
    #expect(json.objectMembers?.map(\.key) == Placement.jsonFields)
  }

  @Test func everyProblemKindIsDocumented() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    for kind in ProblemKind.allCases {
      #expect(text.contains("`\(kind.rawValue)`"), "\(kind.rawValue) is not in Datasets/README.md")
    }
  }

  @Test func everyFieldIsDocumented() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    for field in Participant.jsonFields + Place.jsonFields + Placement.jsonFields
      + Policy.jsonFields + PlacementEndReason.allCodes + PlacementForm.allCodes
    {
      #expect(text.contains("`\(field)`"), "\(field) is not in Datasets/README.md")
    }
  }
}

@Suite("Datasets/README.md spreadsheet layout")
struct SpreadsheetDocumentationTests {
  @Test func everyColumnIsDocumented() throws {
    let text = try String(contentsOfFile: Fixtures.datasets + "/README.md", encoding: .utf8)
    for column in Set(
      RecordCSV.participantColumns + RecordCSV.placeColumns + RecordCSV.placementColumns
    ).subtracting(
      LoadDimension.allCodes)
    {
      #expect(text.contains("`\(column)`"), "column \(column) is not documented")
    }
    #expect(text.contains("`concentration` … `irregular-hours`"))
  }
}
