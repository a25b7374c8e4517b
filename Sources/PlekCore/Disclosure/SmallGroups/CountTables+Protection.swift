import Dispatch

extension CountTables {
  /// The smallest group size shown; groups of 1 to this less one are protected.
  public static let smallestShown = GroupCount.smallestShown

  /// The published counts to withhold so that no group of 1–4 (shown, withheld or latent)
  /// can be computed, or narrowed to a size below 5, from everything shown.
  ///
  /// Primary suppression withholds every published count of 1–4. Then, as long as some
  /// group of 1–4 can be proven smaller than 5 (its value follows from the shown counts, or
  /// its largest size given every relation, by linear programming, is below 5), one more
  /// count it is related to is withheld: the first that protects it alone, trying the
  /// related shown counts smallest first (then in key order), else the one that raises its
  /// largest size most. Zero is tried last (a count of nobody is not a small group, and
  /// withholding it protects little). The choice is deterministic.
  ///
  /// - Complexity: a propagation over the relations and a few small linear programs per
  ///   withheld count; the programs span only the unknowns linked to the group asked about
  ///   that the shown counts do not already fix.
  func protect(deadline: UInt64? = nil) -> Set<String> {
    let graph = RelationGraph(self)
    var hidden = Set(
      cells.indices.filter {
        cells[$0].published && (1..<Self.smallestShown).contains(cells[$0].value)
      })
    // Each round withholds one published count or finds one group safe, so the rounds are
    // bounded by the counts. Withholding more only widens what a reader can prove, so a group
    // found protected stays protected and is not asked about again.
    var safe = Set<Int>()
    // Rounds in a row a group stayed exposed with its largest size not raised.
    var stalled: (cell: Int, largest: Double, rounds: Int)?
    for _ in 0...(2 * cells.count) {
      if let deadline, DispatchTime.now().uptimeNanoseconds > deadline {
        // Out of time: every count that could be withheld is (fails closed).
        hidden.formUnion(cells.indices.filter { cells[$0].published && !cells[$0].fixed })
        break
      }
      let known = graph.known(hidden: hidden)
      guard let (exposed, largest) = firstExposed(graph, known: known, hidden: hidden, safe: &safe)
      else {
        break
      }
      if let last = stalled, last.cell == exposed, largest <= last.largest + 1e-6 {
        stalled = (exposed, largest, last.rounds + 1)
      } else {
        stalled = (exposed, largest, 0)
      }
      let thorough = stalled!.rounds >= Self.roundsBeforeLookingFurther
      guard
        let choice = bestSecondary(
          graph, for: exposed, largest: largest, hidden: hidden, thorough: thorough)
      else {
        // Nothing related is shown: the group's relations are homogeneous, and a positive
        // solution of homogeneous sums scales without bound. Not reached; kept so that the
        // loop cannot spin.
        safe.insert(exposed)
        continue
      }
      hidden.insert(choice)
    }
    return Set(hidden.map { cells[$0].key })
  }

  /// The first group of 1–4 (withheld or latent) whose largest size, given what is shown, is
  /// below 5, and that largest size.
  func firstExposed(
    _ graph: RelationGraph, known: [Bool], hidden: Set<Int>, safe: inout Set<Int>
  ) -> (cell: Int, largest: Double)? {
    for cell in cells.indices
    where (1..<Self.smallestShown).contains(cells[cell].value) && !safe.contains(cell)
      && (hidden.contains(cell) || !cells[cell].published)
    {
      if known[cell] { return (cell, Double(cells[cell].value)) }
      let largest = graph.most(cell, known: known)
      if isExposed(largest) { return (cell, largest) }
      safe.insert(cell)
    }
    return nil
  }

  /// Whether a largest provable size leaves a group below 5 (the programs are solved in
  /// floating point: a size of 5 less rounding error is 5).
  func isExposed(_ largest: Double) -> Bool {
    largest < Double(Self.smallestShown) - 1e-6
  }

