import PlekCore

/// Scarce places in figures, side by side: what happens when everyone follows a plain
/// shortlist, what a proposal achieves, and what spread shortlists change.
public struct CongestionReport: Hashable, Sendable {
  /// The day the lists were made for.
  public var day: Day
  /// The lists' length.
  public var depth: Int
  /// People in the scope, and those with at least one fit.
  public var people: Int
  public var peopleWithAFit: Int
  /// Places in the scope, and those at least one person fits.
  public var places: Int
  public var placesFittingSomeone: Int
  /// The most people any proposal can place: the `assign` proposal places exactly this many.
  public var maximumPlaced: Int
  /// The same figures for plain shortlists (best score first) and for spread ones (score
  /// minus the place's congestion price).
  public var plain: ListCongestion
  public var spread: ListCongestion
}

/// What a set of shortlists does to scarce places.
public struct ListCongestion: Hashable, Sendable {
  /// People with a non-empty list.
  public var peopleWithAList: Int
  /// People placed if everyone takes their number one: per place, its free slots or the
  /// people who put it first, whichever is smaller.
  public var placedByNumberOnes: Int
  /// People placed by the best slot-aware choice from the same lists (an exact assignment
  /// over the lists' entries only).
  public var placedFromTheLists: Int
  /// People whose number one has fewer free slots than people who put it first.
  public var overbookedNumberOnes: Int
  /// Places that are someone's number one, and those among them with fewer free slots than
  /// people who put them first.
  public var numberOnePlaces: Int
  public var overbookedNumberOnePlaces: Int
  /// The Gini coefficient of how often each place that fits someone stands in a list
  /// (0: all equally often; 1: one place in every list).
  public var gini: Double
  /// Places that fit someone but stand in nobody's list.
  public var fittingButUnlisted: Int
  /// The mean score of the lists' first entries, millionths.
  public var meanTopScoreMillionths: Int64
  /// How often each place that fits someone stands in a list, ascending (what the Gini and
  /// a Lorenz curve are made of).
  public var appearances: [Int]

  /// ``overbookedNumberOnes`` as a share of ``peopleWithAList``.
  public var overbookedPeopleShare: Double {
    peopleWithAList == 0 ? 0 : Double(overbookedNumberOnes) / Double(peopleWithAList)
  }

  /// ``overbookedNumberOnePlaces`` as a share of ``numberOnePlaces``.
  public var overbookedPlaceShare: Double {
    numberOnePlaces == 0 ? 0 : Double(overbookedNumberOnePlaces) / Double(numberOnePlaces)
  }
}

extension ListCongestion {
  /// The figures of `lists` (each person's places, first entry first, with its score).
  public static func figures(
    lists: [[(place: PlaceID, score: Int64)]], freeSlots: [PlaceID: Int], fitting: Set<PlaceID>
  ) -> ListCongestion {
    ListCongestion(lists: lists, freeSlots: freeSlots, fitting: fitting)
  }

