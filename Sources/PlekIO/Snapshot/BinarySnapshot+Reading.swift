import Foundation
import PlekCore

/// A section of a snapshot file, as its table gives it.
struct SnapshotSection: Sendable {
  let tag: String
  /// Its position among the file's sections, from 0.
  let number: Int
  /// Where its bytes start.
  let offset: Int
  let length: Int
  let checksum: UInt32
}

/// An engine read from a snapshot file, and how.
public struct LoadedSnapshot: Sendable {
  /// The engine.
  public let engine: MatchEngine
  /// Whether it was taken from the sealed engine image (no record decoded or validated).
  public let fromImage: Bool
  /// Why the image was not used, when the file has one.
  public let imageRefused: String?
  /// When the image was used: the first records section (`TAXO`, `PLCY`, `PEOP`, `PLAC`)
  /// that fails its checksum, if any. The image is intact (its seal says so), but the
  /// records are what an upgrade of Plek, or a lost key, would have to read: rewrite them
  /// from the image (`plek serve --state DIR --repair`).
  public var recordsDamage: String? = nil
}

extension BinarySnapshot {
  /// The dataset and policy of a snapshot's bytes, every record validated against `taxonomy`
  /// (an engine image in the file is not used).
  ///
  /// - Throws: ``SnapshotError`` naming what is wrong: not a snapshot, another version, a
  ///   section that is missing, cut short or fails its checksum, another taxonomy, a record
  ///   that does not decode or does not validate.
  public static func read(_ bytes: [UInt8], taxonomy: Validated<Taxonomy>) throws(SnapshotError)
    -> (dataset: Dataset, policy: Validated<Policy>)
  {
    let source = SnapshotSource(bytes)
    return try readRecords(source, try sections(source), taxonomy: taxonomy)
  }

  /// The engine of the snapshot file at `path`, read with `taxonomy`.
  ///
  /// With the `key` of the state directory the file is in, a sealed engine image is used as
  /// it is (PlekCore's `EngineImage`) when the seal matches; any other file, or an image that is
  /// refused (the seal does not match, another build's layout, a sample record packs
  /// differently), is read record by record and validated, and ``LoadedSnapshot/imageRefused``
  /// says why.
  ///
  /// - Throws: ``SnapshotError`` when the file cannot be read or its records fail.
  public static func loadEngine(path: String, taxonomy: Validated<Taxonomy>, key: [UInt8]?)
    throws(SnapshotError) -> LoadedSnapshot
  {
    // Non-blocking, so that a FIFO given as a snapshot is refused at once, not waited on.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw SnapshotError("cannot open \(path): errno \(errno)") }
    defer { close(descriptor) }
    guard let source = SnapshotSource(descriptor: descriptor) else {
      throw SnapshotError("\(path) is not a regular file")
    }
    let table = try sections(source)
    let sealed = table.contains { $0.tag == "SEAL" }
    var refused: String? = sealed && key == nil ? "there is no key to check its seal" : nil
    if let key, sealed {
      do throws(SnapshotError) {
        let engine = try withPlacements(
          imageEngine(source, table, taxonomy: taxonomy, key: key), source, table, sealed: true)
        return LoadedSnapshot(
          engine: engine, fromImage: true, imageRefused: nil,
          recordsDamage: recordsDamage(source, table))
      } catch {
        refused = error.description
      }
    }
    let engine = try withPlacements(
      recordsEngine(source, table, taxonomy: taxonomy), source, table)
    return LoadedSnapshot(engine: engine, fromImage: false, imageRefused: refused)
  }

  /// The engine of the records and policy, every record decoded and validated, and
  /// compiled a block (65,536) at a time as it is decoded (``EngineBuilder``): the decoded
  /// records are never all in memory at once.
  static func recordsEngine(
    _ source: SnapshotSource, _ table: [SnapshotSection], taxonomy: Validated<Taxonomy>,
    block: Int = 65_536
  ) throws(SnapshotError) -> MatchEngine {
    let policy = try policy(source, table, taxonomy.value)
    let ids = TaxonomyIDs(taxonomy.value)
    func built(_ error: MatchError) -> SnapshotError {
      SnapshotError("the records do not build an engine: \(error)")
    }
    var builder: EngineBuilder
    do throws(MatchError) {
      builder = try EngineBuilder(taxonomy: taxonomy, policy: policy)
    } catch {
      throw built(error)
    }
    // Each section decoded a block at a time and handed to the builder, with room made for
    // the whole section at its first block.
    func feed<Record: TaxonomyChecked>(
      _ tag: String, _ noun: String,
      _ decode: @escaping @Sendable (inout ByteReader) throws(SnapshotError) -> Record,
      _ add: (inout EngineBuilder, [Validated<Record>], _ firstOf: Int?) throws(MatchError) -> Void
    ) throws(SnapshotError) {
      let bytes = try bytes(tag, source, table)
      var first = true
      try bytes.withUnsafeBufferPointer { buffer throws(SnapshotError) in
        try records(buffer, 0..<buffer.count, taxonomy.value, noun, block: block, decode) {
          (records, total) throws(SnapshotError) in
          do throws(MatchError) {
            try add(&builder, records, first ? total : nil)
          } catch {
            throw built(error)
          }
          first = false
        }
      }
    }
    try feed(
      "PLAC", "place", { reader throws(SnapshotError) in try reader.place(ids) },
      { builder, records, total throws(MatchError) in
        if let total { builder.reserve(participants: 0, places: total) }
        try builder.add(places: records)
      })
    try feed(
      "PEOP", "participant", { reader throws(SnapshotError) in try reader.participant(ids) },
      { builder, records, total throws(MatchError) in
        if let total { builder.reserve(participants: total, places: 0) }
        try builder.add(participants: records)
      })
    do throws(MatchError) {
      return try builder.build()
    } catch {
      throw built(error)
    }
  }

