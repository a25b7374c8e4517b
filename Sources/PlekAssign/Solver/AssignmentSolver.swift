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

  /// The searches' working memory, made afresh by a copy of the solver (``space()``).
  private var workspace: SearchSpace
  /// The number of the current search: a column's entries in the space count only when its
  /// stamp is this.
  var run: UInt32 = 0

  /// Paths searched and columns finished over the solver's life (for benchmarks).
  var searches = 0
  var columnsFinished = 0
  /// Arcs the searches read over the solver's life: their work, the same on every machine,
  /// so that choosing between re-adding rows and a solve from scratch by it keeps the answer
  /// deterministic (``AssignmentSession``).
  var arcsScanned = 0
  /// What an arc read backwards (``refill(_:)``) counts for in ``arcsScanned``: it looks up
  /// the row's place, weight and price at random, where a forward search reads a row's
  /// arcs in a run. Measured on the crowded region of plek-bench `assign crowded`: a solve
  /// from scratch read 154 M arcs a second, re-adding people (mostly backwards) 36 M.
  static let backwardArcCost = 4

  /// A solver over a graph, with no row added yet.
  init(offsets: [Int], columns: [Int32], weights: [Int64], capacity: [Int32]) {
    rowStart = Array(offsets.dropLast())
    rowEnd = Array(offsets.dropFirst())
    self.columns = columns
    self.weights = weights
    self.capacity = capacity
    var seats = [Int](repeating: 0, count: capacity.count + 1)
    for column in capacity.indices {
      seats[column + 1] = seats[column] + Int(max(0, capacity[column]))
    }
    firstSeat = seats
    let rows = offsets.count - 1
    assigned = Array(repeating: -1, count: rows)
    assignedWeight = Array(repeating: 0, count: rows)
    prices = Array(repeating: 0, count: capacity.count)
    load = Array(repeating: 0, count: capacity.count)
    occupants = Array(repeating: -1, count: seats[capacity.count])
    added = Array(repeating: false, count: rows)
    workspace = SearchSpace(columns: capacity.count)
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
  ///
  /// Rows go in by their best weight, highest first (then in row order): people with the
  /// strongest fits take their places early and are seldom moved again, which halves the
  /// searches' work on congested regions against row order (measured by plek-bench). The
  /// optimum does not depend on the order; which of several equal optima is found does, and
  /// the order is fixed, so the answer is too.
  mutating func solve() {
    let best = (0..<rowCount).map { row in
      arcs(of: row).reduce(Int64(0)) { max($0, weights[$1]) }
    }
    let order = (0..<rowCount).sorted { best[$0] > best[$1] || (best[$0] == best[$1] && $0 < $1) }
    for row in order where !added[row] { add(row) }
  }

  /// The search space, this solver's own: a copy of the solver that shares it makes a new
  /// one before its first search (the entries are scratch, nothing to copy).
  mutating func space() -> SearchSpace {
    if !isKnownUniquelyReferenced(&workspace) {
      workspace = SearchSpace(columns: capacity.count)
    }
    run &+= 1
    if run == 0 {
      workspace.resetStamps()
      run = 1
    }
    workspace.clearQueue()
    return workspace
  }

  /// Adds one row: its shortest augmenting path, then the new prices and the moves along it.
  mutating func add(_ root: Int) {
    added[root] = true
    searches += 1
    let space = space()
    let end = search(from: root, in: space)
    columnsFinished += space.finishedCount
    arcsScanned += space.scanned
    for index in 0..<space.finishedCount {
      let column = Int(space.finished[index])
      prices[column] += end.distance - space.entries[column].distance
    }
    // The moves, from the end of the path back to the root.
    var column: Int
    if end.sink >= 0 {
      column = end.sink
    } else {
      if end.leavingRow == root { return }
      column = Int(assigned[end.leavingRow])
      vacate(end.leavingRow)
    }
    while true {
      let row = Int(space.entries[column].reachedBy)
      let previous = Int(assigned[row])
      if previous >= 0 { vacate(row) }
      seat(row, column, weight: space.entries[column].reachedWeight)
      if row == root { return }
      column = previous
    }
  }

  /// The end of a shortest augmenting path: a column with a free seat (`sink`), or else a
  /// row that leaves its place (possibly the root, which then stays unassigned).
  struct PathEnd {
    var distance: Int64
    var sink: Int
    var leavingRow: Int
  }

  /// Dijkstra from `root` on reduced costs (a row's profit less an arc's weight minus
  /// price), over columns: a finished full column passes on to its occupants' arcs. Stops at
  /// the first column with a free seat, or when a row leaving its place is nearer.
  func search(from root: Int, in space: SearchSpace) -> PathEnd {
    columns.withUnsafeBufferPointer { columns in
      weights.withUnsafeBufferPointer { weights in
        prices.withUnsafeBufferPointer { prices in
          rowStart.withUnsafeBufferPointer { rowStart in
            rowEnd.withUnsafeBufferPointer { rowEnd in
              occupants.withUnsafeBufferPointer { occupants in
                assignedWeight.withUnsafeBufferPointer { assignedWeight in
                  let graph = GraphView(
                    columns: columns.baseAddress!, weights: weights.baseAddress!,
                    prices: prices.baseAddress!, rowStart: rowStart.baseAddress!,
                    rowEnd: rowEnd.baseAddress!, occupants: occupants.baseAddress!,
                    assignedWeight: assignedWeight.baseAddress!)
                  return search(from: root, in: space, graph)
                }
              }
            }
          }
        }
      }
    }
  }

  /// The arrays a search reads, borrowed for its duration.
  struct GraphView {
    let columns: UnsafePointer<Int32>
    let weights: UnsafePointer<Int64>
    let prices: UnsafePointer<Int64>
    let rowStart: UnsafePointer<Int>
    let rowEnd: UnsafePointer<Int>
    let occupants: UnsafePointer<Int32>
    let assignedWeight: UnsafePointer<Int64>
  }

  @inline(__always)
  private func search(from root: Int, in space: SearchSpace, _ graph: GraphView) -> PathEnd {
    let run = run
    // The space's columns, loaded once: the compiler cannot know that writes through them
    // leave the object's fields alone.
    let entries = space.entries
    // The root's profit is its best arc's weight minus price, or 0 (staying unassigned):
    // every reduced cost from it is then ≥ 0.
    var rootProfit: Int64 = 0
    space.scanned &+= graph.rowEnd[root] - graph.rowStart[root]
    for arc in graph.rowStart[root]..<graph.rowEnd[root] {
      rootProfit = max(rootProfit, graph.weights[arc] - graph.prices[Int(graph.columns[arc])])
    }
    for arc in graph.rowStart[root]..<graph.rowEnd[root] {
      let column = Int(graph.columns[arc])
      Self.relax(
        space, run, column, rootProfit - graph.weights[arc] + graph.prices[column], root,
        graph.weights[arc])
    }
    var end = PathEnd(distance: rootProfit, sink: -1, leavingRow: root)
    while let entry = space.pop() {
      let column = Int(entry.column)
      let reached = entry.distance
      guard
        entries[column].stamp == run && entries[column].done != run
          && entries[column].distance == reached
      else {
        continue
      }
      if end.distance < reached { break }
      space.finish(column, run)
      if load[column] < capacity[column] {
        return PathEnd(distance: reached, sink: column, leavingRow: -1)
      }
      let price = graph.prices[column]
      let first = firstSeat[column]
      for seat in first..<first + Int(load[column]) {
        let row = Int(graph.occupants[seat])
        space.scanned &+= graph.rowEnd[row] - graph.rowStart[row]
        let base = reached + graph.assignedWeight[row] - price
        if base < end.distance {
          end.distance = base
          end.leavingRow = row
        }
        for arc in graph.rowStart[row]..<graph.rowEnd[row] {
          let next = Int(graph.columns[arc])
          if entries[next].done == run { continue }
          let candidate = base - graph.weights[arc] + graph.prices[next]
          if entries[next].stamp == run && entries[next].distance <= candidate { continue }
          Self.relax(space, run, next, candidate, row, graph.weights[arc])
        }
      }
    }
    return end
  }

  @inline(__always)
  static func relax(
    _ space: SearchSpace, _ run: UInt32, _ column: Int, _ candidate: Int64, _ row: Int,
    _ weight: Int64
  ) {
    if space.entries[column].stamp == run && space.entries[column].distance <= candidate { return }
    space.entries[column].stamp = run
    space.entries[column].distance = candidate
    space.entries[column].reachedBy = Int32(row)
    space.entries[column].reachedWeight = weight
    space.push(candidate, column)
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
