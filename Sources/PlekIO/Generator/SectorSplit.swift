import PlekCore

/// A taxonomy with every sector split into several, and records moved onto the new sectors:
/// wide taxonomies (up to ``Taxonomy/maximumSectors``) for tests and benchmarks, from
/// regional data.
///
/// Sector `i` of the base taxonomy (at most 16 sectors) becomes sectors `i`, `i + 16`, …,
/// `i + 16 (parts − 1)`, named `ID`, `ID-1`, `ID-2`, …; indexes the base leaves free become
/// reserve sectors no record uses. The parts of a sector therefore share its sector class in
/// the compiled scorer (the index modulo 16), which is the hardest case for its folded
/// checks: a person who excluded one part meets places in the others.
public struct SectorSplit: Sendable {
  /// The base taxonomy.
  public let base: Taxonomy
  /// Parts per sector (1–4).
  public let parts: Int
  /// The split taxonomy: `16 × parts` sectors, competencies listed under every part of
  /// their sectors.
  public let taxonomy: Taxonomy

  /// Splits `base` into `parts` sectors per sector; `nil` when `base` has more than 16
  /// sectors or `parts` is not 1–4 (the split would exceed ``Taxonomy/maximumSectors``).
  public init?(_ base: Taxonomy, parts: Int) {
    guard base.sectors.count <= 16, (1...4).contains(parts) else { return nil }
    self.base = base
    self.parts = parts
    let sectors = (0..<(16 * parts)).map { index -> Sector in
      let sector = index % 16
      let part = index / 16
      guard sector < base.sectors.count else {
        let number = String(index).count == 1 ? "0\(index)" : String(index)
        return Sector(
          id: SectorID("reserve-" + number)!,
          name: LocalizedText(english: "Reserve \(index)", dutch: "Reserve \(index)"))
      }
      let name = base.sectors[sector].name
      return Sector(
        id: Self.part(base.sectors[sector].id, part),
        name: part == 0
          ? name
          : LocalizedText(
            english: name.english + " \(part + 1)", dutch: name.dutch + " \(part + 1)"))
    }
    let competencies = base.competencies.map { competency in
      var split = competency
      split.sectors = competency.sectors.flatMap { sector in
        (0..<parts).map { Self.part(sector, $0) }
      }
      return split
    }
    taxonomy = Taxonomy(
      sectors: sectors, competencies: competencies, loadDimensions: base.loadDimensions,
      region: base.region)
  }

  /// Part `part` (0-based) of a base sector.
  static func part(_ sector: SectorID, _ part: Int) -> SectorID {
    part == 0 ? sector : SectorID(sector.rawValue + "-\(part)")!
  }

  /// The place with each of its sectors moved to a random part of it.
  public func place(_ place: Place, random: inout SplitMix64) -> Place {
    var split = place
    split.sectors = place.sectors.map { Self.part($0, random.below(parts)) }
    return split
  }

  /// The participant with each of their sector wishes moved to a random part of its sector.
  public func participant(_ person: Participant, random: inout SplitMix64) -> Participant {
    var split = person
    split.wishes.sectors = person.wishes.sectors.map {
      SectorPreference(sector: Self.part($0.sector, random.below(parts)), wish: $0.wish)
    }
    return split
  }
}
