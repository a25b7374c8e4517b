/// The matching engine: participants and places compiled into packed, indexed form, ready
/// for shortlists in both directions, batch runs and explanations.
///
/// An engine is a value. Queries read it (from any number of threads); updates mutate it in
/// place, recompiling only the records that change. Every query's result is deterministic:
/// the same data gives the same matches in the same order (score descending, then id
/// ascending) for any thread count and with or without the index.
public struct MatchEngine: Sendable {
  /// The taxonomy every record is written in.
  public let taxonomy: Taxonomy
  /// The policy scores are computed by.
  public internal(set) var policy: Policy
  /// The reference scorer for the current policy; explanations come from it.
  public internal(set) var reference: ReferenceScorer
  var compiled: CompiledPolicy
  let grid: SpatialGrid
  var places: RecordStore<PlaceID, Place, PlaceHot, PlaceDetail>
  /// The places' cheap knock-out fields in blocks of 16, for the vectorized scan.
  var placeBlocks = PlaceBlocks()
  var people: RecordStore<ParticipantID, Participant, PersonHot, PersonDetail>
  /// Per grid cell, the largest travel reach (km) of the participants filed there.
  var reach: [Double]
  /// Bits of every sector in the taxonomy.
  let allSectors: UInt16

  /// Validates and compiles a dataset.
  ///
  /// - Throws: ``MatchError/invalidTaxonomy(_:)``, ``MatchError/invalidPolicy(_:)`` or
  ///   ``MatchError/invalidRecords(_:)`` listing every problem; nothing is built then.
  /// - Complexity: O(n log n) in the number of records.
  public init(
    taxonomy: Taxonomy, policy: Policy = .default, participants: [Participant] = [],
    places: [Place] = []
  ) throws(MatchError) {
    let taxonomyProblems = taxonomy.problems
    guard taxonomyProblems.isEmpty else { throw .invalidTaxonomy(taxonomyProblems) }
    let policyProblems = policy.problems(in: taxonomy)
    guard policyProblems.isEmpty else { throw .invalidPolicy(policyProblems) }
    let problems =
      Self.problems(participants, taxonomy: taxonomy) + Self.problems(places, taxonomy: taxonomy)
    guard problems.isEmpty else { throw .invalidRecords(problems) }

    self.taxonomy = taxonomy
    self.policy = policy
    reference = ReferenceScorer(policy: policy)
    compiled = CompiledPolicy(policy)
    grid = SpatialGrid(
      bounds: taxonomy.region.bounds, records: max(participants.count, places.count, 1000))
    self.places = RecordStore(cellCount: grid.cellCount)
    people = RecordStore(cellCount: grid.cellCount)
    reach = Array(repeating: 0, count: grid.cellCount)
    allSectors =
      taxonomy.sectors.isEmpty ? 0 : UInt16(truncatingIfNeeded: (1 << taxonomy.sectors.count) - 1)

    // File places in index order (cell, then primary sector), so that every list the index
    // hands a scan is a contiguous run of slots: memory is read front to back, prefetchable.
    let grid = grid
    // Sorted on integer keys (the id as its byte-ordered IDKey): comparing ids as strings
    // was most of the cost of building a large engine.
    let placeOrder = places.indices.map { index in
      let place = places[index]
      return (
        cell: grid.cell(of: place.location), sector: taxonomy.index(of: place.sectors[0]) ?? 0,
        key: IDKey(place.id), index: index
      )
    }.sorted { ($0.cell, $0.sector, $0.key) < ($1.cell, $1.sector, $1.key) }
    let sortedPlaces = placeOrder.map { places[$0.index] }
    // Packing is per record, so on all cores; filing stays sequential and in order.
    let packedPlaces = Parallel.map(sortedPlaces.count, chunkSize: 1024) { range in
      range.map { PlacePacker.pack(sortedPlaces[$0], taxonomy: taxonomy) }
    }
    for (place, packed) in zip(sortedPlaces, packedPlaces) {
      store(place, packed: packed, indexing: false)
    }
    self.places.rebuildIndex()
    // Participants in cell order: a candidate scan reads one sector's list per cell.
    let sortedPeople = participants.indices.map { index in
      (
        cell: grid.cell(of: participants[index].location), key: IDKey(participants[index].id),
        index: index
      )
    }.sorted { ($0.cell, $0.key) < ($1.cell, $1.key) }.map { participants[$0.index] }
    let packedPeople = Parallel.map(sortedPeople.count, chunkSize: 1024) { range in
      range.map { ParticipantPacker.pack(sortedPeople[$0], taxonomy: taxonomy, policy: policy) }
    }
    for (person, packed) in zip(sortedPeople, packedPeople) {
      store(person, packed: packed, indexing: false)
    }
    people.rebuildIndex()
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
  /// Every participant id, ascending.
  public var participantIDs: [ParticipantID] { people.slots.keys.sorted() }
  /// Every place id, ascending.
  public var placeIDs: [PlaceID] { places.slots.keys.sorted() }

  mutating func store(
    _ place: Place, packed: (PlaceHot, PlaceDetail)? = nil, indexing: Bool = true
  ) {
    let (hot, detail) = packed ?? PlacePacker.pack(place, taxonomy: taxonomy)
    let primary = taxonomy.index(of: place.sectors[0]) ?? 0
    let slot = places.upsert(
      place.id, key: IDKey(place.id), record: place, hot: hot, detail: detail,
      cell: grid.cell(of: place.location), sectors: UInt16(1) << UInt16(primary),
      indexing: indexing)
    placeBlocks.set(slot: Int(slot), hot)
  }

  mutating func store(
    _ person: Participant, packed: (PersonHot, PersonDetail)? = nil, indexing: Bool = true
  ) {
    let previousCell = people.slots[person.id].map { Int(people.cellOf[Int($0)]) }
    let (hot, detail) = packed ?? ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
    let cell = grid.cell(of: person.location)
    people.upsert(
      person.id, key: IDKey(person.id), record: person, hot: hot, detail: detail, cell: cell,
      sectors: allSectors & ~hot.excluded, indexing: indexing)
    reach[cell] = max(reach[cell], detail.reachKilometres)
    if let previousCell, previousCell != cell { recomputeReach(previousCell) }
  }

  /// Recomputes a cell's largest reach after participants left it.
  mutating func recomputeReach(_ cell: Int) {
    var largest = 0.0
    for slot in people.index.cells[cell].slots {
      largest = max(largest, people.detail[Int(slot)].reachKilometres)
    }
    reach[cell] = largest
  }

  // MARK: Validation

  /// Each record's own problems, checked on all cores for large batches, then duplicate ids
  /// in input order: the result does not depend on the thread count.
  static func problems<Record: ValidatedRecord>(_ records: [Record], taxonomy: Taxonomy)
    -> [RecordProblems]
  {
    let chunkSize = 512
    let chunks = (records.count + chunkSize - 1) / chunkSize
    let found = ResultSlots<[(index: Int, problems: [ModelProblem])]>(count: chunks, initial: [])
    Parallel.forEach(chunks: chunks, threads: 0) { chunk in
      var list: [(index: Int, problems: [ModelProblem])] = []
      for index in chunk * chunkSize..<min(records.count, (chunk + 1) * chunkSize) {
        let problems = records[index].problems(in: taxonomy)
        if !problems.isEmpty { list.append((index, problems)) }
      }
      found[chunk] = list
    }
    var own = found.elements.joined().makeIterator()
    var next = own.next()
    var seen = Set<Record.ID>(minimumCapacity: records.count)
    var result: [RecordProblems] = []
    for (index, record) in records.enumerated() {
      var problems: [ModelProblem] = []
      if let found = next, found.index == index {
        problems = found.problems
        next = own.next()
      }
      if !seen.insert(record.id).inserted {
        problems.append(
          ModelProblem(
            path: "id", kind: .duplicateID, value: record.rawID,
            expected: "each id once in a batch"))
      }
      if !problems.isEmpty {
        result.append(RecordProblems(index: index, id: record.rawID, problems: problems))
      }
    }
    return result
  }

  func check(_ options: QueryOptions) throws(MatchError) {
    guard (0...QueryOptions.maximumK).contains(options.k) else {
      throw .invalidOption("k \(options.k) is out of range; use 0–\(QueryOptions.maximumK)")
    }
    guard (0...1024).contains(options.threads) else {
      throw .invalidOption("threads \(options.threads) is out of range; use 0–1024")
    }
  }
}

/// A record the engine validates before it stores it.
protocol ValidatedRecord: Sendable {
  associatedtype ID: Hashable
  var id: ID { get }
  /// The id as written in the input, for problem reports.
  var rawID: String { get }
  func problems(in taxonomy: Taxonomy) -> [ModelProblem]
}

extension Participant: ValidatedRecord {
  var rawID: String { id.rawValue }
}

extension Place: ValidatedRecord {
  var rawID: String { id.rawValue }
}
