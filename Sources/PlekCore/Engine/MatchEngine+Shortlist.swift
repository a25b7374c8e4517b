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
  public func batchShortlists(filter: PlaceFilter = PlaceFilter(), options: QueryOptions)
    throws(MatchError)
    -> [BatchShortlist]
  {
    try check(options)
    let slots = people.slots.sorted { $0.key < $1.key }.map { ($0.key, Int($0.value)) }
    let chunkSize = 16
    let chunks = (slots.count + chunkSize - 1) / chunkSize
    let results = ResultSlots<Shortlist?>(count: slots.count, initial: nil)
    var single = options
    single.threads = 1
    Parallel.forEach(chunks: chunks, threads: options.threads) { [self, single] chunk in
      for position in chunk * chunkSize..<min(slots.count, (chunk + 1) * chunkSize) {
        let (id, slot) = slots[position]
        results[position] = shortlist(people.hot[slot], people.detail[slot], id, filter, single)
      }
    }
    return zip(slots, results.elements).map {
      BatchShortlist(participantID: $0.0.0, shortlist: $0.1!)
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
    var reachKilometres = detail.reachKilometres
    if context.filterMaxMinutes < Double(detail.maxTravelMinutes) {
      reachKilometres = TravelModel.reachKilometres(
        minutes: context.filterMaxMinutes, detourFactor: detail.detourFactor, speed: detail.speed)
      probe.chordLimit = CompiledPolicy.chordLimitSquared(kilometres: reachKilometres)
    }
    guard probe.availableFrom <= context.horizon, options.k > 0 else {
      return Shortlist(matches: [], evaluated: 0, total: places.count)
    }

    var segments: [Segment] = []
    if options.useIndex {
      let allowed = allSectors & ~probe.excluded
      let origin = GeoPoint(latitude: detail.latitude, longitude: detail.longitude)
      for cell in grid.cells(within: reachKilometres, of: origin) {
        let starts = places.index.cells[cell].starts
        var sectors = allowed
        while sectors != 0 {
          let sector = sectors.trailingZeroBitCount
          sectors &= sectors &- 1
          if starts[sector] < starts[sector + 1] {
            segments.append(
              Segment(cell: Int32(cell), lower: starts[sector], upper: starts[sector + 1]))
          }
        }
      }
    } else if places.capacity > 0 {
      segments = [Segment(cell: -1, lower: 0, upper: Int32(places.capacity))]
    }

    let (heap, evaluated) = places.withColumns { columns in
      Self.scan(segments, k: options.k, threads: options.threads) { [self, probe] part, heap in
        var evaluated = 0
        let details = columns.detail.baseAddress!
        Self.forEachSlot(in: part, index: places.index) { slot in
          guard columns.alive[slot] else { return }
          evaluated += 1
          let place = columns.hot[slot]
          guard PairKernel.passesCheapKnockOuts(probe, place, context),
            let result = PairKernel.evaluate(
              probe, detail, place, details + slot, context, compiled),
            heap.admits(result.score)
          else { return }
          heap.consider(
            Ranked(
              score: result.score, key: columns.keys[slot], slot: Int32(slot),
              travelMinutes: result.travelMinutes, assessmentPoints: result.assessmentPoints))
        }
        return evaluated
      }
    }
    let matches = heap.sorted().map { ranked in
      Match(
        participantID: id, placeID: places.records[Int(ranked.slot)]!.id, score: ranked.score,
        travelMinutes: ranked.travelMinutes, assessmentPoints: Int(ranked.assessmentPoints))
    }
    return Shortlist(matches: matches, evaluated: evaluated, total: places.count)
  }
}

/// The shortlist of one participant in a batch.
public struct BatchShortlist: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// Their shortlist.
  public var shortlist: Shortlist
}
