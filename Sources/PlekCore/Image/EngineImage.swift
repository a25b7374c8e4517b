/// An engine as it is in memory: every record store's packed columns, record bytes, keys
/// and cells, to be written to a file and read back without decoding, validating or
/// packing a single record.
///
/// An image is the fast way back to an engine for a service restarting from its own state
/// (issue 14): reading one is copying bytes into arrays, rebuilding the id tables and the
/// cell index, and checking every record (see ``engine(taxonomy:policy:)``). It is **not** a
/// format for exchange: the columns are this build's memory layout (a layout fingerprint
/// refuses any other), and they are used as they are, so an image must only be read when
/// something outside it proves that this Plek wrote it (PlekIO's snapshot seals it with
/// the state directory's secret key) — everything else goes through validation.
///
/// Sections, in order: the header (``headerTag``: layout fingerprint, taxonomy fingerprint,
/// the grid's designed record count, participant and place counts and arena sizes, seven
/// little-endian `UInt64`s), then per record kind (`P` participants, `L` places) its ids'
/// keys (`KEY`, 32 bytes each), arena spans (`SPN`, 8), arena bytes (`ARN`), hot and detail
/// columns (`HOT`, `DET`, at this build's stride, padding zeroed), cells (`CEL`, `Int32`)
/// and index groups (`FIL`, `UInt16`), records in index order.
public struct EngineImage: Sendable {
  /// The tag of the header section.
  public static let headerTag = "ENGN"
  /// The tags of the column sections, in the order they are written.
  public static let sectionTags = ["P", "L"].flatMap { kind in
    ["KEY", "SPN", "ARN", "HOT", "DET", "CEL", "FIL"].map { kind + $0 }
  }

  /// The layout this build writes and reads: a digest of the image revision, the Plek
  /// version, the machine's word size and byte order, and the size, stride, alignment and
  /// field offsets of every column's rows.
  public static let layoutFingerprint: UInt64 = {
    var parts = [1, Int.bitWidth, 1.littleEndian == 1 ? 1 : 0]
    parts += [MemoryLayout<IDKey>.stride, MemoryLayout<ArenaSpan>.stride]
    parts += ColumnLayout<PersonHot>.person.signature + ColumnLayout<PersonDetail>.person.signature
    parts += ColumnLayout<PlaceHot>.place.signature + ColumnLayout<PlaceDetail>.place.signature
    var digest = Fingerprint()
    digest.add(PlekVersion.current)
    for part in parts { digest.add(UInt64(bitPattern: Int64(part))) }
    return digest.value
  }()

  let taxonomyFingerprint: UInt64
  let designedRecords: Int
  var people: StoreColumns<PersonHot, PersonDetail>
  var places: StoreColumns<PlaceHot, PlaceDetail>
  private var filled: Set<String> = []

  /// An image to fill, from its header section.
  ///
  /// - Throws: ``EngineImageError`` when the header is not 56 bytes, was written by a build
  ///   of another layout, or gives counts no engine can hold.
  public init(header: [UInt8]) throws(EngineImageError) {
    guard header.count == 56 else {
      throw EngineImageError("the image header has \(header.count) bytes, not 56")
    }
    var words = [UInt64](repeating: 0, count: 7)
    for index in 0..<56 {
      let byte = UInt64(header[index]) << UInt64(8 * (index % 8))
      words[index / 8] |= byte
    }
    guard words[0] == Self.layoutFingerprint else {
      throw EngineImageError(
        "the image was written by a Plek of another layout (\(words[0]), this one \(Self.layoutFingerprint))"
      )
    }
    // Slots are 32-bit; arenas are addressed with 40 bits (``ArenaSpan``).
    let slotLimit = UInt64(Int32.max)
    let arenaLimit: UInt64 = 1 << 40
    guard words[2] < slotLimit, words[3] < slotLimit, words[4] < slotLimit,
      words[5] < arenaLimit, words[6] < arenaLimit
    else { throw EngineImageError("the image header gives impossible counts") }
    taxonomyFingerprint = words[1]
    designedRecords = Int(words[2])
    people = StoreColumns(count: Int(words[3]), arenaBytes: Int(words[5]))
    places = StoreColumns(count: Int(words[4]), arenaBytes: Int(words[6]))
  }

