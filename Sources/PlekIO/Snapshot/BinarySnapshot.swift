import PlekCore

/// The binary snapshot: a dataset and its policy in one file that loads several times
/// faster than the JSON files (no text to parse), for `plek serve --state` and
/// `plek snapshot`.
///
/// Layout: the magic `PLEKSNAP`, the format version (UInt32, 1), the number of sections
/// (UInt32); then each section: a four-letter tag, its length (UInt64), its CRC-32C (UInt32)
/// and its bytes. All integers little-endian. Sections: `TAXO` (the taxonomy's fingerprint:
/// a snapshot is read only against the taxonomy it was written with), `PLCY` (the policy as
/// JSON), `PEOP` and `PLAC` (the record count, then each record's length and bytes). A
/// reader checks every checksum and validates every record again: a file could have been
/// changed since it was written.
public enum BinarySnapshot {
  static let magic = Array("PLEKSNAP".utf8)
  /// The format version written, and the only one read.
  public static let version: UInt32 = 1

  /// The snapshot of `participants`, `places` and `policy`, written against `taxonomy`.
  public static func bytes(
    participants: [Participant], places: [Place], policy: Policy, taxonomy: Taxonomy
  ) -> [UInt8] {
    bytes(
      participants: records(participants.count, { participants[$0] }) {
        $0.participant($1, taxonomy)
      },
      places: records(places.count, { places[$0] }) { $0.place($1, taxonomy) },
      policy: policy, taxonomy: taxonomy)
  }

  /// The snapshot of an engine's records (in id order) and policy. Records are taken from
  /// the engine a chunk at a time as they are written, so that writing the snapshot of a
  /// large engine never holds all its records decoded at once.
  public static func bytes(of engine: MatchEngine) -> [UInt8] {
    let taxonomy = engine.taxonomy
    let people = engine.participantIDs
    let places = engine.placeIDs
    return bytes(
      participants: records(people.count, { engine.participant(people[$0])! }) {
        $0.participant($1, taxonomy)
      },
      places: records(places.count, { engine.place(places[$0])! }) { $0.place($1, taxonomy) },
      policy: engine.policy, taxonomy: taxonomy)
  }

