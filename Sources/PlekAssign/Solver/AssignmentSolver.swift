import PlekCore

/// The exact solver behind a placement proposal: a maximum-weight assignment of rows
/// (people) to columns (places with capacities) over a sparse graph of weighted arcs, by
/// shortest augmenting paths with prices (the Hungarian method for sparse, capacitated
/// problems, as in Jonker–Volgenant's LAP solver).
///
/// Each row is added in turn. A row's shortest augmenting path (Dijkstra on reduced costs)
/// ends at a column with a free slot, at a row that gives up its place (it becomes
/// unassigned) or at the row itself staying unassigned; only the columns Dijkstra finished
/// get new prices. After every row the state is optimal for the rows added so far and
/// satisfies, exactly, in integers:
/// - every price ≥ 0, and 0 for a column with a free slot;
/// - every assigned row's arc has the row's best weight minus price over its arcs, and that
///   is ≥ 0;
/// - every unassigned row's arcs have weight minus price ≤ 0.
/// These are the complementary-slackness conditions of the assignment LP: together they
/// prove the assignment optimal (``PriceCertificate``).
///
/// The solver is sequential and its choices are ordered (rows in their order, ties by the
/// lower column, then the earlier row), so the same graph gives the same assignment.
///
/// - Complexity: O(rows × (arcs + columns) log columns) in the worst case; in practice each
///   Dijkstra stops at the first free slot, a few hops away.
struct AssignmentSolver: Sendable {
  /// Row `r`'s arcs are `rowStart[r]..<rowEnd[r]` of `columns` and `weights`: a row that
  /// changes gets its new arcs at the end.
  var rowStart: [Int]
  var rowEnd: [Int]
  var columns: [Int32]
  var weights: [Int64]
  /// Each column's capacity.
  var capacity: [Int32]
  /// Where each column's occupants start in `occupants` (capacity slots per column).
  let firstSeat: [Int]

  /// Each row's column, -1 when unassigned.
  var assigned: [Int32]
  /// The weight of each assigned row's arc.
  var assignedWeight: [Int64]
  /// Each column's price.
  var prices: [Int64]
  /// Each column's number of occupants.
  var load: [Int32]
  /// Each column's occupants, in `firstSeat[c]..<firstSeat[c] + load[c]`.
  var occupants: [Int32]
  /// Rows that have been added.
  var added: [Bool]
  /// Each column's incoming arcs (row, arc), built for the first change; entries of a row's
  /// replaced arcs are stale and skipped.
  var incoming: [[(row: Int32, arc: Int)]] = []

  // Dijkstra's working arrays, reused: a column's entries count only when its stamp is the
  // current run's.
  var distance: [Int64]
  var reachedBy: [Int32]
  /// The weight of the arc a column was reached by (in ``refill(_:)``: the index of the
  /// leaving row's arc).
  var reachedWeight: [Int64]
  var stamp: [UInt32]
  var done: [UInt32]
  var run: UInt32 = 0
  var heap = DistanceHeap()
  var finished: [Int32] = []

  /// Paths searched and columns finished over the solver's life (for benchmarks).
  var searches = 0
  var columnsFinished = 0

  /// A solver over a graph, with no row added yet.
  init(offsets: [Int], columns: [Int32], weights: [Int64], capacity: [Int32]) {
    rowStart = Array(offsets.dropLast())
    rowEnd = Array(offsets.dropFirst())
    self.columns = columns
    self.weights = weights
    self.capacity = capacity
    var seats = [Int](repeating: 0, count: capacity.count + 1)
    for column in capacity.indices { seats[column + 1] = seats[column] + Int(max(0, capacity[column])) }
    firstSeat = seats
    let rows = offsets.count - 1
    assigned = Array(repeating: -1, count: rows)
    assignedWeight = Array(repeating: 0, count: rows)
    prices = Array(repeating: 0, count: capacity.count)
    load = Array(repeating: 0, count: capacity.count)
    occupants = Array(repeating: -1, count: seats[capacity.count])
    added = Array(repeating: false, count: rows)
    distance = Array(repeating: 0, count: capacity.count)
    reachedBy = Array(repeating: -1, count: capacity.count)
    reachedWeight = Array(repeating: 0, count: capacity.count)
    stamp = Array(repeating: 0, count: capacity.count)
    done = Array(repeating: 0, count: capacity.count)
  }

  var rowCount: Int { assigned.count }

  /// Makes room for one more row (no arcs, not added); returns its index.
  mutating func growRows() -> Int {
    rowStart.append(columns.count)
    rowEnd.append(columns.count)
    assigned.append(-1)
    assignedWeight.append(0)
    added.append(false)
    return assigned.count - 1
  }

  /// The arcs of `row`.
  func arcs(of row: Int) -> Range<Int> { rowStart[row]..<rowEnd[row] }

  /// A row's profit: its arc's weight minus price when assigned, else 0.
  func profit(of row: Int) -> Int64 {
    let column = assigned[row]
    return column < 0 ? 0 : assignedWeight[row] - prices[Int(column)]
  }

