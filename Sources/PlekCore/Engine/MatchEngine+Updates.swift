extension MatchEngine {
  /// Adds or replaces participants, all or nothing: if any id occurs twice in the batch (or
  /// a record fails under this engine's taxonomy), nothing changes and every problem is
  /// reported with its batch index.
  ///
  /// - Complexity: O(m log n) for m records; only those records are recompiled.
  public mutating func upsert(participants batch: [Validated<Participant>]) throws(MatchError) {
    try upsert(batch)
  }

  /// Adds or replaces places, all or nothing, like ``upsert(participants:)-(Validated)``.
  public mutating func upsert(places batch: [Validated<Place>]) throws(MatchError) {
    try upsert(batch)
  }

  /// Validates plain participants once, then adds or replaces them, all or nothing.
  public mutating func upsert(participants batch: [Participant]) throws(MatchError) {
    try upsert(Self.validateBatch(batch, in: taxonomy))
  }

  /// Validates plain places once, then adds or replaces them, all or nothing.
  public mutating func upsert(places batch: [Place]) throws(MatchError) {
    try upsert(Self.validateBatch(batch, in: taxonomy))
  }

  /// Removes participants. If any id is unknown, nothing is removed.
  public mutating func remove(participants ids: [ParticipantID]) throws(MatchError) {
    if let unknown = ids.first(where: { people.slots[$0] == nil }) {
      throw .unknownParticipant(unknown)
    }
    try checkNoPlacements(people: ids)
    remove(ids, as: Participant.self)
  }

  /// Removes places. If any id is unknown, nothing is removed.
  public mutating func remove(places ids: [PlaceID]) throws(MatchError) {
    if let unknown = ids.first(where: { places.slots[$0] == nil }) { throw .unknownPlace(unknown) }
    try checkNoPlacements(places: ids)
    remove(ids, as: Place.self)
  }

  /// Replaces the policy. Participants are recompiled (their reach and wish values depend on
  /// it); places are not.
  public mutating func setPolicy(_ newPolicy: Validated<Policy>) throws(MatchError) {
    let policy = try Self.accept(newPolicy, in: taxonomy)
    self.policy = policy
    reference = ReferenceScorer(policy: policy)
    compiled = CompiledPolicy(policy, sectors: taxonomy.sectors.count)
    reach = Array(repeating: 0, count: grid.cellCount)
    for slot in 0..<people.capacity {
      if let person = people.record(atSlot: slot) { store(person) }
    }
  }

  /// Validates a plain policy once, then replaces the policy.
  public mutating func setPolicy(_ newPolicy: Policy) throws(MatchError) {
    let checked = taxonomy.validate(newPolicy)
    guard let policy = checked.validated else { throw .invalidPolicy(checked.problems) }
    try setPolicy(policy)
  }

  mutating func upsert<Record: EngineRecord>(_ batch: [Validated<Record>]) throws(MatchError) {
    for record in try Self.checkedBatch(batch, in: taxonomy) { store(record) }
    regridIfGrown()
  }

  /// Sizes the grid again when the records have grown to more than four times what it was
  /// sized for: an engine started small (or empty) and filled through upserts would otherwise
  /// keep cells sized for a handful of records, and every query would read whole towns.
  ///
  /// Records keep their slots (nothing outside the engine holds a cell); only their cells,
  /// the cell index and the cells' reach are made again. Results never depend on the grid.
  ///
  /// - Complexity: O(n) when it regrids, which happens once per fourfold growth: O(1)
  ///   amortized per record.
  mutating func regridIfGrown() {
    let count = max(people.count, places.count)
    guard count > 4 * grid.designedRecords else { return }
    let next = SpatialGrid(bounds: grid.bounds, records: count)
    // At the finest cells (0.5 km) or the most (256 × 256) there is nothing to gain.
    guard next.cellCount > grid.cellCount else { return }
    grid = next
    places.refile(cellCount: next.cellCount) { next.cell(of: $0) }
    people.refile(cellCount: next.cellCount) { next.cell(of: $0) }
    reach = Array(repeating: 0, count: next.cellCount)
    for slot in 0..<people.capacity where people.alive[slot] {
      let cell = Int(people.cellOf[slot])
      reach[cell] = max(reach[cell], people.detail[slot].reachKilometres)
    }
  }

  mutating func remove<Record: EngineRecord>(_ ids: [Record.ID], as kind: Record.Type) {
    for id in ids {
      let removed = Record.withStore(&self) { store in
        store.slots[id].flatMap { slot in store.remove(id).map { (Int(slot), $0) } }
      }
      if let (slot, cell) = removed { Record.didRemove(slot: slot, cell: cell, in: &self) }
    }
  }
}
