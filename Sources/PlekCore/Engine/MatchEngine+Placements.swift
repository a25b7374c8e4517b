extension MatchEngine {
  /// Adds or replaces placements, all or nothing: each must name a participant and a place
  /// the engine holds, each id may occur once, and no two placements of one person at one
  /// place may overlap (with the batch and with those held).
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` listing every problem by batch index;
  ///   nothing changes then.
  /// - Complexity: O(m log m) for m placements, plus the placements already held for the
  ///   same people and places.
  public mutating func upsert(placements batch: [Validated<Placement>]) throws(MatchError) {
    try Self.checkForeign(batch, in: taxonomy, id: \.id.rawValue)
    var problems: [RecordProblems] = []
    let records = batch.map(\.value)
    // The batch checked with the held placements of the same people at the same places
    // (those it replaces left out): overlaps and ids twice show there. An empty ledger (a
    // load) holds none.
    var held: [Placement] = []
    if placements.count > 0 {
      let replaced = Set(records.map(\.id))
      let pairs = Set(records.map { PersonAtPlace(person: $0.participant, place: $0.place) })
      held = pairs.flatMap { pair in
        placements.placements(of: pair.person).filter {
          $0.place == pair.place && !replaced.contains($0.id)
        }
      }
    }
    let found = Placement.crossProblems(
      records + held, isParticipant: { people.slots[$0] != nil },
      isPlace: { places.slots[$0] != nil })
    for (index, list) in found.sorted(by: { $0.key < $1.key }) where index < records.count {
      problems.append(RecordProblems(index: index, id: records[index].id.rawValue, problems: list))
    }
    // A held placement found in conflict is one the batch overlaps: said on the batch's side.
    for (index, list) in found where index >= records.count {
      let other = (records + held)[index]
      for (batchIndex, record) in records.enumerated()
      where record.participant == other.participant && record.place == other.place
        && !problems.contains(where: { $0.index == batchIndex })
      {
        problems.append(
          RecordProblems(
            index: batchIndex, id: record.id.rawValue,
            problems: list.map {
              ModelProblem(
                path: "start", kind: .conflict, value: record.start.iso,
                expected: "no overlap with \(other.id.rawValue) of the same person and place ("
                  + ($0.expected ?? "") + ")")
            }))
      }
    }
    guard problems.isEmpty else { throw .invalidRecords(problems.sorted { $0.index < $1.index }) }
    let replaced = records.compactMap { placements.placement($0.id) }
    placements.store(records)
    refreshSlots(of: records.map(\.place) + replaced.map(\.place))
    refreshEarned(of: (records + replaced).filter(\.earnedLevels).map(\.participant))
  }

  /// Adds the placements of this engine's own sealed image: the seal proves that this Plek
  /// wrote them from an engine that had checked them against its people and places, so they
  /// are stored without those checks again (a start from the image pays only their decoding).
  /// Any other placements go through ``upsert(placements:)``.
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` for placements validated against another
  ///   taxonomy that do not validate under this one.
  public mutating func restore(sealedPlacements batch: [Validated<Placement>]) throws(MatchError) {
    try Self.checkForeign(batch, in: taxonomy, id: \.id.rawValue)
    placements.store(batch.map(\.value))
  }

  /// Ends a running placement on `day` for `reason`, with what a learning-work route
  /// earned.
  ///
  /// - Throws: ``MatchError/unknownPlacement(_:)``; ``MatchError/invalidRecords(_:)`` when it
  ///   has ended already, `day` is before its start, or the result does not validate.
  public mutating func end(
    placement id: PlacementID, on day: Day, reason: PlacementEndReason,
    earned: LearningResult? = nil
  ) throws(MatchError) {
    guard var placement = placements.placement(id) else { throw .unknownPlacement(id) }
    if let ended = placement.end {
      throw .invalidRecords([
        RecordProblems(
          index: 0, id: id.rawValue,
          problems: [
            ModelProblem(
              path: "end", kind: .conflict, value: ended.iso,
              expected:
                "a running placement (this one ended on \(ended.iso); upsert it to correct the end)"
            )
          ])
      ])
    }
    (placement.end, placement.endReason, placement.earned) = (day, reason, earned)
    let problems = placement.problems(in: taxonomy)
    guard problems.isEmpty else {
      throw .invalidRecords([RecordProblems(index: 0, id: id.rawValue, problems: problems)])
    }
    placements.store([placement])
    refreshSlots(of: [placement.place])
    refreshEarned(of: [placement].filter(\.earnedLevels).map(\.participant))
  }

  /// Removes placements. If any id is unknown, nothing is removed.
  public mutating func remove(placements ids: [PlacementID]) throws(MatchError) {
    if let unknown = ids.first(where: { placements.placement($0) == nil }) {
      throw .unknownPlacement(unknown)
    }
    let removed = ids.compactMap { placements.placement($0) }
    for id in ids { placements.drop(id) }
    refreshSlots(of: removed.map(\.place))
    refreshEarned(of: removed.filter(\.earnedLevels).map(\.participant))
  }

  /// Refuses to remove records that placements refer to: their history would be lost.
  func checkNoPlacements(people ids: [ParticipantID]) throws(MatchError) {
    if let held = ids.first(where: { placements.hasPlacements(person: $0) }) {
      throw .hasPlacements(held.rawValue, placements.placements(of: held).map(\.id))
    }
  }

  /// Refuses to remove places that placements refer to.
  func checkNoPlacements(places ids: [PlaceID]) throws(MatchError) {
    if let held = ids.first(where: { placements.hasPlacements(place: $0) }) {
      throw .hasPlacements(held.rawValue, placements.placements(at: held).map(\.id))
    }
  }
}

extension MatchEngine {
  /// The placements as a history for the results (``PlacementHistory``): each placed
  /// person's municipality and target group and each place's kind of employer, as the
  /// engine holds them now.
  ///
  /// - Complexity: O(m log m) for m placements (a record decoded per person and place with
  ///   placements).
  public func placementHistory() -> PlacementHistory {
    var subjects: [ParticipantID: OutcomeSubject] = [:]
    var kinds: [PlaceID: EmployerKind] = [:]
    var sroi: Set<PlaceID> = []
    let all = placements.all
    for placement in all {
      if subjects[placement.participant] == nil, let person = participant(placement.participant) {
        subjects[person.id] = OutcomeSubject(person)
      }
      if kinds[placement.place] == nil, let place = place(placement.place) {
        kinds[place.id] = place.employerKind
        if place.sroi { sroi.insert(place.id) }
      }
    }
    return PlacementHistory(subjects: subjects, kinds: kinds, placements: all, sroiPlaces: sroi)
  }
}
