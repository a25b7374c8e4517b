import Dispatch
import PlekCore

extension MatchEngine {
  /// The fits a proposal first takes per person; people whose place these cannot prove best
  /// get all of theirs.
  public static let assignmentFitsPerPerson = 24

  /// A regional placement proposal for the people and places of `scope`.
  ///
  /// The graph of each person's best ``assignmentFitsPerPerson`` fits (the shortlist scan)
  /// is solved exactly (``AssignmentSolver``). A fit left out of a person's row scores at
  /// most the row's last score, and prices are ≥ 0: a person whose profit is at least the
  /// weight of that score is proven, and the rest get every fit read and checked; if one
  /// beats the proposal, the graph with those fits is solved again. The answer is therefore
  /// optimal over all fits, not only the ones first read.
  ///
  /// - Throws: ``MatchError`` for an unknown id, an invalid filter or option.
  /// - Complexity: a batch of shortlists (k = 24), the solver, and a full scan for the
  ///   people the first rows do not prove.
  public func assign(
    scope: AssignmentScope = AssignmentScope(), options: QueryOptions,
    fitsPerPerson: Int = MatchEngine.assignmentFitsPerPerson
  ) throws(MatchError) -> Assignment {
    let ids = try scopePeople(scope)
    let clock = ContinuousClock()
    var graphSeconds = 0.0
    var solveSeconds = 0.0
    var certificateSeconds = 0.0
    var start = clock.now
    var graph = try fitGraph(
      for: ids, filter: scope.places, placeIDs: scope.placeIDs, limit: max(1, fitsPerPerson),
      options: options)
    graphSeconds += (clock.now - start).seconds
    let placementWeight = PriceCertificate.placementWeight(people: ids.count)
    var solves = 0
    var searches = 0
    var finished = 0
    var solver: AssignmentSolver
    while true {
      start = clock.now
      solver = AssignmentSolver(graph: graph, placementWeight: placementWeight)
      solver.solve()
      solves += 1
      searches += solver.searches
      finished += solver.columnsFinished
      solveSeconds += (clock.now - start).seconds
      start = clock.now
      // The rows whose left-out fits could beat their profit.
      let open = (0..<graph.rowCount).filter { row in
        guard let bound = graph.bound(ofRow: row) else { return false }
        return placementWeight + bound > solver.profit(of: row)
      }
      if open.isEmpty {
        certificateSeconds += (clock.now - start).seconds
        break
      }
      let all = try allFits(ofRows: open, in: graph, filter: scope.places, options: options)
      let beaten = open.contains { row in
        let profit = solver.profit(of: row)
        return all[row]!.contains { fit in
          placementWeight + fit.score - solver.prices[Int(fit.column)] > profit
        }
      }
      graph.replaceRows(all)
      certificateSeconds += (clock.now - start).seconds
      if !beaten {
        // Every fit now in the graph agrees with the solution: it stands.
        break
      }
    }
    return proposal(
      graph: graph, solver: solver, placementWeight: placementWeight, day: options.day,
      work: AssignmentWork(
        fitsPerPerson: fitsPerPerson, fits: graph.fitCount,
        peopleWithAllFits: graph.complete.indices.filter {
          graph.complete[$0] && graph.fits(ofRow: $0).count >= fitsPerPerson
        }.count,
        solves: solves, searches: searches, placesFinished: finished,
        graphSeconds: graphSeconds, solveSeconds: solveSeconds,
        certificateSeconds: certificateSeconds))
  }

  /// The people of a scope, ascending.
  func scopePeople(_ scope: AssignmentScope) throws(MatchError) -> [ParticipantID] {
    var ids = scope.participantIDs.map { Array(Set($0)).sorted() } ?? participantIDs
    for id in ids where participant(id) == nil { throw .unknownParticipant(id) }
    if !scope.cohort.isEverybody {
      ids = ids.filter { scope.cohort.contains(participant($0)!) }
    }
    return ids
  }

  func proposal(
    graph: FitGraph, solver: AssignmentSolver, placementWeight: Int64, day: Day,
    work: AssignmentWork
  ) -> Assignment {
    var fittedBy = [Int](repeating: 0, count: graph.columnCount)
    for column in graph.columns { fittedBy[Int(column)] += 1 }
    var placements: [Placement] = []
    var unplaced: [Unplaced] = []
    var proposed = [[ParticipantID]](repeating: [], count: graph.columnCount)
    for row in 0..<graph.rowCount {
      let id = graph.participantIDs[row]
      let fits = graph.fits(ofRow: row)
      let column = solver.assigned[row]
      if column >= 0 {
        let position = fits.first { graph.columns[$0] == column }!
        placements.append(
          Placement(
            participantID: id, placeID: graph.placeIDs[Int(column)],
            scoreMillionths: graph.scores[position], rank: position - fits.lowerBound + 1))
        proposed[Int(column)].append(id)
      } else if fits.isEmpty {
        unplaced.append(Unplaced(participantID: id, reason: .noFit))
      } else {
        unplaced.append(
          Unplaced(
            participantID: id,
            reason: .taken(
              fits.prefix(5).map { position in
                let column = Int(graph.columns[position])
                return Competition(
                  placeID: graph.placeIDs[column], scoreMillionths: graph.scores[position],
                  freeSlots: Int(graph.freeSlots[column]), fittedBy: fittedBy[column])
              })))
      }
    }
    var prices: [PlaceID: Int64] = [:]
    let outcomes = graph.placeIDs.indices.map { column in
      prices[graph.placeIDs[column]] = solver.prices[column]
      return PlaceOutcome(
        placeID: graph.placeIDs[column], freeSlots: Int(graph.freeSlots[column]),
        proposed: proposed[column], fittedBy: fittedBy[column], price: solver.prices[column])
    }
    return Assignment(
      day: day, participantIDs: graph.participantIDs, placements: placements, unplaced: unplaced,
      places: outcomes,
      certificate: PriceCertificate(placementWeight: placementWeight, prices: prices), work: work)
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
