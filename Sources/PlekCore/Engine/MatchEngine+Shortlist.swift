extension MatchEngine {
  /// The best places for a stored participant.
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)``, ``MatchError/invalidOption(_:)``.
  /// - Complexity: O(p) for p places in reach and in sectors the person did not exclude,
  ///   plus O(log k) per place entering the top k.
  public func shortlist(
    for id: ParticipantID, filter: PlaceFilter = PlaceFilter(), options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options)
    guard let slot = people.slots[id] else { throw .unknownParticipant(id) }
    return shortlist(people.hot[Int(slot)], people.detail[Int(slot)], id, filter, options)
  }

  /// The best places for a participant that is not stored (an intake profile).
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` when the participant has problems.
  public func shortlist(
    for participant: Participant, filter: PlaceFilter = PlaceFilter(), options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options)
    let problems = Self.problems([participant], taxonomy: taxonomy)
    guard problems.isEmpty else { throw .invalidRecords(problems) }
    let (hot, detail) = ParticipantPacker.pack(participant, taxonomy: taxonomy, policy: policy)
    return shortlist(hot, detail, participant.id, filter, options)
  }

  /// Shortlists for every stored participant, in participant id order, spread over threads.
  ///
  /// Participants are processed in chunks of neighbours, cell by cell: every participant of
  /// the chunk scans a cell's places while they are in cache, instead of each participant
  /// streaming every place from memory. Each participant's result is the same as its own
  /// ``shortlist(for:filter:options:)``.
  public func batchShortlists(filter: PlaceFilter = PlaceFilter(), options: QueryOptions)
    throws(MatchError)
    -> [BatchShortlist]
  {
    try check(options)
    return try batchShortlists(for: participantIDs, filter: filter, options: options)
  }

  /// Shortlists for the given stored participants, in the order given (for progress reports
  /// over a long batch, run it in slices).
  ///
  /// - Throws: ``MatchError/unknownParticipant(_:)`` for the first unknown id.
  public func batchShortlists(
    for ids: [ParticipantID], filter: PlaceFilter = PlaceFilter(), options: QueryOptions
  ) throws(MatchError) -> [BatchShortlist] {
    try check(options)
    if let unknown = ids.first(where: { people.slots[$0] == nil }) {
      throw .unknownParticipant(unknown)
    }
    let byID = ids.map { (key: $0, value: people.slots[$0]!) }
    // Positions of each slot in the requested order (an id may be asked for twice).
    var positions: [Int32: [Int]] = [:]
    for (index, entry) in byID.enumerated() { positions[entry.value, default: []].append(index) }
    let position = positions
    // Neighbours together: chunks follow the slot order, which is cell order.
    let slots = Set(byID.map { Int($0.value) }).sorted()
    let chunkSize = 64
    let chunks = (slots.count + chunkSize - 1) / chunkSize
    let results = ResultSlots<Shortlist?>(count: byID.count, initial: nil)
    let context = context(filter, options)
    Parallel.forEach(chunks: chunks, threads: options.threads) { [self] chunk in
      let members = Array(slots[chunk * chunkSize..<min(slots.count, (chunk + 1) * chunkSize)])
      let lists = shortlists(
        forSlots: members, context: context, k: options.k, useIndex: options.useIndex)
      for (slot, list) in zip(members, lists) {
        for index in position[Int32(slot)]! { results[index] = list }
      }
    }
    return zip(byID, results.elements).map {
      BatchShortlist(participantID: $0.0.key, shortlist: $0.1!)
    }
  }

  /// The shortlists of a chunk of stored participants, scanned cell by cell.
  func shortlists(forSlots members: [Int], context: PairContext, k: Int, useIndex: Bool)
    -> [Shortlist]
  {
    struct Probe {
      var scan: ScanProbe
      var plan: ScanPlan
      var cursor = 0
      var state: ScanState
      var evaluated = 0
    }
    let buffer = UnsafeMutableRawPointer.allocate(
      byteCount: BlockProbe.size * max(1, members.count), alignment: 16)
    defer { buffer.deallocate() }
    var probes = members.enumerated().map { index, slot -> Probe in
      var hot = people.hot[slot]
      let detail = people.detail[slot]
      let plan = scanPlan(
        &hot, detail, context, useIndex: useIndex,
        available: hot.availableFrom <= context.horizon && k > 0)
      let block = BlockProbe.prepare(
        buffer + index * BlockProbe.size, person: hot, detail: detail, context: context,
        policy: compiled)
      return Probe(
        scan: ScanProbe(hot: hot, detail: detail, block: block), plan: plan,
        state: ScanState(heap: TopK(k: k)))
    }
    places.withColumns { columns in
      if !useIndex {
        for index in probes.indices {
          probes[index].evaluated = scanSegments(
            probes[index].plan.segments[...], probes[index].scan, context, columns,
            &probes[index].state.heap)
        }
        return
      }
      // Segments are in cell order per participant: walk the cells once, and in each cell let
      // every participant that reaches it scan its segments there, while they are in cache.
      for cell in 0..<grid.cellCount {
        for index in probes.indices {
          let plan = probes[index].plan
          var cursor = probes[index].cursor
          let start = cursor
          while cursor < plan.segments.count && plan.segments[cursor].cell == Int32(cell) {
            cursor += 1
          }
          guard cursor > start else { continue }
          probes[index].cursor = cursor
          probes[index].evaluated += collect(
            plan.segments[start..<cursor], probes[index].scan, context, columns,
            &probes[index].state)
        }
      }
      // What is still pending after the last cell, best bound first.
      for index in probes.indices {
        drain(&probes[index].state, probes[index].scan, context, columns)
      }
    }
    return zip(members, probes).map { slot, probe in
      shortlist(
        from: probe.state.heap, evaluated: probe.evaluated,
        participantID: people.records[slot]!.id)
    }
  }

  func context(_ filter: PlaceFilter, _ options: QueryOptions) -> PairContext {
    var context = PairContext(
      horizon: options.day.adding(days: policy.planningHorizonDays).daysSinceEpoch)
    if !filter.employerKinds.isEmpty {
      for kind in EmployerKind.allCases where !filter.employerKinds.contains(kind) {
        context.filterBlock |= GateBit.kind(kind)
      }
    }
    if filter.learningOnly { context.filterBlock |= GateBit.noLearningOffer }
    if !filter.sectors.isEmpty {
      context.requiredSectors = PlacePacker.sectorMask(Array(filter.sectors), taxonomy)
      // Sectors unknown to the taxonomy match nothing.
      if context.requiredSectors == 0 { context.filterBlock = ~0 }
    }
    if let limit = filter.maxTravelMinutes { context.filterMaxMinutes = Double(limit) }
    return context
  }

  func shortlist(
    _ person: PersonHot, _ detail: PersonDetail, _ id: ParticipantID, _ filter: PlaceFilter,
    _ options: QueryOptions
  ) -> Shortlist {
    let context = context(filter, options)
    var probe = person
    let plan = scanPlan(
      &probe, detail, context, useIndex: options.useIndex,
      available: probe.availableFrom <= context.horizon && options.k > 0)
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: BlockProbe.size, alignment: 16)
    defer { buffer.deallocate() }
    let scanProbe = ScanProbe(
      hot: probe, detail: detail,
      block: BlockProbe.prepare(
        buffer, person: probe, detail: detail, context: context, policy: compiled))
    let (heap, evaluated) = places.withColumns { columns in
      Self.scan(plan.segments, k: options.k, threads: options.threads) { [self] part, heap in
        scanSegments(part[...], scanProbe, context, columns, &heap)
      }
    }
    return shortlist(from: heap, evaluated: evaluated, participantID: id)
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
    var segments: [Segment] = []
    let allowed = allSectors & ~probe.excluded
    let origin = GeoPoint(latitude: detail.latitude, longitude: detail.longitude)
    for cell in grid.cells(within: reachKilometres, of: origin) {
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
    return ScanPlan(segments: segments)
  }

  /// Scans places for one participant, keeping the best in `heap`; returns the pairs visited.
  ///
  /// Runs of consecutive slots (every index segment after a build) go sixteen places at a
  /// time through the byte checks of ``BlockScan``; the few places that survive them get the
  /// travel prefilter, the hard competency check and the score bound, and only then the
  /// full evaluation.
  func scanSegments(
    _ segments: ArraySlice<Segment>, _ probe: ScanProbe, _ context: PairContext,
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
    _ segments: ArraySlice<Segment>, _ probe: ScanProbe, _ context: PairContext,
    _ columns: Columns<PlaceHot, PlaceDetail>, _ state: inout ScanState
  ) -> Int {
    var evaluated = 0
    withScanner(probe, context, columns) { scanner in
      for segment in segments {
        if segment.cell < 0 {
          for slot in Int(segment.lower)..<Int(segment.upper) where columns.alive[slot] {
            evaluated += 1
          }
          scanner.run(Int(segment.lower), Int(segment.upper), &state.pending, &state.heap)
          continue
        }
        evaluated += segment.count
        let cell = places.index.cells[Int(segment.cell)]
        if cell.consecutive {
          let first = Int(cell.slots[Int(segment.lower)])
          scanner.run(first, first + segment.count, &state.pending, &state.heap)
          continue
        }
        cell.slots.withUnsafeBufferPointer { slots in
          // Maximal runs of consecutive slots (one run per segment after a build).
          var start = Int(segment.lower)
          while start < Int(segment.upper) {
            var end = start + 1
            while end < Int(segment.upper) && slots[end] == slots[end - 1] + 1 { end += 1 }
            scanner.run(Int(slots[start]), Int(slots[end - 1]) + 1, &state.pending, &state.heap)
            start = end
          }
        }
      }
    }
    return evaluated
  }

  /// The end of a scan: the places still pending, best bound first, into the heap.
  func drain(
    _ state: inout ScanState, _ probe: ScanProbe, _ context: PairContext,
    _ columns: Columns<PlaceHot, PlaceDetail>
  ) {
    withScanner(probe, context, columns) { scanner in
      scanner.drain(&state.pending, into: &state.heap)
    }
  }

  private func withScanner(
    _ probe: ScanProbe, _ context: PairContext, _ columns: Columns<PlaceHot, PlaceDetail>,
    _ body: (BlockScan) -> Void
  ) {
    placeBlocks.planes.withUnsafeBufferPointer { blocks in
      body(
        BlockScan(
          probe: probe, context: context, policy: compiled, hot: columns.hot.baseAddress!,
          details: columns.detail.baseAddress!, keys: columns.keys.baseAddress!,
          blocks: blocks.baseAddress!))
    }
  }

  func shortlist(from heap: TopK, evaluated: Int, participantID: ParticipantID) -> Shortlist {
    let matches = heap.sorted().map { ranked in
      Match(
        participantID: participantID, placeID: places.records[Int(ranked.slot)]!.id,
        score: ranked.score,
        travelMinutes: ranked.travelMinutes, assessmentPoints: Int(ranked.assessmentPoints))
    }
    return Shortlist(matches: matches, evaluated: evaluated, total: places.count)
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
