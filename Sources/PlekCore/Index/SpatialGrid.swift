/// A coarse latitude–longitude grid over the region, for pruning by travel reach.
///
/// The cell size follows the data's density (about 200 records per cell, 0.5–25 km). Which
/// cells a query visits is decided conservatively, with a margin, so pruning never drops a
/// pair the exact travel check would accept: results equal a full scan.
struct SpatialGrid: Sendable {
  let bounds: GeoBounds
  let rows: Int
  let columns: Int
  let cellLatitude: Double
  let cellLongitude: Double
  /// The side of a cell in kilometres, as chosen.
  let cellKilometres: Double
  /// The number of records the cells were sized for.
  let designedRecords: Int

  /// A grid for about `records` records over `bounds`.
  init(bounds: GeoBounds, records: Int) {
    self.bounds = bounds
    designedRecords = records
    let middle = (bounds.south + bounds.north) / 2 * .pi / 180
    let heightKilometres = max(0.001, (bounds.north - bounds.south) * 111.2)
    let widthKilometres = max(0.001, (bounds.east - bounds.west) * 111.2 * middle.cosine)
    let area = heightKilometres * widthKilometres
    cellKilometres = min(25, max(0.5, (area * 200 / Double(max(records, 1))).squareRoot()))
    rows = min(256, max(1, Int((heightKilometres / cellKilometres).rounded(.up))))
    columns = min(256, max(1, Int((widthKilometres / cellKilometres).rounded(.up))))
    cellLatitude = (bounds.north - bounds.south) / Double(rows)
    cellLongitude = (bounds.east - bounds.west) / Double(columns)
  }

  var cellCount: Int { rows * columns }

  /// The cell of a point (points outside the bounds go to the nearest edge cell).
  func cell(of point: GeoPoint) -> Int {
    let row = min(rows - 1, max(0, Int((point.latitude - bounds.south) / cellLatitude)))
    let column = min(columns - 1, max(0, Int((point.longitude - bounds.west) / cellLongitude)))
    return row * columns + column
  }

  /// The rectangle of a cell; edge cells extend to infinity so that no point is outside all.
  func box(of cell: Int) -> GeoBounds {
    let row = cell / columns
    let column = cell % columns
    return GeoBounds(
      south: row == 0 ? -90 : bounds.south + Double(row) * cellLatitude,
      north: row == rows - 1 ? 90 : bounds.south + Double(row + 1) * cellLatitude,
      west: column == 0 ? -180 : bounds.west + Double(column) * cellLongitude,
      east: column == columns - 1 ? 180 : bounds.west + Double(column + 1) * cellLongitude)
  }

  /// A lower bound, with margin, of the distance in kilometres from `point` to any point of
  /// `cell`.
  func minimumDistance(from point: GeoPoint, to cell: Int) -> Double {
    let box = box(of: cell)
    if box.contains(point) { return 0 }
    // The clamped point is within metres of the true nearest point for cells this small;
    // 1% and 200 m of slack keep the bound conservative.
    return max(0, point.distanceKilometres(to: box.clamped(point)) / 1.01 - 0.2)
  }

  /// The cells that may hold a point within `kilometres` of `point`, in cell order.
  func cells(within kilometres: Double, of point: GeoPoint) -> [Int] {
    guard kilometres.isFinite else { return Array(0..<cellCount) }
    let padded = kilometres * 1.02 + 0.5
    let latitudeSpan = padded / 110.5
    let farLatitude = min(
      89.0, max(abs(point.latitude - latitudeSpan), abs(point.latitude + latitudeSpan)))
    let longitudeSpan = padded / (111.32 * max(0.01, (farLatitude * .pi / 180).cosine))
    func index(_ value: Double, _ origin: Double, _ size: Double, _ count: Int) -> Int {
      min(count - 1, max(0, Int(((value - origin) / size).rounded(.down))))
    }
    let firstRow = index(point.latitude - latitudeSpan, bounds.south, cellLatitude, rows)
    let lastRow = index(point.latitude + latitudeSpan, bounds.south, cellLatitude, rows)
    let firstColumn = index(point.longitude - longitudeSpan, bounds.west, cellLongitude, columns)
    let lastColumn = index(point.longitude + longitudeSpan, bounds.west, cellLongitude, columns)
    // The same test as `minimumDistance(from:to:) <= kilometres`, without trigonometry per
    // cell: the clamped point's latitude depends only on the row and its longitude only on
    // the column, so the squared chord to it is a dot product of per-row and per-column
    // terms, compared with the chord of the distance limit.
    let limit = 1.01 * (max(0, kilometres) + 0.2)
    let halfAngle = min(Double.pi / 2, limit / (2 * GeoPoint.earthRadiusKilometres))
    let chordLimitSquared = 4 * halfAngle.sine * halfAngle.sine
    let latitude = point.latitude * .pi / 180
    let longitude = point.longitude * .pi / 180
    let columnCosines = (firstColumn...lastColumn).map { column in
      let box = box(of: column)  // Row 0: the column's longitude edges.
      return (longitude - min(max(point.longitude, box.west), box.east) * .pi / 180).cosine
    }
    var result: [Int] = []
    for row in firstRow...lastRow {
      let box = box(of: row * columns)  // Column 0: the row's latitude edges.
      let clampedLatitude = min(max(point.latitude, box.south), box.north) * .pi / 180
      let alongMeridian = latitude.sine * clampedLatitude.sine
      let across = latitude.cosine * clampedLatitude.cosine
      for column in firstColumn...lastColumn {
        let dot = across * columnCosines[column - firstColumn] + alongMeridian
        if 2 - 2 * dot <= chordLimitSquared { result.append(row * columns + column) }
      }
    }
    return result
  }
}

