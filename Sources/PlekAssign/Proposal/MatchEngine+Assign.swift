import Dispatch
import PlekCore

extension MatchEngine {
  /// The fits a proposal first takes per person; people whose place these cannot prove best
  /// are read deeper (384, then all of theirs).
  public static let assignmentFitsPerPerson = 24

  /// A regional placement proposal for the people and places of `scope`.
  ///
  /// The graph of each person's best ``assignmentFitsPerPerson`` fits (the shortlist scan)
  /// is solved exactly (``AssignmentSolver``). A fit left out of a person's row scores at
  /// most the row's last score, and prices are ≥ 0: a person whose profit is at least the
  /// weight of that score is proven, and the rest are read deeper (to every fit, if need be)
  /// and checked; if a fit read beats the proposal, the graph with those fits is solved
  /// again. The answer is therefore optimal over all fits, not only the ones first read.
  ///
  /// - Throws: ``MatchError`` for an unknown id, an invalid filter or option.
  /// - Complexity: a batch of shortlists (k = 24), the solver, and deeper scans (k = 384,
  ///   then every fit) for the people the rows read so far do not prove.
  public func assign(
    scope: AssignmentScope = AssignmentScope(), options: QueryOptions,
    fitsPerPerson: Int = MatchEngine.assignmentFitsPerPerson
  ) throws(MatchError) -> Assignment {
    try AssignmentSession(
      engine: self, scope: scope, options: options, fitsPerPerson: fitsPerPerson
    ).proposal()
  }

  /// The people of a scope on `day`, ascending.
  func scopePeople(_ scope: AssignmentScope, on day: Day) throws(MatchError) -> [ParticipantID] {
    var ids = scope.participantIDs.map { Array(Set($0)).sorted() } ?? participantIDs
    for id in ids where participant(id) == nil { throw .unknownParticipant(id) }
    if !scope.cohort.isEverybody {
      ids = ids.filter { scope.cohort.contains(participant($0)!) }
    }
    if !scope.includePlaced {
      ids = ids.filter { !placements.isPlaced($0, on: day) }
    }
    return ids
  }
}

extension AssignmentSession {
  /// The proposal as it stands.
  ///
  /// - Complexity: O(people + fits + places).
  public func proposal() -> Assignment {
    let columnCount = graph.columnCount
    var rows: [(row: Int, fits: [(column: Int32, score: Int64)])] = []
    var fittedBy = [Int](repeating: 0, count: columnCount)
    for row in rowIDs.indices.sorted(by: { rowIDs[$0] < rowIDs[$1] }) where !removed[row] {
      let fits = fits(ofRow: row)
      for fit in fits { fittedBy[Int(fit.column)] += 1 }
      rows.append((row, fits))
    }
    var placements: [ProposedPlacement] = []
    var unplaced: [Unplaced] = []
    var proposed = [[ParticipantID]](repeating: [], count: columnCount)
    for (row, fits) in rows {
      let id = rowIDs[row]
      let column = solver.assigned[row]
      if column >= 0 {
        let rank = fits.firstIndex { $0.column == column }!
        placements.append(
          ProposedPlacement(
            participantID: id, placeID: graph.placeIDs[Int(column)],
            scoreMillionths: fits[rank].score, rank: rank + 1))
        proposed[Int(column)].append(id)
      } else if fits.isEmpty {
        unplaced.append(Unplaced(participantID: id, reason: .noFit))
      } else {
        unplaced.append(
          Unplaced(
            participantID: id,
            reason: .taken(
              fits.prefix(5).map { fit in
                let column = Int(fit.column)
                return TakenPlace(
                  placeID: graph.placeIDs[column], scoreMillionths: fit.score,
                  freeSlots: Int(graph.freeSlots[column]), fittedBy: fittedBy[column])
              })))
      }
    }
    var prices: [PlaceID: Int64] = [:]
    prices.reserveCapacity(columnCount)
    let outcomes = (0..<columnCount).map { column in
      prices[graph.placeIDs[column]] = solver.prices[column]
      return PlaceOutcome(
        placeID: graph.placeIDs[column], freeSlots: Int(graph.freeSlots[column]),
        proposed: proposed[column], fittedBy: fittedBy[column], price: solver.prices[column])
    }
    var work = work
    work.fits = rows.reduce(0) { $0 + $1.fits.count }
    return Assignment(
      day: options.day, participantIDs: rows.map { rowIDs[$0.row] }, placements: placements,
      unplaced: unplaced, places: outcomes,
      certificate: PriceCertificate(placementWeight: placementWeight, prices: prices),
      proven: proven(rows), work: work)
  }

  /// Checks the certificate over every row: prices ≥ 0 and 0 where a slot is free; every
  /// fit's weight minus price at most the row's profit (its place's, or 0 unplaced), and
  /// for a row cut short, the bound's weight too (a left-out place costs at least 0).
  func proven(_ rows: [(row: Int, fits: [(column: Int32, score: Int64)])]) -> Bool {
    for column in 0..<graph.columnCount {
      let price = solver.prices[column]
      if price < 0 || (price > 0 && solver.load[column] < graph.freeSlots[column]) { return false }
      if solver.load[column] > graph.freeSlots[column] { return false }
    }
    for (row, fits) in rows {
      let own = solver.assigned[row]
      var profit: Int64 = 0
      if own >= 0 {
        guard let fit = fits.first(where: { $0.column == own }) else { return false }
        profit = placementWeight + fit.score - solver.prices[Int(own)]
        if profit < 0 { return false }
      }
      for fit in fits where placementWeight + fit.score - solver.prices[Int(fit.column)] > profit {
        return false
      }
      if let bound = bounds[row], placementWeight + bound > profit { return false }
    }
    return true
  }
}

extension Duration {
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

extension AssignmentSolver {
  /// A solver over a fit graph: weights are the placement weight plus the score.
  init(graph: FitGraph, placementWeight: Int64) {
    self.init(
      offsets: graph.offsets, columns: graph.columns,
      weights: graph.scores.map { placementWeight + $0 }, capacity: graph.freeSlots)
  }

}
