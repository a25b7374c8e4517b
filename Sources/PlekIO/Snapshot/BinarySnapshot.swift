import PlekCore

/// The binary snapshot: a dataset and its policy in one file that loads several times
/// faster than the JSON files (no text to parse), and, in a state directory, the engine
/// itself, for `plek serve --state` and `plek snapshot`.
///
/// Layout: the magic `PLEKSNAP`, the format version (UInt32, 2; version 1 files, without
/// an image, are read too), the number of sections (UInt32); then each section: a
/// four-letter tag, its length (UInt64), its CRC-32C (UInt32) and its bytes. All integers
/// little-endian. Sections: `TAXO` (the taxonomy's fingerprint: a snapshot is read only
/// against the taxonomy it was written with), `PLCY` (the policy as JSON), `PEOP` and `PLAC`
/// (the record count, then each record's length and bytes), and, when there are placements,
/// `PLMT` (the placements in the same form, in id order). A reader checks every checksum
/// and validates every record again: a file could have been changed since it was written.
///
/// A state directory's snapshot adds the writer's build id (`BILD`), the **engine image**
/// (PlekCore's `EngineImage`: `ENGN` and the column sections `PKEY` … `LFIL`) and `SEAL`, a
/// SipHash-2-4 digest keyed with the directory's secret key over every section but `PEOP`,
/// `PLAC` and `SEAL` (see <doc:SnapshotFormat>). The image is used, without decoding or
/// validating a record, only when the seal matches (this Plek wrote it there and nothing
/// changed it since) and the image is of this very build; otherwise the records are read
/// as above.
public enum BinarySnapshot {
  static let magic = Array("PLEKSNAP".utf8)
  /// The format version written; versions 1 and 2 are read.
  public static let version: UInt32 = 2
  /// The bytes of a sealed section digested at a time (on all cores).
  static let chunkBytes = 1 << 20

  /// The snapshot of `participants`, `places`, `placements` and `policy`, written against
  /// `taxonomy`.
  public static func bytes(
    participants: [Participant], places: [Place], placements: [Placement] = [], policy: Policy,
    taxonomy: Taxonomy
  ) -> [UInt8] {
    var output: [UInt8] = []
    write(
      recordSections(
        participants: records(participants.count, { participants[$0] }) {
          $0.participant($1, taxonomy)
        },
        places: records(places.count, { places[$0] }) { $0.place($1, taxonomy) },
        policy: policy, taxonomy: taxonomy) + placementsSection(placements, taxonomy),
      image: nil
    ) { output += $0 }
    return output
  }

  /// The snapshot of an engine's records (in id order) and policy, without its image.
  /// Records are taken from the engine a chunk at a time as they are written, so that
  /// writing the snapshot of a large engine never holds all its records decoded at once.
  public static func bytes(of engine: MatchEngine) -> [UInt8] {
    var output: [UInt8] = []
    write(of: engine, sealedWith: nil) { output += $0 }
    return output
  }

  /// Writes the snapshot of an engine to `sink` a piece at a time: its records and policy,
  /// and, with a `key` (16 bytes), its image and the seal over it.
  public static func write(
    of engine: MatchEngine, sealedWith key: [UInt8]?,
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try write(of: engine, sealedWith: key, build: BuildIdentity.current, to: sink)
  }

  /// ``write(of:sealedWith:to:)`` naming `build` as the writer's build id (tests write
  /// another build's).
  static func write(
    of engine: MatchEngine, sealedWith key: [UInt8]?, build: [UInt8],
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let taxonomy = engine.taxonomy
    let people = engine.participantIDs
    let places = engine.placeIDs
    let sections = recordSections(
      participants: records(people.count, { engine.participant(people[$0])! }) {
        $0.participant($1, taxonomy)
      },
      places: records(places.count, { engine.place(places[$0])! }) { $0.place($1, taxonomy) },
      policy: engine.policy, taxonomy: taxonomy)
    try write(
      sections + placementsSection(engine.placements.all, taxonomy),
      image: key.map { (engine, $0, build) },
      to: sink)
  }

  /// The record sections: `TAXO`, `PLCY`, `PEOP`, `PLAC`.
  static func recordSections(
    participants: [UInt8], places: [UInt8], policy: Policy, taxonomy: Taxonomy
  ) -> [(String, [UInt8])] {
    var fingerprint = ByteWriter()
    withUnsafeBytes(of: taxonomy.fingerprint.littleEndian) { fingerprint.bytes += $0 }
    return [
      ("TAXO", fingerprint.bytes),
      ("PLCY", JSONWriter().bytes(policy.json)),
      ("PEOP", participants),
      ("PLAC", places),
    ]
  }

