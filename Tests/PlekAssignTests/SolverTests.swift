import PlekCore
import Testing

@testable import PlekAssign

/// The solver against plain algorithms on seeded random problems: exhaustive search for a
/// handful of people, the dense Hungarian method and a maximum flow for a few dozen, and the
/// price certificate on every solution, also after changes.
struct SolverTests {
  /// A random problem: scores from a small set, so that ties are common.
  static func problem(seed: UInt64, people: Int, places: Int, fitChance: Int)
    -> ReferenceAssignment.Problem
  {
    var random = SplitMix64(seed: seed)
    let freeSlots = (0..<places).map { _ in 1 + random.below(3) }
    let fits = (0..<people).map { _ -> [(place: Int, score: Int64)] in
      (0..<places).compactMap { place in
        random.below(100) < fitChance
          ? (place, Int64(random.below(5)) * 10_000_000 + Int64(random.below(2))) : nil
      }.sorted { $0.score > $1.score || ($0.score == $1.score && $0.place < $1.place) }
    }
    return ReferenceAssignment.Problem(fits: fits, freeSlots: freeSlots)
  }

  static func solver(_ problem: ReferenceAssignment.Problem) -> AssignmentSolver {
    var offsets = [0]
    var columns: [Int32] = []
    var weights: [Int64] = []
    let placement = PriceCertificate.standardPlacementWeight
    for row in problem.fits {
      for fit in row {
        columns.append(Int32(fit.place))
        weights.append(placement + fit.score)
      }
      offsets.append(columns.count)
    }
    return AssignmentSolver(
      offsets: offsets, columns: columns, weights: weights,
      capacity: problem.freeSlots.map(Int32.init))
  }

  /// The solution's (placed, total score), after checking that it is feasible and that its
  /// prices prove it optimal.
  static func checked(
    _ solver: AssignmentSolver, _ problem: ReferenceAssignment.Problem, rows: [Int]? = nil,
    placementWeight: Int64? = nil
  ) -> (placed: Int, score: Int64) {
    let person = { (row: Int) in ParticipantID("P-\(row)")! }
    let place = { (column: Int) in PlaceID("PL-\(column)")! }
    let rows = rows ?? Array(problem.fits.indices)
    var placed: [ParticipantID: PlaceID] = [:]
    var total: Int64 = 0
    for row in rows where solver.assigned[row] >= 0 {
      let column = Int(solver.assigned[row])
      placed[person(row)] = place(column)
      total += problem.fits[row].first { $0.place == column }!.score
    }
    var prices: [PlaceID: Int64] = [:]
    for column in problem.freeSlots.indices { prices[place(column)] = solver.prices[column] }
    let certificate = PriceCertificate(
      placementWeight: placementWeight
        ?? PriceCertificate.standardPlacementWeight,
      prices: prices)
    var slots: [PlaceID: Int] = [:]
    for (column, count) in problem.freeSlots.enumerated() { slots[place(column)] = count }
    var byPerson: [ParticipantID: Int] = [:]
    for row in rows { byPerson[person(row)] = row }
    let violations = certificate.violations(
      placed: placed, people: rows.map(person), freeSlots: slots,
      fits: { id in problem.fits[byPerson[id]!].map { (place($0.place), $0.score) } })
    #expect(violations.isEmpty, "\(violations.prefix(3))")
    return (placed.count, total)
  }

  @Test(arguments: 0..<300)
  func equalsExhaustiveSearch(seed: Int) {
    let problem = Self.problem(
      seed: UInt64(seed), people: 1 + seed % 6, places: 1 + seed % 4, fitChance: 30 + seed % 50)
    var solver = Self.solver(problem)
    solver.solve()
    let found = Self.checked(solver, problem)
    let best = ReferenceAssignment.exhaustive(problem)
    #expect(found == best, "seed \(seed)")
  }

  @Test(arguments: 0..<60)
  func equalsHungarianAndMaximumFlow(seed: Int) {
    let problem = Self.problem(
      seed: 1000 + UInt64(seed), people: 10 + seed, places: 4 + seed / 3, fitChance: 5 + seed % 30)
    var solver = Self.solver(problem)
    solver.solve()
    let found = Self.checked(solver, problem)
    #expect(found == ReferenceAssignment.hungarian(problem), "seed \(seed)")
    #expect(found.placed == ReferenceAssignment.maximumPlaced(problem), "seed \(seed)")
  }

  /// After a row is replaced, removed or added, the repaired solution is as good as a fresh
  /// solve and its prices still prove it.
  @Test(arguments: 0..<80)
  func changesKeepTheSolutionOptimal(seed: Int) {
    var problem = Self.problem(
      seed: 5000 + UInt64(seed), people: 30, places: 12, fitChance: 10 + seed % 25)
    var solver = Self.solver(problem)
    solver.solve()
    var random = SplitMix64(seed: 9000 + UInt64(seed))
    var live = Set(problem.fits.indices)
    for _ in 0..<6 {
      let other = Self.problem(
        seed: random.next(), people: 1, places: problem.freeSlots.count, fitChance: 30)
      let row = random.below(problem.fits.count)
      switch random.below(3) {
      case 0:
        problem.fits[row] = other.fits[0]
        solver.replace(
          row, columns: other.fits[0].map { Int32($0.place) },
          weights: other.fits[0].map {
            PriceCertificate.standardPlacementWeight + $0.score
          })
        live.insert(row)
      case 1:
        problem.fits[row] = []
        solver.remove(row)
        live.remove(row)
      default:
        let added = solver.append(
          columns: other.fits[0].map { Int32($0.place) },
          weights: other.fits[0].map {
            PriceCertificate.standardPlacementWeight + $0.score
          })
        problem.fits.append(other.fits[0])
        live.insert(added)
      }
      // The weight was fixed for 30 people; the reference counts with the same.
      let found = Self.checked(
        solver, problem, rows: live.sorted(),
        placementWeight: PriceCertificate.standardPlacementWeight)
      var fresh = problem
      for row in fresh.fits.indices where !live.contains(row) { fresh.fits[row] = [] }
      #expect(found == ReferenceAssignment.hungarian(fresh), "seed \(seed)")
    }
  }
}
