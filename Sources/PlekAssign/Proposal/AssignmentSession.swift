import PlekCore

/// A placement proposal kept up to date: solved once, then re-assigned from the previous
/// solution when a person changes, is added or is removed (``update(participant:in:)``).
///
/// The session holds the fit graph and the solver's state (assignment and prices). A changed
/// person's row is taken out (their seat refilled or its price lowered along a shortest path
/// backwards) and added again (a shortest augmenting path); then every row whose left-out
/// fits could beat its profit is read deeper, as in a fresh proposal. The result equals a
/// fresh proposal's placed count and total score, and carries its own certificate.
///
/// Places are the columns the session started with: after a place is added, changed or
/// removed, start a new session.
public struct AssignmentSession: Sendable {
  /// Who and what the proposal covers.
  public let scope: AssignmentScope
  /// The day, horizon and threads.
  public let options: QueryOptions
  /// The fits first read per person.
  public let fitsPerPerson: Int
  var graph: FitGraph
  /// Rows changed since the graph was built: their fits by column, best first.
  var changedRows: [Int: [(column: Int32, score: Int64)]] = [:]
  /// Each row's bound (``FitGraph/bound(ofRow:)``), kept for changed rows too.
  var bounds: [Int64?]
  /// The depth each row read deeper to prove it was read at (``fitsPerPerson`` if absent).
  var readDepths: [Int: Int] = [:]
  var rowOf: [ParticipantID: Int]
  var rowIDs: [ParticipantID]
  var removed: [Bool]
  var solver: AssignmentSolver
  /// The arcs the last solve from scratch read, and the arcs its graph had (``reAdd(_:)``).
  var lastSolve: (scanned: Int, arcs: Int) = (0, 0)
  var work: AssignmentWork
  let placementWeight = PriceCertificate.standardPlacementWeight

  /// Solves the proposal for `scope` over `engine`'s records.
  ///
  /// - Throws: ``MatchError`` for an unknown id, an invalid filter or option, or more people
  ///   than ``PriceCertificate/maximumPeople``.
  public init(
    engine: MatchEngine, scope: AssignmentScope = AssignmentScope(), options: QueryOptions,
    fitsPerPerson: Int = MatchEngine.assignmentFitsPerPerson
  ) throws(MatchError) {
    self.scope = scope
    self.options = options
    self.fitsPerPerson = max(1, fitsPerPerson)
    let ids = try engine.scopePeople(scope, on: options.day)
    guard ids.count <= PriceCertificate.maximumPeople else {
      throw .invalidOption("a proposal holds at most \(PriceCertificate.maximumPeople) people")
    }
    let clock = ContinuousClock()
    var start = clock.now
    let graph = try engine.fitGraph(
      for: ids, filter: scope.places, placeIDs: scope.placeIDs, limit: self.fitsPerPerson,
      options: options)
    self.graph = graph
    let graphSeconds = (clock.now - start).seconds
    bounds = (0..<graph.rowCount).map { graph.bound(ofRow: $0) }
    rowIDs = ids
    rowOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    removed = Array(repeating: false, count: ids.count)
    start = clock.now
    solver = AssignmentSolver(
      offsets: graph.offsets, columns: graph.columns,
      weights: graph.scores.map { PriceCertificate.standardPlacementWeight + $0 },
      capacity: graph.freeSlots)
    solver.solve()
    lastSolve = (solver.arcsScanned, graph.fitCount)
    work = AssignmentWork(
      fitsPerPerson: self.fitsPerPerson, fits: graph.fitCount, peopleWithAllFits: 0, solves: 1,
      searches: 0, placesFinished: 0, graphSeconds: graphSeconds,
      solveSeconds: (clock.now - start).seconds, certificateSeconds: 0)
    try complete(engine)
  }

