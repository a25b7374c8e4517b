/// The shared vocabulary every dataset is written in: sectors, competencies, the load
/// dimensions' level descriptions and the region.
///
/// Loaded from `Datasets/taxonomy/`. Lookups by id are constant time. The order of
/// ``sectors`` and ``competencies`` fixes the bit each one gets in the compiled scorer, so it
/// is part of the taxonomy, not an accident of a dictionary.
public struct Taxonomy: Sendable {
  /// The most sectors a taxonomy may have: the compiled scorer keeps sector sets in 64 bits
  /// (and folds them to 16 classes where it checks sixteen places at a time).
  public static var maximumSectors: Int { 64 }
  /// The most competencies a taxonomy may have: the compiled scorer keeps competency sets in
  /// 256 bits.
  public static var maximumCompetencies: Int { 256 }

  /// The sectors, in bit order.
  public let sectors: [Sector]
  /// The competencies, in bit order.
  public let competencies: [Competency]
  /// The load dimensions with their level descriptions, in lane order.
  public let loadDimensions: [LoadDimensionInfo]
  /// The region and its municipalities.
  public let region: Region

  /// A 64-bit digest of everything a record's validity depends on: the sector, competency
  /// and municipality ids in order, the region's id and bounds. Two taxonomies with the same
  /// fingerprint accept the same records and pack them the same way (see ``Validated``).
  public let fingerprint: UInt64

  private let sectorIndex: TaxonomyIndex<SectorTag>
  private let competencyIndex: TaxonomyIndex<CompetencyTag>
  private let municipalityIndex: TaxonomyIndex<MunicipalityTag>

  /// Creates a taxonomy; see ``problems`` for what makes one invalid.
  public init(
    sectors: [Sector], competencies: [Competency], loadDimensions: [LoadDimensionInfo],
    region: Region
  ) {
    self.sectors = sectors
    self.competencies = competencies
    self.loadDimensions = loadDimensions
    self.region = region
    sectorIndex = TaxonomyIndex(sectors.map(\.id))
    competencyIndex = TaxonomyIndex(competencies.map(\.id))
    municipalityIndex = TaxonomyIndex(region.municipalities.map(\.id))
    var digest = Fingerprint()
    for sector in sectors { digest.add(sector.id.rawValue) }
    digest.add("|")
    for competency in competencies { digest.add(competency.id.rawValue) }
    digest.add("|")
    for municipality in region.municipalities { digest.add(municipality.id.rawValue) }
    digest.add("|" + region.id)
    for edge in [region.bounds.south, region.bounds.north, region.bounds.west, region.bounds.east] {
      digest.add(edge.bitPattern)
    }
    fingerprint = digest.value
  }

  /// The bit index of a sector, or `nil` if the taxonomy does not know it.
  public func index(of sector: SectorID) -> Int? { sectorIndex[sector] }
  /// The bit index of a competency, or `nil` if the taxonomy does not know it.
  public func index(of competency: CompetencyID) -> Int? { competencyIndex[competency] }
  /// The index of a municipality, or `nil` if the region does not have it.
  public func index(of municipality: MunicipalityID) -> Int? { municipalityIndex[municipality] }

  /// The taxonomy's own copy of a sector id (`id` itself when unknown).
  ///
  /// Records decoded from text use it so that they hold one copy of each id's text, not one
  /// per mention: ids longer than 15 bytes are stored on the heap, and a national dataset
  /// mentions a few hundred ids tens of millions of times.
  public func shared(_ id: SectorID) -> SectorID { sectorIndex[id].map { sectors[$0].id } ?? id }
  /// The taxonomy's own copy of a competency id (`id` itself when unknown).
  public func shared(_ id: CompetencyID) -> CompetencyID {
    competencyIndex[id].map { competencies[$0].id } ?? id
  }
  /// The region's own copy of a municipality id (`id` itself when unknown).
  public func shared(_ id: MunicipalityID) -> MunicipalityID {
    municipalityIndex[id].map { region.municipalities[$0].id } ?? id
  }