  /// The figures of `lists` (each person's places, first entry first, with its score).
  ///
  /// - Parameters:
  ///   - freeSlots: every place's free slots.
  ///   - fitting: the places that fit someone (the Gini and "unlisted" count only these).
  init(
    lists: [[(place: PlaceID, score: Int64)]], freeSlots: [PlaceID: Int],
    fitting: Set<PlaceID>
  ) {
    let nonEmpty = lists.filter { !$0.isEmpty }
    var firsts: [PlaceID: Int] = [:]
    var appearances: [PlaceID: Int] = [:]
    for list in nonEmpty {
      firsts[list[0].place, default: 0] += 1
      for entry in list { appearances[entry.place, default: 0] += 1 }
    }
    peopleWithAList = nonEmpty.count
    placedByNumberOnes = firsts.reduce(0) { $0 + min($1.value, freeSlots[$1.key] ?? 0) }
    overbookedNumberOnes =
      nonEmpty.filter { list in
        firsts[list[0].place]! > freeSlots[list[0].place] ?? 0
      }.count
    numberOnePlaces = firsts.count
    overbookedNumberOnePlaces = firsts.filter { $0.value > freeSlots[$0.key] ?? 0 }.count
    let counts = fitting.map { appearances[$0] ?? 0 }
    self.appearances = counts.sorted()
    gini = Self.gini(counts)
    fittingButUnlisted = counts.filter { $0 == 0 }.count
    meanTopScoreMillionths =
      nonEmpty.isEmpty
      ? 0 : nonEmpty.reduce(Int64(0)) { $0 + $1[0].score } / Int64(nonEmpty.count)
    // The best slot-aware choice from these lists: the solver on the lists as a graph.
    let places = fitting.union(appearances.keys).sorted()
    var graph = FitGraph(
      placeIDs: places, freeSlots: places.map { Int32(clamping: freeSlots[$0] ?? 0) })
    let column = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, Int32($0)) })
    for (index, list) in lists.enumerated() {
      graph.append(
        ParticipantID("L-\(index)") ?? ParticipantID("L"),
        fits: list.map { (column[$0.place]!, $0.score) }, bound: nil)
    }
    placedFromTheLists = graph.solve().assigned.filter { $0 >= 0 }.count
  }

  /// The Gini coefficient of `values`: Σᵢ (2i − n − 1)·xᵢ ÷ (n·Σx) over the values ascending
  /// (i from 1); 0 when all are 0.
  static func gini(_ values: [Int]) -> Double {
    let sorted = values.sorted()
    let total = sorted.reduce(0, +)
    guard total > 0 else { return 0 }
    let n = Double(sorted.count)
    var weighted = 0.0
    for (index, value) in sorted.enumerated() {
      weighted += (2 * Double(index + 1) - n - 1) * Double(value)
    }
    return weighted / (n * Double(total))
  }
}

extension MatchEngine {
  /// The congestion report for a scope: plain shortlists (`options.k` deep), a proposal, and
  /// the spread shortlists its prices give.
  ///
  /// - Complexity: a proposal, a batch of shortlists, the fits of people whose spread list
  ///   reaches past the fits the proposal read, and for each place no proposal row holds, a
  ///   candidate scan for one fitting person.
  public func congestion(scope: AssignmentScope = AssignmentScope(), options: QueryOptions)
    throws(MatchError) -> CongestionReport
  {
    let session = try AssignmentSession(engine: self, scope: scope, options: options)
    return try session.congestion(in: self, depth: options.k)
  }
}

