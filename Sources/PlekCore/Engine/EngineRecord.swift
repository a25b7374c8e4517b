/// What the engine needs to know to store one kind of record: participants and places are
/// filed, packed, indexed, replaced and removed by the same code, and differ only here.
protocol EngineRecord: TaxonomyChecked, StorableRecord {
  associatedtype Hot: Sendable
  associatedtype Detail: Sendable

  /// Runs `body` on the engine's store of this kind of record, in place.
  static func withStore<Result>(
    _ engine: inout MatchEngine,
    _ body: (inout RecordStore<ID, Self, Hot, Detail>) -> Result
  ) -> Result
  /// The record as the engine stores it: for a place with a capacity, its free slots
  /// derived from the placements the engine holds.
  static func prepared(_ record: Self, in engine: MatchEngine) -> Self
  /// The packed form of a record.
  static func pack(_ record: Self, taxonomy: Taxonomy, policy: Policy) -> (Hot, Detail)
  /// The sectors the index files the record under.
  static func sectorsFiled(_ record: Self, hot: Hot, in taxonomy: Taxonomy) -> UInt16
  /// Updates what depends on a stored record (the place blocks, the reach of a cell).
  static func didStore(
    slot: Int, hot: Hot, detail: Detail, cell: Int, previousCell: Int?,
    in engine: inout MatchEngine)
  /// Updates what depended on a removed record.
  static func didRemove(slot: Int, cell: Int, in engine: inout MatchEngine)
}

extension EngineRecord {
  /// The id as written in the input, for problem reports.
  var rawID: String { id.rawValue }
  /// The id as a byte-ordered key, for sorting and tie-breaking.
  var key: IDKey { id.key }
}

/// A record ready to store: its packed columns, its bytes, its key, cell and the sectors it
/// is filed under, made together (on all cores when many are filed at once).
struct Packed<Record: EngineRecord>: Sendable {
  let columns: (Record.Hot, Record.Detail)
  let bytes: [UInt8]
  let key: IDKey
  let cell: Int
  let sectors: UInt16

  init(_ record: Record, grid: SpatialGrid, taxonomy: Taxonomy, policy: Policy, codec: RecordCodec)
  {
    columns = Record.pack(record, taxonomy: taxonomy, policy: policy)
    var bytes: [UInt8] = []
    Record.encode(record, codec, into: &bytes)
    self.bytes = bytes
    key = record.key
    cell = grid.cell(of: record.location)
    sectors = Record.sectorsFiled(record, hot: columns.0, in: taxonomy)
  }
}

extension Place: EngineRecord {
  static func withStore<Result>(
    _ engine: inout MatchEngine,
    _ body: (inout RecordStore<PlaceID, Place, PlaceHot, PlaceDetail>) -> Result
  ) -> Result {
    body(&engine.places)
  }

  static func pack(_ place: Place, taxonomy: Taxonomy, policy: Policy) -> (PlaceHot, PlaceDetail) {
    PlacePacker.pack(place, taxonomy: taxonomy)
  }

  /// Places are filed under the class (``SectorBits``) of their main (first) sector only.
  static func sectorsFiled(_ place: Place, hot: PlaceHot, in taxonomy: Taxonomy) -> UInt16 {
    UInt16(1) << UInt16(SectorBits.sectorClass(taxonomy.index(of: place.sectors[0]) ?? 0))
  }

  static func didStore(
    slot: Int, hot: PlaceHot, detail: PlaceDetail, cell: Int, previousCell: Int?,
    in engine: inout MatchEngine
  ) {
    engine.placeBlocks.set(slot: slot, hot)
  }

  static func didRemove(slot: Int, cell: Int, in engine: inout MatchEngine) {
    engine.placeBlocks.kill(slot: slot)
  }
}

extension Participant: EngineRecord {
  static func withStore<Result>(
    _ engine: inout MatchEngine,
    _ body: (inout RecordStore<ParticipantID, Participant, PersonHot, PersonDetail>) -> Result
  ) -> Result {
    body(&engine.people)
  }

  static func pack(_ person: Participant, taxonomy: Taxonomy, policy: Policy) -> (
    PersonHot, PersonDetail
  ) {
    ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
  }

  /// Participants are filed once per cell (group 0): a candidate scan reads a cell's people
  /// and the cheap checks drop those who exclude the place's main sector. Filing them under
  /// every sector they accept would spare those checks at 4 bytes a sector a person (about
  /// 52 B each at national size, for a few percent of a candidate scan).
  static func sectorsFiled(_ person: Participant, hot: PersonHot, in taxonomy: Taxonomy)
    -> UInt16
  {
    1
  }

  static func didStore(
    slot: Int, hot: PersonHot, detail: PersonDetail, cell: Int, previousCell: Int?,
    in engine: inout MatchEngine
  ) {
    engine.reach[cell] = max(engine.reach[cell], detail.reachKilometres)
    engine.peopleBits.set(slot: slot, hot)
    if let previousCell, previousCell != cell { engine.recomputeReach(previousCell) }
  }

  static func didRemove(slot: Int, cell: Int, in engine: inout MatchEngine) {
    engine.peopleBits.clear(slot: slot)
    engine.recomputeReach(cell)
  }
}

extension MatchEngine {
  /// Recomputes a cell's largest reach after participants left it.
  mutating func recomputeReach(_ cell: Int) {
    var largest = 0.0
    for slot in people.index.cells[cell].slots {
      largest = max(largest, people.detail[Int(slot)].reachKilometres)
    }
    reach[cell] = largest
  }
}
