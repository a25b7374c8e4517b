import PlekCore

/// A placement proposal kept up to date: solved once, then re-assigned from the previous
/// solution when a person changes, is added or is removed (``update(participant:in:)``).
///
/// The session holds the fit graph and the solver's state (assignment and prices). A changed
/// person's row is taken out (their seat refilled or its price lowered along a shortest path
/// backwards) and added again (a shortest augmenting path); then every row whose left-out
/// fits could beat its profit is read in full, as in a fresh proposal. The result equals a
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
  var rowOf: [ParticipantID: Int]
  var rowIDs: [ParticipantID]
  var removed: [Bool]
  var solver: AssignmentSolver
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
  /// left-out fit's profit is at most the placement weight plus the row's bound) has every
  /// fit read; if one beats the row's profit, the row is re-added with all its fits, and the
  /// check runs again.
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
      let everyFit = try engine.fits(
        for: open.map { rowIDs[$0] }, filter: scope.places, limit: nil, options: options)
      for (row, all) in zip(open, everyFit) {
        let fits = columns(of: all.fits)
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
        bounds[row] = nil
      }
      work.peopleWithAllFits += open.count
      work.certificateSeconds += (clock.now - start).seconds
      start = clock.now
      for row in beaten {
        let fits = changedRows[row]!
        solver.replace(
          row, columns: fits.map(\.column), weights: fits.map { placementWeight + $0.score })
      }
      if !beaten.isEmpty { work.solves += 1 }
      work.solveSeconds += (clock.now - start).seconds
      start = clock.now
    }
    work.certificateSeconds += (clock.now - start).seconds
    work.searches = solver.searches
    work.placesFinished = solver.columnsFinished
  }
}