  /// The sector with `id`, if known.
  public func sector(_ id: SectorID) -> Sector? { sectorIndex[id].map { sectors[$0] } }
  /// The competency with `id`, if known.
  public func competency(_ id: CompetencyID) -> Competency? {
    competencyIndex[id].map { competencies[$0] }
  }
  /// The municipality with `id`, if known.
  public func municipality(_ id: MunicipalityID) -> Municipality? {
    municipalityIndex[id].map { region.municipalities[$0] }
  }

  /// The display name of a sector, falling back to its id.
  public func name(of id: SectorID, in language: Language) -> String {
    sector(id)?.name(language) ?? id.rawValue
  }
  /// The display name of a competency, falling back to its id.
  public func name(of id: CompetencyID, in language: Language) -> String {
    competency(id)?.name(language) ?? id.rawValue
  }
  /// The display name of a municipality, falling back to its id.
  public func name(of id: MunicipalityID, in language: Language) -> String {
    municipality(id)?.name ?? id.rawValue
  }
  /// The display name of a load dimension, from the taxonomy file, falling back to its code.
  public func name(of dimension: LoadDimension, in language: Language) -> String {
    loadDimensions.first { $0.dimension == dimension }?.name(language) ?? dimension.rawValue
  }
}

/// FNV-1a over bytes: a stable digest (the same on every machine and Swift version, unlike
/// `Hasher`, which is seeded per process).
struct Fingerprint {
  private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 { add(byte: byte) }
    add(byte: 0)
  }

  mutating func add(_ word: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift)))
    }
  }

  private mutating func add(byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }
}

/// A sector of work.
public struct Sector: Hashable, Sendable {
  /// The id, e.g. `logistics`.
  public var id: SectorID
  /// The name in English and Dutch.
  public var name: LocalizedText

  /// Creates a sector.
  public init(id: SectorID, name: LocalizedText) { (self.id, self.name) = (id, name) }
}

/// A competency in the taxonomy.
public struct Competency: Hashable, Sendable {
  /// The id, e.g. `forklift-driving`.
  public var id: CompetencyID
  /// Employee skill or vocational skill.
  public var kind: CompetencyKind
  /// The sectors the competency belongs to (empty for employee skills that apply anywhere).
  public var sectors: [SectorID]
  /// The name in English and Dutch.
  public var name: LocalizedText

  /// Creates a competency.
  public init(id: CompetencyID, kind: CompetencyKind, sectors: [SectorID], name: LocalizedText) {
    (self.id, self.kind, self.sectors, self.name) = (id, kind, sectors, name)
  }
}

/// A load dimension as the taxonomy describes it: name, rubric and what each level means.
public struct LoadDimensionInfo: Hashable, Sendable {
  /// The dimension.
  public var dimension: LoadDimension
  /// The name in English and Dutch.
  public var name: LocalizedText
  /// What levels 0–4 mean, in English and Dutch (exactly five entries).
  public var levels: [LocalizedText]

  /// Creates a dimension description.
  public init(dimension: LoadDimension, name: LocalizedText, levels: [LocalizedText]) {
    (self.dimension, self.name, self.levels) = (dimension, name, levels)
  }
}

/// The region Plek serves: its bounds and municipalities.
public struct Region: Hashable, Sendable {
  /// The region id, e.g. `maastricht-heuvelland`.
  public var id: String
  /// Every location in a dataset must lie inside these bounds.
  public var bounds: GeoBounds
  /// The municipalities.
  public var municipalities: [Municipality]

  /// Creates a region.
  public init(id: String, bounds: GeoBounds, municipalities: [Municipality]) {
    (self.id, self.bounds, self.municipalities) = (id, bounds, municipalities)
  }
}

/// A municipality of the region.
public struct Municipality: Hashable, Sendable {
  /// The id, e.g. `valkenburg-aan-de-geul`.
  public var id: MunicipalityID
  /// The official name.
  public var name: String
  /// The centre of its main town; the generator scatters people and places around it.
  public var centre: GeoPoint
  /// Number of inhabitants; weights generated data.
  public var population: Int

  /// Creates a municipality.
  public init(id: MunicipalityID, name: String, centre: GeoPoint, population: Int) {
    (self.id, self.name, self.centre, self.population) = (id, name, centre, population)
  }
}
