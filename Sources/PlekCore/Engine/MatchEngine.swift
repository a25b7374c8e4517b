/// The matching engine: participants and places compiled into packed, indexed form, ready
/// for shortlists in both directions, batch runs and explanations.
///
/// An engine is a value. Queries read it (from any number of threads); updates mutate it in
/// place, recompiling only the records that change. Every query's result is deterministic:
/// the same data gives the same matches in the same order (score descending, then id
/// ascending) for any thread count and with or without the index.
///
/// The engine trusts ``Validated`` records and validates nothing twice: records decoded by
/// PlekIO arrive validated; the entry points that take plain records validate them once.
public struct MatchEngine: Sendable {
  /// The taxonomy every record is written in.
  public let taxonomy: Taxonomy
  /// The policy scores are computed by.
  public internal(set) var policy: Policy
  /// The reference scorer for the current policy; explanations come from it.
  public internal(set) var reference: ReferenceScorer
  var compiled: CompiledPolicy
  /// The spatial grid: sized from the data when the engine is built, and again when the
  /// data has grown well past that (``regridIfGrown()``).
  var grid: SpatialGrid
  var places: RecordStore<PlaceID, Place, PlaceHot, PlaceDetail>
  /// The places' cheap knock-out fields in blocks of 16, for the vectorized scan.
  var placeBlocks = PlaceBlocks()
  var people: RecordStore<ParticipantID, Participant, PersonHot, PersonDetail>
  /// The participants' load capacity and gate as bit columns, for candidate lists.
  var peopleBits = PeopleBits()
  /// Per grid cell, the largest travel reach (km) of the participants filed there.
  var reach: [Double]
  /// Every sector class (``SectorBits``) the taxonomy's sectors fall in.
  let allSectors: UInt16
  /// The placements: who holds which place since when, and how earlier ones ended.
  public internal(set) var placements = PlacementLedger()

