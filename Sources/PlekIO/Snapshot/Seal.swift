import PlekCore

/// The seal of a snapshot's engine image: a keyed digest (``SipHash``, SipHash-2-4) of
/// every section but the records (`PEOP`, `PLAC`) and the seal itself, in file order.
///
/// Each covered section of tag `t`, length `n` and number `s` (its position among all
/// sections, from 0) is cut into chunks of 1 MiB (the last one shorter; none when `n` is 0);
/// chunk `j` has the digest `d(s, j) = SipHash-2-4(key, u64(s) ‖ u64(j) ‖ chunk)`. The seal
/// is `SipHash-2-4(key, t ‖ u64(n) ‖ u64(d(s, 0)) ‖ … for every covered section)`, every
/// `u64` little-endian, the key's first eight bytes little-endian as `k0`, the next as `k1`.
/// Chunks are digested on all cores.
struct Seal {
  let hash: SipHash
  /// What the seal is the digest of, so far.
  private(set) var message: [UInt8] = []

  init(key: [UInt8]) { hash = SipHash(key: key) }

  /// Whether the seal covers a section with `tag`.
  static func covers(_ tag: String) -> Bool {
    !["PEOP", "PLAC", "SEAL"].contains(tag)
  }

  /// Adds section number `number`, with `tag`, whose bytes are `bytes`.
  mutating func add(_ tag: String, number: Int, _ bytes: UnsafeRawBufferPointer) {
    add(tag, length: bytes.count, digests: Self.chunkDigests(hash, number: number, bytes))
  }

  /// `d(number, j)` of every chunk `j` of `bytes`, on all cores.
  static func chunkDigests(_ hash: SipHash, number: Int, _ bytes: UnsafeRawBufferPointer)
    -> [UInt64]
  {
    let shared = SendableBytes(bytes: bytes)
    let chunk = BinarySnapshot.chunkBytes
    return Parallel.map((bytes.count + chunk - 1) / chunk, chunkSize: 1) { range in
      range.map { index in
        let start = index * chunk
        return chunkDigest(
          hash, number: number, index: index,
          UnsafeRawBufferPointer(
            rebasing: shared.bytes[start..<min(shared.bytes.count, start + chunk)]))
      }
    }
  }

  /// `d(number, index)`: the digest of chunk `index` of part `number`.
  static func chunkDigest(
    _ hash: SipHash, number: Int, index: Int, _ bytes: UnsafeRawBufferPointer
  ) -> UInt64 {
    hash.digest(prefix: [UInt64(number), UInt64(index)], bytes)
  }

  /// Adds a section whose chunks' digests are known.
  mutating func add(_ tag: String, length: Int, digests: [UInt64]) {
    message += Array(tag.utf8)
    withUnsafeBytes(of: UInt64(length).littleEndian) { message += $0 }
    for digest in digests { withUnsafeBytes(of: digest.littleEndian) { message += $0 } }
  }

  /// The seal of what was added.
  var value: UInt64 { hash.digest(message) }
}
