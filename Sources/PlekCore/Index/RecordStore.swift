import Synchronization

/// Records of one kind in slots: the friendly values, their packed columns and the cell
/// index, kept in step under insert, replace and remove.
///
/// A removed record's slot goes to a free list and is reused; nothing is recompiled but the
/// record that changed. The friendly values are kept as ``StoredRecord``s (competency lists
/// as codes) and made whole when read through ``records``.
struct RecordStore<
  ID: Hashable & Sendable, Record: StorableRecord, Hot: Sendable, Detail: Sendable
>: Sendable where Record.ID == ID {
  private var stored: [StoredRecord<Record>?] = []
  /// The taxonomy's competencies, which the codes of ``stored`` index.
  private let competencies: [Competency]
  private(set) var slots: [ID: Int32] = [:]
  private var freeSlots: [Int32] = []
  private(set) var hot: [Hot] = []
  private(set) var detail: [Detail] = []
  private(set) var keys: [IDKey] = []
  private(set) var alive: [Bool] = []
  private(set) var cellOf: [Int32] = []
  private(set) var filedUnder: [UInt16] = []
  private(set) var index: CellIndex
  /// The ids in order, made on first use after a change. A fresh box on every insert or
  /// remove, never a box shared with a copy changed: copies keep their own order.
  private var order = SortedIDs<ID>()

  init(cellCount: Int, taxonomy: Taxonomy) {
    index = CellIndex(cellCount: cellCount)
    competencies = taxonomy.competencies
  }

  /// Records stored.
  var count: Int { slots.count }
  /// Slots in use or free.
  var capacity: Int { stored.count }

  /// The records by slot, `nil` in free slots; each made whole when read.
  var records: StoredRecords<Record> { StoredRecords(stored: stored, competencies: competencies) }

  /// The id of the record in `slot`, which must be in use (without making the record whole).
  func id(atSlot slot: Int) -> ID { stored[slot]!.rest.id }

  /// The record in `slot`, which must be in use, with its competency lists left empty (when
  /// it has any): for reading its other fields without making it whole.
  func recordWithoutCompetencies(atSlot slot: Int) -> Record { stored[slot]!.rest }

  /// Inserts or replaces the record with `id`; returns its slot.
  ///
  /// With `indexing` false the cell index is left behind, for bulk loads that end with
  /// ``rebuildIndex()``.
  @discardableResult
  mutating func upsert(
    _ id: ID, key: IDKey, record: StoredRecord<Record>, hot newHot: Hot, detail newDetail: Detail,
    cell: Int, sectors: UInt16, indexing: Bool = true
  ) -> Int32 {
    let slot: Int32
    if let existing = slots[id] {
      slot = existing
      index.remove(slot, cell: Int(cellOf[Int(slot)]), sectors: filedUnder[Int(slot)])
    } else if let reused = freeSlots.popLast() {
      slot = reused
      forgetOrder()
    } else {
      forgetOrder()
      slot = Int32(stored.count)
      stored.append(nil)
      hot.append(newHot)
      detail.append(newDetail)
      keys.append(key)
      alive.append(false)
      cellOf.append(0)
      filedUnder.append(0)
    }
    let position = Int(slot)
    slots[id] = slot
    stored[position] = record
    hot[position] = newHot
    detail[position] = newDetail
    keys[position] = key
    alive[position] = true
    cellOf[position] = Int32(cell)
    filedUnder[position] = sectors
    if indexing { index.insert(slot, cell: cell, sectors: sectors) }
    return slot
  }

  /// Drops the sorted ids after an insert or remove: a fresh box, unless this store holds
  /// the only reference to an empty one (a bulk load then allocates no box per record).
  mutating func forgetOrder() {
    if !isKnownUniquelyReferenced(&order) || order.isFilled { order = SortedIDs() }
  }

  /// Files every stored record in a fresh cell index at once.
  ///
  /// - Complexity: O(records × sectors filed under + cells); inserting one at a time moves
  ///   the rest of a cell's list for every sector a record is filed under.
  mutating func rebuildIndex() {
    index = CellIndex(
      cellCount: index.cells.count, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
  }

  /// Makes room for `additional` more records without growing.
  mutating func reserve(additional: Int) {
    let total = stored.count + additional
    stored.reserveCapacity(total)
    hot.reserveCapacity(total)
    detail.reserveCapacity(total)
    keys.reserveCapacity(total)
    alive.reserveCapacity(total)
    cellOf.reserveCapacity(total)
    filedUnder.reserveCapacity(total)
    slots.reserveCapacity(slots.count + additional)
  }

  /// Files every stored record again in a grid of `cellCount` cells (`cell` gives the new
  /// cell of a record's location); slots do not change.
  mutating func refile(cellCount: Int, cell: (GeoPoint) -> Int) {
    for slot in stored.indices {
      if let record = stored[slot] { cellOf[slot] = Int32(cell(record.rest.location)) }
    }
    index = CellIndex(cellCount: cellCount, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
  }

  /// Removes the record with `id`; returns the cell it was in, or `nil` if unknown.
  @discardableResult
  mutating func remove(_ id: ID) -> Int? {
    guard let slot = slots.removeValue(forKey: id) else { return nil }
    forgetOrder()
    let position = Int(slot)
    index.remove(slot, cell: Int(cellOf[position]), sectors: filedUnder[position])
    stored[position] = nil
    alive[position] = false
    filedUnder[position] = 0
    freeSlots.append(slot)
    return Int(cellOf[position])
  }

  /// The record with `id`.
  func record(_ id: ID) -> Record? {
    slots[id].flatMap { stored[Int($0)]?.expanded(competencies) }
  }

  /// The cell the record with `id` is filed in, or `nil` if unknown.
  func cell(of id: ID) -> Int? { slots[id].map { Int(cellOf[Int($0)]) } }
}

/// The records of a store by slot, each made whole when read (``StoredRecord/expanded(_:)``):
/// `nil` in a free slot.
struct StoredRecords<Record: StorableRecord>: RandomAccessCollection {
  fileprivate let stored: [StoredRecord<Record>?]
  fileprivate let competencies: [Competency]

  var startIndex: Int { 0 }
  var endIndex: Int { stored.count }

  /// - Complexity: O(competencies the record lists).
  subscript(slot: Int) -> Record? { stored[slot]?.expanded(competencies) }
}

extension RecordStore where ID: Comparable {
  /// Every stored id, ascending.
  ///
  /// - Complexity: O(1) after the first call since the last insert or remove; O(n log n)
  ///   for that first call.
  var sortedIDs: [ID] { order.ids { slots.keys.sorted() } }
}

/// The ids of a record store in order, sorted once and kept until the store changes: a
/// national dataset's 600,000 ids took a sort on every call (every batch, every "did you
/// mean" suggestion).
final class SortedIDs<ID: Sendable>: Sendable {
  private let cached = Mutex<[ID]?>(nil)

  /// Whether the ids have been sorted into this box.
  var isFilled: Bool { cached.withLock { $0 != nil } }

  /// The ids, sorted by `sort` on the first call.
  func ids(_ sort: () -> [ID]) -> [ID] {
    if let ids = cached.withLock({ $0 }) { return ids }
    let ids = sort()
    cached.withLock { $0 = ids }
    return ids
  }
}