  /// Re-assigns after `id` was upserted into or removed from `engine` (the engine after the
  /// change), from the previous solution.
  ///
  /// - Throws: ``MatchError`` when the engine refuses the fit scan.
  /// - Complexity: the changed person's scan and two shortest-path searches, plus a full
  ///   scan for each person whose place the change leaves unproven.
  public mutating func update(participant id: ParticipantID, in engine: MatchEngine)
    throws(MatchError)
  {
    let inScope =
      engine.participant(id).map {
        scope.contains($0, on: options.day, placements: engine.placements)
      } ?? false
    let clock = ContinuousClock()
    let start = clock.now
    if inScope {
      let found = try engine.fits(
        for: id, filter: scope.places, limit: fitsPerPerson, options: options)
      let fits = columns(of: found.fits)
      let row: Int
      if let existing = rowOf[id] {
        row = existing
        solver.replace(
          row, columns: fits.map(\.column), weights: fits.map { placementWeight + $0.score })
        removed[row] = false
      } else {
        guard rowIDs.count < PriceCertificate.maximumPeople else {
          throw .invalidOption("a proposal holds at most \(PriceCertificate.maximumPeople) people")
        }
        row = solver.append(
          columns: fits.map(\.column), weights: fits.map { placementWeight + $0.score })
        rowIDs.append(id)
        rowOf[id] = row
        removed.append(false)
        bounds.append(nil)
      }
      changedRows[row] = fits
      bounds[row] = found.bound
      readDepths[row] = nil
    } else if let row = rowOf[id], !removed[row] {
      solver.remove(row)
      removed[row] = true
      changedRows[row] = []
      bounds[row] = nil
    }
    work.solveSeconds += (clock.now - start).seconds
    try complete(engine)
  }

  /// The places of a fit list as the session's columns (places it does not have dropped).
  func columns(of fits: [(place: PlaceID, score: Int64)]) -> [(column: Int32, score: Int64)] {
    fits.compactMap { fit in
      var low = 0
      var high = graph.placeIDs.count
      while low < high {
        let middle = (low + high) / 2
        if graph.placeIDs[middle] < fit.place { low = middle + 1 } else { high = middle }
      }
      guard low < graph.placeIDs.count, graph.placeIDs[low] == fit.place else { return nil }
      return (Int32(low), fit.score)
    }
  }

  /// A row's fits by column, best first.
  func fits(ofRow row: Int) -> [(column: Int32, score: Int64)] {
    if let changed = changedRows[row] { return changed }
    return graph.fits(ofRow: row).map { (graph.columns[$0], graph.scores[$0]) }
  }

  /// Proves every row: a row whose left-out fits could beat its profit (prices are ≥ 0, so a
  /// left-out fit's profit is at most the placement weight plus the row's bound) is read
  /// deeper — sixteen times as many fits, and every fit past ``fullReadDepth`` — with the new
  /// bound; if a fit read beats the row's profit, the row is re-added with the fits read
  /// (or, when many rows are beaten, the proposal is solved again from scratch), and the
  /// check runs again until every row is proved.
  mutating func complete(_ engine: MatchEngine) throws(MatchError) {
    let clock = ContinuousClock()
    var start = clock.now
    while true {
      let open = bounds.indices.filter { row in
        guard let bound = bounds[row], !removed[row] else { return false }
        return placementWeight + bound > solver.profit(of: row)
      }
      if open.isEmpty { break }
      var beaten: [Int] = []
      // Rows read as deep go in one batch: a row cut at n fits is read to 16n next.
      // (By the depth asked for, not the fits kept: fits at places outside the graph's
      // columns are dropped, and a row must still go deeper each time.)
      let byDepth = Dictionary(grouping: open) { row in
        let depth = readDepths[row, default: fitsPerPerson]
        return depth > Self.fullReadDepth / Self.deeperReadFactor
          ? Int.max : depth * Self.deeperReadFactor
      }
      for (depth, rows) in byDepth.sorted(by: { $0.key < $1.key }) {
        let read = try engine.fitRows(
          for: rows.map { rowIDs[$0] }, in: graph, filter: scope.places,
          limit: depth == Int.max ? nil : depth, options: options)
        for (row, found) in zip(rows, read) {
          let fits = found.fits
          let profit = solver.profit(of: row)
          if fits.contains(where: {
            placementWeight + $0.score - solver.prices[Int($0.column)] > profit
          }) {
            beaten.append(row)
          } else {
            solver.setArcs(
              row, columns: fits.map(\.column), weights: fits.map { placementWeight + $0.score })
          }
          changedRows[row] = fits
          bounds[row] = found.bound
          readDepths[row] = depth
          if found.bound == nil { work.peopleWithAllFits += 1 }
        }
      }
      work.certificateSeconds += (clock.now - start).seconds
      start = clock.now
      reAdd(beaten.sorted())
      if !beaten.isEmpty { work.solves += 1 }
      work.solveSeconds += (clock.now - start).seconds
      start = clock.now
    }
    work.certificateSeconds += (clock.now - start).seconds
    work.searches = solver.searches
    work.placesFinished = solver.columnsFinished
  }

