extension MatchEngine {
  /// The best participants for a stored place.
  ///
  /// - Throws: ``MatchError/unknownPlace(_:)``, ``MatchError/invalidOption(_:)``.
  /// - Complexity: O(p) for p participants filed under the place's primary sector in cells
  ///   whose participants can reach it.
  public func candidates(
    for id: PlaceID, filter: ParticipantFilter = ParticipantFilter(), options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options, filter)
    guard let slot = places.slots[id], let place = places.record(atSlot: Int(slot)) else {
      throw .unknownPlace(id)
    }
    return candidates(places.hot[Int(slot)], places.detail[Int(slot)], place, filter, options)
  }

  /// The best participants for a place that is not stored (a vacancy being drafted).
  public func candidates(
    for validated: Validated<Place>, filter: ParticipantFilter = ParticipantFilter(),
    options: QueryOptions
  ) throws(MatchError) -> Shortlist {
    try check(options, filter)
    let place = try accept(validated)
    let (hot, detail) = PlacePacker.pack(place, taxonomy: taxonomy)
    return candidates(hot, detail, place, filter, options)
  }

  /// The candidates of a place, packed. A place with no free slot on the day (none at all,
  /// or its placements hold every slot until a later day) is asked as if it had one, open
  /// from its own opening day: the list says who would fit when a slot opens, and says that
  /// the place is full.
  func candidates(
    _ packed: PlaceHot, _ placeDetail: PlaceDetail, _ record: Place, _ filter: ParticipantFilter,
    _ options: QueryOptions
  ) -> Shortlist {
    let full = record.freeSlots <= 0 || record.slotFreeFrom.map { $0 > options.day } == true
    var asked = packed
    if full {
      asked.gate &= ~GateBit.noFreeSlot
      asked.openFrom = record.openFrom.daysSinceEpoch
    }
    let place = asked
    var context = PairContext(
      horizon: horizon(options).daysSinceEpoch, day: options.day.daysSinceEpoch)
    if let limit = filter.maxTravelMinutes { context.filterMaxMinutes = Double(limit) }
    guard place.openFrom <= context.horizon, options.k > 0 else {
      return Shortlist(matches: [], evaluated: 0, total: people.count, placeIsFull: full)
    }
    // One flag per municipality of the region (stored indexes are below its count).
    var allowedMunicipality = [Bool](
      repeating: filter.municipalities.isEmpty,
      count: max(1, taxonomy.region.municipalities.count))
    for municipality in filter.municipalities {
      if let index = taxonomy.index(of: municipality) { allowedMunicipality[index] = true }
    }

    let segments = peopleSegments(for: record, useIndex: options.useIndex)
    // The people the place's load demand and gate leave: the others' records are not read
    // (`useIndex: false` reads everybody, the plain scan the tests compare with).
    let survivors =
      options.useIndex ? peopleBits.survivors(demand: place.knockOutDemand, gate: place.gate) : nil

    let fixedContext = context
    let (heap, evaluated) = people.withColumns { columns in
      Self.scan(segments, k: options.k, threads: options.threads) {
        [allowedMunicipality] part, heap in
        withUnsafePointer(to: placeDetail) { placeDetail in
          var evaluated = 0
          Self.forEachSlot(in: part[...], index: people.index) { slot in
            if let survivors {
              let word = slot >> 6
              guard word < survivors.count, survivors[word] & (1 << UInt64(slot & 63)) != 0
              else { return }
            }
            guard columns.alive[slot] else { return }
            evaluated += 1
            let person = columns.hot[slot]
            guard person.availableFrom <= fixedContext.horizon,
              allowedMunicipality[Int(person.municipality)]
            else { return }
            heap.consider(
              person: slot, of: columns, at: place, placeDetail, fixedContext, compiled)
          }
          return evaluated
        }
      }
    }
    let day = context.day
    let matches = heap.sorted().map { ranked in
      Match(
        ranked, person: people.id(atSlot: Int(ranked.slot)),
        availableFrom: people.hot[Int(ranked.slot)].availableFrom, place: record.id,
        opensOn: record.openFrom.daysSinceEpoch, internalPlace: record.employerKind == .internal,
        day: day, margin: people.detail[Int(ranked.slot)].internalMargin)
    }
    return Shortlist(matches: matches, evaluated: evaluated, total: people.count, placeIsFull: full)
  }

  /// The people a place's candidate list (or carving) reads: those in cells whose people
  /// can reach it; every person when `useIndex` is false. People elsewhere are out of their
  /// own travel reach: no change of the place lets them in. (People are filed once per cell,
  /// in group 0; the scan's cheap checks drop those who exclude the place's sector.)
  func peopleSegments(for record: Place, useIndex: Bool = true) -> [Segment] {
    guard useIndex else {
      return people.capacity > 0 ? [Segment(cell: -1, lower: 0, upper: Int32(people.capacity))] : []
    }
    var segments: [Segment] = []
    for cell in 0..<grid.cellCount where reach[cell] > 0 {
      let starts = people.index.cells[cell].starts
      guard starts[0] < starts[1],
        grid.minimumDistance(from: record.location, to: cell) <= reach[cell]
      else { continue }
      segments.append(Segment(cell: Int32(cell), lower: starts[0], upper: starts[1]))
    }
    return segments
  }

  /// The full evaluation of a stored pair: every knock-out, or the score with every component
  /// and assessment point. `horizonDays` widens the planning horizon as a query's does
  /// (`nil`: the policy's).
  public func explain(
    participant: ParticipantID, place: PlaceID, on day: Day, horizonDays: Int? = nil
  ) throws(MatchError) -> Explanation {
    guard let person = people.record(participant) else { throw .unknownParticipant(participant) }
    guard let job = places.record(place) else { throw .unknownPlace(place) }
    try checkHorizon(horizonDays)
    return reference.evaluate(person, job, on: day, horizonDays: horizonDays)
  }

  /// The full evaluation of a pair given as validated values (either may be unstored).
  /// With `whenASlotOpens`, a full place is evaluated as if one slot were free: the
  /// explanation of an entry of a full place's candidate list.
  public func explain(
    _ participant: Validated<Participant>, _ place: Validated<Place>, on day: Day,
    horizonDays: Int? = nil, whenASlotOpens: Bool = false
  ) throws(MatchError) -> Explanation {
    try checkHorizon(horizonDays)
    var job = try accept(place)
    if whenASlotOpens { (job.freeSlots, job.slotFreeFrom) = (max(1, job.freeSlots), nil) }
    return reference.evaluate(try accept(participant), job, on: day, horizonDays: horizonDays)
  }

  /// Checks a candidate query's options and filter.
  func check(_ options: QueryOptions, _ filter: ParticipantFilter) throws(MatchError) {
    try check(options)
    let problems = filter.problems(in: taxonomy)
    guard problems.isEmpty else { throw .invalidFilter(problems) }
  }
}

extension TopK {
  /// Scores a person of `columns` at a place, on the compiled kernel, and keeps the pair
  /// when it enters the list: the cheap knock-outs, then the full evaluation only when the
  /// pair's bound reaches the list's threshold.
  @inline(__always)
  mutating func consider(
    person slot: Int, of columns: Columns<PersonHot, PersonDetail>, at place: PlaceHot,
    _ placeDetail: UnsafePointer<PlaceDetail>, _ context: PairContext, _ policy: CompiledPolicy
  ) {
    let person = columns.hot[slot]
    guard PairKernel.passesCheapKnockOuts(person, place, context),
      let result = PairKernel.evaluate(
        person, columns.detail[slot], place, placeDetail, context, policy, threshold: threshold),
      admits(result.scoreMillionths)
    else { return }
    consider(
      Ranked(
        score: result.scoreMillionths, key: columns.keys[slot], slot: Int32(slot),
        travelMinutes: result.travelMinutes, assessmentPoints: result.assessmentPoints))
  }
}
