import PlekTestSupport
import Testing

@testable import PlekCore

/// The engine image: an engine written as its columns and read back without packing a
/// record is the engine a fresh build of the same records holds, and an image that does
/// not hold together or was packed differently is refused.
@Suite("Engine: the image")
struct EngineImageTests {
  /// The sections of an engine's image, by tag, in order.
  static func image(of engine: MatchEngine) -> [(tag: String, bytes: [UInt8])] {
    var sections: [(tag: String, bytes: [UInt8])] = []
    engine.writeImage { tag, bytes in sections.append((tag, Array(bytes))) }
    return sections
  }

  /// The engine of image sections.
  static func engine(
    _ sections: [(tag: String, bytes: [UInt8])], policy: Policy = .default
  ) throws -> MatchEngine {
    let taxonomy = try #require(EngineFixtures.taxonomy.validated().validated)
    let validPolicy = try #require(EngineFixtures.taxonomy.validate(policy).validated)
    var image = try EngineImage(header: sections[0].bytes)
    for (tag, bytes) in sections.dropFirst() {
      #expect(image.byteCount(of: tag) == bytes.count)
      image.fill(tag) { buffer in buffer.copyBytes(from: bytes) }
    }
    return try image.engine(taxonomy: taxonomy, policy: validPolicy)
  }

  /// An engine that went through upserts, removals (free slots, garbage in the arena) and
  /// a policy change is written as the engine a fresh build of its records holds, byte for
  /// byte (padding written as zeros), and read back it answers every query the same.
  @Test func anImageIsTheFreshEnginesAndReadsBack() throws {
    let (people, places) = EngineFixtures.generated(seed: 21, participants: 1400, places: 900)
    var engine = try EngineFixtures.engine(seed: 21, participants: 1400, places: 900)
    var changed = Array(people.prefix(300))
    for index in changed.indices { changed[index].wishes.maxTravelMinutes = 20 + index % 70 }
    try engine.upsert(participants: changed)
    try engine.remove(participants: people.suffix(100).map(\.id))
    try engine.remove(places: places.prefix(50).map(\.id))
    var policy = engine.policy
    policy.weights.wishes += 0.05
    try engine.setPolicy(policy)
    let livePeople = changed + people.dropFirst(300).dropLast(100)
    let livePlaces = Array(places.dropFirst(50))
    let fresh = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: policy, participants: livePeople,
      places: livePlaces)

    let sections = Self.image(of: engine)
    #expect(sections.map(\.tag) == [EngineImage.headerTag] + EngineImage.sectionTags)
    #expect(sections.map(\.bytes) == Self.image(of: fresh).map(\.bytes))

    let read = try Self.engine(sections, policy: policy)
    #expect(Self.image(of: read).map(\.bytes) == sections.map(\.bytes))
    #expect(read.participantIDs == fresh.participantIDs)
    #expect(read.placeIDs == fresh.placeIDs)
    for person in livePeople.prefix(50) { #expect(read.participant(person.id) == person) }
    let options = QueryOptions(k: 8, day: EngineFixtures.day, threads: 1)
    #expect(try read.batchShortlists(options: options) == fresh.batchShortlists(options: options))
    for place in livePlaces.prefix(40) {
      #expect(
        try read.candidates(for: place.id, options: options)
          == fresh.candidates(for: place.id, options: options))
    }
    // The engine read back takes updates like any other.
    var updated = read
    try updated.upsert(participants: [people[400]])
    #expect(updated.participant(people[400].id) == people[400])
  }

  /// An empty engine's image reads back as an empty engine.
  @Test func anEmptyEngineReadsBack() throws {
    let empty = try MatchEngine(taxonomy: EngineFixtures.taxonomy)
    let read = try Self.engine(Self.image(of: empty))
    #expect(read.participantCount == 0 && read.placeCount == 0)
  }

  /// Every stored field of the packed rows is in the image's column layouts: a field added
  /// to a row without its layout would be written as padding (zeros).
  @Test func theColumnLayoutsListEveryField() throws {
    let (people, places) = EngineFixtures.generated(seed: 22, participants: 1, places: 1)
    let taxonomy = EngineFixtures.taxonomy
    let (personHot, personDetail) = ParticipantPacker.pack(
      people[0], taxonomy: taxonomy, policy: .default)
    let (placeHot, placeDetail) = PlacePacker.pack(places[0], taxonomy: taxonomy)
    #expect(
      Mirror(reflecting: personHot).children.count == ColumnLayout<PersonHot>.person.fields.count)
    #expect(
      Mirror(reflecting: personDetail).children.count
        == ColumnLayout<PersonDetail>.person.fields.count)
    #expect(
      Mirror(reflecting: placeHot).children.count == ColumnLayout<PlaceHot>.place.fields.count)
    #expect(
      Mirror(reflecting: placeDetail).children.count == ColumnLayout<PlaceDetail>.place.fields.count
    )
    // Fields never overlap.
    for fields in [
      ColumnLayout<PersonHot>.person.fields, ColumnLayout<PersonDetail>.person.fields,
      ColumnLayout<PlaceHot>.place.fields, ColumnLayout<PlaceDetail>.place.fields,
    ] {
      for (left, right) in zip(fields, fields.dropFirst()) {
        #expect(left.upperBound <= right.lowerBound)
      }
    }
  }

  /// Images that do not hold together are refused, naming what is wrong; so is one whose
  /// sampled record packs to other columns than stored (another build's packing, or a
  /// changed column).
  @Test(arguments: [
    ("PHOT", 0, "not what this build packs"),
    ("LDET", 3, "not what this build packs|out of bounds"),
    ("PCEL", 0, "filed in cell"),
    ("LSPN", 8, "not where the one before ends"),
    // The second record given the first one's id: out of order in one cell, else twice.
    ("PKEY", -1, "out of index order|occurs twice"),
  ])
  func aDamagedImageIsRefused(tag: String, byte: Int, reason: String) throws {
    let engine = try EngineFixtures.engine(seed: 23, participants: 200, places: 200)
    var sections = Self.image(of: engine)
    let index = try #require(sections.firstIndex { $0.tag == tag })
    if byte < 0 {
      sections[index].bytes.replaceSubrange(32..<64, with: sections[index].bytes[0..<32])
    } else {
      sections[index].bytes[byte] ^= tag.hasSuffix("CEL") ? 0x80 : 0x04
    }
    #expect {
      _ = try Self.engine(sections)
    } throws: { error in
      reason.split(separator: "|").contains { "\(error)".contains($0) }
    }
  }

  @Test func aHeaderOfAnotherLayoutOrSizeIsRefused() throws {
    let engine = try EngineFixtures.engine(seed: 24, participants: 20, places: 20)
    var header = Self.image(of: engine)[0].bytes
    #expect(throws: EngineImageError.self) { try EngineImage(header: Array(header.prefix(40))) }
    header[0] ^= 1
    #expect {
      _ = try EngineImage(header: header)
    } throws: { error in
      "\(error)".contains("another layout")
    }
  }
}
