import Testing

@testable import PlekCore

/// The bit tricks of the vectorized scan against plain loops.
@Suite("Block scan bit tricks")
struct BlockScanTests {
  @Test func byteMaskSpreadsBitsToBytes() {
    var random = SplitMix64(seed: 1)
    for bits in [UInt16(0), 1, 0x8000, 0xFFFF, 0x00FF, 0xFF00]
      + (0..<500).map({ _ in UInt16(truncatingIfNeeded: random.next()) })
    {
      let mask = BlockScan.byteMask(bits)
      for lane in 0..<16 { #expect(mask[lane] == (bits >> UInt16(lane) & 1 == 1 ? 0xFF : 0)) }
    }
  }

  @Test func zeroBytesMarksTheZeroBytes() {
    var random = SplitMix64(seed: 2)
    for _ in 0..<2000 {
      var word: UInt64 = 0
      for byte in 0..<8 where random.chance(0.6) {
        word |= UInt64(UInt8(truncatingIfNeeded: random.next())) << UInt64(8 * byte)
      }
      let zero = BlockScan.zeroBytes(word)
      for byte in 0..<8 {
        let isZero = (word >> UInt64(8 * byte)) & 0xFF == 0
        #expect((zero >> UInt64(8 * byte)) & 0xFF == (isZero ? 0x80 : 0))
      }
    }
  }

  @Test func laneMaskSelectsTheLanes() {
    for first in 0...16 {
      for last in first...16 {
        let words = (
          BlockScan.laneMask(first, last, word: 0), BlockScan.laneMask(first, last, word: 1)
        )
        for lane in 0..<16 {
          let word = lane < 8 ? words.0 : words.1
          let set = (word >> UInt64(8 * (lane % 8) + 7)) & 1 == 1
          #expect(set == (first..<last).contains(lane), "\(first)..<\(last) lane \(lane)")
        }
        #expect((words.0 | words.1) & ~0x8080_8080_8080_8080 == 0)
      }
    }
  }

  @Test func boundPartsRoundTrip() {
    for kind in 0..<4 {
      for offered in 0..<3 {
        for learning in 0..<3 {
          let index = PlacePacker.boundIndex(kind: kind, offered: offered, learning: learning)
          #expect(index < BlockProbe.boundBaseEntries)
          #expect(PlacePacker.boundParts(index) == (kind, offered, learning))
        }
      }
    }
  }
}
