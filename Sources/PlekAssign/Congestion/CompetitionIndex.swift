import PlekCore

/// How often each place stands at each rank of everybody's shortlists: the competition a
/// person meets at a place ("how many others rank it higher than you do").
///
/// Built from the plain shortlists (best score first) of every person in a scope, on one day,
/// to one depth (the lists' `k`).
public struct CompetitionIndex: Equatable, Sendable {
  /// The lists' length shortlists are compared at: the top 10.
  public static let standardDepth = 10

  /// The lists' length.
  public let depth: Int
  /// The day the lists were made for.
  public let day: Day
  /// Per place: how many lists hold it at rank 1, 2, …, `depth`.
  var counts: [PlaceID: [Int32]]

  /// An index of the given lists (each a person's places, best first).
  public init(lists: some Sequence<[PlaceID]>, depth: Int, day: Day) {
    self.init(depth: depth, day: day)
    for list in lists { add(list) }
  }

  /// An empty index, to be filled list by list with ``add(_:)`` (a batch too large to
  /// hold: the lists go, their counts stay).
  public init(depth: Int, day: Day) {
    self.depth = depth
    self.day = day
    counts = [:]
  }

  /// Takes one person's list out again (the list ``add(_:)`` was given): for a person who
  /// changed, whose old list goes out and new list comes in.
  public mutating func remove(_ list: some Sequence<PlaceID>) {
    for (index, place) in list.prefix(depth).enumerated() {
      guard var row = counts[place] else { continue }
      row[index] -= 1
      counts[place] = row.allSatisfy { $0 == 0 } ? nil : row
    }
  }

  /// Counts one person's list (best first; only its first ``depth`` places count).
  public mutating func add(_ list: some Sequence<PlaceID>) {
    for (index, place) in list.prefix(depth).enumerated() {
      counts[place, default: Array(repeating: 0, count: depth)][index] += 1
    }
  }

  /// The index of everybody's plain shortlists in `scope` (`options.k` deep).
  ///
  /// - Complexity: a batch of shortlists.
  public init(
    engine: MatchEngine, scope: AssignmentScope = AssignmentScope(), options: QueryOptions
  )
    throws(MatchError)
  {
    let lists = try engine.batchShortlists(
      for: try engine.scopePeople(scope, on: options.day), filter: scope.places, options: options)
    self.init(
      lists: lists.map { $0.shortlist.matches.map(\.placeID) }, depth: options.k, day: options.day)
  }

  /// The lists that hold `place`.
  public func listedBy(_ place: PlaceID) -> Int {
    counts[place].map { $0.reduce(0) { $0 + Int($1) } } ?? 0
  }

  /// The lists that hold `place` first.
  public func numberOne(_ place: PlaceID) -> Int { Int(counts[place]?.first ?? 0) }

  /// How many others rank `place` higher than a person for whom it is at `rank` (1 = their
  /// best fit): the lists holding it at a better rank. For a rank past the lists' depth, every
  /// list that holds it.
  public func ahead(of rank: Int, at place: PlaceID) -> Int {
    guard let counts = counts[place] else { return 0 }
    return counts.prefix(max(0, rank - 1)).reduce(0) { $0 + Int($1) }
  }

  /// How many others rank `place` at least as high as a person for whom it is at `rank`,
  /// whose own list is one of the lists counted: the lists holding it at that rank or
  /// better, less the person's own. For a rank past the lists' depth, every list that holds
  /// it.
  public func asHigh(of rank: Int, at place: PlaceID) -> Int {
    guard let counts = counts[place] else { return 0 }
    let within = rank >= 1 && rank <= depth
    let lists = counts.prefix(max(0, min(rank, depth))).reduce(0) { $0 + Int($1) }
    return max(0, lists - (within ? 1 : 0))
  }
}

/// The competition at one place, as a shortlist entry shows it.
public struct Competition: Hashable, Sendable {
  /// Others whose own shortlist ranks the place higher than this person's does.
  public var ahead: Int
  /// Others whose own shortlist ranks the place at least as high as this person's does:
  /// those `ahead` and those who have it at the same rank (five people who all have a
  /// one-slot place first each meet four).
  public var asHigh: Int
  /// Everybody whose shortlist holds the place (this person's own list included).
  public var listedBy: Int
  /// The place's free slots.
  public var freeSlots: Int

  public init(ahead: Int, asHigh: Int, listedBy: Int, freeSlots: Int) {
    (self.ahead, self.asHigh, self.listedBy, self.freeSlots) = (
      ahead, asHigh, listedBy, freeSlots
    )
  }
}

extension CompetitionIndex {
  /// The competition for a person at `place`, which is at `rank` in their plain order.
  public func competition(at place: PlaceID, rank: Int, freeSlots: Int) -> Competition {
    Competition(
      ahead: ahead(of: rank, at: place), asHigh: asHigh(of: rank, at: place),
      listedBy: listedBy(place), freeSlots: freeSlots)
  }
}