  /// Writes the file: the header, `sections`, and, given an `image`, the build id of its
  /// writer and its engine's image, sealed with its key.
  static func write(
    _ sections: [(String, [UInt8])], image: (engine: MatchEngine, key: [UInt8], build: [UInt8])?,
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let imageSections = image == nil ? 0 : 3 + EngineImage.sectionTags.count
    var header = magic
    withUnsafeBytes(of: version.littleEndian) { header += $0 }
    withUnsafeBytes(of: UInt32(sections.count + imageSections).littleEndian) { header += $0 }
    try header.withUnsafeBytes(sink)
    var seal = image.map { Seal(key: $0.key) }
    var number = 0
    func section(_ tag: String, _ bytes: UnsafeRawBufferPointer) throws {
      var head = Array(tag.utf8)
      withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { head += $0 }
      withUnsafeBytes(of: CRC32C.checksum(raw: bytes).littleEndian) {
        head += $0
      }
      try head.withUnsafeBytes(sink)
      try sink(bytes)
      if Seal.covers(tag) { seal?.add(tag, number: number, bytes) }
      number += 1
    }
    for (tag, bytes) in sections { try bytes.withUnsafeBytes { try section(tag, $0) } }
    guard let image else { return }
    try image.build.withUnsafeBytes { try section("BILD", $0) }
    try image.engine.writeImage(section)
    let value = seal?.value ?? 0
    try withUnsafeBytes(of: value.littleEndian) { try section("SEAL", $0) }
  }

  /// A section of `count` records, `record(i)` the i-th: the count, then each record's
  /// length and bytes (so that a reader can decode them on all cores).
  static func records<Record: Sendable>(
    _ count: Int, _ record: @Sendable (Int) -> Record,
    _ write: @Sendable (inout ByteWriter, Record) -> Void
  ) -> [UInt8] {
    let encoded = Parallel.map(count, chunkSize: 1024) { range in
      range.map { index -> [UInt8] in
        var writer = ByteWriter()
        write(&writer, record(index))
        return writer.bytes
      }
    }
    var section = ByteWriter()
    section.i64(count)
    for bytes in encoded {
      withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { section.bytes += $0 }
      section.bytes += bytes
    }
    return section.bytes
  }

  /// The records of a section, decoded and validated on all cores.
  static func records<Record: TaxonomyChecked>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ taxonomy: Taxonomy, _ noun: String,
    _ decode: @escaping @Sendable (inout ByteReader) throws(SnapshotError) -> Record
  ) throws(SnapshotError) -> [Validated<Record>] {
    var all: [Validated<Record>] = []
    try records(bytes, range, taxonomy, noun, block: Int.max, decode) {
      (block, count) throws(SnapshotError) in
      all.reserveCapacity(count)
      all += block
    }
    return all
  }

  /// The records of a section, decoded and validated on all cores a block of `block` at a
  /// time and handed to `sink` with the section's record count, in order; each block is let
  /// go before the next is decoded.
  static func records<Record: TaxonomyChecked>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ taxonomy: Taxonomy, _ noun: String,
    block: Int, _ decode: @escaping @Sendable (inout ByteReader) throws(SnapshotError) -> Record,
    into sink: ([Validated<Record>], Int) throws(SnapshotError) -> Void
  ) throws(SnapshotError) {
    var reader = ByteReader(bytes, from: range.lowerBound, to: range.upperBound)
    let count = try reader.i64()
    guard count >= 0, count <= range.count / 4 else {
      throw SnapshotError("a \(noun) count of \(count)")
    }
    var offsets: [Range<Int>] = []
    offsets.reserveCapacity(count)
    for _ in 0..<count {
      let length = Int(UInt32(bitPattern: try reader.i32()))
      _ = try reader.take(length)
      offsets.append((reader.offset - length)..<reader.offset)
    }
    guard reader.isAtEnd else { throw SnapshotError("bytes after the last \(noun)") }
    let ranges = offsets
    let section = reader
    for start in stride(from: 0, to: count, by: max(1, block)) {
      let end = start + min(max(1, block), count - start)
      let decoded = Parallel.map(end - start, chunkSize: 1024) { chunk in
        chunk.map { position -> Result<Validated<Record>, SnapshotError> in
          let index = start + position
          var record = section
          record.offset = ranges[index].lowerBound
          record.end = ranges[index].upperBound
          do throws(SnapshotError) {
            let value = try decode(&record)
            guard record.isAtEnd else {
              throw SnapshotError("\(noun) \(index) has bytes left over")
            }
            let validation = taxonomy.validate(value)
            guard let validated = validation.validated else {
              throw SnapshotError(
                "\(noun) \(index) does not validate: \(validation.problems.prefix(2))")
            }
            return .success(validated)
          } catch {
            return .failure(error)
          }
        }
      }
      var records: [Validated<Record>] = []
      records.reserveCapacity(end - start)
      for result in decoded {
        switch result {
        case .success(let record): records.append(record)
        case .failure(let error): throw error
        }
      }
      try sink(records, count)
    }
  }
}
