/// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit digest. The binary snapshot
/// seals its engine image with it, keyed with the state directory's secret, so that only
/// an image this Plek wrote there is used without validation (``BinarySnapshot``).
///
/// The message may start with whole 64-bit words (`prefix`) before the bytes, as if they
/// had been written little-endian in front of them: a chunk's digest binds its section and
/// chunk number without copying the chunk.
struct SipHash {
  let key: (UInt64, UInt64)

  /// A digest keyed with 16 bytes (two little-endian words).
  init(key bytes: [UInt8]) {
    precondition(bytes.count == 16, "a SipHash key has 16 bytes")
    func word(_ start: Int) -> UInt64 {
      (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[start + $1]) << UInt64(8 * $1) }
    }
    key = (word(0), word(8))
  }

  /// The digest of `prefix` (each word little-endian) followed by `bytes`.
  ///
  /// - Complexity: O(n), about one cycle a byte.
  func digest(prefix: [UInt64] = [], _ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var state = State(key)
    for word in prefix { state.compress(word) }
    let whole = bytes.count / 8 * 8
    var offset = 0
    while offset < whole {
      state.compress(
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    var last = UInt64(truncatingIfNeeded: prefix.count * 8 + bytes.count) << 56
    for index in whole..<bytes.count { last |= UInt64(bytes[index]) << UInt64(8 * (index - whole)) }
    return state.finish(last)
  }

  /// The digest of `bytes`.
  func digest(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { digest($0) } }

  private struct State {
    var v0: UInt64
    var v1: UInt64
    var v2: UInt64
    var v3: UInt64

    init(_ key: (UInt64, UInt64)) {
      v0 = key.0 ^ 0x736F_6D65_7073_6575
      v1 = key.1 ^ 0x646F_7261_6E64_6F6D
      v2 = key.0 ^ 0x6C79_6765_6E65_7261
      v3 = key.1 ^ 0x7465_6462_7974_6573
    }

    @inline(__always)
    mutating func round() {
      v0 &+= v1
      v1 = v1.rotated(13) ^ v0
      v0 = v0.rotated(32)
      v2 &+= v3
      v3 = v3.rotated(16) ^ v2
      v0 &+= v3
      v3 = v3.rotated(21) ^ v0
      v2 &+= v1
      v1 = v1.rotated(17) ^ v2
      v2 = v2.rotated(32)
    }

    @inline(__always)
    mutating func compress(_ word: UInt64) {
      v3 ^= word
      round()
      round()
      v0 ^= word
    }

    mutating func finish(_ last: UInt64) -> UInt64 {
      compress(last)
      v2 ^= 0xFF
      for _ in 0..<4 { round() }
      return v0 ^ v1 ^ v2 ^ v3
    }
  }
}

extension UInt64 {
  @inline(__always)
  fileprivate func rotated(_ bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}
