extension MatchEngine {
  /// The fit graph of stored participants against the stored places: each row the person's
  /// best `limit` fits, found by the shortlist scan (index, block checks, score bounds).
  ///
  /// - Parameters:
  ///   - ids: the rows, in this order (each id once).
  ///   - filter: which places may be fits (as for a shortlist).
  ///   - placeIDs: when given, the columns: only these places (the others are no fits).
  ///   - limit: the most fits a row keeps; `nil` keeps every fit.
  ///   - options: the day, the horizon and the threads (its `k` is not used).
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/unknownPlace(_:)``,
  ///   ``MatchError/invalidOption(_:)``, ``MatchError/invalidFilter(_:)``.
  /// - Complexity: that of a batch of shortlists with `k = limit`.
  public func fitGraph(
    for ids: [ParticipantID], filter: PlaceFilter = PlaceFilter(), placeIDs: [PlaceID]? = nil,
    limit: Int?, options: QueryOptions
  ) throws(MatchError) -> FitGraph {
    try check(options, filter)
    if let unknown = ids.first(where: { people.slots[$0] == nil }) {
      throw .unknownParticipant(unknown)
    }
    if let unknown = placeIDs?.first(where: { places.slots[$0] == nil }) {
      throw .unknownPlace(unknown)
    }
    let columnIDs = Array(Set(placeIDs ?? self.placeIDs)).sorted()
    var graph = FitGraph(
      placeIDs: columnIDs,
      freeSlots: columnIDs.map {
        // A place that opens later (or whose slot comes free later) offers what it has then.
        let place = places.record(atSlot: Int(places.slots[$0]!))!
        return Int32(clamping: freeSlots(of: place, on: max(options.day, place.opensOn)))
      })
    let columnOfSlot = columnMap(graph)
    let rows = fitRows(
      slots: ids.map { Int(people.slots[$0]!) }, columnOfSlot: columnOfSlot, filter: filter,
      limit: limit, options: options)
    try options.checkDeadline()
    for (id, row) in zip(ids, rows) { graph.append(id, fits: row.fits, bound: row.bound) }
    return graph
  }

  /// Each place slot's column in `graph`, -1 for places not in it (a column whose place is
  /// no longer stored maps from no slot).
  func columnMap(_ graph: FitGraph) -> [Int32] {
    var columnOfSlot = [Int32](repeating: -1, count: places.capacity)
    for (column, id) in graph.placeIDs.enumerated() {
      if let slot = places.slots[id] { columnOfSlot[Int(slot)] = Int32(column) }
    }
    return columnOfSlot
  }

  /// Rows for `graph`'s columns: each stored participant's best `limit` fits (every fit for
  /// `nil`) among the graph's places, best first, and the most a fit left out scores (`nil`
  /// when none is). For reading more of a person's fits into a graph already built; places
  /// of the graph that are no longer stored are no fits.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``,
  ///   ``MatchError/invalidFilter(_:)``.
  /// - Complexity: that of a batch of shortlists with `k = limit`.
  public func fitRows(
    for ids: [ParticipantID], in graph: FitGraph, filter: PlaceFilter = PlaceFilter(),
    limit: Int?, options: QueryOptions
  ) throws(MatchError) -> [(fits: [(column: Int32, score: Int64)], bound: Int64?)] {
    try check(options, filter)
    let slots = try ids.map { id throws(MatchError) -> Int in
      guard let slot = people.slots[id] else { throw .unknownParticipant(id) }
      return Int(slot)
    }
    let rows = fitRows(
      slots: slots, columnOfSlot: columnMap(graph), filter: filter, limit: limit,
      options: options)
    try options.checkDeadline()
    return rows
  }

