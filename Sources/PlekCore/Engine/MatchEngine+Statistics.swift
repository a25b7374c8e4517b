/// Counts and sizes of an engine, for monitoring.
public struct EngineStatistics: Hashable, Sendable {
  /// Participants stored.
  public var participants: Int
  /// Places stored.
  public var places: Int
  /// Rows and columns of the spatial grid.
  public var gridRows: Int
  public var gridColumns: Int
  /// The approximate side of a grid cell in kilometres.
  public var cellKilometres: Double
  /// Slot entries in the place index (one per place).
  public var placeIndexEntries: Int
  /// Slot entries in the participant index (one per participant).
  public var participantIndexEntries: Int
  /// Bytes of packed records and index entries (the friendly records not counted).
  public var packedBytes: Int
}

/// Why places are out of reach for one participant: how often each knock-out occurs.
public struct KnockOutSummary: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// Places that fit.
  public var fits: Int
  /// Places knocked out.
  public var knockedOut: Int
  /// For each kind of knock-out, the number of places it rules out, most frequent first
  /// (then by code).
  public var reasons: [ReasonCount]
  /// Places ruled out by exactly one reason, per code: what a single step would open.
  public var soleReasons: [ReasonCount]
}

/// How many places one kind of knock-out rules out.
public struct ReasonCount: Hashable, Sendable {
  /// The kind of knock-out.
  public var kind: KnockOut.Kind
  /// The number of places.
  public var places: Int

  /// Creates a count.
  public init(kind: KnockOut.Kind, places: Int) { (self.kind, self.places) = (kind, places) }

  /// The kind's code.
  public var code: String { kind.declaration.code }
}

extension MatchEngine {
  /// Counts and sizes.
  public var statistics: EngineStatistics {
    let placeBytes =
      MemoryLayout<PlaceHot>.stride + MemoryLayout<PlaceDetail>.stride + MemoryLayout<IDKey>.stride
      + 1
    let personBytes =
      MemoryLayout<PersonHot>.stride + MemoryLayout<PersonDetail>.stride
      + MemoryLayout<IDKey>.stride + 1
    let placeEntries = places.index.entryCount
    let personEntries = people.index.entryCount
    return EngineStatistics(
      participants: people.count, places: places.count, gridRows: grid.rows,
      gridColumns: grid.columns,
      cellKilometres: grid.cellKilometres,
      placeIndexEntries: placeEntries, participantIndexEntries: personEntries,
      packedBytes: places.capacity * placeBytes + people.capacity * personBytes + 4
        * (placeEntries + personEntries))
  }

  /// What knocks out the places for a participant, over every stored place: the perspective
  /// an officer needs when a shortlist is short or empty.
  ///
  /// - Complexity: O(places), with the reference scorer; meant for one person at a time.
  public func knockOutSummary(for id: ParticipantID, on day: Day, horizonDays: Int? = nil)
    throws(MatchError) -> KnockOutSummary
  {
    guard let person = people.record(id) else { throw .unknownParticipant(id) }
    try checkHorizon(horizonDays)
    var fits = 0
    var counts: [KnockOut.Kind: Int] = [:]
    var sole: [KnockOut.Kind: Int] = [:]
    for slot in 0..<places.capacity {
      guard let place = places.record(atSlot: slot) else { continue }
      let reasons = Set(
        reference.evaluate(person, place, on: day, horizonDays: horizonDays).knockOuts.map(\.kind))
      if reasons.isEmpty {
        fits += 1
        continue
      }
      for code in reasons { counts[code, default: 0] += 1 }
      if reasons.count == 1 { sole[reasons.first!, default: 0] += 1 }
    }
    func ranked(_ table: [KnockOut.Kind: Int]) -> [ReasonCount] {
      table.map { ReasonCount(kind: $0.key, places: $0.value) }.sorted {
        $0.places > $1.places || ($0.places == $1.places && $0.code < $1.code)
      }
    }
    return KnockOutSummary(
      participantID: id, fits: fits, knockedOut: places.count - fits, reasons: ranked(counts),
      soleReasons: ranked(sole))
  }
}
