import Testing

@testable import PlekCore

@Suite("Cell index")
struct CellIndexTests {
  /// The bulk build files exactly what inserting one record at a time files.
  @Test(arguments: [0, 1, 7, 500])
  func bulkBuildEqualsInserts(records: Int) {
    var random = SplitMix64(seed: UInt64(records) + 11)
    let cellCount = 9
    var cellOf: [Int32] = []
    var filedUnder: [UInt16] = []
    var alive: [Bool] = []
    var inserted = CellIndex(cellCount: cellCount)
    for slot in 0..<records {
      cellOf.append(Int32(random.next() % UInt64(cellCount)))
      // Places file under one sector, participants under many: both shapes.
      filedUnder.append(
        random.chance(0.5)
          ? UInt16(1) << UInt16(random.next() % 16) : UInt16(truncatingIfNeeded: random.next()))
      alive.append(random.chance(0.9))
      if alive[slot] {
        inserted.insert(Int32(slot), cell: Int(cellOf[slot]), sectors: filedUnder[slot])
      }
    }
    let built = CellIndex(
      cellCount: cellCount, cellOf: cellOf, filedUnder: filedUnder, alive: alive)
    #expect(built.cells.count == cellCount)
    for cell in 0..<cellCount {
      #expect(built.cells[cell].starts == inserted.cells[cell].starts, "cell \(cell)")
      #expect(built.cells[cell].slots == inserted.cells[cell].slots, "cell \(cell)")
    }
    #expect(built.entryCount == inserted.entryCount)
  }
}
