import PlekCore

/// The solver's answer on a fit graph alone, without proving it over fits the graph left out.
public struct GraphAssignment: Sendable {
  /// Each row's column, -1 when unassigned.
  public var assigned: [Int32]
  /// Each column's price (weight units: ``PriceCertificate/standardPlacementWeight`` plus the
  /// score, in millionths).
  public var prices: [Int64]
  /// Shortest-path searches made.
  public var searches: Int
  /// Columns those searches finished.
  public var columnsFinished: Int
}

extension FitGraph {
  /// The optimal assignment over the fits this graph holds (``AssignmentSolver``): for
  /// benchmarks and for callers that bring their own graph.
  ///
  /// - Complexity: see ``MatchEngine/assign(scope:options:fitsPerPerson:)``.
  public func solve() -> GraphAssignment {
    var solver = AssignmentSolver(
      offsets: offsets, columns: columns,
      weights: scores.map { PriceCertificate.standardPlacementWeight + $0 }, capacity: freeSlots)
    solver.solve()
    return GraphAssignment(
      assigned: solver.assigned, prices: solver.prices, searches: solver.searches,
      columnsFinished: solver.columnsFinished)
  }
}
