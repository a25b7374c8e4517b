import PlekService
import PlekTestSupport
import Testing

@Suite("Line framing")
struct FramingTests {
  static let stream = Array(
    "{\"a\":1}\n\n{\"b\":\"é\"}\r\n   \n{\"c\":[1,2,3]}\n\t\r\n{\"d\":{}}".utf8)
  static let expected: [Frame] = [
    .line(Array("{\"a\":1}".utf8)), .line(Array("{\"b\":\"é\"}".utf8)),
    .line(Array("{\"c\":[1,2,3]}".utf8)),
    .line(Array("{\"d\":{}}".utf8)),
  ]

  static func frames(_ chunks: [ArraySlice<UInt8>], limit: Int = 1000) -> [Frame] {
    var framer = LineFramer(maximumLineBytes: limit)
    var frames: [Frame] = []
    for chunk in chunks { frames += framer.append(chunk) }
    return frames + framer.finish()
  }

  @Test func wholeStreamInOneChunk() {
    #expect(Self.frames([Self.stream[...]]) == Self.expected)
  }

  @Test func splitAtEveryPossiblePoint() {
    for split in 0...Self.stream.count {
      let chunks = [Self.stream[..<split], Self.stream[split...]]
      #expect(Self.frames(chunks) == Self.expected, "split at \(split)")
    }
  }

  @Test func byteByByte() {
    #expect(Self.frames(Self.stream.indices.map { Self.stream[$0...$0] }) == Self.expected)
  }

  @Test func manyMessagesPerChunkAndRandomChunks() {
    let many = Array(repeating: Self.stream + [0x0A], count: 200).flatMap { $0 }
    var random = SplitMixForTests(seed: 9)
    var chunks: [ArraySlice<UInt8>] = []
    var start = 0
    while start < many.count {
      let end = min(many.count, start + 1 + random.below(300))
      chunks.append(many[start..<end])
      start = end
    }
    let frames = Self.frames(chunks)
    #expect(frames.count == 800)
    #expect(Array(frames.prefix(4)) == Self.expected)
  }

  @Test func overLongLinesAreSkippedWithoutBuffering() {
    let long = Array(repeating: UInt8(ascii: "x"), count: 5000)
    let stream = Array("{\"ok\":1}\n".utf8) + long + Array("\n{\"ok\":2}\n".utf8)
    for chunkSize in [1, 7, 100, 4096, 10_000] {
      var chunks: [ArraySlice<UInt8>] = []
      var start = 0
      while start < stream.count {
        chunks.append(stream[start..<min(stream.count, start + chunkSize)])
        start += chunkSize
      }
      #expect(
        Self.frames(chunks, limit: 100) == [
          .line(Array("{\"ok\":1}".utf8)), .tooLong(byteCount: 5000),
          .line(Array("{\"ok\":2}".utf8)),
        ], "chunk size \(chunkSize)")
    }
  }

  @Test func aLineAtTheLimitIsKeptAndOneOverIsNot() {
    let atLimit = Array(repeating: UInt8(ascii: "a"), count: 10)
    #expect(Self.frames([(atLimit + [0x0A])[...]], limit: 10) == [.line(atLimit)])
    #expect(
      Self.frames([(atLimit + [0x0D, 0x0A])[...]], limit: 10) == [.line(atLimit)],
      "\\r does not count")
    #expect(Self.frames([(atLimit + [0x61, 0x0A])[...]], limit: 10) == [.tooLong(byteCount: 11)])
  }

  @Test func endOfInputWithoutNewline() {
    #expect(Self.frames([Array("{\"x\":1}".utf8)[...]]) == [.line(Array("{\"x\":1}".utf8))])
    #expect(Self.frames([Array("   ".utf8)[...]]) == [])
    #expect(Self.frames([]) == [])
  }
}

/// A tiny SplitMix64 for chunk sizes (PlekCore's is not imported here).
struct SplitMixForTests {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