  /// The count to withhold next for an exposed group. The candidates are the shown counts
  /// it is related to: in a relation with it, or with a count that is not shown and is
  /// related to it (a latent group worked out from shown counts is protected by withholding
  /// one of those), nearest first, then the smallest (zero last), then by key. The first
  /// that protects the group alone is chosen; when none does, the one that raises its
  /// largest size most (the next round adds another).
  ///
  /// A group can be bounded by a large count (the people without a fit less the most a step
  /// opens for them) that small counts do not move: withholding them one by one would take
  /// as many rounds as there are steps. So when a group has stayed exposed for
  /// ``roundsBeforeLookingFurther`` rounds without its largest size rising (`thorough`), and
  /// none of the first candidates raises it, the next 400 are tried in the same way; when
  /// none of them raises it alone either (two counts bound it equally), the largest
  /// candidate is withheld, so that each round works on the count that bounds the group.
  func bestSecondary(
    _ graph: RelationGraph, for exposed: Int, largest current: Double, hidden: Set<Int>,
    thorough: Bool
  ) -> Int? {
    // Breadth first over relations, through the counts that are not shown.
    var depth: [Int: Int] = [exposed: 0]
    var candidates: [(cell: Int, depth: Int)] = []
    var queue = [exposed]
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      for relation in graph.relationsOf[current] {
        for term in relations[relation] where depth[term.cell] == nil {
          depth[term.cell] = depth[current]! + 1
          if isShown(term.cell, hidden: hidden) {
            if !cells[term.cell].fixed { candidates.append((term.cell, depth[current]! + 1)) }
          } else {
            queue.append(term.cell)
          }
        }
      }
    }
    let ordered = candidates.sorted {
      if $0.depth != $1.depth { return $0.depth < $1.depth }
      let (a, b) = (cells[$0.cell], cells[$1.cell])
      if (a.value == 0) != (b.value == 0) { return b.value == 0 }
      return a.value != b.value ? a.value < b.value : a.key < b.key
    }.map(\.cell)
    var best: (cell: Int, largest: Double)?
    func tryEach(_ candidates: some Sequence<Int>) -> Int? {
      for candidate in candidates {
        var trial = hidden
        trial.insert(candidate)
        let trialKnown = graph.known(hidden: trial)
        let largest =
          trialKnown[exposed]
          ? Double(cells[exposed].value) : graph.most(exposed, known: trialKnown)
        if !isExposed(largest) { return candidate }
        if best == nil || largest > best!.largest + 1e-9 { best = (candidate, largest) }
      }
      return nil
    }
    if let found = tryEach(ordered.prefix(Self.candidatesTried)) { return found }
    if let best, !thorough || best.largest > current + 1e-6 { return best.cell }
    // Nothing near and small raised it: the bound comes from a count further down the list
    // (a large one). The rest are tried in the same order, up to a bound on the work.
    let rest = ordered.dropFirst(Self.candidatesTried).prefix(Self.moreCandidatesTried)
    if let found = tryEach(rest) { return found }
    if let best, best.largest > current + 1e-6 { return best.cell }
    // No count raises it alone (two bind it equally): the largest, which binds most often.
    return ordered.max {
      let (a, b) = (cells[$0], cells[$1])
      return a.value != b.value ? a.value < b.value : a.key > b.key
    }
  }

  /// The candidates tried for one exposed group, nearest first: enough for the tables of one
  /// output, and a bound on the work when a group has hundreds of neighbours.
  static let candidatesTried = 40

  /// The further candidates tried when none of the first raises the group's largest size.
  static let moreCandidatesTried = 400

  /// Rounds a group may stay exposed with its largest size not rising before the search
  /// looks past the first candidates.
  static let roundsBeforeLookingFurther = 2

  /// Whether a cell is shown: published and not withheld.
  func isShown(_ cell: Int, hidden: Set<Int>) -> Bool {
    cells[cell].published && !hidden.contains(cell)
  }

  /// The least and the largest size a reader can prove `key` may have from what is shown,
  /// given the counts withheld (for tests and the documentation's examples).
  func bounds(of key: String, withheld: Set<String>) -> (least: Double, most: Double)? {
    guard let cell = cells.firstIndex(where: { $0.key == key }) else { return nil }
    let hidden = Set(cells.indices.filter { withheld.contains(cells[$0].key) })
    let graph = RelationGraph(self)
    let known = graph.known(hidden: hidden)
    if known[cell] { return (Double(cells[cell].value), Double(cells[cell].value)) }
    return graph.bounds(cell, known: known)
  }
}