  /// How much deeper an open row is read each time: a row cut at n fits is read to 16n
  /// (24, 384, then every fit). Reading only as deep as needed keeps the graph small, and
  /// the solve's work grows with its arcs. `plek assign` on the crowded region of
  /// plek-bench `assign crowded` took 6.3 s with 16, against 8.8 s with 8, 9.4 s with 4 and
  /// 8.0 s with 64 (one run each).
  static let deeperReadFactor = 16

  /// Past this many fits a row is read in full.
  static let fullReadDepth = 1_536

  /// Re-adds beaten rows one by one while that costs less than solving the whole graph
  /// again, and solves it from scratch once it would not.
  ///
  /// Re-adding a row takes it out first, and refilling the seat it leaves is a backward
  /// search over the incoming arcs of every place it reaches: on a crowded region (prices
  /// high everywhere) that is most of the graph, for every row, and a solve from scratch
  /// (each row added once, by a forward search that stops at the first free slot) costs
  /// less than a few thousand of them. Where few places are contested, re-adding is far
  /// cheaper. So the rows are re-added in order, and after each (from the
  /// ``reAddSample``-th on) the cost of the last ones re-added (a moving average over about
  /// ``reAddWindow`` rows: re-adding grows dearer as the rows re-added fill the places) is
  /// projected over the rows left; past what the last solve from scratch read (scaled by
  /// the arcs the graph holds now), the rest is solved from scratch. Costs are counted in
  /// arcs read (``AssignmentSolver/arcsScanned``), not time, so the choice, and with it
  /// which of several optimal certificates is found, is the same on every machine.
  mutating func reAdd(_ rows: [Int]) {
    // The arcs a solve from scratch would hold: every row's fits as read, the beaten rows'
    // new ones included.
    let arcs = rowIDs.indices.reduce(0) { sum, row in
      removed[row] ? sum : sum + (changedRows[row]?.count ?? graph.fits(ofRow: row).count)
    }
    let solveEstimate = Double(lastSolve.scanned) * Double(arcs) / Double(max(1, lastSolve.arcs))
    var recent = 0.0
    for (done, row) in rows.enumerated() {
      if done >= Self.reAddSample, recent * Double(rows.count - done) > solveEstimate {
        resolve()
        work.solvesFromScratch += 1
        return
      }
      let before = solver.arcsScanned
      let fits = changedRows[row]!
      solver.replace(
        row, columns: fits.map(\.column), weights: fits.map { placementWeight + $0.score })
      let cost = Double(solver.arcsScanned - before)
      recent = done == 0 ? cost : recent + (cost - recent) / Self.reAddWindow
    }
  }

  /// How many rows are re-added before their cost is trusted.
  static let reAddSample = 8

  /// The span of the moving average of a re-add's cost, in rows: with 16 the crowded region
  /// above switches after 757 of its 7,643 beaten rows (2.4–2.6 s for the round), with
  /// the plain average of every row so far after 2,690 (6.9 s); 64 and 256 were no faster
  /// (one run each).
  static let reAddWindow = 16.0

  /// Solves again from scratch over every row's current fits (the rows read deeper with
  /// the fits read).
  mutating func resolve() {
    var offsets = [0]
    offsets.reserveCapacity(rowIDs.count + 1)
    var columns: [Int32] = []
    var weights: [Int64] = []
    for row in rowIDs.indices {
      if !removed[row] {
        for fit in fits(ofRow: row) {
          columns.append(fit.column)
          weights.append(placementWeight + fit.score)
        }
      }
      offsets.append(columns.count)
    }
    var fresh = AssignmentSolver(
      offsets: offsets, columns: columns, weights: weights, capacity: graph.freeSlots)
    fresh.searches = solver.searches
    fresh.columnsFinished = solver.columnsFinished
    fresh.solve()
    lastSolve = (fresh.arcsScanned, columns.count)
    fresh.arcsScanned += solver.arcsScanned
    solver = fresh
  }
}
