import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// The binary snapshot: every record and the policy come back exactly; a changed, cut or
/// foreign file is refused naming what is wrong.
@Suite("Binary snapshot")
struct BinarySnapshotTests {
  static func bytes(_ people: [Participant], _ places: [Place], _ policy: Policy = .default)
    -> [UInt8]
  {
    BinarySnapshot.bytes(
      participants: people, places: places, policy: policy, taxonomy: TestData.taxonomy)
  }

  @Test func theSampleAndGeneratedDataRoundTrip() throws {
    let sample = TestData.sample
    var policy = Policy.default
    policy.weights.wishes = 0.4
    let generated = TestData.generated(seed: 5, participants: 800, places: 1500)
    for (people, places) in [
      (sample.participants.map(\.value), sample.places.map(\.value)),
      (generated.people, generated.places),
    ] {
      let read = try BinarySnapshot.read(
        Self.bytes(people, places, policy), taxonomy: TestData.validatedTaxonomy)
      #expect(read.dataset.participants.map(\.value) == people)
      #expect(read.dataset.places.map(\.value) == places)
      #expect(read.policy.value == policy)
    }
  }

  /// An engine's snapshot, written from its records a chunk at a time, is byte for byte
  /// the snapshot of its records in id order.
  @Test func anEnginesSnapshotIsItsRecordsSnapshot() throws {
    let generated = TestData.generated(seed: 6, participants: 2500, places: 1200)
    let engine = try MatchEngine(
      taxonomy: TestData.taxonomy, participants: generated.people, places: generated.places)
    let expected = BinarySnapshot.bytes(
      participants: generated.people.sorted { $0.id < $1.id },
      places: generated.places.sorted { $0.id < $1.id }, policy: engine.policy,
      taxonomy: engine.taxonomy)
    #expect(BinarySnapshot.bytes(of: engine) == expected)
  }

  @Test func damageIsRefusedWithItsReason() throws {
    let bytes = Self.bytes(
      TestData.sample.participants.map(\.value), TestData.sample.places.map(\.value))
    let cases: [(String, [UInt8])] = [
      ("not a Plek snapshot", Array("hello world, not a snapshot".utf8)),
      ("cut short", Array(bytes.prefix(bytes.count - 10))),
      (
        "fails its checksum",
        {
          var b = bytes
          b[b.count / 2] ^= 0x10
          return b
        }()
      ),
      (
        "version",
        {
          var b = bytes
          b[8] = 9
          return b
        }()
      ),
    ]
    for (reason, damaged) in cases {
      #expect {
        try BinarySnapshot.read(damaged, taxonomy: TestData.validatedTaxonomy)
      } throws: { error in
        "\(error)".contains(reason)
      }
    }
    // Another taxonomy: the fingerprint differs.
    let taxonomy = TestData.taxonomy
    let other = Taxonomy(
      sectors: taxonomy.sectors, competencies: Array(taxonomy.competencies.dropLast()),
      loadDimensions: taxonomy.loadDimensions, region: taxonomy.region)
    #expect(other.fingerprint != taxonomy.fingerprint)
    if let validated = other.validated().validated {
      #expect {
        try BinarySnapshot.read(bytes, taxonomy: validated)
      } throws: { error in
        "\(error)".contains("another taxonomy")
      }
    }
  }

  /// A start checks the records sections' checksums a mebibyte at a time, never holding a
  /// section (issue 25): the checksum of parts continued is the checksum of the whole, for
  /// runs shorter than, equal to and longer than a part, at any offset.
  @Test(arguments: [0, 1, 1 << 20, (1 << 20) + 1, 3 << 20 | 12_345])
  func aChecksumReadInPartsIsTheWholesChecksum(count: Int) throws {
    var random = SplitMix64(seed: UInt64(count))
    let bytes = (0..<(count + 40)).map { _ in UInt8.random(in: 0...255, using: &random) }
    let source = SnapshotSource(bytes)
    for offset in [0, 7, 40] {
      let whole = CRC32C.checksum(Array(bytes[offset..<offset + count]))
      #expect(try source.checksum(at: offset, count: count) == whole, "\(offset)")
    }
    #expect(throws: SnapshotError.self) { try source.checksum(at: 41, count: count) }
  }
}
