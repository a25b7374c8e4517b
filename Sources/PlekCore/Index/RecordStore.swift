import Synchronization

/// Records of one kind in slots: the friendly values, their packed columns and the cell
/// index, kept in step under insert, replace and remove.
///
/// A removed record's slot goes to a free list and is reused; nothing is recompiled but the
/// record that changed. The friendly values are kept as bytes (``RecordCodec``) in one
/// arena and decoded when read: a replaced or removed record's bytes stay behind until
/// they are more than half of the arena, which is then written again in slot order.
struct RecordStore<
  ID: Hashable & Sendable, Record: StorableRecord, Hot: Sendable, Detail: Sendable
>: Sendable where Record.ID == ID {
  /// The records' bytes, a slot's at ``spans``.
  private(set) var arena: [UInt8] = []
  /// Where each slot's bytes are in ``arena`` (empty for a free slot).
  private(set) var spans: [ArenaSpan] = []
  /// Bytes of ``arena`` no slot refers to any more.
  private var garbage = 0
  let codec: RecordCodec
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

  init(cellCount: Int, codec: RecordCodec) {
    index = CellIndex(cellCount: cellCount)
    self.codec = codec
  }

  /// The store of an engine image's columns (``EngineImage``), records in index order:
  /// every slot in use, the arena without garbage.
  ///
  /// - Throws: ``EngineImageError`` when the columns do not hold together: spans that are
  ///   not one after another over the whole arena, a cell outside the grid, no index group,
  ///   records out of index order, an id twice.
  init(image: StoreColumns<Hot, Detail>, cellCount: Int, codec: RecordCodec)
    throws(EngineImageError)
  {
    self.codec = codec
    var end = 0
    for (slot, span) in image.spans.enumerated() {
      guard span.range.lowerBound == end else {
        throw EngineImageError("record \(slot)'s bytes are not where the one before ends")
      }
      end = span.range.upperBound
    }
    guard end == image.arena.count else {
      throw EngineImageError("the records' bytes do not cover the arena")
    }
    for slot in 0..<image.count {
      let cell = image.cellOf[slot]
      guard cell >= 0, Int(cell) < cellCount, image.filedUnder[slot] != 0 else {
        throw EngineImageError(
          "record \(slot) is filed in cell \(cell), group \(image.filedUnder[slot])")
      }
      guard slot > 0 else { continue }
      let previous = (
        image.cellOf[slot - 1], image.filedUnder[slot - 1].trailingZeroBitCount,
        image.keys[slot - 1]
      )
      guard previous < (cell, image.filedUnder[slot].trailingZeroBitCount, image.keys[slot]) else {
        throw EngineImageError("record \(slot) is out of index order")
      }
    }
    slots.reserveCapacity(image.count)
    for slot in 0..<image.count {
      guard slots.updateValue(Int32(slot), forKey: Record.id(image.keys[slot])) == nil else {
        throw EngineImageError("the id of record \(slot) occurs twice")
      }
    }
    arena = image.arena
    spans = image.spans
    hot = image.hot
    detail = image.detail
    keys = image.keys
    alive = Array(repeating: true, count: image.count)
    cellOf = image.cellOf
    filedUnder = image.filedUnder
    index = CellIndex(cellCount: cellCount, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
  }

  /// Sets the padding bytes of the packed columns to zero, for an image.
  mutating func zeroPadding(
    hot hotLayout: ColumnLayout<Hot>, detail detailLayout: ColumnLayout<Detail>
  ) {
    ImageColumns.zeroPadding(&hot, hotLayout)
    ImageColumns.zeroPadding(&detail, detailLayout)
  }

  /// The bytes of the record in `slot`, which must be in use.
  func bytes(atSlot slot: Int) -> ArraySlice<UInt8> { arena[spans[slot].range] }

  /// Records stored.
  var count: Int { slots.count }
  /// Slots in use or free.
  var capacity: Int { spans.count }
  /// Bytes the arena holds, of records and of garbage.
  var arenaBytes: Int { arena.count }

  /// The record in `slot`, decoded, or `nil` for a free slot.
  ///
  /// - Complexity: O(fields of the record).
  func record(atSlot slot: Int) -> Record? {
    guard alive[slot] else { return nil }
    return Record.decode(Record.id(keys[slot]), arena[spans[slot].range], codec)
  }

  /// The id of the record in `slot`, which must be in use (from its key, nothing decoded).
  func id(atSlot slot: Int) -> ID { Record.id(keys[slot]) }

  /// Appends a record of a bulk load in a new slot, unless its id is stored already: then
  /// nothing changes and the answer is `false`. One look-up in the id table; the record is
  /// not filed in the cell index: a bulk load ends with ``fileInIndexOrder(cellCount:)``.
  /// The caller drops the sorted ids (``forgetOrder()``) once before a run of appends.
  mutating func append(
    _ id: ID, key: IDKey, bytes: [UInt8], hot newHot: Hot, detail newDetail: Detail, cell: Int,
    sectors: UInt16
  ) -> Bool {
    let slot = Int32(spans.count)
    if let earlier = slots.updateValue(slot, forKey: id) {
      slots[id] = earlier
      return false
    }
    spans.append(ArenaSpan(offset: arena.count, count: bytes.count))
    arena += bytes
    hot.append(newHot)
    detail.append(newDetail)
    keys.append(key)
    alive.append(true)
    cellOf.append(Int32(cell))
    filedUnder.append(sectors)
    return true
  }

  /// Inserts or replaces the record with `id` and files it in the cell index; returns its
  /// slot.
  @discardableResult
  mutating func upsert(
    _ id: ID, key: IDKey, bytes: [UInt8], hot newHot: Hot, detail newDetail: Detail, cell: Int,
    sectors: UInt16
  ) -> Int32 {
    let slot: Int32
    if let existing = slots[id] {
      slot = existing
      index.remove(slot, cell: Int(cellOf[Int(slot)]), sectors: filedUnder[Int(slot)])
      garbage += spans[Int(slot)].count
    } else if let reused = freeSlots.popLast() {
      slot = reused
      forgetOrder()
    } else {
      forgetOrder()
      slot = Int32(spans.count)
      spans.append(ArenaSpan())
      hot.append(newHot)
      detail.append(newDetail)
      keys.append(key)
      alive.append(false)
      cellOf.append(0)
      filedUnder.append(0)
    }
    let position = Int(slot)
    slots[id] = slot
    spans[position] = ArenaSpan(offset: arena.count, count: bytes.count)
    arena += bytes
    hot[position] = newHot
    detail[position] = newDetail
    keys[position] = key
    alive[position] = true
    cellOf[position] = Int32(cell)
    filedUnder[position] = sectors
    index.insert(slot, cell: cell, sectors: sectors)
    collectGarbage()
    return slot
  }

  /// Writes the arena again, in slot order, when garbage is more than half of it (and more
  /// than a mebibyte): replacing records one at a time costs the arena at most twice its
  /// live bytes, and each byte is copied O(1) times on average.
  private mutating func collectGarbage() {
    guard garbage > 1 << 20, garbage * 2 > arena.count else { return }
    let live = spans.indices.filter { alive[$0] }
    let (fresh, moved) = arenaRewritten(in: live)
    for (slot, span) in zip(live, moved) { spans[slot] = span }
    arena = fresh
    garbage = 0
  }

  /// The bytes of the records in slots `order`, one after another, and each one's span in
  /// them: the arena written again without garbage.
  private func arenaRewritten(in order: [Int]) -> (arena: [UInt8], spans: [ArenaSpan]) {
    var fresh: [UInt8] = []
    fresh.reserveCapacity(arena.count - garbage)
    let moved = order.map { slot in
      let range = spans[slot].range
      defer { fresh += arena[range] }
      return ArenaSpan(offset: fresh.count, count: range.count)
    }
    return (fresh, moved)
  }

  /// Drops the sorted ids after an insert or remove: a fresh box, unless this store holds
  /// the only reference to an empty one (a bulk load then allocates no box per record).
  mutating func forgetOrder() {
    if !isKnownUniquelyReferenced(&order) || order.isFilled { order = SortedIDs() }
  }

  /// Makes room for `additional` more records without growing.
  mutating func reserve(additional: Int) {
    let total = spans.count + additional
    spans.reserveCapacity(total)
    hot.reserveCapacity(total)
    detail.reserveCapacity(total)
    keys.reserveCapacity(total)
    alive.reserveCapacity(total)
    cellOf.reserveCapacity(total)
    filedUnder.reserveCapacity(total)
    slots.reserveCapacity(slots.count + additional)
  }

  /// Makes room in the arena for a block of `records` records of `bytes` bytes about to be
  /// stored, and for as many more of their average size as there are slots reserved
  /// (``reserve(additional:)``) past them: a bulk load sizes the arena once instead of
  /// doubling it (which holds three times the old size for a moment).
  mutating func reserveArena(forBlock bytes: Int, records: Int) {
    guard arena.capacity - arena.count < bytes else { return }
    let slotsAfter = max(0, spans.capacity - spans.count - records)
    let expected = arena.count + bytes + slotsAfter * (bytes / max(1, records)) * 9 / 8
    // Never less than doubling: blocks that come without reserved slots still grow the
    // arena geometrically.
    arena.reserveCapacity(max(expected, arena.capacity * 2))
  }

  /// Files every stored record again in a grid of `cellCount` cells (`cell` gives the cell
  /// of a record's location); slots do not change.
  mutating func refile(cellCount: Int, cell: (GeoPoint) -> Int) {
    for slot in spans.indices where alive[slot] {
      cellOf[slot] = Int32(cell(RecordCodec.location(arena[spans[slot].range])))
    }
    index = CellIndex(cellCount: cellCount, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
  }

  /// Moves the live records to slots `0..<count` in index order (cell, then the first
  /// group filed under, then key), dropping free slots, and files them in a fresh cell
  /// index of `cellCount` cells. The arena is written again in the new order.
  ///
  /// - Complexity: O(n log n); every column is copied once.
  mutating func fileInIndexOrder(cellCount: Int) {
    let order = spans.indices.filter { alive[$0] }.map { slot in
      (
        cell: cellOf[slot], group: filedUnder[slot].trailingZeroBitCount, key: keys[slot],
        slot: slot
      )
    }.sorted { ($0.cell, $0.group, $0.key) < ($1.cell, $1.group, $1.key) }.map(\.slot)
    hot = order.map { hot[$0] }
    detail = order.map { detail[$0] }
    keys = order.map { keys[$0] }
    cellOf = order.map { cellOf[$0] }
    filedUnder = order.map { filedUnder[$0] }
    alive = Array(repeating: true, count: order.count)
    freeSlots = []
    // The id table keeps its layout: only the slots it maps to change (no id is hashed).
    var newSlot = [Int32](repeating: -1, count: spans.count)
    for (new, old) in order.enumerated() { newSlot[old] = Int32(new) }
    slots = slots.mapValues { newSlot[Int($0)] }
    (arena, spans) = arenaRewritten(in: order)
    garbage = 0
    index = CellIndex(cellCount: cellCount, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
  }

  /// Removes the record with `id`; returns the cell it was in, or `nil` if unknown.
  @discardableResult
  mutating func remove(_ id: ID) -> Int? {
    guard let slot = slots.removeValue(forKey: id) else { return nil }
    forgetOrder()
    let position = Int(slot)
    index.remove(slot, cell: Int(cellOf[position]), sectors: filedUnder[position])
    garbage += spans[position].count
    spans[position] = ArenaSpan()
    alive[position] = false
    filedUnder[position] = 0
    freeSlots.append(slot)
    collectGarbage()
    return Int(cellOf[position])
  }

  /// The record with `id`, decoded.
  func record(_ id: ID) -> Record? { slots[id].flatMap { record(atSlot: Int($0)) } }

  /// The cell the record with `id` is filed in, or `nil` if unknown.
  func cell(of id: ID) -> Int? { slots[id].map { Int(cellOf[Int($0)]) } }
}

/// Where a record's bytes are in a store's arena: offset and length in one word (an arena
/// of up to a tebibyte, records of up to 16 MiB; validation keeps records far smaller).
struct ArenaSpan: Sendable {
  private var packed: UInt64 = 0

  init() {}

  init(offset: Int, count: Int) {
    precondition(offset < 1 << 40 && count < 1 << 24, "a record store's arena outgrew its spans")
    packed = UInt64(offset) << 24 | UInt64(count)
  }

  var count: Int { Int(packed & 0xFF_FFFF) }
  var range: Range<Int> { Int(packed >> 24)..<Int(packed >> 24) + count }
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
