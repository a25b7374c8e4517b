import PlekCore

/// Placements in a snapshot: the optional section `PLMT`, in the form of `PEOP` and `PLAC`
/// (the count, then each placement's length and bytes), in id order. A snapshot without
/// placements has no such section (and is byte for byte what it was before placements
/// existed). Its placements are decoded and validated on all cores at every load. The seal
/// covers it: beside a sealed image that is used (this Plek wrote both from one engine, whose
/// placements it had checked), they are not checked against the records again; read from the
/// records, they are.
extension BinarySnapshot {
  /// The section tag.
  static let placementsTag = "PLMT"

  /// The placements section of `placements`, or nothing when there are none.
  static func placementsSection(_ placements: [Placement], _ taxonomy: Taxonomy)
    -> [(String, [UInt8])]
  {
    guard !placements.isEmpty else { return [] }
    let sorted = placements.sorted { $0.id < $1.id }
    let bytes = records(sorted.count, { sorted[$0] }, { $0.placement($1, taxonomy) })
    return [(placementsTag, bytes)]
  }

  /// The placements of a snapshot (none without a `PLMT` section), each decoded and
  /// validated against `taxonomy`.
  ///
  /// - Throws: ``SnapshotError`` when the section fails its checksum or a placement does
  ///   not decode or validate.
  static func placements(
    _ source: SnapshotSource, _ table: [SnapshotSection], _ taxonomy: Taxonomy
  ) throws(SnapshotError) -> [Validated<Placement>] {
    guard table.contains(where: { $0.tag == placementsTag }) else { return [] }
    let bytes = try bytes(placementsTag, source, table)
    let ids = TaxonomyIDs(taxonomy)
    return try bytes.withUnsafeBufferPointer { buffer throws(SnapshotError) in
      try records(buffer, 0..<buffer.count, taxonomy, "placement") {
        reader throws(SnapshotError) in try reader.placement(ids)
      }
    }
  }

  /// `engine` with the snapshot's placements added: checked against its people and places,
  /// unless `sealed` (the engine is the sealed image they were written with).
  static func withPlacements(
    _ engine: MatchEngine, _ source: SnapshotSource, _ table: [SnapshotSection],
    sealed: Bool = false
  ) throws(SnapshotError) -> MatchEngine {
    let placements = try placements(source, table, engine.taxonomy)
    guard !placements.isEmpty else { return engine }
    var engine = engine
    do throws(MatchError) {
      if sealed {
        try engine.restore(sealedPlacements: placements)
      } else {
        try engine.upsert(placements: placements)
      }
    } catch {
      throw SnapshotError("the placements do not fit the records: \(error)")
    }
    return engine
  }
}

extension ByteWriter {
  mutating func day(_ day: Day?) {
    bool(day != nil)
    i32(day?.daysSinceEpoch ?? 0)
  }

  mutating func placement(_ placement: Placement, _ taxonomy: Taxonomy) {
    string(placement.id.rawValue)
    string(placement.participant.rawValue)
    string(placement.place.rawValue)
    i32(placement.start.daysSinceEpoch)
    day(placement.plannedEnd)
    day(placement.end)
    string(placement.endReason?.rawValue ?? "")
    string(placement.form.rawValue)
    i64(placement.hoursPerWeek)
    bool(placement.wageCostSubsidy)
    bool(placement.jobCoach)
    bool(placement.earned != nil)
    if let earned = placement.earned {
      bool(earned.certificate)
      bool(earned.praktijkverklaring)
      competencies(earned.competencies, taxonomy)
    }
  }
}

extension ByteReader {
  mutating func day() throws(SnapshotError) -> Day? {
    let present = try bool()
    let days = try i32()
    return present ? Day(daysSinceEpoch: days) : nil
  }

  mutating func placement(_ ids: TaxonomyIDs) throws(SnapshotError) -> Placement {
    let id = try id(PlacementID.self)
    let participant = try self.id(ParticipantID.self)
    let place = try self.id(PlaceID.self)
    let start = Day(daysSinceEpoch: try i32())
    let plannedEnd = try day()
    let end = try day()
    let reason = try string()
    let endReason = reason.isEmpty ? nil : PlacementEndReason(rawValue: reason)
    guard reason.isEmpty || endReason != nil else {
      throw SnapshotError("an unknown end reason \(reason.prefix(40).debugDescription)")
    }
    let form = try word(PlacementForm.self)
    let hours = try i64()
    let subsidy = try bool()
    let coach = try bool()
    var earned: LearningResult?
    if try bool() {
      earned = LearningResult(
        certificate: try bool(), praktijkverklaring: try bool(), competencies: try competencies(ids)
      )
    }
    return Placement(
      id: id, participant: participant, place: place, start: start, plannedEnd: plannedEnd,
      end: end, endReason: endReason, form: form, hoursPerWeek: hours, wageCostSubsidy: subsidy,
      jobCoach: coach, earned: earned)
  }
}
