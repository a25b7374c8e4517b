/// The least and the most an unknown count can be, given linear equalities among unknown
/// counts (each at least 0): what a reader can prove of a withheld count from everything an
/// output publishes together.
///
/// Each bound is a small linear program, solved by the simplex method (a dense tableau, two
/// phases, Bland's rule, so it cannot cycle). The programs of small-group protection are small:
/// only the unknowns linked to the one asked about by the relations (published counts are
/// constants), tens of variables at most.
struct LinearBounds {
  /// The equalities: `Σ coefficient · x[variable] = constant`.
  var rows: [(terms: [(variable: Int, coefficient: Double)], constant: Double)]
  /// The number of unknowns.
  var variables: Int

  /// The least and the most `variable` can be; `nil` for the most when nothing bounds it.
  /// `nil` altogether when the equalities have no solution with every unknown at least 0
  /// (they always have: the true counts are one).
  func bounds(of variable: Int) -> (least: Double, most: Double?)? {
    var objective = [Double](repeating: 0, count: variables)
    objective[variable] = 1
    guard case .optimum(let most) = maximize(objective) else {
      guard case .unbounded = maximize(objective) else { return nil }
      objective[variable] = -1
      guard case .optimum(let negated) = maximize(objective) else { return nil }
      return (-negated, nil)
    }
    objective[variable] = -1
    guard case .optimum(let negated) = maximize(objective) else { return nil }
    return (-negated, most)
  }

  /// The most `variable` can be (`nil`: nothing bounds it; also `nil` with `feasible`
  /// false when the equalities have no solution).
  func most(of variable: Int) -> (most: Double?, feasible: Bool) {
    let (program, target) = reduced(keeping: variable)
    var objective = [Double](repeating: 0, count: program.variables)
    objective[target] = 1
    switch program.maximize(objective) {
    case .optimum(let most): return (most, true)
    case .unbounded: return (nil, true)
    case .infeasible: return (nil, false)
    }
  }

  /// The same bounds for `target`, over fewer rows: a *slack* is an unknown other than the
  /// target that stands in one row only (the rest of a group, the people a step does not
  /// open for); its row says no more than that the others are at most (or at least) its
  /// constant. A row with a slack and one other unknown is a bound on that unknown, and of
  /// many such bounds (a total bounded below by each of its hundred parts) only the
  /// tightest says anything. Those rows are replaced by one row per bound kept, so that a
  /// withheld total does not make a program of hundreds of rows.
  func reduced(keeping target: Int) -> (LinearBounds, target: Int) {
    var occurrences = [Int](repeating: 0, count: variables)
    for row in rows { for term in row.terms { occurrences[term.variable] += 1 } }
    var upper: [Int: Double] = [:]
    var lower: [Int: Double] = [:]
    var kept: [(terms: [(variable: Int, coefficient: Double)], constant: Double)] = []
    for row in rows {
      let slacks = row.terms.filter { occurrences[$0.variable] == 1 && $0.variable != target }
      let others = row.terms.filter { !(occurrences[$0.variable] == 1 && $0.variable != target) }
      guard slacks.count == 1, others.count == 1, others[0].coefficient != 0 else {
        kept.append(row)
        continue
      }
      // a·v + b·s = c with s ≥ 0: a·v ≤ c when b > 0, a·v ≥ c when b < 0.
      let (v, a) = (others[0].variable, others[0].coefficient)
      let bound = row.constant / a
      let atMost = (slacks[0].coefficient > 0) == (a > 0)
      if atMost {
        upper[v] = min(upper[v] ?? .infinity, bound)
      } else {
        lower[v] = max(lower[v] ?? -.infinity, bound)
      }
    }
    // The variables still in a row or bounded, renumbered; each bound a row with a new
    // slack.
    var used = Set<Int>([target])
    for row in kept { for term in row.terms { used.insert(term.variable) } }
    used.formUnion(upper.keys)
    used.formUnion(lower.keys)
    var number: [Int: Int] = [:]
    for variable in used.sorted() { number[variable] = number.count }
    var count = number.count
    var result = kept.map { row in
      (
        terms: row.terms.map { (variable: number[$0.variable]!, coefficient: $0.coefficient) },
        constant: row.constant
      )
    }
    for (variable, bound) in upper.sorted(by: { $0.key < $1.key }) {
      result.append(([(number[variable]!, 1), (count, 1)], bound))
      count += 1
    }
    for (variable, bound) in lower.sorted(by: { $0.key < $1.key }) where bound > 0 {
      result.append(([(number[variable]!, 1), (count, -1)], bound))
      count += 1
    }
    return (LinearBounds(rows: result, variables: count), number[target]!)
  }

