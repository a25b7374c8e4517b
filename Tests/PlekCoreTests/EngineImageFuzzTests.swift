import Foundation
import PlekTestSupport
import Testing

@testable import PlekCore

/// An engine image with changed bytes, as someone holding the state's key could seal it
/// again (issue 25, item 11): it is refused, or the engine it gives answers every question
/// without trapping. Before the bounds checks, one byte changed in a packed row trapped
/// the first shortlist (a competency index past the taxonomy in a record's bytes).
@Suite("Engine: a changed image, sealed with the key")
struct EngineImageFuzzTests {
  /// Every column section, each changed at a seeded random byte to a seeded random value,
  /// 3 changes at a time; every engine that is not refused answers a shortlist, a candidate
  /// list, an explanation and advice for its records. `PLEK_FUZZ_TRIALS=N` runs N trials a
  /// column instead of 60, 20 in the fast subset (2,000 were run for issue 25).
  @Test(arguments: EngineImage.sectionTags)
  func aChangedColumnIsRefusedOrHarmless(tag: String) throws {
    let engine = try EngineFixtures.engine(seed: 31, participants: 120, places: 120)
    let sections = EngineImageTests.image(of: engine)
    let index = try #require(sections.firstIndex { $0.tag == tag })
    var random = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9)
    var refused = 0
    let trials =
      Int(ProcessInfo.processInfo.environment["PLEK_FUZZ_TRIALS"] ?? "")
      ?? (FastSubset.isOn ? 20 : 60)
    for _ in 0..<trials {
      var changed = sections
      guard !changed[index].bytes.isEmpty else { continue }
      for _ in 0..<3 {
        let byte = Int.random(in: changed[index].bytes.indices, using: &random)
        changed[index].bytes[byte] = UInt8.random(in: 0...255, using: &random)
      }
      guard let read = try? EngineImageTests.engine(changed) else {
        refused += 1
        continue
      }
      try Self.askEverything(read)
    }
    // Changes that keep a row within its bounds and the sample intact may pass; most
    // changes to a packed or record byte do not.
    #expect(refused > 0)
  }

  /// A field of a packed row set to a value outside its bounds, in the first and the last
  /// row: these are values the scan would use as an index, a divisor, a shift or a flag.
  @Test(arguments: [
    ("PHOT", MemoryLayout<PersonHot>.offset(of: \.municipality)!, [0xFF, 0xFF]),
    ("PDET", MemoryLayout<PersonDetail>.offset(of: \.monthsPerLevel)!, [0]),
    ("PDET", MemoryLayout<PersonDetail>.offset(of: \.dutchRank)!, [40]),
    ("PDET", MemoryLayout<PersonDetail>.offset(of: \.sectorOfRank)!, [200]),
    ("PDET", MemoryLayout<PersonDetail>.offset(of: \.permanentSupport)!, [2]),
    (
      "PDET", MemoryLayout<PersonDetail>.offset(of: \.detourFactor)!,
      [0, 0, 0, 0, 0, 0, 0xF8, 0x7F]
    ),
    ("LHOT", MemoryLayout<PlaceHot>.offset(of: \.hardRequirements)!, [250]),
    ("LHOT", MemoryLayout<PlaceHot>.offset(of: \.loadScale)!, [0, 0, 0x80, 0x7F]),
    ("LDET", MemoryLayout<PlaceDetail>.offset(of: \.kindRank)!, [9]),
    ("LDET", MemoryLayout<PlaceDetail>.offset(of: \.mainSector)!, [200]),
    ("LDET", MemoryLayout<PlaceDetail>.offset(of: \.hasLearningOffer)!, [7]),
  ])
  func aFieldOutOfBoundsIsRefused(tag: String, offset: Int, value: [UInt8]) throws {
    let engine = try EngineFixtures.engine(seed: 32, participants: 50, places: 50)
    let sections = EngineImageTests.image(of: engine)
    let index = try #require(sections.firstIndex { $0.tag == tag })
    let stride = sections[index].bytes.count / 50
    for row in [0, 49] {
      var changed = sections
      changed[index].bytes.replaceSubrange(
        row * stride + offset..<row * stride + offset + value.count, with: value)
      #expect {
        _ = try EngineImageTests.engine(changed)
      } throws: { error in
        "\(error)".contains("\(row) of the image has a packed field out of bounds")
      }
    }
  }

  /// A record's bytes that do not decode (a competency index past the taxonomy, a count
  /// past the end) are refused before anything decodes them.
  @Test func recordBytesThatDoNotDecodeAreRefused() throws {
    let engine = try EngineFixtures.engine(seed: 33, participants: 50, places: 50)
    let sections = EngineImageTests.image(of: engine)
    let index = try #require(sections.firstIndex { $0.tag == "PARN" })
    // The first record: 16 bytes of location, then the municipality's index.
    var changed = sections
    changed[index].bytes[16] = 0x7E
    #expect {
      _ = try EngineImageTests.engine(changed)
    } throws: { error in
      "\(error)".contains("participant 0 of the image does not decode to a valid record")
    }
  }

  static func askEverything(_ engine: MatchEngine) throws {
    let options = QueryOptions(day: EngineFixtures.day)
    for id in engine.participantIDs.prefix(20) {
      _ = try? engine.shortlist(for: id, options: options)
      _ = try? engine.advice(for: id, options: options)
      for place in engine.placeIDs.prefix(5) {
        _ = try? engine.explain(participant: id, place: place, on: EngineFixtures.day)
      }
    }
    for id in engine.placeIDs.prefix(20) {
      _ = try? engine.candidates(for: id, options: options)
    }
    _ = try? engine.batchShortlists(options: options)
  }
}
