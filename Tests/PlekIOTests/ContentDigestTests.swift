import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// The digest that names a cached engine (issue 27) reads each file a mebibyte at a time on
/// all cores instead of whole: it must be the digest of the whole files as before, so that
/// caches written before stay valid, for files of every size around a chunk.
@Suite("Content digest of a dataset's files")
struct ContentDigestTests {
  static let key: [UInt8] = Array(100..<116)

  /// The digest as it was defined (and computed) before: each file read whole, its length
  /// and its chunks' digests after this build's prefix.
  static func reference(_ files: [String]) -> UInt64 {
    let hash = SipHash(key: key)
    var message = ContentDigest.buildPrefix
    for (number, file) in files.enumerated() {
      let bytes = FileBytes.read(file)!
      let digests = bytes.withUnsafeBytes { Seal.chunkDigests(hash, number: number, $0) }
      withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { message += $0 }
      for digest in digests { withUnsafeBytes(of: digest.littleEndian) { message += $0 } }
    }
    return hash.digest(message)
  }

  /// Files of 0 bytes, one byte, a chunk less one, a chunk, a chunk and one, and 17 chunks
  /// and a bit (more than one task), digested together in both orders.
  @Test func theDigestIsTheWholeFilesDigest() throws {
    let chunk = BinarySnapshot.chunkBytes
    let scratch = ScratchDirectory()
    var random = SplitMix64(seed: 27)
    let sizes = [0, 1, chunk - 1, chunk, chunk + 1, 17 * chunk + 4_321]
    let files = sizes.map { size in
      let path = scratch.path + "/file-\(size)"
      let words = (0..<(size + 7) / 8).map { _ in random.next() }
      scratch.write("file-\(size)", Array(words.withUnsafeBytes { $0.prefix(size) }))
      return path
    }
    let before = ContentDigest.of(files: files, key: Self.key)
    #expect(before == Self.reference(files))
    #expect(
      ContentDigest.of(files: files.reversed(), key: Self.key) == Self.reference(files.reversed()))
    // One byte changed in the last chunk of the largest file: another digest.
    var bytes = try #require(FileBytes.read(files[5]))
    bytes[bytes.count - 1] ^= 1
    scratch.write("file-\(sizes[5])", bytes)
    let after = ContentDigest.of(files: files, key: Self.key)
    #expect(after == Self.reference(files))
    #expect(after != before)
    #expect(ContentDigest.of(files: [scratch.path + "/missing"], key: Self.key) == nil)
  }
}
