/// The placements an engine holds beside its participants and places: the history behind
/// `placements.*` of the service, the state's snapshots, and "placed at … since …" on lists.
///
/// Every placement refers to a participant and a place the engine holds; the engine keeps it
/// so: a placement naming an unknown record is refused, and so is removing a record that
/// placements refer to (its history would be lost; keep the record, or remove its
/// placements first). Two placements of one person at one place never overlap.
///
/// A value, like the engine: copies share storage until one changes.
public struct PlacementLedger: Sendable {
  var byID: [PlacementID: Placement] = [:]
  var byPerson: [ParticipantID: [PlacementID]] = [:]
  var byPlace: [PlaceID: [PlacementID]] = [:]

  /// An empty ledger.
  public init() {}

  /// The number of placements.
  public var count: Int { byID.count }

  /// The placement with `id`, if held.
  public func placement(_ id: PlacementID) -> Placement? { byID[id] }

  /// Every placement, by id.
  ///
  /// - Complexity: O(n log n).
  public var all: [Placement] { byID.keys.sorted().map { byID[$0]! } }

  /// A person's placements, by start and then id.
  public func placements(of person: ParticipantID) -> [Placement] {
    Self.ordered((byPerson[person] ?? []).map { byID[$0]! })
  }

  /// A place's placements, by start and then id.
  public func placements(at place: PlaceID) -> [Placement] {
    Self.ordered((byPlace[place] ?? []).map { byID[$0]! })
  }

  /// Whether placements refer to `person`.
  public func hasPlacements(person: ParticipantID) -> Bool { byPerson[person]?.isEmpty == false }
  /// Whether placements refer to `place`.
  public func hasPlacements(place: PlaceID) -> Bool { byPlace[place]?.isEmpty == false }

  /// The person's placements running on `day`, by start and then id.
  public func active(of person: ParticipantID, on day: Day) -> [Placement] {
    placements(of: person).filter { $0.isActive(on: day) }
  }

  /// The person's *vangnet* on `day`: their last placement that ended in a fall-back on a day
  /// from `months` months before `day` up to `day`, when they hold no placement on `day`;
  /// `nil` otherwise (or when `months` is 0).
  public func vangnet(of person: ParticipantID, on day: Day, months: Int) -> Placement? {
    guard months > 0, !isPlaced(person, on: day) else { return nil }
    let since = day.subtracting(months: months)
    return placements(of: person).last { placement in
      guard placement.fellBack, let end = placement.end else { return false }
      return since <= end && end <= day
    }
  }

  /// Whether the person has a placement running on `day`.
  public func isPlaced(_ person: ParticipantID, on day: Day) -> Bool {
    (byPerson[person] ?? []).contains { byID[$0]!.isActive(on: day) }
  }

  /// The places where the person fell back (a placement there ended in a fall-back on or
  /// before `day`), each with the last such end.
  public func fallBacks(of person: ParticipantID, by day: Day) -> [PlaceID: Day] {
    var found: [PlaceID: Day] = [:]
    for placement in placements(of: person) where placement.fellBack {
      guard let end = placement.end, end <= day else { continue }
      found[placement.place] = max(found[placement.place] ?? end, end)
    }
    return found
  }

  static func ordered(_ placements: [Placement]) -> [Placement] {
    placements.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
  }

  /// Adds or replaces placements (checked by the caller).
  mutating func store(_ placements: [Placement]) {
    if byID.isEmpty {
      byID.reserveCapacity(placements.count)
      byPerson.reserveCapacity(placements.count)
      byPlace.reserveCapacity(placements.count)
    }
    for placement in placements {
      if let old = byID.updateValue(placement, forKey: placement.id) { unlink(old) }
      byPerson[placement.participant, default: []].append(placement.id)
      byPlace[placement.place, default: []].append(placement.id)
    }
  }

  /// Removes a placement, if held.
  mutating func drop(_ id: PlacementID) {
    guard let old = byID.removeValue(forKey: id) else { return }
    unlink(old)
  }

  /// Removes a placement from the look-ups by person and by place.
  private mutating func unlink(_ old: Placement) {
    let id = old.id
    byPerson[old.participant]?.removeAll { $0 == id }
    if byPerson[old.participant]?.isEmpty == true { byPerson[old.participant] = nil }
    byPlace[old.place]?.removeAll { $0 == id }
    if byPlace[old.place]?.isEmpty == true { byPlace[old.place] = nil }
  }
}