/// Per grid cell, record slots grouped by sector: `slots[starts[s]..<starts[s + 1]]` are the
/// slots filed under sector `s`, ascending.
///
/// Places are filed under their first (primary) sector; participants under every sector they
/// do not exclude. Inserting and removing touch one cell's lists only.
struct CellIndex: Sendable {
  struct Cell: Sendable {
    var slots: [Int32] = []
    var starts = [Int32](repeating: 0, count: 17)
    /// Whether `slots` is one run of consecutive slots (places after a build, filed in
    /// slot order): any part of it is then a run too, with no need to look at each slot.
    var consecutive = false
  }

  var cells: [Cell]

  init(cellCount: Int) {
    cells = Array(repeating: Cell(), count: cellCount)
  }

  /// An index of the live slots: slot `s` in cell `cellOf[s]` under the sectors
  /// `filedUnder[s]`. Counts first, then fills in slot order, so every list is ascending.
  init(cellCount: Int, cellOf: [Int32], filedUnder: [UInt16], alive: [Bool]) {
    // counts[17 · cell + sector + 1]: entries of `sector` in `cell`.
    var counts = [Int32](repeating: 0, count: 17 * cellCount)
    for slot in alive.indices where alive[slot] {
      var sectors = filedUnder[slot]
      while sectors != 0 {
        counts[17 * Int(cellOf[slot]) + sectors.trailingZeroBitCount + 1] += 1
        sectors &= sectors &- 1
      }
    }
    var cursors = [Int32](repeating: 0, count: 17 * cellCount)
    cells = (0..<cellCount).map { cell in
      var starts = [Int32](repeating: 0, count: 17)
      for sector in 0..<16 { starts[sector + 1] = starts[sector] + counts[17 * cell + sector + 1] }
      for sector in 0..<17 { cursors[17 * cell + sector] = starts[sector] }
      return Cell(slots: [Int32](repeating: 0, count: Int(starts[16])), starts: starts)
    }
    for slot in alive.indices where alive[slot] {
      let cell = Int(cellOf[slot])
      var sectors = filedUnder[slot]
      while sectors != 0 {
        let cursor = 17 * cell + sectors.trailingZeroBitCount
        cells[cell].slots[Int(cursors[cursor])] = Int32(slot)
        cursors[cursor] += 1
        sectors &= sectors &- 1
      }
    }
    for cell in cells.indices {
      let slots = cells[cell].slots
      cells[cell].consecutive = zip(slots, slots.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }
  }

  /// Files `slot` in `cell` under every sector in `sectors`.
  mutating func insert(_ slot: Int32, cell: Int, sectors: UInt16) {
    Self.forEachSector(of: slot, in: &cells[cell], sectors) { entry, sector, position, _ in
      entry.slots.insert(slot, at: position)
      for later in (sector + 1)...16 { entry.starts[later] += 1 }
    }
  }

  /// Removes `slot` from `cell` under every sector in `sectors`.
  mutating func remove(_ slot: Int32, cell: Int, sectors: UInt16) {
    Self.forEachSector(of: slot, in: &cells[cell], sectors) { entry, sector, position, range in
      guard position < range.upperBound, entry.slots[position] == slot else { return }
      entry.slots.remove(at: position)
      for later in (sector + 1)...16 { entry.starts[later] -= 1 }
    }
  }

  /// Runs `body` on a cell for every sector in `sectors`, with where `slot` stands (or would
  /// stand) in that sector's run of the cell and the run itself; the cell's slots are no
  /// longer one consecutive run afterwards.
  static func forEachSector(
    of slot: Int32, in entry: inout Cell, _ sectors: UInt16,
    _ body: (inout Cell, _ sector: Int, _ position: Int, _ range: Range<Int>) -> Void
  ) {
    entry.consecutive = false
    var remaining = sectors
    while remaining != 0 {
      let sector = remaining.trailingZeroBitCount
      remaining &= remaining &- 1
      let range = Int(entry.starts[sector])..<Int(entry.starts[sector + 1])
      body(&entry, sector, insertionPoint(of: slot, in: entry.slots, range), range)
    }
  }

  private static func insertionPoint(of slot: Int32, in slots: [Int32], _ range: Range<Int>) -> Int
  {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if slots[middle] < slot { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// How many slot entries the index holds.
  var entryCount: Int { cells.reduce(0) { $0 + $1.slots.count } }
}
