import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// Issue 26: placements in the binary snapshot (section `PLMT`): every field back exactly,
/// on the records path and beside a sealed image; no section without placements; a damaged
/// or foreign one refused, naming it.
@Suite("Binary snapshot: placements")
struct PlacementSnapshotTests {
  static let key: [UInt8] = Array(0..<16)

  /// The sample's 281 placements (learning results with competencies among them) and one
  /// of every end reason and form come back exactly from the records and from the image.
  @Test func placementsComeBackExactly() throws {
    let engine = TestData.sampleEngine
    #expect(engine.placements.count == TestData.sample.placements.count)
    #expect(engine.placements.all.contains { $0.earned?.competencies.isEmpty == false })
    let scratch = ScratchDirectory()
    var sealed: [UInt8] = []
    BinarySnapshot.write(of: engine, sealedWith: Self.key) { sealed += $0 }
    scratch.write("sealed.plek", sealed)
    scratch.write("plain.plek", BinarySnapshot.bytes(of: engine))
    for (file, key, fromImage) in [
      ("sealed.plek", Self.key, true), ("plain.plek", nil, false),
    ] {
      let loaded = try BinarySnapshot.loadEngine(
        path: scratch.path + "/" + file, taxonomy: TestData.validatedTaxonomy, key: key)
      #expect(loaded.fromImage == fromImage, "\(file)")
      #expect(loaded.engine.placements.all == engine.placements.all, "\(file)")
      // The levels learning routes earned are derived again on the records path and kept
      // in the image: the same people either way.
      let learned = engine.participantIDs.filter { engine.participant($0)?.earned.isEmpty == false }
      #expect(!learned.isEmpty, "the sample's routes earn levels")
      #expect(
        learned.allSatisfy { loaded.engine.participant($0) == engine.participant($0) }, "\(file)")
    }
    let read = try BinarySnapshot.read(
      BinarySnapshot.bytes(of: engine), taxonomy: TestData.validatedTaxonomy)
    #expect(read.dataset.placements.map(\.value) == engine.placements.all)
  }

  /// Without placements the file has no `PLMT` section: byte for byte the snapshot of the
  /// records alone.
  @Test func noPlacementsNoSection() throws {
    let sample = TestData.sample
    let bytes = BinarySnapshot.bytes(
      participants: sample.participants.map(\.value), places: sample.places.map(\.value),
      policy: .default, taxonomy: TestData.taxonomy)
    let table = try BinarySnapshot.sections(SnapshotSource(bytes))
    #expect(!table.contains { $0.tag == BinarySnapshot.placementsTag })
    #expect(table.map(\.tag) == ["TAXO", "PLCY", "PEOP", "PLAC"])
  }

  /// A flipped byte in `PLMT` fails its checksum; placements whose person is not in the
  /// file do not fit its records: both refused, naming the section or the person.
  @Test func aDamagedOrForeignSectionIsRefused() throws {
    let engine = TestData.sampleEngine
    var bytes = BinarySnapshot.bytes(of: engine)
    let table = try BinarySnapshot.sections(SnapshotSource(bytes))
    let section = try #require(table.first { $0.tag == BinarySnapshot.placementsTag })
    bytes[section.offset + section.length / 2] ^= 0x10
    #expect {
      try BinarySnapshot.read(bytes, taxonomy: TestData.validatedTaxonomy)
    } throws: { "\($0)".contains("PLMT") }
    let sample = TestData.sample
    let foreign = BinarySnapshot.bytes(
      participants: sample.participants.map(\.value).filter { $0.id != "P-000003" },
      places: sample.places.map(\.value), placements: sample.placements.map(\.value),
      policy: .default, taxonomy: TestData.taxonomy)
    let scratch = ScratchDirectory()
    scratch.write("foreign.plek", foreign)
    #expect {
      try BinarySnapshot.loadEngine(
        path: scratch.path + "/foreign.plek", taxonomy: TestData.validatedTaxonomy, key: nil)
    } throws: { "\($0)".contains("P-000003") && "\($0)".contains("placements") }
  }

  /// The seal covers `PLMT`: a placement changed in a sealed file (its checksum made right
  /// again) breaks the seal, so the image is not used and the placements are read from the
  /// records and checked like any others.
  @Test func theSealCoversThePlacements() throws {
    let engine = TestData.sampleEngine
    var bytes: [UInt8] = []
    BinarySnapshot.write(of: engine, sealedWith: Self.key) { bytes += $0 }
    let table = try BinarySnapshot.sections(SnapshotSource(bytes))
    let section = try #require(table.first { $0.tag == BinarySnapshot.placementsTag })
    // One placement's hours changed (the same length): written as the writer would.
    var changed = engine.placements.all
    changed[0].hoursPerWeek = changed[0].hoursPerWeek == 1 ? 2 : 1
    let section2 = try #require(
      BinarySnapshot.placementsSection(changed, TestData.taxonomy).first?.1)
    #expect(section2.count == section.length)
    bytes.replaceSubrange(section.offset..<section.offset + section.length, with: section2)
    let checksum = CRC32C.checksum(Array(bytes[section.offset..<section.offset + section.length]))
    withUnsafeBytes(of: checksum.littleEndian) { raw in
      for (index, byte) in raw.enumerated() { bytes[section.offset - 4 + index] = byte }
    }
    let scratch = ScratchDirectory()
    scratch.write("changed.plek", bytes)
    let loaded = try BinarySnapshot.loadEngine(
      path: scratch.path + "/changed.plek", taxonomy: TestData.validatedTaxonomy, key: Self.key)
    #expect(!loaded.fromImage)
    #expect(loaded.imageRefused?.contains("seal") == true, "\(loaded.imageRefused ?? "")")
    #expect(loaded.engine.placements.all == changed)
  }
}
