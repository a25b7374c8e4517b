import PlekAssign
import PlekCore
import PlekTestSupport
import Testing

/// A competition index kept as bytes beside a cached engine reads back as the same index,
/// and bytes that are not such an index (cut short, changed) read as nothing.
@Suite("Competition index as bytes")
struct CompetitionIndexBytesTests {
  static let index = CompetitionIndex(
    lists: [["PL-2", "PL-1", "PL-3"], ["PL-1", "PL-2"], ["PL-3"]], depth: 3,
    day: Day(year: 2026, month: 11, day: 22)!)

  @Test func itReadsBackAsTheSameIndex() throws {
    let read = try #require(CompetitionIndex(bytes: Self.index.bytes))
    #expect(read == Self.index)
    #expect(read.asHigh(of: 2, at: "PL-1") == 1)
    #expect(read.listedBy("PL-3") == 2)
  }

  /// Every cut of the bytes, and each byte of the header and the first id set to a value
  /// that makes it not an index, reads as `nil`; none traps.
  @Test func bytesThatAreNotAnIndexReadAsNothing() {
    let bytes = Self.index.bytes
    for length in 0..<bytes.count {
      #expect(CompetitionIndex(bytes: Array(bytes.prefix(length))) == nil)
    }
    #expect(CompetitionIndex(bytes: bytes + [0]) == nil)
    var zeroDepth = bytes
    zeroDepth[0] = 0
    #expect(CompetitionIndex(bytes: zeroDepth) == nil)
    var badID = bytes
    badID[10] = UInt8(ascii: " ")
    #expect(CompetitionIndex(bytes: badID) == nil)
    var negative = bytes
    negative[bytes.count - 1] = 0x80
    #expect(CompetitionIndex(bytes: negative) == nil)
    var random = SplitMix64(seed: 7)
    for _ in 0..<2000 {
      var changed = bytes
      changed[Int.random(in: changed.indices, using: &random)] = UInt8.random(
        in: 0...255, using: &random)
      _ = CompetitionIndex(bytes: changed)
    }
  }
}