  enum Outcome: Equatable {
    case optimum(Double)
    case unbounded
    case infeasible
  }

  /// Maximizes `objective · x` subject to the equalities and `x ≥ 0`.
  func maximize(_ objective: [Double]) -> Outcome {
    var tableau = Tableau(rows: rows, variables: variables)
    // Phase 1: minimize the sum of the artificials (maximize its negation).
    tableau.setPhaseOneObjective()
    _ = tableau.run(columns: variables + rows.count)
    if tableau.value < -1e-7 { return .infeasible }
    tableau.driveOutArtificials()
    // Phase 2: the objective, over the real columns only.
    tableau.setObjective(objective)
    guard tableau.run(columns: variables) else { return .unbounded }
    return .optimum(tableau.value)
  }
}

/// A simplex tableau in one flat array: `m` constraint rows of [x (n) | artificials (m) |
/// right-hand side], then the objective row.
struct Tableau {
  let m: Int
  let n: Int
  let width: Int
  var cells: [Double]
  var basis: [Int]
  let epsilon = 1e-9

  init(rows: [(terms: [(variable: Int, coefficient: Double)], constant: Double)], variables: Int) {
    m = rows.count
    n = variables
    width = n + m + 1
    cells = [Double](repeating: 0, count: (m + 1) * width)
    basis = [Int](repeating: 0, count: m)
    for (row, equation) in rows.enumerated() {
      // Each row's constant made non-negative, its artificial basic.
      let sign: Double = equation.constant < 0 ? -1 : 1
      for term in equation.terms { cells[row * width + term.variable] += sign * term.coefficient }
      cells[row * width + n + row] = 1
      cells[row * width + width - 1] = sign * equation.constant
      basis[row] = n + row
    }
  }

  /// The objective's value (the right-hand side of the objective row).
  var value: Double { cells[m * width + width - 1] }

  mutating func setPhaseOneObjective() {
    let objective = m * width
    for j in 0..<width { cells[objective + j] = 0 }
    for row in 0..<m {
      for j in 0..<width where j < n || j == width - 1 {
        cells[objective + j] -= cells[row * width + j]
      }
    }
  }

  mutating func setObjective(_ coefficients: [Double]) {
    let objective = m * width
    for j in 0..<width { cells[objective + j] = 0 }
    for j in 0..<n { cells[objective + j] = -coefficients[j] }
    for row in 0..<m where basis[row] < n && coefficients[basis[row]] != 0 {
      let scale = coefficients[basis[row]]
      for j in 0..<width { cells[objective + j] += scale * cells[row * width + j] }
    }
  }

  /// Drives artificials still basic (at zero) out of the basis where a real column can take
  /// their place; a row that cannot is redundant and stays with its artificial at zero.
  mutating func driveOutArtificials() {
    for row in 0..<m where basis[row] >= n {
      if let column = (0..<n).first(where: { abs(cells[row * width + $0]) > epsilon }) {
        pivot(row, column)
      }
    }
  }

  mutating func pivot(_ row: Int, _ column: Int) {
    let width = width
    // The pivot row is mostly zeros (a relation names a few counts): only its non-zero
    // columns change the other rows.
    var nonZero: [Int] = []
    cells.withUnsafeMutableBufferPointer { table in
      let base = row * width
      let factor = table[base + column]
      for j in 0..<width where table[base + j] != 0 {
        table[base + j] /= factor
        nonZero.append(j)
      }
      for other in 0...m where other != row {
        let start = other * width
        let scale = table[start + column]
        guard scale != 0 else { continue }
        for j in nonZero { table[start + j] -= scale * table[base + j] }
      }
    }
    basis[row] = column
  }

  /// Runs the simplex on the objective row over the first `columns` columns; `false` when
  /// unbounded. Bland's rule (the lowest-numbered column that improves, then the
  /// lowest-numbered basic variable among tied ratios) so that it cannot cycle.
  mutating func run(columns: Int) -> Bool {
    let objective = m * width
    while true {
      guard let column = (0..<columns).first(where: { cells[objective + $0] < -epsilon }) else {
        return true
      }
      var chosen: Int?
      var best = Double.infinity
      for row in 0..<m where cells[row * width + column] > epsilon {
        let ratio = cells[row * width + width - 1] / cells[row * width + column]
        if ratio < best - epsilon
          || (abs(ratio - best) <= epsilon && chosen.map { basis[row] < basis[$0] } == true)
        {
          best = ratio
          chosen = row
        }
      }
      guard let row = chosen else { return false }
      pivot(row, column)
    }
  }
}
