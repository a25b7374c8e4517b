extension Placement: TaxonomyChecked {
  /// Every problem of the placement on its own against `taxonomy`; empty when it is valid.
  ///
  /// Checks the dates (an end or planned end before the start), that an end and its reason
  /// come together, the hours, and that only an ended learning-work route has a result,
  /// whose competencies are the taxonomy's, each once. Whether the participant and the place
  /// exist, and overlaps with the person's other placements, are the dataset's checks
  /// (``Placement/crossProblems(_:participants:places:)``).
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    var collector = ProblemCollector()
    if let end, end < start {
      collector.add("end", .conflict, end.iso, "a day on or after start \(start.iso)")
    }
    if let plannedEnd, plannedEnd < start {
      collector.add(
        "plannedEnd", .conflict, plannedEnd.iso, "a day on or after start \(start.iso)")
    }
    switch (end, endReason) {
    case (.some, nil):
      collector.add(
        "endReason", .missingField, nil,
        "why it ended, one of " + PlacementEndReason.allCodes.joined(separator: ", "))
    case (nil, .some(let reason)):
      collector.add("endReason", .conflict, reason.rawValue, "no end reason while it runs (no end)")
    default: break
    }
    collector.checkRange("hoursPerWeek", hoursPerWeek, Placement.validHours)
    if let earned {
      if form != .learningWork {
        collector.add(
          "earned", .conflict, form.rawValue, "a result only for the form learning-work")
      } else if end == nil {
        collector.add("earned", .conflict, nil, "a result only once the route has ended")
      }
      collector.checkCompetencies("earned.competencies", earned.competencies, in: taxonomy)
    }
    return collector.problems
  }

  /// The problems of each placement against the rest of its dataset, by position in
  /// `placements`: a participant or place that is not in the dataset, an id used twice, and
  /// two placements of the same person at the same place that overlap in time.
  ///
  /// A person may hold two placements at once at different places (two part-time jobs).
  ///
  /// - Complexity: O(n log n) for n placements.
  public static func crossProblems(
    _ placements: [Placement], participants: Set<ParticipantID>, places: Set<PlaceID>
  ) -> [Int: [ModelProblem]] {
    crossProblems(
      placements, isParticipant: { participants.contains($0) }, isPlace: { places.contains($0) })
  }

  /// ``crossProblems(_:participants:places:)`` with the records known by a look-up.
  static func crossProblems(
    _ placements: [Placement], isParticipant: (ParticipantID) -> Bool,
    isPlace: (PlaceID) -> Bool
  ) -> [Int: [ModelProblem]] {
    var found: [Int: [ModelProblem]] = [:]
    func add(_ index: Int, _ problem: ModelProblem) { found[index, default: []].append(problem) }
    var firstWithID: [PlacementID: Int] = [:]
    for (index, placement) in placements.enumerated() {
      if let first = firstWithID[placement.id] {
        add(
          index,
          ModelProblem(
            path: "id", kind: .duplicateID, value: placement.id.rawValue,
            expected: "an id not used before (record \(first))"))
      } else {
        firstWithID[placement.id] = index
      }
      let references = [
        (
          "participant", placement.participant.rawValue,
          isParticipant(placement.participant)
        ),
        ("place", placement.place.rawValue, isPlace(placement.place)),
      ]
      for (field, id, known) in references where !known {
        add(
          index,
          ModelProblem(
            path: field, kind: .invalidValue, value: id,
            expected: "the id of a \(field) of the dataset"))
      }
    }
    // Overlaps: each person's placements at a place, by start; each must end before the
    // next starts. Grouped by hashing, so that only the groups of more than one are sorted.
    var groups: [PersonAtPlace: [Int]] = [:]
    for (index, placement) in placements.enumerated() {
      groups[PersonAtPlace(person: placement.participant, place: placement.place), default: []]
        .append(index)
    }
    for group in groups.values where group.count > 1 {
      let order = group.sorted { (placements[$0].start, $0) < (placements[$1].start, $1) }
      for (before, after) in zip(order, order.dropFirst()) {
        let (a, b) = (placements[before], placements[after])
        if a.end.map({ $0 >= b.start }) ?? true {
          add(
            after,
            ModelProblem(
              path: "start", kind: .conflict, value: b.start.iso,
              expected: "a start after the end of \(a.id.rawValue) of the same person and place"))
        }
      }
    }
    return found
  }
}

/// A person at a place: what two placements must not overlap on.
struct PersonAtPlace: Hashable {
  var person: ParticipantID
  var place: PlaceID
}