  /// The file of the record sections `participants` and `places` (``records(_:_:_:)``).
  static func bytes(
    participants: [UInt8], places: [UInt8], policy: Policy, taxonomy: Taxonomy
  ) -> [UInt8] {
    var fingerprint = ByteWriter()
    withUnsafeBytes(of: taxonomy.fingerprint.littleEndian) { fingerprint.bytes += $0 }
    let sections: [(String, [UInt8])] = [
      ("TAXO", fingerprint.bytes),
      ("PLCY", JSONWriter().bytes(policy.json)),
      ("PEOP", participants),
      ("PLAC", places),
    ]
    var output = ByteWriter()
    output.bytes = magic
    withUnsafeBytes(of: version.littleEndian) { output.bytes += $0 }
    withUnsafeBytes(of: UInt32(sections.count).littleEndian) { output.bytes += $0 }
    for (tag, bytes) in sections {
      output.bytes += Array(tag.utf8)
      withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { output.bytes += $0 }
      withUnsafeBytes(of: CRC32C.checksum(bytes).littleEndian) { output.bytes += $0 }
      output.bytes += bytes
    }
    return output.bytes
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

  /// The dataset and policy of a snapshot's bytes, every record validated against `taxonomy`.
  ///
  /// - Throws: ``SnapshotError`` naming what is wrong: not a snapshot, another version, a
  ///   section that is missing, cut short or fails its checksum, another taxonomy, a record
  ///   that does not decode or does not validate.
  public static func read(_ bytes: [UInt8], taxonomy: Validated<Taxonomy>) throws(SnapshotError)
    -> (dataset: Dataset, policy: Validated<Policy>)
  {
    let result = bytes.withUnsafeBufferPointer {
      buffer -> Result<(dataset: Dataset, policy: Validated<Policy>), SnapshotError> in
      do throws(SnapshotError) {
        return .success(try read(buffer, taxonomy: taxonomy))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  static func read(_ bytes: UnsafeBufferPointer<UInt8>, taxonomy: Validated<Taxonomy>)
    throws(SnapshotError) -> (dataset: Dataset, policy: Validated<Policy>)
  {
    guard bytes.count >= 16, Array(bytes[0..<8]) == magic else {
      throw SnapshotError("not a Plek snapshot (no PLEKSNAP at the start)")
    }
    var reader = ByteReader(bytes, from: 8)
    let version = UInt32(bitPattern: try reader.i32())
    guard version == Self.version else {
      throw SnapshotError(
        "snapshot format version \(version); this Plek reads version \(Self.version)")
    }
    let count = Int(UInt32(bitPattern: try reader.i32()))
    var sections: [String: Range<Int>] = [:]
    for _ in 0..<count {
      let tag = String(decoding: try reader.take(4), as: UTF8.self)
      let length = try reader.u64()
      let crc = UInt32(bitPattern: try reader.i32())
      guard length <= UInt64(reader.end - reader.offset) else {
        throw SnapshotError("section \(tag) is cut short (the file is incomplete)")
      }
      let range = reader.offset..<(reader.offset + Int(length))
      guard CRC32C.checksum(UnsafeBufferPointer(rebasing: bytes[range])) == crc else {
        throw SnapshotError("section \(tag) at offset \(range.lowerBound) fails its checksum")
      }
      sections[tag] = range
      reader.offset = range.upperBound
    }
    func section(_ tag: String) throws(SnapshotError) -> Range<Int> {
      guard let range = sections[tag] else { throw SnapshotError("section \(tag) is missing") }
      return range
    }
    var fingerprint = ByteReader(
      bytes, from: try section("TAXO").lowerBound, to: try section("TAXO").upperBound)
    let written = try fingerprint.u64()
    guard written == taxonomy.value.fingerprint else {
      throw SnapshotError(
        "the snapshot was written with another taxonomy (fingerprint \(written), this one \(taxonomy.value.fingerprint))"
      )
    }
    let policyRange = try section("PLCY")
    guard let policyJSON = try? JSONParser().parse(Array(bytes[policyRange])) else {
      throw SnapshotError("the policy section is not JSON")
    }
    let decodedPolicy = Policy.decode(json: policyJSON, taxonomy: taxonomy.value)
    guard let policy = decodedPolicy.validated else {
      throw SnapshotError("the policy does not validate: \(decodedPolicy.problems.prefix(3))")
    }
    let ids = TaxonomyIDs(taxonomy.value)
    let people = try records(
      bytes, try section("PEOP"), taxonomy.value, "participant"
    ) { reader throws(SnapshotError) in
      try reader.participant(ids)
    }
    let places = try records(bytes, try section("PLAC"), taxonomy.value, "place") {
      reader throws(SnapshotError) in try reader.place(ids)
    }
    return (Dataset(taxonomy: taxonomy, participants: people, places: places), policy)
  }

  /// The records of a section, decoded and validated on all cores.
  static func records<Record: TaxonomyChecked>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ taxonomy: Taxonomy, _ noun: String,
    _ decode: @escaping @Sendable (inout ByteReader) throws(SnapshotError) -> Record
  ) throws(SnapshotError) -> [Validated<Record>] {
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
    let decoded = Parallel.map(count, chunkSize: 1024) { chunk in
      chunk.map { index -> Result<Validated<Record>, SnapshotError> in
        var record = section
        record.offset = ranges[index].lowerBound
        record.end = ranges[index].upperBound
        do throws(SnapshotError) {
          let value = try decode(&record)
          guard record.isAtEnd else { throw SnapshotError("\(noun) \(index) has bytes left over") }
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
    records.reserveCapacity(count)
    for result in decoded {
      switch result {
      case .success(let record): records.append(record)
      case .failure(let error): throw error
      }
    }
    return records
  }
}