  /// Compiles a validated dataset; nothing is validated again.
  ///
  /// A record validated against another taxonomy (a different ``Taxonomy/fingerprint``) is
  /// validated here, once.
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` for duplicate ids (or records that fail
  ///   under this taxonomy), ``MatchError/invalidPolicy(_:)``; nothing is built then.
  /// - Complexity: O(n log n) in the number of records.
  public init(
    taxonomy: Validated<Taxonomy>, policy: Validated<Policy>,
    participants: [Validated<Participant>] = [], places: [Validated<Place>] = []
  ) throws(MatchError) {
    var builder = try EngineBuilder(
      taxonomy: taxonomy, policy: policy, expectedRecords: max(participants.count, places.count))
    builder.reserve(participants: participants.count, places: places.count)
    try builder.add(places: places)
    try builder.add(participants: participants)
    self = try builder.build()
  }

  /// An engine without records, its grid sized for `expectedRecords` (at least 1,000).
  init(taxonomy: Taxonomy, policy: Policy, expectedRecords: Int) {
    self.taxonomy = taxonomy
    self.policy = policy
    reference = ReferenceScorer(policy: policy)
    compiled = CompiledPolicy(policy, sectors: taxonomy.sectors.count)
    grid = SpatialGrid(bounds: taxonomy.region.bounds, records: max(expectedRecords, 1000))
    let codec = RecordCodec(taxonomy)
    places = RecordStore(cellCount: grid.cellCount, codec: codec)
    people = RecordStore(cellCount: grid.cellCount, codec: codec)
    reach = Array(repeating: 0, count: grid.cellCount)
    allSectors = SectorBits.folded(SectorBits.all(count: taxonomy.sectors.count))
  }

  /// Validates plain records once, then compiles them.
  ///
  /// - Throws: ``MatchError/invalidTaxonomy(_:)``, ``MatchError/invalidPolicy(_:)`` or
  ///   ``MatchError/invalidRecords(_:)`` listing every problem; nothing is built then.
  public init(
    taxonomy: Taxonomy, policy: Policy = .default, participants: [Participant] = [],
    places: [Place] = []
  ) throws(MatchError) {
    let checked = taxonomy.validated()
    guard let validTaxonomy = checked.validated else { throw .invalidTaxonomy(checked.problems) }
    let checkedPolicy = taxonomy.validate(policy)
    guard let validPolicy = checkedPolicy.validated else {
      throw .invalidPolicy(checkedPolicy.problems)
    }
    let people = try Self.validateBatch(participants, in: taxonomy)
    let jobs = try Self.validateBatch(places, in: taxonomy)
    try self.init(
      taxonomy: validTaxonomy, policy: validPolicy, participants: people, places: jobs)
  }

  // MARK: Records

  /// The number of participants.
  public var participantCount: Int { people.count }
  /// The number of places.
  public var placeCount: Int { places.count }
  /// The participant with `id`, if stored.
  public func participant(_ id: ParticipantID) -> Participant? { people.record(id) }
  /// The place with `id`, if stored.
  public func place(_ id: PlaceID) -> Place? { places.record(id) }
  /// The stored participant with `id`, as a validated value for queries and explanations.
  public func validatedParticipant(_ id: ParticipantID) -> Validated<Participant>? {
    let fingerprint = taxonomy.fingerprint
    return people.record(id).map { Validated(trusting: $0, fingerprint: fingerprint) }
  }
  /// The stored place with `id`, as a validated value.
  public func validatedPlace(_ id: PlaceID) -> Validated<Place>? {
    let fingerprint = taxonomy.fingerprint
    return places.record(id).map { Validated(trusting: $0, fingerprint: fingerprint) }
  }
  /// Every participant id, ascending.
  ///
  /// - Complexity: O(1) but for the first call after an insert or remove (a sort).
  public var participantIDs: [ParticipantID] { people.sortedIDs }
  /// Every place id, ascending.
  ///
  /// - Complexity: O(1) but for the first call after an insert or remove (a sort).
  public var placeIDs: [PlaceID] { places.sortedIDs }

  /// The last day counting as available or open for a query.
  func horizon(_ options: QueryOptions) -> Day {
    options.day.adding(days: options.horizonDays ?? policy.planningHorizonDays)
  }

  // MARK: Filing

  /// Stores records of a bulk load in arrival order, without filing them in the cell index
  /// (``fileInIndexOrder()`` does, once): packed on all cores a block at a time, so that
  /// the packed copies never add more than a block to the peak memory of a large load. An
  /// id seen before is a duplicate (the first one is kept); `firstIndex` is the batch index
  /// of `records[0]`, for the problem report.
  ///
  /// Neither the cell index, the place blocks nor the cells' reach follow: a bulk load
  /// always ends with ``finishLoading()``, which makes them once.
  mutating func append<Record: EngineRecord>(
    _ records: [Validated<Record>], firstIndex: Int, duplicates: inout [RecordProblems]
  ) {
    let grid = grid
    let taxonomy = taxonomy
    let policy = policy
    let codec = Record.withStore(&self) { $0.codec }
    let block = 32_768
    for start in stride(from: 0, to: records.count, by: block) {
      let end = min(records.count, start + block)
      // Everything but the id table on all cores: packing, the bytes, key, cell and sectors.
      let packed = Parallel.map(end - start, chunkSize: 1024) { range in
        range.map {
          Packed(
            records[start + $0].value, grid: grid, taxonomy: taxonomy, policy: policy,
            codec: codec)
        }
      }
      let bytes = packed.reduce(0) { $0 + $1.bytes.count }
      Record.withStore(&self) {
        $0.reserveArena(forBlock: bytes, records: end - start)
        $0.forgetOrder()
      }
      for index in start..<end {
        let entry = packed[index - start]
        let added = Record.withStore(&self) {
          $0.append(
            records[index].value.id, key: entry.key, bytes: entry.bytes, hot: entry.columns.0,
            detail: entry.columns.1, cell: entry.cell, sectors: entry.sectors)
        }
        guard !added else { continue }
        let rawID = records[index].value.rawID
        duplicates.append(
          RecordProblems(
            index: firstIndex + index, id: rawID,
            problems: [
              ModelProblem(
                path: "id", kind: .duplicateID, value: rawID, expected: "each id once in a batch")
            ]))
      }
    }
  }

  /// Ends a bulk load: the grid sized for the records there are, and every record moved to
  /// its place in index order (``fileInIndexOrder()``).
  mutating func finishLoading() {
    let sized = SpatialGrid(
      bounds: grid.bounds, records: max(people.count, places.count, 1000))
    if sized.designedRecords != grid.designedRecords {
      grid = sized
      places.refile(cellCount: sized.cellCount) { sized.cell(of: $0) }
      people.refile(cellCount: sized.cellCount) { sized.cell(of: $0) }
    }
    fileInIndexOrder()
  }

  /// Moves every record to a new slot in index order (cell, then the index group, then id)
  /// and drops free slots, so that every list the index hands a scan is a contiguous run of
  /// slots: memory is read front to back. Rebuilds what is kept by slot.
  ///
  /// - Complexity: O(n log n) for n records.
  mutating func fileInIndexOrder() {
    places.fileInIndexOrder(cellCount: grid.cellCount)
    people.fileInIndexOrder(cellCount: grid.cellCount)
    rebuildDerived()
  }

  /// Makes what is kept beside the stores from them: the place blocks and the cells'
  /// reach (every slot in use, as after ``fileInIndexOrder()``).
  mutating func rebuildDerived() {
    placeBlocks = PlaceBlocks()
    for slot in 0..<places.capacity { placeBlocks.set(slot: slot, places.hot[slot]) }
    reach = Array(repeating: 0, count: grid.cellCount)
    for slot in 0..<people.capacity {
      let cell = Int(people.cellOf[slot])
      reach[cell] = max(reach[cell], people.detail[slot].reachKilometres)
    }
    let hot = people.hot
    peopleBits = PeopleBits(count: people.capacity) { hot[$0] }
  }

  /// Stores (inserts or replaces) one record: packs it, files it in its cell and lets its
  /// kind update what depends on it.
  mutating func store<Record: EngineRecord>(_ given: Record) {
    let record = Record.prepared(given, in: self)
    let packed = Packed(
      record, grid: grid, taxonomy: taxonomy, policy: policy,
      codec: Record.withStore(&self) { $0.codec })
    let (hot, detail) = packed.columns
    let (slot, previousCell) = Record.withStore(&self) { store in
      let previousCell = store.cell(of: record.id)
      let slot = store.upsert(
        record.id, key: packed.key, bytes: packed.bytes, hot: hot, detail: detail,
        cell: packed.cell, sectors: packed.sectors)
      return (slot, previousCell)
    }
    Record.didStore(
      slot: Int(slot), hot: hot, detail: detail, cell: packed.cell, previousCell: previousCell,
      in: &self)
  }

  // MARK: Validation of what comes from elsewhere

  /// A validated value's record, validated here when it was checked against another
  /// taxonomy.
  static func accept(_ policy: Validated<Policy>, in taxonomy: Taxonomy) throws(MatchError)
    -> Policy
  {
    guard policy.taxonomyFingerprint != taxonomy.fingerprint else { return policy.value }
    let problems = policy.value.problems(in: taxonomy)
    guard problems.isEmpty else { throw .invalidPolicy(problems) }
    return policy.value
  }

  /// The records of a validated batch; those validated against another taxonomy are
  /// validated here, once.
  static func accept<Record: EngineRecord>(
    _ batch: [Validated<Record>], in taxonomy: Taxonomy
  ) throws(MatchError) -> [Record] {
    try checkForeign(batch, in: taxonomy)
    return batch.map(\.value)
  }

  /// Validates the records of a batch that were validated against another taxonomy; the
  /// rest are taken as they are. `firstIndex` is the batch index of `batch[0]`.
  static func checkForeign<Record: EngineRecord>(
    _ batch: [Validated<Record>], in taxonomy: Taxonomy, firstIndex: Int = 0
  ) throws(MatchError) {
    try checkForeign(batch, in: taxonomy, firstIndex: firstIndex, id: \.rawID)
  }

  /// ``checkForeign(_:in:firstIndex:)`` for any record checked against a taxonomy, its id
  /// in words by `id`.
  static func checkForeign<Record: TaxonomyChecked>(
    _ batch: [Validated<Record>], in taxonomy: Taxonomy, firstIndex: Int = 0,
    id: (Record) -> String
  ) throws(MatchError) {
    var problems: [RecordProblems] = []
    for (index, validated) in batch.enumerated()
    where validated.taxonomyFingerprint != taxonomy.fingerprint {
      let found = validated.value.problems(in: taxonomy)
      if !found.isEmpty {
        problems.append(
          RecordProblems(index: firstIndex + index, id: id(validated.value), problems: found))
      }
    }
    guard problems.isEmpty else { throw .invalidRecords(problems) }
  }

  /// Validates plain records, once, on all cores for large batches, and checks that each id
  /// occurs once (among all records, valid or not); every problem is reported with its batch
  /// index, in input order whatever the thread count.
  static func validateBatch<Record: EngineRecord>(_ records: [Record], in taxonomy: Taxonomy)
    throws(MatchError) -> [Validated<Record>]
  {
    let chunkSize = 512
    let chunks = (records.count + chunkSize - 1) / chunkSize
    let checked = Parallel.results(chunks: chunks, threads: 0) { chunk in
      (chunk * chunkSize..<min(records.count, (chunk + 1) * chunkSize)).map {
        taxonomy.validate(records[$0])
      }
    }.joined()
    var validated: [Validated<Record>] = []
    validated.reserveCapacity(records.count)
    var problems: [RecordProblems] = []
    var first = [Record.ID: Int](minimumCapacity: records.count)
    for (index, result) in checked.enumerated() {
      var found = result.problems
      if let earlier = first[records[index].id] {
        found.append(
          ModelProblem(
            path: "id", kind: .duplicateID, value: records[index].rawID,
            expected: "each id once in a batch (first at index \(earlier))"))
      } else {
        first[records[index].id] = index
      }
      if found.isEmpty, let value = result.validated {
        validated.append(value)
      } else {
        problems.append(RecordProblems(index: index, id: records[index].rawID, problems: found))
      }
    }
    guard problems.isEmpty else { throw .invalidRecords(problems) }
    return validated
  }

  /// Checks a batch of updates: records validated elsewhere are accepted (or validated here,
  /// under another taxonomy), and each id may occur once.
  static func checkedBatch<Record: EngineRecord>(
    _ batch: [Validated<Record>], in taxonomy: Taxonomy
  ) throws(MatchError) -> [Record] {
    let records = try accept(batch, in: taxonomy)
    var first = [Record.ID: Int](minimumCapacity: records.count)
    var problems: [RecordProblems] = []
    for (index, record) in records.enumerated() {
      if let earlier = first[record.id] {
        problems.append(
          RecordProblems(
            index: index, id: record.rawID,
            problems: [
              ModelProblem(
                path: "id", kind: .duplicateID, value: record.rawID,
                expected: "each id once in a batch (first at index \(earlier))")
            ]))
      } else {
        first[record.id] = index
      }
    }
    guard problems.isEmpty else { throw .invalidRecords(problems) }
    return records
  }

  func checkHorizon(_ days: Int?) throws(MatchError) {
    if let days, !Limits.horizonDays.contains(days) {
      throw .invalidOption(
        "horizonDays \(days) is out of range; use \(Limits.horizonDays.lowerBound)–\(Limits.horizonDays.upperBound)"
      )
    }
  }

  func check(_ options: QueryOptions) throws(MatchError) {
    try checkHorizon(options.horizonDays)
    guard Limits.k.contains(options.k) else {
      throw .invalidOption(
        "k \(options.k) is out of range; use \(Limits.k.lowerBound)–\(Limits.k.upperBound)")
    }
    guard Limits.threads.contains(options.threads) else {
      throw .invalidOption(
        "threads \(options.threads) is out of range; use \(Limits.threads.lowerBound)–\(Limits.threads.upperBound)"
      )
    }
  }
}
