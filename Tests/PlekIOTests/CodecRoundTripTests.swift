import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

@Suite("Codec round trips")
struct CodecRoundTripTests {
  @Test func participantRoundTrips() throws {
    let participant = try #require(
      Participant.decode(json: Fixtures.participantJSON, taxonomy: Fixtures.taxonomy).value)
    #expect(participant.loadCapacity[.walking] == nil)
    #expect(participant.loadCapacity[.lifting] == LoadLevel(2))
    #expect(participant.loadCapacity[.sitting] == nil, "a dimension left out is unknown")
    let again = Participant.decode(json: participant.json, taxonomy: Fixtures.taxonomy)
    #expect(again.problems == [])
    #expect(again.value == participant)
  }

  @Test func placeRoundTrips() throws {
    let place = try #require(
      Place.decode(json: Fixtures.placeJSON, taxonomy: Fixtures.taxonomy).value)
    #expect(place.learningOffer?.teaches.level(of: "forklift-driving") == .independent)
    let again = Place.decode(json: place.json, taxonomy: Fixtures.taxonomy)
    #expect(again.problems == [])
    #expect(again.value == place)
  }

  /// Decoded records hold the taxonomy's own copy of every id (issue 16: one copy of each
  /// id's text, not one per mention): the same text storage, not an equal copy.
  @Test func decodedIDsShareTheTaxonomysText() throws {
    func storage<Tag>(_ id: TaxonomyID<Tag>) -> UnsafeRawPointer? {
      id.rawValue.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) }
        ?? nil
    }
    let taxonomy = Fixtures.taxonomy
    let place = try #require(Place.decode(json: Fixtures.placeJSON, taxonomy: taxonomy).value)
    let person = try #require(
      Participant.decode(json: Fixtures.participantJSON, taxonomy: taxonomy).value)
    var checked = 0
    let competencies =
      place.requiredCompetencies + place.desiredCompetencies
      + (place.learningOffer?.teaches ?? []) + person.competencies
    for entry in competencies where entry.id.rawValue.utf8.count > 15 {
      let own = try #require(taxonomy.competency(entry.id)).id
      #expect(storage(entry.id) == storage(own), "\(entry.id)")
      checked += 1
    }
    for sector in place.sectors + person.wishes.sectors.map(\.sector)
    where sector.rawValue.utf8.count > 15 {
      #expect(storage(sector) == storage(try #require(taxonomy.sector(sector)).id))
      checked += 1
    }
    #expect(checked > 0, "the fixtures must mention an id of more than 15 bytes")
  }

  /// Records decoded in one block share equal titles and sets (one allocation, not one per
  /// record); different values stay apart, and the decoded values are unchanged.
  @Test func recordsDecodedTogetherShareEqualTitlesAndSets() throws {
    func storage(_ text: String?) -> UnsafeRawPointer? {
      text?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }
    func place(_ id: String, title: String, _ values: SharedValues?) throws -> Place {
      let value = Fixtures.placeJSON.setting([.key("id")], to: .string(id))
        .setting([.key("title")], to: .string(title))
        .setting([.key("requiredIndications")], to: .array([.string("wsw")]))
      // Parsed from text, as files are: every string is a fresh allocation.
      let json = try JSONParser().parse(JSONWriter().bytes(value))
      return try #require(
        Place.decode(json: json, taxonomy: Fixtures.taxonomy, values: values).value)
    }
    let title = "Medewerker productie en logistiek"
    let values = SharedValues()
    let first = try place("PL-1", title: title, values)
    let second = try place("PL-2", title: title, values)
    let other = try place("PL-3", title: title + " (avond)", values)
    #expect(first.title == title && second.title == title)
    #expect(storage(first.title) == storage(second.title))
    #expect(storage(other.title) != storage(first.title))
    #expect(first.adaptable == [.lifting] && first.requiredIndications == [.wsw])
    // Without a table every record keeps its own copy.
    let alone = try place("PL-4", title: title, nil)
    #expect(alone.title == title && storage(alone.title) != storage(first.title))
  }

  @Test func optionalFieldsTakeTheirDocumentedDefaults() throws {
    var json = Fixtures.placeJSON
    for key in [
      "title", "adaptable", "requiredCompetencies", "desiredCompetencies", "dutchLevel",
      "learningOffer", "support",
      "acceptsWageSubsidy", "requiredIndications",
    ] {
      json = json.setting([.key(key)], to: nil)
    }
    let place = try #require(Place.decode(json: json, taxonomy: Fixtures.taxonomy).value)
    #expect(place.title == nil)
    #expect(place.dutchLevel == .a0)
    #expect(place.support == .none)
    #expect(place.acceptsWageSubsidy == nil, "an employer that has not said is unknown, not no")
    #expect(place.learningOffer == nil)
    // Unknown survives every form the record takes: JSON, the snapshot, the engine's image.
    #expect(try Place.decode(json: place.json, taxonomy: Fixtures.taxonomy).value == place)
    let read = try BinarySnapshot.read(
      BinarySnapshot.bytes(
        participants: [], places: [place], policy: .default, taxonomy: TestData.taxonomy),
      taxonomy: TestData.validatedTaxonomy)
    #expect(read.dataset.places.map(\.value.acceptsWageSubsidy) == [nil])
    var person = Fixtures.participantJSON
    for key in ["indications", "competencies", "dutchLevel", "wageValue"] {
      person = person.setting([.key(key)], to: nil)
    }
    let participant = try #require(
      Participant.decode(json: person, taxonomy: Fixtures.taxonomy).value)
    #expect(participant.dutchLevel == nil, "an absent Dutch level is unknown, not A0")
    #expect(participant.wageValue == nil, "an absent wage value is unknown, not 100")
  }

  @Test func sampleFilesAreCanonical() throws {
    // Every sample record decodes, and re-encoding the file reproduces it byte for byte.
    let report = DatasetLoader.load(
      directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues == [])
    let writer = JSONWriter(style: .linePerElement)
    let people = try Data(
      contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/participants.json"))
    #expect(writer.bytes(.array(report.participants.map(\.value).map(\.json))) == [UInt8](people))
    let places = try Data(
      contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/places.json"))
    #expect(writer.bytes(.array(report.places.map(\.value).map(\.json))) == [UInt8](places))
  }

  @Test func taxonomyRoundTrips() throws {
    let scratch = ScratchDirectory()
    for file in TaxonomyCodec.File.allCases {
      scratch.write(
        file.rawValue,
        JSONWriter(style: .pretty).bytes(TaxonomyCodec.json(file, of: Fixtures.taxonomy)))
    }
    let (again, issues) = DatasetLoader.loadTaxonomy(directory: scratch.path)
    #expect(issues == [])
    let taxonomy = try #require(again).value
    #expect(taxonomy.sectors == Fixtures.taxonomy.sectors)
    #expect(taxonomy.competencies == Fixtures.taxonomy.competencies)
    #expect(taxonomy.loadDimensions == Fixtures.taxonomy.loadDimensions)
    #expect(taxonomy.region == Fixtures.taxonomy.region)
  }

  /// The shipped policy file is `Policy.default` written out, byte for byte. Run with
  /// `PLEK_UPDATE_DOCS=1` to write it after a change of the defaults.
  @Test func policyRoundTripsAndTheShippedFileIsTheDefault() throws {
    let decoded = Policy.decode(json: Policy.default.json, taxonomy: Fixtures.taxonomy)
    #expect(decoded.problems == [])
    #expect(decoded.value == Policy.default)
    let file = Fixtures.datasets + "/policy/default.json"
    let expected = JSONWriter(style: .pretty).bytes(Policy.default.json)
    if ProcessInfo.processInfo.environment["PLEK_UPDATE_DOCS"] != nil {
      try Data(expected).write(to: URL(fileURLWithPath: file))
    }
    #expect(
      try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))) == expected,
      "Datasets/policy/default.json is not Policy.default; run with PLEK_UPDATE_DOCS=1")
    let (shipped, issues) = DatasetLoader.loadPolicy(
      file: Fixtures.datasets + "/policy/default.json", taxonomy: Fixtures.taxonomy)
    #expect(issues == [])
    #expect(shipped?.value == Policy.default)
    #expect(shipped?.validated?.value == Policy.default)
  }
}