extension AssignmentSession {
  /// The congestion report of this session's scope, with its prices for the spread lists.
  ///
  /// - Throws: ``MatchError`` when the engine refuses a scan (the session's engine changed).
  ///
  /// - Parameter placesNobodyFits: when known (the region's advice for the same scope and
  ///   day), the places no person fits; the others then fit someone, and no candidate scan is
  ///   needed to tell.
  public func congestion(
    in engine: MatchEngine, depth: Int, placesNobodyFits: Set<PlaceID>? = nil
  ) throws(MatchError) -> CongestionReport {
    let rows = rowIDs.indices.filter { !removed[$0] }.sorted { rowIDs[$0] < rowIDs[$1] }
    let ids = rows.map { rowIDs[$0] }
    var listOptions = options
    listOptions.k = depth
    let plain = try engine.batchShortlists(for: ids, filter: scope.places, options: listOptions)
      .map { $0.shortlist.matches.map { (place: $0.placeID, score: $0.scoreMillionths) } }

    // Spread lists from the rows the proposal read; people whose list could reach past them
    // get every fit read, all together.
    var spread = [[(place: PlaceID, score: Int64)]](repeating: [], count: rows.count)
    var more: [Int] = []
    var lines = LineCounter(engine: engine, options: options)
    // The lines the spread lists of people the proposal leaves out will ask for, read
    // together on all cores.
    var wanted: [PlaceID] = []
    for row in rows where solver.assigned[row] < 0 {
      wanted += fits(ofRow: row).map { graph.placeIDs[Int($0.column)] }
    }
    lines.prefetch(wanted)
    let line = { (place: PlaceID, score: Int64) throws(MatchError) -> Int in
      try lines.position(place, score)
    }
    for (index, row) in rows.enumerated() {
      let fits = fits(ofRow: row).map { (place: graph.placeIDs[Int($0.column)], score: $0.score) }
      if let list = try self.spread(
        rowIDs[row], fits: fits, bound: bounds[row], k: depth, line: line)
      {
        spread[index] = list.map { ($0.placeID, $0.scoreMillionths) }
      } else {
        more.append(index)
      }
    }
    // Longer rows first (most lists are settled by a few hundred fits), then every fit for
    // the rest.
    for limit in [256, nil] as [Int?] where !more.isEmpty {
      let found = try engine.fits(
        for: more.map { ids[$0] }, filter: scope.places, limit: limit, options: options)
      var unsettled: [Int] = []
      for (index, row) in zip(more, found) {
        if let list = try self.spread(
          ids[index], fits: row.fits, bound: row.bound, k: depth, line: line)
        {
          spread[index] = list.map { ($0.placeID, $0.scoreMillionths) }
        } else {
          unsettled.append(index)
        }
      }
      more = unsettled
    }

    // The places that fit someone: those in a row, and those a candidate scan finds someone
    // of the scope for.
    var fitting = Set<PlaceID>()
    for row in rows {
      for fit in fits(ofRow: row) { fitting.insert(graph.placeIDs[Int(fit.column)]) }
    }
    if let nobody = placesNobodyFits {
      // Known from elsewhere (the region's advice, on the same day): every other place fits
      // someone.
      for place in graph.placeIDs where !nobody.contains(place) { fitting.insert(place) }
    } else {
      let members = Set(ids)
      let everybody = ids.count == engine.participantCount
      var scanOptions = options
      scanOptions.k = everybody ? 1 : Limits.maximumK
      scanOptions.threads = 1
      let candidateOptions = scanOptions
      let travel = ParticipantFilter(maxTravelMinutes: scope.places.maxTravelMinutes)
      let unknown = graph.placeIDs.filter { place in
        guard !fitting.contains(place), let record = engine.place(place) else { return false }
        return record.freeSlots > 0 && scope.places.admits(record)
      }
      // One candidate scan per place no row holds, on all cores.
      let found = Parallel.map(unknown.count, chunkSize: 64) { range in
        range.map { index -> Bool in
          guard
            let list = try? engine.candidates(
              for: unknown[index], filter: travel, options: candidateOptions)
          else { return false }
          return list.matches.contains { members.contains($0.participantID) }
        }
      }
      for (place, fits) in zip(unknown, found) where fits { fitting.insert(place) }
    }
    var freeSlots: [PlaceID: Int] = [:]
    for (column, place) in graph.placeIDs.enumerated() {
      freeSlots[place] = Int(graph.freeSlots[column])
    }
    return CongestionReport(
      day: options.day, depth: depth, people: ids.count,
      peopleWithAFit: rows.filter { !fits(ofRow: $0).isEmpty }.count,
      places: graph.placeIDs.count, placesFittingSomeone: fitting.count,
      maximumPlaced: rows.filter { solver.assigned[$0] >= 0 }.count,
      plain: ListCongestion(lists: plain, freeSlots: freeSlots, fitting: fitting),
      spread: ListCongestion(lists: spread, freeSlots: freeSlots, fitting: fitting))
  }
}

extension PlaceFilter {
  /// Whether the filter's place-level terms (sectors, employer kinds, learning-only) let
  /// `place` through; the travel limit is the pair's.
  func admits(_ place: Place) -> Bool {
    (sectors.isEmpty || place.sectors.contains(where: sectors.contains))
      && (employerKinds.isEmpty || employerKinds.contains(place.employerKind))
      && (!learningOnly || place.learningOffer != nil)
  }
}