  /// The header section of an engine about to be written.
  static func header(_ engine: MatchEngine) -> [UInt8] {
    let words: [UInt64] = [
      layoutFingerprint, engine.taxonomy.fingerprint, UInt64(engine.grid.designedRecords),
      UInt64(engine.people.count), UInt64(engine.places.count),
      UInt64(engine.people.arenaBytes), UInt64(engine.places.arenaBytes),
    ]
    return words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } }
  }

  /// The length the section `tag` must have, or `nil` for a tag that is not a column
  /// section.
  public func byteCount(of tag: String) -> Int? {
    guard Self.sectionTags.contains(tag) else { return nil }
    let kind = tag.prefix(1) == "P"
    return kind ? people.byteCount(tag.dropFirst()) : places.byteCount(tag.dropFirst())
  }

  /// Fills the column of section `tag`: `read` writes its ``byteCount(of:)`` bytes.
  public mutating func fill<Failure: Error>(
    _ tag: String, _ read: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
  ) throws(Failure) {
    guard Self.sectionTags.contains(tag) else { return }
    if tag.prefix(1) == "P" {
      try people.fill(tag.dropFirst(), read)
    } else {
      try places.fill(tag.dropFirst(), read)
    }
    filled.insert(tag)
  }

  /// The engine of a filled image, for the taxonomy and policy it was written with.
  ///
  /// Checks every section filled, arena spans one after another, cells within the grid,
  /// records in index order, each id once, every packed field within ``PackedBounds``,
  /// every record's bytes checked against validation's rules as they are read, and a sample of 64
  /// records of each kind packed again and compared field by field: an image written by a
  /// build that packs differently, or whose bytes were changed and sealed again, fails here
  /// and is rebuilt from the records; none reaches a scan.
  ///
  /// - Throws: ``EngineImageError`` naming what does not hold.
  /// - Complexity: O(n) for n records, with one id-table insert per record.
  public func engine(taxonomy: Validated<Taxonomy>, policy: Validated<Policy>)
    throws(EngineImageError) -> MatchEngine
  {
    guard filled.count == Self.sectionTags.count else {
      throw EngineImageError(
        "the image lacks the sections \(Self.sectionTags.filter { !filled.contains($0) })")
    }
    guard taxonomy.value.fingerprint == taxonomyFingerprint,
      policy.taxonomyFingerprint == taxonomyFingerprint
    else { throw EngineImageError("the image was written with another taxonomy") }
    guard designedRecords == max(people.count, places.count, 1000) else {
      throw EngineImageError("the image's grid was sized for \(designedRecords) records")
    }
    var engine = MatchEngine(
      taxonomy: taxonomy.value, policy: policy.value, expectedRecords: designedRecords)
    let cells = engine.grid.cellCount
    engine.people = try RecordStore(image: people, cellCount: cells, codec: engine.people.codec)
    engine.places = try RecordStore(image: places, cellCount: cells, codec: engine.places.codec)
    let bounds = PackedBounds(taxonomy.value)
    try engine.checkRecords(Participant.self, .person, .person, flags: PackedBounds.personFlags) {
      bounds.check($0) && bounds.check($1)
    }
    try engine.checkRecords(Place.self, .place, .place, flags: PackedBounds.placeFlags) {
      bounds.check($0) && bounds.check($1)
    }
    engine.rebuildDerived()
    return engine
  }
}

/// Why an engine image cannot be used; the snapshot is then read record by record.
public struct EngineImageError: Error, CustomStringConvertible, Sendable {
  public var description: String
  init(_ description: String) { self.description = description }
}

/// One record store's columns in an image.
struct StoreColumns<Hot: Sendable, Detail: Sendable>: Sendable {
  let count: Int
  let arenaBytes: Int
  var keys: [IDKey] = []
  var spans: [ArenaSpan] = []
  var arena: [UInt8] = []
  var hot: [Hot] = []
  var detail: [Detail] = []
  var cellOf: [Int32] = []
  var filedUnder: [UInt16] = []

  init(count: Int, arenaBytes: Int) { (self.count, self.arenaBytes) = (count, arenaBytes) }

  func byteCount(_ column: Substring) -> Int {
    switch column {
    case "KEY": count * MemoryLayout<IDKey>.stride
    case "SPN": count * MemoryLayout<ArenaSpan>.stride
    case "ARN": arenaBytes
    case "HOT": count * MemoryLayout<Hot>.stride
    case "DET": count * MemoryLayout<Detail>.stride
    case "CEL": count * MemoryLayout<Int32>.stride
    default: count * MemoryLayout<UInt16>.stride
    }
  }

  mutating func fill<Failure: Error>(
    _ column: Substring, _ read: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
  ) throws(Failure) {
    switch column {
    case "KEY": keys = try ImageColumns.column(count, of: IDKey.self, read)
    case "SPN": spans = try ImageColumns.column(count, of: ArenaSpan.self, read)
    case "ARN": arena = try ImageColumns.column(arenaBytes, of: UInt8.self, read)
    case "HOT": hot = try ImageColumns.column(count, of: Hot.self, read)
    case "DET": detail = try ImageColumns.column(count, of: Detail.self, read)
    case "CEL": cellOf = try ImageColumns.column(count, of: Int32.self, read)
    default: filedUnder = try ImageColumns.column(count, of: UInt16.self, read)
    }
  }
}
