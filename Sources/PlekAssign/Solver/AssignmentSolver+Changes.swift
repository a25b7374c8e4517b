/// Changes to a solved assignment: a row's arcs replaced, a row added or taken out, without
/// solving again from scratch.
extension AssignmentSolver {
  /// Takes `row` out: it leaves its column, whose free seat is then refilled along tight
  /// arcs (or its price falls to 0), and it gets no arcs.
  mutating func remove(_ row: Int) {
    ensureIncoming()
    // Its arcs go first: it must not bid for the seat it leaves.
    rowStart[row] = columns.count
    rowEnd[row] = columns.count
    if assigned[row] >= 0 {
      let column = Int(assigned[row])
      vacate(row)
      refill(column)
    }
  }

  /// Replaces `row`'s arcs (columns and weights), taking it out first and adding it again.
  mutating func replace(_ row: Int, columns newColumns: [Int32], weights newWeights: [Int64]) {
    remove(row)
    rowStart[row] = columns.count
    columns.append(contentsOf: newColumns)
    weights.append(contentsOf: newWeights)
    rowEnd[row] = columns.count
    ensureIncoming()
    for (offset, column) in newColumns.enumerated() {
      incoming[Int(column)].append((Int32(row), rowStart[row] + offset))
    }
    add(row)
  }

  /// Gives `row` more arcs without moving it: for arcs it already prefers its place to (the
  /// caller checked), so every condition still holds.
  mutating func setArcs(_ row: Int, columns newColumns: [Int32], weights newWeights: [Int64]) {
    ensureIncoming()
    rowStart[row] = columns.count
    columns.append(contentsOf: newColumns)
    weights.append(contentsOf: newWeights)
    rowEnd[row] = columns.count
    for (offset, column) in newColumns.enumerated() {
      incoming[Int(column)].append((Int32(row), rowStart[row] + offset))
    }
    if assigned[row] >= 0 {
      let column = assigned[row]
      let arc = arcs(of: row).first { columns[$0] == column }!
      assignedWeight[row] = weights[arc]
    }
  }

  /// Appends a new row with these arcs and adds it; returns its index.
  mutating func append(columns newColumns: [Int32], weights newWeights: [Int64]) -> Int {
    let row = growRows()
    rowStart[row] = columns.count
    rowEnd[row] = columns.count
    replace(row, columns: newColumns, weights: newWeights)
    return row
  }

  /// Refills the free seat of `column` or lowers its price to 0, the cheapest way: a
  /// shortest path backwards (Dijkstra on the slacks of incoming arcs). From a column with
  /// a free seat, a row with an arc to it may move in, at the arc's slack (its profit less
  /// the arc's weight minus price), leaving its own column's seat free in turn; the path ends
  /// where an unassigned row moves in, or at a column whose price falls to 0. The finished
  /// columns' prices fall by what the path saved; every price stays ≥ 0, every slack ≥ 0
  /// and every assigned arc tight, so the end state is optimal again.
  ///
  /// - Complexity: O((incoming arcs of the columns reached) log columns).
  mutating func refill(_ start: Int) {
    guard prices[start] > 0 else { return }
    searches += 1
    let space = space()
    let run = run
    space.entries[start].distance = 0
    space.entries[start].stamp = run
    space.entries[start].reachedBy = -1
    space.push(0, start)
    // The best end so far: (distance, column whose price falls to 0) or an unassigned row
    // moving into a column along an arc.
    var endDistance = Int64.max
    var endColumn = -1
    var endRow = -1
    var endArc = -1
    while let entry = space.pop() {
      let column = Int(entry.column)
      let reached = entry.distance
      guard
        space.entries[column].stamp == run && space.entries[column].done != run
          && space.entries[column].distance == reached
      else { continue }
      if endDistance <= reached { break }
      space.finish(column, run)
      arcsScanned += Self.backwardArcCost * incoming[column].count
      let price = prices[column]
      if reached + price < endDistance {
        endDistance = reached + price
        endColumn = column
        endRow = -1
      }
      for (row, arc) in incoming[column] {
        let row = Int(row)
        guard arc >= rowStart[row] && arc < rowEnd[row], assigned[row] != Int32(column) else {
          continue
        }
        let slack = profit(of: row) - weights[arc] + price
        let own = Int(assigned[row])
        if own < 0 {
          if reached + slack < endDistance {
            endDistance = reached + slack
            endColumn = column
            endRow = row
            endArc = arc
          }
        } else if space.entries[own].done != run {
          let candidate = reached + slack
          if space.entries[own].stamp != run || candidate < space.entries[own].distance {
            space.entries[own].stamp = run
            space.entries[own].distance = candidate
            // The row that would leave `own`, and its arc to the column it would move to.
            space.entries[own].reachedBy = Int32(row)
            space.entries[own].reachedWeight = Int64(arc)
            space.push(candidate, own)
          }
        }
      }
    }
    columnsFinished += space.finishedCount
    for index in 0..<space.finishedCount {
      let column = Int(space.finished[index])
      prices[column] -= endDistance - space.entries[column].distance
    }
    // The moves: walk back from the end to the start, then make them from the start on.
    var chain: [(row: Int, to: Int, arc: Int)] = []
    if endRow >= 0 { chain.append((endRow, endColumn, endArc)) }
    var column = endColumn
    while column != start {
      let row = Int(space.entries[column].reachedBy)
      let arc = Int(space.entries[column].reachedWeight)
      chain.append((row, Int(columns[arc]), arc))
      column = Int(columns[arc])
    }
    for move in chain.reversed() {
      if assigned[move.row] >= 0 { vacate(move.row) }
      seat(move.row, move.to, weight: weights[move.arc])
    }
  }
}

extension AssignmentSolver {
  /// Builds the incoming arcs of every column, once, for the first change.
  mutating func ensureIncoming() {
    guard incoming.count != capacity.count else { return }
    incoming = Array(repeating: [], count: capacity.count)
    for row in 0..<rowCount {
      for arc in arcs(of: row) { incoming[Int(columns[arc])].append((Int32(row), arc)) }
    }
  }
}
