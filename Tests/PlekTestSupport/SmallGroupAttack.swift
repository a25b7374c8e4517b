import PlekIO

/// A reader trying to learn small groups from an aggregate output (issue 24): it takes the
/// figures an output publishes (a JSON rendering), writes down every relation a reader knows
/// between them from what they mean (the parts of a total add up to it, a part is at most
/// its whole, and the rest of a whole is a group too), and bounds every figure it was not
/// shown by linear programming. A finding is a group whose size is proven to be 1–4: worked
/// out exactly, or narrowed to lie within 1–4.
///
/// It is written apart from PlekCore's protection (`CountTables`, `LinearBounds`): the
/// relations come from the rendered output and the documentation, not from the code that
/// decided what to withhold, and the bounds from its own simplex.
public struct SmallGroupAttack {
  /// A figure: shown with its value, or withheld (`nil`).
  var figures: [String: Int?] = [:]
  /// The order figures were named in, for reproducible findings.
  var order: [String] = []
  /// Sums: `Σ parts = total`, over figure names (rests are figures too, never shown).
  var sums: [(parts: [String], total: String)] = []

  public init() {}

  /// A figure as published: a number, or `null` (withheld). A name given twice is one
  /// figure: the same group shown in two tables.
  public mutating func figure(_ name: String, _ value: JSONValue?) {
    guard let value else { return }
    let number: Int? = value.numberValue.map { Int($0) }
    if figures[name] == nil { order.append(name) }
    if let existing = figures[name], let known = existing {
      precondition(number == nil || number == known, "\(name) shown as two values")
      return
    }
    figures[name] = number
  }

  /// Whether a figure was published.
  public func has(_ name: String) -> Bool { figures[name] != nil }

  /// The parts add up to the total.
  public mutating func sum(_ parts: [String], is total: String) {
    let parts = parts.filter(has)
    guard has(total), !parts.isEmpty else { return }
    sums.append((parts, total))
  }

  /// The parts are some of the whole; the rest (`rest`) is a group of its own, never shown.
  public mutating func parts(_ parts: [String], of whole: String, rest: String) {
    let parts = parts.filter(has)
    guard has(whole), !parts.isEmpty else { return }
    if figures[rest] == nil { order.append(rest) }
    figures[rest] = .some(nil)
    sums.append((parts + [rest], whole))
  }

  /// Another output's figures and relations, its names prefixed: one reader who holds both.
  public mutating func merge(_ other: SmallGroupAttack, prefix: String) {
    for name in other.order {
      let named = prefix + name
      if figures[named] == nil { order.append(named) }
      figures[named] = other.figures[name]!
    }
    for sum in other.sums { sums.append((sum.parts.map { prefix + $0 }, prefix + sum.total)) }
  }

  /// A group proven to hold 1–4.
  public struct Finding: CustomStringConvertible, Sendable {
    public var figure: String
    public var least: Double
    public var most: Double
    public var description: String {
      "\(figure): proven between \(least) and \(most)"
    }
  }

  /// Every figure not shown whose size the relations prove to be 1–4, and the number of
  /// figures not shown that were bounded.
  public func findings() -> (findings: [Finding], unknowns: Int) {
    let unknown = order.filter { figures[$0]! == nil }
    var column: [String: Int] = [:]
    for name in unknown { column[name] = column.count }
    // Equalities over the unknowns: Σ ± x = constant.
    var equalities: [(coefficients: [Int: Double], constant: Double)] = []
    for sum in sums {
      var coefficients: [Int: Double] = [:]
      var constant = 0.0
      for (name, sign) in sum.parts.map({ ($0, 1.0) }) + [(sum.total, -1.0)] {
        if let value = figures[name]!, column[name] == nil {
          constant -= sign * Double(value)
        } else {
          coefficients[column[name]!, default: 0] += sign
        }
      }
      if !coefficients.isEmpty { equalities.append((coefficients, constant)) }
    }
    // Only the equalities linked to a figure matter; the others bound nothing of it. One
    // program per component, made feasible once, then maximised for each of its unknowns
    // in turn from where the last one ended.
    var uses: [[Int]] = Array(repeating: [], count: unknown.count)
    for (number, equality) in equalities.enumerated() {
      for variable in equality.coefficients.keys { uses[variable].append(number) }
    }
    var findings: [Finding] = []
    var done = Set<Int>()
    for name in unknown where !done.contains(column[name]!) {
      let linked = Self.linked(column[name]!, equalities, uses: uses)
      done.formUnion(linked.variables)
      var program = AttackProgram(equalities: linked.equalities, variables: linked.variables.count)
      guard program.isFeasible else {
        // The figures of a true output satisfy its relations: a relation written down wrong.
        findings.append(
          Finding(figure: "\(name) (relations contradict the figures)", least: 0, most: 0))
        continue
      }
      for (local, variable) in linked.variables.enumerated() {
        let figure = unknown[variable]
        // A group that can be 5 or more is not narrowed to 1–4, whatever its least.
        guard let most = program.maximum(of: local, sign: 1), most < 5 - 1e-6 else { continue }
        let least = -(program.maximum(of: local, sign: -1) ?? 0)
        // Integers: at least ⌈least⌉, at most ⌊most⌋.
        let low = (least - 1e-6).rounded(.up)
        let high = (most + 1e-6).rounded(.down)
        if low >= 1 && high <= 4 {
          findings.append(Finding(figure: figure, least: low, most: high))
        }
      }
    }
    let byOrder = Dictionary(uniqueKeysWithValues: unknown.enumerated().map { ($1, $0) })
    findings.sort { byOrder[$0.figure]! < byOrder[$1.figure]! }
    return (findings, unknown.count)
  }

