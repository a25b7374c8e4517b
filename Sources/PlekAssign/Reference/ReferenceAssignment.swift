/// Plain algorithms to check the solver against, written for clarity, not speed: exhaustive
/// search, the dense Hungarian method and a maximum flow. Tests and benchmarks use them.
public enum ReferenceAssignment {
  /// A small problem: each person's fits (place index, score in millionths), each place's
  /// free slots.
  public struct Problem: Sendable {
    public var fits: [[(place: Int, score: Int64)]]
    public var freeSlots: [Int]

    public init(fits: [[(place: Int, score: Int64)]], freeSlots: [Int]) {
      (self.fits, self.freeSlots) = (fits, freeSlots)
    }
  }

  /// The best (placed, total score) by trying every choice of every person: for a handful of
  /// people only.
  public static func exhaustive(_ problem: Problem) -> (placed: Int, score: Int64) {
    var left = problem.freeSlots
    var best = (placed: 0, score: Int64(0))
    func visit(_ person: Int, _ placed: Int, _ score: Int64) {
      if person == problem.fits.count {
        if placed > best.placed || (placed == best.placed && score > best.score) {
          best = (placed, score)
        }
        return
      }
      visit(person + 1, placed, score)
      for fit in problem.fits[person] where left[fit.place] > 0 {
        left[fit.place] -= 1
        visit(person + 1, placed + 1, score + fit.score)
        left[fit.place] += 1
      }
    }
    visit(0, 0, 0)
    return best
  }

  /// The best (placed, total score) by the Hungarian method on a dense cost matrix: one
  /// column per free slot and one "not placed" column per person.
  ///
  /// - Complexity: O(n² (n + slots)).
  public static func hungarian(_ problem: Problem) -> (placed: Int, score: Int64) {
    let people = problem.fits.count
    guard people > 0 else { return (0, 0) }
    var slotPlace: [Int] = []
    for (place, slots) in problem.freeSlots.enumerated() {
      slotPlace += Array(repeating: place, count: max(0, slots))
    }
    let columns = slotPlace.count + people
    // Weight of placing: more than all scores together, so the count comes first.
    let placement = 100_000_000 * Int64(people + 1)
    let forbidden = Int64(1) << 50
    var cost = [[Int64]](repeating: [Int64](repeating: forbidden, count: columns), count: people)
    for person in 0..<people {
      for column in slotPlace.count..<columns { cost[person][column] = 0 }
      for fit in problem.fits[person] {
        for column in slotPlace.indices where slotPlace[column] == fit.place {
          cost[person][column] = -(placement + fit.score)
        }
      }
    }
    // The textbook O(n² m) method with potentials (rows 1...n, columns 1...m).
    var u = [Int64](repeating: 0, count: people + 1)
    var v = [Int64](repeating: 0, count: columns + 1)
    var match = [Int](repeating: 0, count: columns + 1)
    var way = [Int](repeating: 0, count: columns + 1)
    for row in 1...people {
      match[0] = row
      var column0 = 0
      var minimum = [Int64](repeating: .max, count: columns + 1)
      var used = [Bool](repeating: false, count: columns + 1)
      repeat {
        used[column0] = true
        let row0 = match[column0]
        var delta = Int64.max
        var column1 = 0
        for column in 1...columns where !used[column] {
          let current = cost[row0 - 1][column - 1] - u[row0] - v[column]
          if current < minimum[column] {
            minimum[column] = current
            way[column] = column0
          }
          if minimum[column] < delta {
            delta = minimum[column]
            column1 = column
          }
        }
        for column in 0...columns {
          if used[column] {
            u[match[column]] += delta
            v[column] -= delta
          } else {
            minimum[column] -= delta
          }
        }
        column0 = column1
      } while match[column0] != 0
      repeat {
        let column1 = way[column0]
        match[column0] = match[column1]
        column0 = column1
      } while column0 != 0
    }
    var placed = 0
    var score: Int64 = 0
    for column in 1...slotPlace.count where match[column] != 0 {
      placed += 1
      score += -cost[match[column] - 1][column - 1] - placement
    }
    return (placed, score)
  }

  /// The most people any proposal can place: a maximum flow (Dinic's method) from a source
  /// to every person (capacity 1), along every fit (1), and from every place to a sink (its
  /// free slots).
  public static func maximumPlaced(_ problem: Problem) -> Int {
    let people = problem.fits.count
    let places = problem.freeSlots.count
    let source = people + places
    let sink = source + 1
    var to: [Int] = []
    var capacity: [Int] = []
    var edges = [[Int]](repeating: [], count: sink + 1)
    func edge(_ a: Int, _ b: Int, _ c: Int) {
      edges[a].append(to.count)
      to.append(b)
      capacity.append(c)
      edges[b].append(to.count)
      to.append(a)
      capacity.append(0)
    }
    for person in 0..<people {
      edge(source, person, 1)
      for fit in problem.fits[person] { edge(person, people + fit.place, 1) }
    }
    for place in 0..<places { edge(people + place, sink, max(0, problem.freeSlots[place])) }
    var flow = 0
    while true {
      var level = [Int](repeating: -1, count: sink + 1)
      level[source] = 0
      var queue = [source]
      var head = 0
      while head < queue.count {
        let node = queue[head]
        head += 1
        for e in edges[node] where capacity[e] > 0 && level[to[e]] < 0 {
          level[to[e]] = level[node] + 1
          queue.append(to[e])
        }
      }
      if level[sink] < 0 { return flow }
      var next = [Int](repeating: 0, count: sink + 1)
      func push(_ node: Int, _ limit: Int) -> Int {
        if node == sink { return limit }
        while next[node] < edges[node].count {
          let e = edges[node][next[node]]
          if capacity[e] > 0 && level[to[e]] == level[node] + 1 {
            let pushed = push(to[e], min(limit, capacity[e]))
            if pushed > 0 {
              capacity[e] -= pushed
              capacity[e ^ 1] += pushed
              return pushed
            }
          }
          next[node] += 1
        }
        return 0
      }
      while true {
        let pushed = push(source, .max)
        if pushed == 0 { break }
        flow += pushed
      }
    }
  }
}