  /// The rows of the people in `slots` (in that order): their best `limit` fits (every fit
  /// for `nil`) among the columns, best first, and the bound of what was left out.
  func fitRows(
    slots: [Int], columnOfSlot: [Int32], filter: PlaceFilter, limit: Int?, options: QueryOptions
  ) -> [(fits: [(column: Int32, score: Int64)], bound: Int64?)] {
    let k = limit ?? max(1, places.capacity)
    let order = Set(slots).sorted()
    let chunkSize = 64
    let chunks = (order.count + chunkSize - 1) / chunkSize
    let context = context(filter, options)
    typealias Row = (fits: [(column: Int32, score: Int64)], bound: Int64?)
    let found = Parallel.results(chunks: chunks, threads: options.threads) { chunk -> [Row] in
      let members = Array(order[chunk * chunkSize..<min(order.count, (chunk + 1) * chunkSize)])
      // Past the deadline: empty rows for the chunks left (``fitGraph`` then throws).
      if options.isPastDeadline { return members.map { _ in Row([], nil) } }
      let (states, _) = heaps(forSlots: members, context: context, k: k, useIndex: options.useIndex)
      return states.map { state -> (fits: [(column: Int32, score: Int64)], bound: Int64?) in
        let ranked = state.heap.sorted()
        let cut = limit != nil && ranked.count >= k
        let fits = ranked.compactMap { entry -> (column: Int32, score: Int64)? in
          let column = columnOfSlot[Int(entry.slot)]
          return column < 0 ? nil : (column, entry.score)
        }
        return (fits, cut ? ranked.last!.score : nil)
      }
    }.joined()
    var bySlot: [Int: (fits: [(column: Int32, score: Int64)], bound: Int64?)] = [:]
    bySlot.reserveCapacity(order.count)
    for (slot, row) in zip(order, found) { bySlot[slot] = row }
    return slots.map { bySlot[$0]! }
  }
}

extension MatchEngine {
  /// One stored participant's best `limit` fits (every fit for `nil`), best first, and the
  /// most a fit left out scores (`nil` when none is left out): one row of a fit graph, by
  /// place id.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``,
  ///   ``MatchError/invalidFilter(_:)``.
  public func fits(
    for id: ParticipantID, filter: PlaceFilter = PlaceFilter(), limit: Int?, options: QueryOptions
  ) throws(MatchError) -> (fits: [(place: PlaceID, score: Int64)], bound: Int64?) {
    try fits(for: [id], filter: filter, limit: limit, options: options)[0]
  }

  /// The rows of several stored participants, in the order given, over `options.threads`
  /// threads (see ``fits(for:filter:limit:options:)-(ParticipantID,_,_,_)``).
  public func fits(
    for ids: [ParticipantID], filter: PlaceFilter = PlaceFilter(), limit: Int?,
    options: QueryOptions
  ) throws(MatchError) -> [(fits: [(place: PlaceID, score: Int64)], bound: Int64?)] {
    try check(options, filter)
    let slots = try ids.map { id throws(MatchError) -> Int in
      guard let slot = people.slots[id] else { throw .unknownParticipant(id) }
      return Int(slot)
    }
    let identity = (0..<Int32(places.capacity)).map { $0 }
    let rows = fitRows(
      slots: slots, columnOfSlot: identity, filter: filter, limit: limit, options: options)
    try options.checkDeadline()
    return rows.map { row in
      (row.fits.map { (places.id(atSlot: Int($0.column)), $0.score) }, row.bound)
    }
  }
}

extension MatchEngine {
  /// A stored participant's matches among the given places only, by the shortlist scan,
  /// ordered as a shortlist (score descending, then id): for lists ordered by something
  /// else than the score (a spread shortlist), whose entries still need the match's facts.
  /// Places that do not fit, and unknown ids, are left out.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``.
  public func matches(for id: ParticipantID, among placeIDs: [PlaceID], options: QueryOptions)
    throws(MatchError) -> [Match]
  {
    try check(options)
    guard let slot = people.slots[id] else { throw .unknownParticipant(id) }
    let slots = Set(placeIDs.compactMap { places.slots[$0] }).sorted()
    let segments = slots.map { Segment(cell: -1, lower: $0, upper: $0 + 1) }
    let context = context(PlaceFilter(), options)
    let hot = people.hot[Int(slot)]
    let detail = people.detail[Int(slot)]
    guard hot.availableFrom <= context.horizon, !segments.isEmpty else { return [] }
    let heap = withProbes([(hot, detail)], context) { probes in
      places.withColumns { columns -> TopK in
        var heap = TopK(k: segments.count)
        _ = scanSegments(segments[...], probes.baseAddress!, context, columns, &heap)
        return heap
      }
    }
    return shortlist(
      from: heap, evaluated: segments.count, person: id, hot, detail, day: context.day
    )
    .matches
  }
}