  /// The section table: the header checked, every section within the file.
  static func sections(_ source: SnapshotSource) throws(SnapshotError) -> [SnapshotSection] {
    guard source.size >= 16, try source.bytes(at: 0, count: 8) == magic else {
      throw SnapshotError("not a Plek snapshot (no PLEKSNAP at the start)")
    }
    let header = try source.bytes(at: 8, count: 8)
    let version = UInt32(littleEndian: header.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
    guard (1...Self.version).contains(version) else {
      throw SnapshotError(
        "snapshot format version \(version); this Plek reads versions 1 to \(Self.version)")
    }
    let count = Int(
      UInt32(
        littleEndian: header.withUnsafeBytes {
          $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        }))
    guard count <= (source.size - 16) / 16 else {
      throw SnapshotError("a table of \(count) sections does not fit in \(source.size) bytes")
    }
    var table: [SnapshotSection] = []
    var offset = 16
    for number in 0..<count {
      guard source.size - offset >= 16 else {
        throw SnapshotError("section \(number)'s header is cut short (the file is incomplete)")
      }
      let head = try source.bytes(at: offset, count: 16)
      let tag = String(decoding: head[0..<4], as: UTF8.self)
      let length = head.withUnsafeBytes {
        UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
      }
      let checksum = head.withUnsafeBytes {
        UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
      }
      offset += 16
      guard length <= UInt64(source.size - offset) else {
        throw SnapshotError("section \(tag) is cut short (the file is incomplete)")
      }
      guard !table.contains(where: { $0.tag == tag }) else {
        throw SnapshotError("section \(tag) occurs twice")
      }
      table.append(
        SnapshotSection(
          tag: tag, number: number, offset: offset, length: Int(length), checksum: checksum))
      offset += Int(length)
    }
    return table
  }

  /// The first records section that is missing or fails its checksum, said in words: what a
  /// start from the image checks, so that damage to the records is found while the image can
  /// still rewrite them.
  ///
  /// The sections are read and checksummed on all cores, one section each (the people and
  /// the places are the large ones), a mebibyte at a time into one buffer, so that the check
  /// costs about the largest section's read and holds no section in memory.
  static func recordsDamage(_ source: SnapshotSource, _ table: [SnapshotSection]) -> String? {
    let tags =
      ["PEOP", "PLAC", "TAXO", "PLCY"]
      + (table.contains { $0.tag == placementsTag } ? [placementsTag] : [])
    let found = Parallel.map(tags.count, chunkSize: 1) { range in
      range.map { index -> String? in
        do throws(SnapshotError) {
          let section = try section(tags[index], table)
          guard try source.checksum(at: section.offset, count: section.length) == section.checksum
          else { throw checksumFailure(section) }
          return nil
        } catch {
          return error.description
        }
      }
    }
    return found.compactMap { $0 }.first
  }

  /// The bytes of section `tag`, their checksum checked.
  static func bytes(_ tag: String, _ source: SnapshotSource, _ table: [SnapshotSection])
    throws(SnapshotError) -> [UInt8]
  {
    let section = try section(tag, table)
    let bytes = try source.bytes(at: section.offset, count: section.length)
    guard CRC32C.checksum(bytes) == section.checksum else { throw checksumFailure(section) }
    return bytes
  }

  /// The section `tag` of the table.
  static func section(_ tag: String, _ table: [SnapshotSection]) throws(SnapshotError)
    -> SnapshotSection
  {
    guard let section = table.first(where: { $0.tag == tag }) else {
      throw SnapshotError("section \(tag) is missing")
    }
    return section
  }

  static func checksumFailure(_ section: SnapshotSection) -> SnapshotError {
    SnapshotError("section \(section.tag) at offset \(section.offset) fails its checksum")
  }

  /// The policy of the snapshot, after its taxonomy fingerprint is checked.
  static func policy(_ source: SnapshotSource, _ table: [SnapshotSection], _ taxonomy: Taxonomy)
    throws(SnapshotError) -> Validated<Policy>
  {
    let fingerprint = try bytes("TAXO", source, table)
    guard fingerprint.count == 8 else { throw SnapshotError("section TAXO is not 8 bytes") }
    let written = fingerprint.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))
    }
    guard written == taxonomy.fingerprint else {
      throw SnapshotError(
        "the snapshot was written with another taxonomy (fingerprint \(written), this one \(taxonomy.fingerprint))"
      )
    }
    guard let json = try? JSONParser().parse(try bytes("PLCY", source, table)) else {
      throw SnapshotError("the policy section is not JSON")
    }
    let decoded = Policy.decode(json: json, taxonomy: taxonomy)
    guard let policy = decoded.validated else {
      throw SnapshotError("the policy does not validate: \(decoded.problems.prefix(3))")
    }
    return policy
  }

  /// The records and policy, every record decoded and validated.
  static func readRecords(
    _ source: SnapshotSource, _ table: [SnapshotSection], taxonomy: Validated<Taxonomy>
  ) throws(SnapshotError) -> (dataset: Dataset, policy: Validated<Policy>) {
    let policy = try policy(source, table, taxonomy.value)
    let ids = TaxonomyIDs(taxonomy.value)
    let peopleBytes = try bytes("PEOP", source, table)
    let people = try peopleBytes.withUnsafeBufferPointer { buffer throws(SnapshotError) in
      try records(buffer, 0..<buffer.count, taxonomy.value, "participant") {
        reader throws(SnapshotError) in try reader.participant(ids)
      }
    }
    let placeBytes = try bytes("PLAC", source, table)
    let places = try placeBytes.withUnsafeBufferPointer { buffer throws(SnapshotError) in
      try records(buffer, 0..<buffer.count, taxonomy.value, "place") {
        reader throws(SnapshotError) in try reader.place(ids)
      }
    }
    let placements = try placements(source, table, taxonomy.value)
    return (
      Dataset(taxonomy: taxonomy, participants: people, places: places, placements: placements),
      policy
    )
  }

  /// The engine of the sealed image: every covered section read (the columns straight into
  /// the engine's arrays, on all cores) and digested, the seal compared, and only then the
  /// columns used.
  static func imageEngine(
    _ source: SnapshotSource, _ table: [SnapshotSection], taxonomy: Validated<Taxonomy>,
    key: [UInt8]
  ) throws(SnapshotError) -> MatchEngine {
    var seal = Seal(key: key)
    var image: EngineImage?
    for section in table where Seal.covers(section.tag) {
      if let columns = image, let expected = columns.byteCount(of: section.tag) {
        guard expected == section.length else {
          throw SnapshotError(
            "image section \(section.tag) has \(section.length) bytes, not \(expected)")
        }
        let hash = seal.hash
        let number = section.number
        var digests: [UInt64] = []
        try image!.fill(section.tag) { buffer throws(SnapshotError) in
          digests = try source.readChunks(
            at: section.offset, into: buffer, chunkBytes: chunkBytes
          ) { chunk, bytes in hash.digest(prefix: [UInt64(number), UInt64(chunk)], bytes) }
        }
        seal.add(section.tag, length: section.length, digests: digests)
        continue
      }
      let bytes = try source.bytes(at: section.offset, count: section.length)
      bytes.withUnsafeBytes { seal.add(section.tag, number: section.number, $0) }
      // Another build may pack differently: no need to read its columns.
      if section.tag == "BILD" && bytes != BuildIdentity.current {
        throw SnapshotError("it was written by another build of Plek")
      }
      if section.tag == EngineImage.headerTag {
        do throws(EngineImageError) {
          image = try EngineImage(header: bytes)
        } catch {
          throw SnapshotError(error.description)
        }
      }
    }
    let stored = try bytes("SEAL", source, table)
    guard stored.count == 8,
      stored.withUnsafeBytes({ UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
        == seal.value
    else {
      throw SnapshotError("its seal does not match (written elsewhere, or changed since)")
    }
    guard table.contains(where: { $0.tag == "BILD" }) else {
      throw SnapshotError("the snapshot does not name the build that wrote it")
    }
    guard let image else { throw SnapshotError("the snapshot has no image header") }
    let policy = try policy(source, table, taxonomy.value)
    do throws(EngineImageError) {
      return try image.engine(taxonomy: taxonomy, policy: policy)
    } catch {
      throw SnapshotError(error.description)
    }
  }
}
