import Foundation
import PlekCore

/// A keyed digest of what an engine is compiled from: the running build and the bytes of
/// every input file, for naming a cached engine (PlekStore's `EngineCache`).
///
/// The digest is SipHash-2-4 keyed with the cache's secret, as the image's seal is: each
/// file is cut into chunks of 1 MiB digested on all cores, and the digest is that of the
/// build id, then per file its length and its chunks' digests, in the order given. A file
/// changed in any byte, or a build changed, gives another digest; without the key nobody
/// can make two inputs with the same one.
public enum ContentDigest {
  /// The digest of `files` (in this order) for this build, or `nil` when one cannot be read
  /// (or is larger than ``DatasetLoader/maximumFileBytes``).
  ///
  /// - Complexity: O(bytes); reads every file once, a mebibyte at a time on all cores, never
  ///   holding a whole file (221 MB of JSON: about 0.1 s on 2 cores, where reading each file
  ///   whole first took twice that).
  public static func of(files: [String], key: [UInt8]) -> UInt64? {
    let hash = SipHash(key: key)
    var message = buildPrefix
    for (number, file) in files.enumerated() {
      guard let (length, digests) = chunkDigests(file, number: number, hash) else { return nil }
      withUnsafeBytes(of: UInt64(length).littleEndian) { message += $0 }
      for digest in digests { withUnsafeBytes(of: digest.littleEndian) { message += $0 } }
    }
    return hash.digest(message)
  }

  /// A file's length and its chunks' digests; `nil` when it cannot be read, is larger than
  /// a data file may be, or changed (its size or modification time) while it was read.
  private static func chunkDigests(_ path: String, number: Int, _ hash: SipHash)
    -> (Int, [UInt64])?
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var before = stat()
    guard fstat(descriptor, &before) == 0 else { return nil }
    guard let source = SnapshotSource(descriptor: descriptor) else {
      // Not a regular file (a pipe): read as it comes, whole.
      guard let bytes = FileBytes.read(path, limit: DatasetLoader.maximumFileBytes) else {
        return nil
      }
      return (bytes.count, bytes.withUnsafeBytes { Seal.chunkDigests(hash, number: number, $0) })
    }
    guard source.size <= DatasetLoader.maximumFileBytes,
      let digests = try? source.chunkDigests(
        chunkBytes: BinarySnapshot.chunkBytes,
        digest: { Seal.chunkDigest(hash, number: number, index: $0, $1) })
    else { return nil }
    var after = stat()
    guard fstat(descriptor, &after) == 0, after.st_size == before.st_size,
      after.st_mtim.tv_sec == before.st_mtim.tv_sec,
      after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
    else { return nil }
    return (source.size, digests)
  }

  /// The digest of `parts` for this build (the version of a state directory's data).
  public static func of(parts: [[UInt8]], key: [UInt8]) -> UInt64 {
    var message = buildPrefix
    for part in parts {
      withUnsafeBytes(of: UInt64(part.count).littleEndian) { message += $0 }
      message += part
    }
    return SipHash(key: key).digest(message)
  }

  /// What every digest starts with: this build's id and image layout.
  static var buildPrefix: [UInt8] {
    var message = BuildIdentity.current
    withUnsafeBytes(of: UInt64(EngineImage.layoutFingerprint).littleEndian) { message += $0 }
    return message
  }

  /// The keyed digest of `bytes` alone (a file kept beside a cached engine).
  public static func of(bytes: [UInt8], key: [UInt8]) -> UInt64 {
    SipHash(key: key).digest(bytes)
  }
}