  /// The equalities that share unknowns with `target`, transitively (`uses`: the equalities
  /// each unknown is in), over their unknowns renumbered.
  static func linked(
    _ target: Int, _ equalities: [(coefficients: [Int: Double], constant: Double)],
    uses: [[Int]]
  ) -> (equalities: [(coefficients: [Int: Double], constant: Double)], variables: [Int]) {
    var variables: [Int] = [target]
    var seen: Set<Int> = [target]
    var used = Set<Int>()
    var index = 0
    while index < variables.count {
      let current = variables[index]
      index += 1
      for number in uses[current] where used.insert(number).inserted {
        for variable in equalities[number].coefficients.keys.sorted()
        where seen.insert(variable).inserted {
          variables.append(variable)
        }
      }
    }
    var local: [Int: Int] = [:]
    for (offset, variable) in variables.enumerated() { local[variable] = offset }
    let chosen = used.sorted().map { number -> (coefficients: [Int: Double], constant: Double) in
      var coefficients: [Int: Double] = [:]
      for (variable, coefficient) in equalities[number].coefficients {
        coefficients[local[variable]!] = coefficient
      }
      return (coefficients, equalities[number].constant)
    }
    return (chosen, variables)
  }
}

/// max `sign · x[target]` subject to equalities and `x ≥ 0`, by the textbook two-phase
/// simplex: the first phase (artificial variables, their sum minimised) runs once, and each
/// maximum starts from the basis the previous one ended in, which stays feasible. Dantzig's
/// rule with a fallback to Bland's after many steps.
///
/// A pivot touches only the columns where the pivot row is not zero: the relations are
/// sparse, and this runs in the debug build of the tests.
struct AttackProgram {
  let rows: Int
  let variables: Int
  /// Row-major: `rows` constraint rows then one row of reduced costs, each `variables +
  /// rows` columns (the artificials last) and the right-hand side.
  var tableau: [Double]
  var basic: [Int]
  /// Rows that phase one showed redundant (all zero over the real variables).
  var dead: [Bool]
  var isFeasible = false
  var width: Int { variables + rows + 1 }

  init(equalities: [(coefficients: [Int: Double], constant: Double)], variables: Int) {
    rows = equalities.count
    self.variables = variables
    let width = variables + rows + 1
    tableau = [Double](repeating: 0, count: (rows + 1) * width)
    basic = Array(variables..<(variables + rows))
    dead = Array(repeating: false, count: rows)
    for (row, equality) in equalities.enumerated() {
      let flip = equality.constant < 0 ? -1.0 : 1.0
      for (variable, coefficient) in equality.coefficients {
        tableau[row * width + variable] = flip * coefficient
      }
      tableau[row * width + variables + row] = 1
      tableau[row * width + width - 1] = flip * equality.constant
      // Phase one maximises −Σ artificials: every row adds to the reduced costs.
      for column in 0..<variables {
        tableau[rows * width + column] += tableau[row * width + column]
      }
      tableau[rows * width + width - 1] += flip * equality.constant
    }
    _ = optimise(columns: variables + rows)
    isFeasible = tableau[rows * width + width - 1] < 1e-6
    // Drive the artificials left in the basis (at zero) out, or find their rows redundant.
    for row in 0..<rows where basic[row] >= variables {
      if let column = (0..<variables).first(where: { abs(tableau[row * width + $0]) > 1e-9 }) {
        pivot(row: row, column: column)
      } else {
        dead[row] = true
      }
    }
  }

  /// The maximum, or `nil` when unbounded. The basis it ends in is feasible for the next.
  mutating func maximum(of target: Int, sign: Double) -> Double? {
    let width = self.width
    let costs = rows * width
    for column in 0..<width { tableau[costs + column] = 0 }
    tableau[costs + target] = sign
    if let row = basic.firstIndex(of: target) {
      for column in 0..<width where column != target {
        tableau[costs + column] -= sign * tableau[row * width + column]
      }
      tableau[costs + target] = 0
    }
    guard optimise(columns: variables) else { return nil }
    guard let row = basic.firstIndex(of: target) else { return 0 }
    return sign * tableau[row * width + width - 1]
  }

  /// Pivots while a column among the first `columns` improves; `false` when unbounded.
  private mutating func optimise(columns: Int) -> Bool {
    let width = self.width
    let rows = self.rows
    var steps = 0
    while steps < 50_000 {
      steps += 1
      var entering = -1
      var leaving = -1
      tableau.withUnsafeBufferPointer { a in
        var bestGain = 1e-9
        for column in 0..<columns where a[rows * width + column] > bestGain {
          entering = column
          bestGain = a[rows * width + column]
          if steps > 500 { break }  // Bland: the first improving column
        }
        guard entering >= 0 else { return }
        var ratio = Double.infinity
        for row in 0..<rows where !dead[row] && a[row * width + entering] > 1e-9 {
          let candidate = a[row * width + width - 1] / a[row * width + entering]
          if candidate < ratio - 1e-12 {
            ratio = candidate
            leaving = row
          }
        }
      }
      if entering < 0 { return true }
      if leaving < 0 { return false }
      pivot(row: leaving, column: entering)
    }
    return true
  }

  private mutating func pivot(row leaving: Int, column entering: Int) {
    let width = self.width
    let rows = self.rows
    tableau.withUnsafeMutableBufferPointer { a in
      let base = leaving * width
      let pivot = a[base + entering]
      var nonzero: [Int] = []
      for j in 0..<width where a[base + j] != 0 {
        a[base + j] /= pivot
        nonzero.append(j)
      }
      for other in 0...rows where other != leaving {
        let start = other * width
        let factor = a[start + entering]
        if factor == 0 { continue }
        for j in nonzero { a[start + j] -= factor * a[base + j] }
        a[start + entering] = 0
      }
    }
    basic[leaving] = entering
  }
}
