import PlekCore

/// Placements in a snapshot: the optional section `PLMT`, the placements as a JSON array
/// (the form of `placements.json`), in id order. A snapshot without placements has no such
/// section (and is byte for byte what it was before placements existed). Like the records
/// sections, it is checksummed, not sealed: its placements are decoded, validated and checked
/// against the engine's people and places at every load.
extension BinarySnapshot {
  /// The section tag.
  static let placementsTag = "PLMT"

  /// The placements section of `placements`, or nothing when there are none.
  static func placementsSection(_ placements: [Placement]) -> [(String, [UInt8])] {
    guard !placements.isEmpty else { return [] }
    let sorted = placements.sorted { $0.id < $1.id }
    return [(placementsTag, JSONWriter().bytes(.array(sorted.map(\.json))))]
  }

  /// The placements of a snapshot (none without a `PLMT` section), each decoded and
  /// validated against `taxonomy`.
  ///
  /// - Throws: ``SnapshotError`` when the section fails its checksum, is not a JSON array,
  ///   or a placement does not decode (naming it and its first problem).
  static func placements(
    _ source: SnapshotSource, _ table: [SnapshotSection], _ taxonomy: Taxonomy
  ) throws(SnapshotError) -> [Validated<Placement>] {
    guard table.contains(where: { $0.tag == placementsTag }) else { return [] }
    guard case .array(let elements)? = try? JSONParser().parse(bytes(placementsTag, source, table))
    else {
      throw SnapshotError("section \(placementsTag) is not a JSON array of placements")
    }
    var placements: [Validated<Placement>] = []
    placements.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      let decoded = Placement.decode(json: element, taxonomy: taxonomy)
      guard let placement = decoded.validated else {
        let first = decoded.problems.first.map { "\($0.path) \($0.kind.rawValue)" } ?? ""
        throw SnapshotError(
          "placement \(index) of section \(placementsTag) does not validate: \(terminalSafe(first))"
        )
      }
      placements.append(placement)
    }
    return placements
  }

  /// `engine` with the snapshot's placements added (checked against its people and places).
  static func withPlacements(
    _ engine: MatchEngine, _ source: SnapshotSource, _ table: [SnapshotSection]
  ) throws(SnapshotError) -> MatchEngine {
    let placements = try placements(source, table, engine.taxonomy)
    guard !placements.isEmpty else { return engine }
    var engine = engine
    do throws(MatchError) {
      try engine.upsert(placements: placements)
    } catch {
      throw SnapshotError("the placements do not fit the records: \(error)")
    }
    return engine
  }
}