/// The relations of a set of tables as a graph of cells, for the questions protection asks
/// over and over: which cells a reader can compute from the shown ones, which unknowns are
/// linked, and the bounds of one unknown.
struct RelationGraph {
  let tables: CountTables
  /// For each cell, the relations it is in.
  let relationsOf: [[Int]]

  init(_ tables: CountTables) {
    self.tables = tables
    var relationsOf = [[Int]](repeating: [], count: tables.cells.count)
    for (index, relation) in tables.relations.enumerated() {
      for term in relation { relationsOf[term.cell].append(index) }
    }
    self.relationsOf = relationsOf
  }

  /// The cells whose value a reader knows: the shown ones, and every cell that is the one
  /// unknown of a relation of known cells, repeated until nothing more follows.
  ///
  /// - Complexity: O(terms of all relations).
  func known(hidden: Set<Int>) -> [Bool] {
    let cells = tables.cells
    var known = cells.indices.map { cells[$0].published && !hidden.contains($0) }
    var unknownTerms = tables.relations.map { relation in
      relation.filter { !known[$0.cell] }.count
    }
    var queue = unknownTerms.indices.filter { unknownTerms[$0] == 1 }
    while let relation = queue.popLast() {
      guard unknownTerms[relation] == 1,
        let term = tables.relations[relation].first(where: { !known[$0.cell] })
      else { continue }
      known[term.cell] = true
      for other in relationsOf[term.cell] {
        unknownTerms[other] -= 1
        if unknownTerms[other] == 1 { queue.append(other) }
      }
    }
    return known
  }

  /// The unknowns linked to `cell` through relations with other unknowns.
  func linked(to cell: Int, known: [Bool]) -> [Int] {
    var component: Set<Int> = [cell]
    var order = [cell]
    var next = 0
    while next < order.count {
      let current = order[next]
      next += 1
      for relation in relationsOf[current] {
        for term in tables.relations[relation]
        where !known[term.cell] && component.insert(term.cell).inserted {
          order.append(term.cell)
        }
      }
    }
    return order.sorted()
  }

  /// The largest size a reader can prove an unknown `cell` may have from the known cells
  /// (infinity when nothing bounds it).
  func most(_ cell: Int, known: [Bool]) -> Double {
    let (program, position) = self.program(cell, known: known)
    let found = program.most(of: position)
    guard found.feasible else { return Double(tables.cells[cell].value) }
    return found.most ?? .infinity
  }

  /// The least and the largest size a reader can prove an unknown `cell` may have from the
  /// known cells (infinity when nothing bounds it): a linear program over the unknowns
  /// linked to it.
  func bounds(_ cell: Int, known: [Bool]) -> (least: Double, most: Double) {
    let (program, position) = self.program(cell, known: known)
    guard let found = program.bounds(of: position) else {
      return (Double(tables.cells[cell].value), Double(tables.cells[cell].value))
    }
    return (found.least, found.most ?? .infinity)
  }

  /// The linear program of what a reader knows of `cell`, and its variable there.
  func program(_ cell: Int, known: [Bool]) -> (LinearBounds, Int) {
    let cells = tables.cells
    let component = linked(to: cell, known: known)
    var position: [Int: Int] = [:]
    for (offset, unknown) in component.enumerated() { position[unknown] = offset }
    var rowsSeen = Set<Int>()
    var rows: [(terms: [(variable: Int, coefficient: Double)], constant: Double)] = []
    for unknown in component {
      for relation in relationsOf[unknown] where rowsSeen.insert(relation).inserted {
        var terms: [(variable: Int, coefficient: Double)] = []
        var constant = 0.0
        for term in tables.relations[relation] {
          if let variable = position[term.cell] {
            terms.append((variable, Double(term.coefficient)))
          } else {
            constant -= Double(term.coefficient * cells[term.cell].value)
          }
        }
        rows.append((terms, constant))
      }
    }
    return (LinearBounds(rows: rows, variables: component.count), position[cell]!)
  }
}
