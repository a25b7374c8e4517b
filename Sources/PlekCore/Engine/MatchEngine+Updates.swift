extension MatchEngine {
  /// Adds or replaces participants. The whole batch is validated first; if any record has a
  /// problem, nothing changes and every problem is reported with its batch index.
  ///
  /// - Complexity: O(m log n) for m records; only those records are recompiled.
  public mutating func upsert(participants batch: [Participant]) throws(MatchError) {
    let problems = Self.problems(batch, taxonomy: taxonomy)
    guard problems.isEmpty else { throw .invalidRecords(problems) }
    for person in batch { store(person) }
  }

  /// Adds or replaces places, all or nothing, like ``upsert(participants:)``.
  public mutating func upsert(places batch: [Place]) throws(MatchError) {
    let problems = Self.problems(batch, taxonomy: taxonomy)
    guard problems.isEmpty else { throw .invalidRecords(problems) }
    for place in batch { store(place) }
  }

  /// Removes participants. If any id is unknown, nothing is removed.
  public mutating func remove(participants ids: [ParticipantID]) throws(MatchError) {
    if let unknown = ids.first(where: { people.slots[$0] == nil }) {
      throw .unknownParticipant(unknown)
    }
    for id in ids {
      if let cell = people.remove(id) { recomputeReach(cell) }
    }
  }

  /// Removes places. If any id is unknown, nothing is removed.
  public mutating func remove(places ids: [PlaceID]) throws(MatchError) {
    if let unknown = ids.first(where: { places.slots[$0] == nil }) { throw .unknownPlace(unknown) }
    for id in ids {
      if let slot = places.slots[id] {
        places.remove(id)
        placeBlocks.kill(slot: Int(slot))
      }
    }
  }

  /// Replaces the policy. Participants are recompiled (their reach and wish values depend on
  /// it); places are not.
  public mutating func setPolicy(_ newPolicy: Policy) throws(MatchError) {
    let problems = newPolicy.problems(in: taxonomy)
    guard problems.isEmpty else { throw .invalidPolicy(problems) }
    policy = newPolicy
    reference = ReferenceScorer(policy: newPolicy)
    compiled = CompiledPolicy(newPolicy)
    reach = Array(repeating: 0, count: grid.cellCount)
    for slot in 0..<people.capacity {
      if let person = people.records[slot] { store(person) }
    }
  }
}
