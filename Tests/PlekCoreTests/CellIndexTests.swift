import PlekTestSupport
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

extension CellIndexTests {
  /// Places filed in slot order (cell, then sector) give cells of consecutive slots; any
  /// later insert or remove clears the mark, so scans fall back to checking each slot.
  @Test func consecutiveCellsAreMarkedUntilChanged() {
    let cellOf: [Int32] = [0, 0, 0, 1, 1, 2]
    let filedUnder: [UInt16] = [1, 2, 2, 1, 4, 8]
    var index = CellIndex(
      cellCount: 4, cellOf: cellOf, filedUnder: filedUnder, alive: Array(repeating: true, count: 6))
    #expect(index.cells.map(\.consecutive) == [true, true, true, true])
    #expect(index.cells[0].slots == [0, 1, 2])
    index.remove(1, cell: 0, sectors: 2)
    #expect(index.cells[0].consecutive == false)
    index.insert(6, cell: 1, sectors: 1)
    #expect(index.cells[1].consecutive == false)
    #expect(index.cells[2].consecutive == true)
    // Participants filed under several sectors are not one run.
    let people = CellIndex(
      cellCount: 1, cellOf: [0, 0], filedUnder: [3, 3], alive: [true, true])
    #expect(people.cells[0].slots == [0, 1, 0, 1])
    #expect(people.cells[0].consecutive == false)
  }
}