  /// Adds every row not yet added, in order.
  mutating func solve() {
    for row in 0..<rowCount where !added[row] { add(row) }
  }

  /// Adds one row: its shortest augmenting path, then the new prices and the moves along it.
  mutating func add(_ root: Int) {
    added[root] = true
    searches += 1
    run &+= 1
    if run == 0 { resetStamps() }
    heap.removeAll()
    finished.removeAll(keepingCapacity: true)

    // The root's profit is its best arc's weight minus price, or 0 (staying unassigned):
    // every reduced cost from it is then ≥ 0.
    var rootProfit: Int64 = 0
    for arc in arcs(of: root) {
      rootProfit = max(rootProfit, weights[arc] - prices[Int(columns[arc])])
    }
    for arc in arcs(of: root) {
      relax(Int(columns[arc]), rootProfit - weights[arc] + prices[Int(columns[arc])], root, weights[arc])
    }
    // The best end at a row giving up its place (or the root staying out).
    var leaveDistance = rootProfit
    var leaveRow = root
    var sink = -1
    var sinkDistance: Int64 = 0
    while let (reached, column) = heap.popMin() {
      guard stamp[column] == run && done[column] != run && distance[column] == reached else { continue }
      if leaveDistance < reached { break }
      done[column] = run
      finished.append(Int32(column))
      if load[column] < capacity[column] {
        sink = column
        sinkDistance = reached
        break
      }
      let price = prices[column]
      for seat in firstSeat[column]..<firstSeat[column] + Int(load[column]) {
        let row = Int(occupants[seat])
        let rowProfit = assignedWeight[row] - price
        if reached + rowProfit < leaveDistance {
          leaveDistance = reached + rowProfit
          leaveRow = row
        }
        for arc in arcs(of: row) {
          let next = Int(columns[arc])
          if done[next] == run { continue }
          relax(next, reached + rowProfit - weights[arc] + prices[next], row, weights[arc])
        }
      }
    }
    columnsFinished += finished.count
    let end = sink >= 0 ? sinkDistance : leaveDistance
    for column in finished {
      let column = Int(column)
      prices[column] += end - distance[column]
    }
    // The moves, from the end of the path back to the root.
    var column: Int
    if sink >= 0 {
      column = sink
    } else {
      if leaveRow == root { return }
      column = Int(assigned[leaveRow])
      vacate(leaveRow)
    }
    while true {
      let row = Int(reachedBy[column])
      let previous = Int(assigned[row])
      if previous >= 0 { vacate(row) }
      seat(row, column, weight: reachedWeight[column])
      if row == root { return }
      column = previous
    }
  }

  /// Clears the stamps when the run counter wraps around, once every four billion searches.
  mutating func resetStamps() {
    for column in stamp.indices {
      stamp[column] = 0
      done[column] = 0
    }
    run = 1
  }

  @inline(__always)
  private mutating func relax(_ column: Int, _ candidate: Int64, _ row: Int, _ weight: Int64) {
    if stamp[column] == run && distance[column] <= candidate { return }
    stamp[column] = run
    distance[column] = candidate
    reachedBy[column] = Int32(row)
    reachedWeight[column] = weight
    heap.push(candidate, column)
  }

  /// Takes `row` off its column.
  mutating func vacate(_ row: Int) {
    let column = Int(assigned[row])
    let first = firstSeat[column]
    let last = first + Int(load[column]) - 1
    var seat = first
    while occupants[seat] != Int32(row) { seat += 1 }
    occupants[seat] = occupants[last]
    occupants[last] = -1
    load[column] -= 1
    assigned[row] = -1
    assignedWeight[row] = 0
  }

  /// Puts `row` on `column`.
  mutating func seat(_ row: Int, _ column: Int, weight: Int64) {
    occupants[firstSeat[column] + Int(load[column])] = Int32(row)
    load[column] += 1
    assigned[row] = Int32(column)
    assignedWeight[row] = weight
  }
}

/// Dijkstra's queue: a binary min-heap of (distance, column), ties by the lower column, with
/// stale entries skipped by the caller (no decrease-key).
struct DistanceHeap: Sendable {
  private var entries: [(distance: Int64, column: Int32)] = []

  mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

  @inline(__always)
  private static func before(_ a: (distance: Int64, column: Int32), _ b: (distance: Int64, column: Int32))
    -> Bool
  {
    a.distance < b.distance || (a.distance == b.distance && a.column < b.column)
  }

  mutating func push(_ distance: Int64, _ column: Int) {
    entries.append((distance, Int32(column)))
    var child = entries.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard Self.before(entries[child], entries[parent]) else { break }
      entries.swapAt(child, parent)
      child = parent
    }
  }

  mutating func popMin() -> (Int64, Int)? {
    guard let first = entries.first else { return nil }
    let last = entries.removeLast()
    if !entries.isEmpty {
      entries[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var best = parent
        if left < entries.count && Self.before(entries[left], entries[best]) { best = left }
        if right < entries.count && Self.before(entries[right], entries[best]) { best = right }
        if best == parent { break }
        entries.swapAt(parent, best)
        parent = best
      }
    }
    return (first.distance, Int(first.column))
  }
}
