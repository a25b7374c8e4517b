extension MatchEngine {
  /// The best places for a stored participant.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``,
  ///   ``MatchError/invalidFilter(_:)``.
  /// - Complexity: O(p) for p places in reach and in sectors the person did not exclude,
  ///   plus O(log k) per place entering the top k.
  public func shortlist(
    for id: ParticipantID, filter: PlaceFilter = PlaceFilter(), options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options, filter)
    guard let slot = people.slots[id] else { throw .unknownParticipant(id) }
    return shortlist(
      people.hot[Int(slot)], people.detail[Int(slot)], id, filter, options)
  }

  /// The best places for a participant that is not stored (an intake profile).
  public func shortlist(
    for participant: Validated<Participant>, filter: PlaceFilter = PlaceFilter(),
    options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options, filter)
    let person = try accept(participant)
    let (hot, detail) = ParticipantPacker.pack(person, taxonomy: taxonomy, policy: policy)
    return shortlist(hot, detail, person.id, filter, options)
  }

  /// Shortlists for every stored participant, in participant id order, spread over threads.
  ///
  /// Participants are processed in chunks of neighbours, cell by cell: every participant of
  /// the chunk scans a cell's places while they are in cache, instead of each participant
  /// streaming every place from memory. Each participant's result is the same as its own
  /// ``shortlist(for:filter:options:)-(ParticipantID,_,_)``.
  ///
  /// - Parameter progress: called from the workers with the number of participants finished
  ///   by a chunk (chunks of 64 neighbours), for a progress bar; it must be thread-safe.
  public func batchShortlists(
    filter: PlaceFilter = PlaceFilter(), options: QueryOptions,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(MatchError) -> [BatchShortlist] {
    try batchShortlists(for: participantIDs, filter: filter, options: options, progress: progress)
  }

  /// Shortlists for the given stored participants, in the order given.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)`` for the first unknown id.
  public func batchShortlists(
    for ids: [ParticipantID], filter: PlaceFilter = PlaceFilter(), options: QueryOptions,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(MatchError) -> [BatchShortlist] {
    try check(options, filter)
    if let unknown = ids.first(where: { people.slots[$0] == nil }) {
      throw .unknownParticipant(unknown)
    }
    let requested = ids.map { people.slots[$0]! }
    // Neighbours together: chunks follow the slot order, which is cell order.
    let slots = Set(requested.map(Int.init)).sorted()
    let chunkSize = 64
    let chunks = (slots.count + chunkSize - 1) / chunkSize
    let context = context(filter, options)
    let lists = Parallel.results(chunks: chunks, threads: options.threads) { chunk in
      // Past the deadline the chunks left are skipped, and the check below throws.
      guard !options.isPastDeadline else { return [Shortlist]() }
      let members = Array(slots[chunk * chunkSize..<min(slots.count, (chunk + 1) * chunkSize)])
      let lists = shortlists(
        forSlots: members, context: context, k: options.k, useIndex: options.useIndex)
      progress?(members.count)
      return lists
    }.joined()
    try options.checkDeadline()
    // Each slot's list, then the lists in the order asked (an id may be asked for twice).
    var bySlot = [Int32: Shortlist](minimumCapacity: slots.count)
    for (slot, list) in zip(slots, lists) { bySlot[Int32(slot)] = list }
    return zip(ids, requested).map { BatchShortlist(participantID: $0, shortlist: bySlot[$1]!) }
  }

  /// The shortlists of a chunk of stored participants, scanned cell by cell.
  func shortlists(forSlots members: [Int], context: PairContext, k: Int, useIndex: Bool)
    -> [Shortlist]
  {
    let (states, evaluated) = heaps(forSlots: members, context: context, k: k, useIndex: useIndex)
    return members.indices.map { index in
      shortlist(
        from: states[index].heap, evaluated: evaluated[index],
        person: people.id(atSlot: members[index]), people.hot[members[index]],
        people.detail[members[index]], day: context.day)
    }
  }

  /// The best `k` fits of each of a chunk of stored participants (their unsorted heaps) and
  /// the pairs each scan read, scanned cell by cell.
  func heaps(forSlots members: [Int], context: PairContext, k: Int, useIndex: Bool)
    -> (states: [ScanState], evaluated: [Int])
  {
    var packed: [(hot: PersonHot, detail: PersonDetail)] = []
    var plans: [ScanPlan] = []
    for slot in members {
      var hot = people.hot[slot]
      let detail = people.detail[slot]
      plans.append(
        scanPlan(
          &hot, detail, context, useIndex: useIndex,
          available: hot.availableFrom <= context.horizon && k > 0))
      packed.append((hot, detail))
    }
    var states = members.map { _ in ScanState(heap: TopK(k: k)) }
    var evaluated = [Int](repeating: 0, count: members.count)
    withProbes(packed, context) { probes in
      places.withColumns { columns in
        if !useIndex {
          for index in probes.indices {
            evaluated[index] = scanSegments(
              plans[index].segments[...], probes.baseAddress! + index, context, columns,
              &states[index].heap)
          }
          return
        }
        // Segments are in cell order per participant: walk the cells once, and in each cell
        // let every participant that reaches it scan its segments there, while they are in
        // cache.
        var cursors = [Int](repeating: 0, count: members.count)
        for cell in 0..<grid.cellCount {
          for index in probes.indices {
            let segments = plans[index].segments
            var cursor = cursors[index]
            let start = cursor
            while cursor < segments.count && segments[cursor].cell == Int32(cell) { cursor += 1 }
            guard cursor > start else { continue }
            cursors[index] = cursor
            evaluated[index] += collect(
              segments[start..<cursor], probes.baseAddress! + index, context, columns,
              &states[index])
          }
        }
        // What is still pending after the last cell, best bound first.
        for index in probes.indices {
          drain(&states[index], probes.baseAddress! + index, context, columns)
        }
      }
    }
    return (states, evaluated)
  }

  func context(_ filter: PlaceFilter, _ options: QueryOptions) -> PairContext {
    var context = PairContext(
      horizon: horizon(options).daysSinceEpoch, day: options.day.daysSinceEpoch)
    if !filter.employerKinds.isEmpty {
      for kind in EmployerKind.allCases where !filter.employerKinds.contains(kind) {
        context.filterBlock |= GateBit.kind(kind)
      }
    }
    if filter.learningOnly { context.filterBlock |= GateBit.noLearningOffer }
    if !filter.sectors.isEmpty {
      // The engine refuses unknown sectors (``check(_:_:)``): every one has a bit.
      context.requiredSectorSet = SectorBits.exact(filter.sectors, taxonomy)
      context.requiredSectors = SectorBits.folded(context.requiredSectorSet)
    }
    if let limit = filter.maxTravelMinutes { context.filterMaxMinutes = Double(limit) }
    return context
  }

  func shortlist(
    _ person: PersonHot, _ detail: PersonDetail, _ id: ParticipantID, _ filter: PlaceFilter,
    _ options: QueryOptions
  ) -> Shortlist {
    let context = context(filter, options)
    var hot = person
    let plan = scanPlan(
      &hot, detail, context, useIndex: options.useIndex,
      available: hot.availableFrom <= context.horizon && options.k > 0)
    let (heap, evaluated) = withProbes([(hot, detail)], context) { probes in
      let probe = probes.baseAddress!
      return places.withColumns { columns -> (TopK, Int) in
        // On one thread, no closure: a @Sendable closure would capture a copy of the engine.
        guard Self.splitsScan(plan.segments, threads: options.threads) else {
          var heap = TopK(k: options.k)
          let evaluated = scanSegments(plan.segments[...], probe, context, columns, &heap)
          return (heap, evaluated)
        }
        // Each part borrows its own copy of the probe: one copy per part, not per cell.
        let shared = probe.pointee
        return Self.scan(plan.segments, k: options.k, threads: options.threads) { part, heap in
          withUnsafePointer(to: shared) { scanSegments(part[...], $0, context, columns, &heap) }
        }
      }
    }
    return shortlist(
      from: heap, evaluated: evaluated, person: id, person, detail, day: context.day)
  }

  /// Which slot runs a participant's shortlist scans, in cell order, and the probe's travel
  /// prefilter tightened to the query's travel filter.
  func scanPlan(
    _ probe: inout PersonHot, _ detail: PersonDetail, _ context: PairContext, useIndex: Bool,
    available: Bool
  ) -> ScanPlan {
    guard available else { return ScanPlan(segments: []) }
    var reachKilometres = detail.reachKilometres
    if context.filterMaxMinutes < Double(detail.maxTravelMinutes) {
      reachKilometres = TravelModel.reachKilometres(
        minutes: context.filterMaxMinutes, detourFactor: detail.detourFactor, speed: detail.speed)
      probe.chordLimit = CompiledPolicy.chordLimitSquared(kilometres: reachKilometres)
    }
    guard useIndex else {
      return ScanPlan(
        segments: places.capacity > 0
          ? [Segment(cell: -1, lower: 0, upper: Int32(places.capacity))] : [])
    }
    let origin = GeoPoint(latitude: detail.latitude, longitude: detail.longitude)
    return ScanPlan(
      segments: placeSegments(
        within: reachKilometres, of: origin, sectors: allSectors & ~probe.excluded))
  }

  /// The places filed under `sectors` in the cells within `kilometres` of `origin`, in cell
  /// order.
  func placeSegments(within kilometres: Double, of origin: GeoPoint, sectors allowed: UInt16)
    -> [Segment]
  {
    var segments: [Segment] = []
    for cell in grid.cells(within: kilometres, of: origin) {
      let starts = places.index.cells[cell].starts
      var sectors = allowed
      while sectors != 0 {
        let sector = sectors.trailingZeroBitCount
        sectors &= sectors &- 1
        guard starts[sector] < starts[sector + 1] else { continue }
        // A cell's sectors lie next to each other: one longer run wastes fewer block lanes.
        if let last = segments.last, last.cell == Int32(cell), last.upper == starts[sector] {
          segments[segments.count - 1].upper = starts[sector + 1]
        } else {
          segments.append(
            Segment(cell: Int32(cell), lower: starts[sector], upper: starts[sector + 1]))
        }
      }
    }
    return segments
  }

  /// Scans places for one participant, keeping the best in `heap`; returns the pairs visited.
  ///
  /// Runs of consecutive slots (every index segment after a build) go sixteen places at a
  /// time through the byte checks of ``BlockScan``; the few places that survive them get the
  /// travel prefilter, the hard competency check and the score bound, and only then the
  /// full evaluation.
  func scanSegments(
    _ segments: ArraySlice<Segment>, _ probe: UnsafePointer<ScanProbe>, _ context: PairContext,
    _ columns: Columns<PlaceHot, PlaceDetail>, _ heap: inout TopK
  ) -> Int {
    var state = ScanState(heap: heap)
    heap = TopK(k: 0)  // One reference to the heap's storage: the scan mutates it in place.
    let evaluated = collect(segments, probe, context, columns, &state)
    drain(&state, probe, context, columns)
    heap = state.heap
    return evaluated
  }

  /// Scans `segments`: places that pass the cheap checks and whose score bound reaches the
  /// shortlist's threshold go to `state.pending`, drained into `state.heap` in batches.
  /// Returns how many places were read; ``drain(_:_:_:_:)`` finishes the scan.
  func collect(
    _ segments: ArraySlice<Segment>, _ probe: UnsafePointer<ScanProbe>, _ context: PairContext,
    _ columns: Columns<PlaceHot, PlaceDetail>, _ state: inout ScanState
  ) -> Int {
    var evaluated = 0
    for segment in segments {
      if segment.cell < 0 {
        for slot in Int(segment.lower)..<Int(segment.upper) where columns.alive[slot] {
          evaluated += 1
        }
      } else {
        evaluated += segment.count
      }
    }
    _ = withScanner(probe, context, columns: columns) { scanner in
      forEachRun(in: segments) { lower, upper in
        scanner.run(lower, upper, &state.pending, &state.heap)
      }
    }
    return evaluated
  }

  /// Calls `body` with the maximal runs of consecutive place slots of `segments`, in order
  /// (one run per segment after a build): the runs the block checks go through.
  @inline(__always)
  func forEachRun(in segments: ArraySlice<Segment>, _ body: (Int, Int) -> Void) {
    for segment in segments {
      if segment.cell < 0 {
        body(Int(segment.lower), Int(segment.upper))
        continue
      }
      let cell = places.index.cells[Int(segment.cell)]
      if cell.consecutive {
        let first = Int(cell.slots[Int(segment.lower)])
        body(first, first + segment.count)
        continue
      }
      cell.slots.withUnsafeBufferPointer { slots in
        var start = Int(segment.lower)
        while start < Int(segment.upper) {
          var end = start + 1
          while end < Int(segment.upper) && slots[end] == slots[end - 1] + 1 { end += 1 }
          body(Int(slots[start]), Int(slots[end - 1]) + 1)
          start = end
        }
      }
    }
  }

  /// The end of a scan: the places still pending, best bound first, into the heap.
  func drain(
    _ state: inout ScanState, _ probe: UnsafePointer<ScanProbe>, _ context: PairContext,
    _ columns: Columns<PlaceHot, PlaceDetail>
  ) {
    _ = withScanner(probe, context, columns: columns) { scanner in
      scanner.drain(&state.pending, into: &state.heap)
    }
  }

  /// The shortlist of the places in `heap` for the person `id` packed as `hot` and `detail`.
  func shortlist(
    from heap: TopK, evaluated: Int, person id: ParticipantID, _ hot: PersonHot,
    _ detail: PersonDetail, day: Int32
  ) -> Shortlist {
    let internalRank = UInt8(EmployerKind.internal.preferenceRank)
    let matches = heap.sorted().map { ranked in
      let slot = Int(ranked.slot)
      return Match(
        ranked, person: id, availableFrom: hot.availableFrom, place: places.id(atSlot: slot),
        opensOn: places.hot[slot].openFrom,
        internalPlace: places.detail[slot].kindRank == internalRank, day: day,
        margin: detail.internalMargin)
    }
    return Shortlist(matches: matches, evaluated: evaluated, total: places.count)
  }

  /// Checks a query's options and filter.
  func check(_ options: QueryOptions, _ filter: PlaceFilter) throws(MatchError) {
    try check(options)
    let problems = filter.problems(in: taxonomy)
    guard problems.isEmpty else { throw .invalidFilter(problems) }
  }

  /// A validated record's value, validated here when it was checked against another
  /// taxonomy.
  func accept<Record: EngineRecord>(_ record: Validated<Record>) throws(MatchError) -> Record {
    try Self.accept([record], in: taxonomy)[0]
  }
}

/// The slot runs one participant's shortlist scans.
struct ScanPlan: Sendable {
  var segments: [Segment]
}

/// The shortlist of one participant in a batch.
public struct BatchShortlist: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// Their shortlist.
  public var shortlist: Shortlist
}
