import Foundation
import PlekCore

#if canImport(Glibc)
  import Glibc
#endif

/// Generates realistic, correlated participants and places for a taxonomy, deterministically.
///
/// Every record is drawn from its own SplitMix64 stream derived from the seed, the kind of
/// record and its index, so the same seed gives the same records on every machine, records
/// can be generated in parallel, and asking for more participants does not change the first
/// ones. Correlations: a person's target group shapes load capacity, support need, wage
/// value, pace and hours; sectors shape a place's competencies and load demand; learning-work
/// places teach what their sector needs; employer kind shapes demands, support, adaptations
/// and required indications.
public struct DatasetGenerator: Sendable {
  /// The taxonomy the records are written in.
  public var taxonomy: Taxonomy {
    didSet { skills = SkillLists(taxonomy) }
  }
  /// The seed.
  public var seed: UInt64
  /// The day availability dates are spread around (fixed, so output does not depend on the
  /// day the generator runs).
  public var referenceDay: Day

  /// The default reference day.
  public static let defaultReferenceDay = Day(year: 2026, month: 11, day: 1)!

  /// The kind of region generated.
  public enum Profile: String, CaseIterable, Sendable {
    /// The taxonomy's own region (Maastricht-Heuvelland in the repository's taxonomy).
    case regional
    /// The Netherlands (``NationalRegion``): the taxonomy's sectors and competencies, a
    /// national map; towns spread wider the larger they are.
    case national
  }

  /// The kind of region generated.
  public let profile: Profile

  /// Creates a generator; with the national profile, ``taxonomy`` is `taxonomy` with the
  /// national region in place of its own.
  public init(
    taxonomy: Taxonomy, seed: UInt64, referenceDay: Day = defaultReferenceDay,
    profile: Profile = .regional
  ) {
    let taxonomy = profile == .national ? NationalRegion.taxonomy(from: taxonomy) : taxonomy
    self.taxonomy = taxonomy
    self.seed = seed
    self.referenceDay = referenceDay
    self.profile = profile
    skills = SkillLists(taxonomy)
  }

  /// How far (standard deviation, km) homes and sites scatter around a municipality's
  /// centre: nationally a large town spreads wider (Amsterdam about 6 km, a village 2 km).
  func spread(_ municipality: Municipality, regional: Double) -> Double {
    guard profile == .national else { return regional }
    return 1.5 + 1.5 * (Double(municipality.population) / 100_000).squareRoot()
  }

  /// The taxonomy's competencies by kind and sector, filtered once rather than per record.
  private var skills: SkillLists

  private struct SkillLists: Sendable {
    var employee: [CompetencyID]
    /// Vocational skills per sector, in the taxonomy's sector order.
    var vocational: [[CompetencyID]]

    init(_ taxonomy: Taxonomy) {
      employee = taxonomy.competencies.filter { $0.kind == .employee }.map(\.id)
      vocational = taxonomy.sectors.map { sector in
        taxonomy.competencies.filter { $0.kind == .vocational && $0.sectors.contains(sector.id) }
          .map(\.id)
      }
    }
  }

  /// A generator for record `index` of stream `stream`.
  func random(stream: UInt64, index: Int) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ (stream &* 0xA24B_AED4_963E_E407))
    let base = mixer.next()
    var generator = SplitMix64(seed: base &+ UInt64(index) &* 0x9FB2_1C65_1E98_DF25)
    _ = generator.next()
    return generator
  }

  // MARK: Shared pieces

  var sectorIDs: [SectorID] { taxonomy.sectors.map(\.id) }

  func wishWeight(_ sector: SectorID) -> Double {
    GeneratorProfiles.sectorWeights[sector.rawValue]?.wish ?? 0.5
  }

  func placeWeight(_ sector: SectorID) -> Double {
    GeneratorProfiles.sectorWeights[sector.rawValue]?.place ?? 0.05
  }

  /// A point scattered around a municipality's centre, inside the region.
  func location(
    near municipality: Municipality, spreadKilometres: Double, random: inout SplitMix64
  ) -> GeoPoint {
    let bounds = taxonomy.region.bounds
    for _ in 0..<20 {
      let north = random.normal(mean: 0, deviation: spreadKilometres)
      let east = random.normal(mean: 0, deviation: spreadKilometres)
      let latitude = municipality.centre.latitude + north / 111.2
      let longitude =
        municipality.centre.longitude + east
        / (111.2 * cos(municipality.centre.latitude * .pi / 180))
      let point = GeoPoint(
        latitude: (latitude * 100_000).rounded() / 100_000,
        longitude: (longitude * 100_000).rounded() / 100_000)
      if bounds.contains(point) { return point }
    }
    return municipality.centre
  }

  func municipality(random: inout SplitMix64, businessBias: Double = 0) -> Municipality {
    let municipalities = taxonomy.region.municipalities
    let weights = municipalities.enumerated().map { index, municipality in
      Double(municipality.population) * (index == 0 ? 1 + businessBias : 1)
    }
    return municipalities[random.weightedIndex(weights)]
  }

  func pick<T>(_ items: [T], _ count: Int, random: inout SplitMix64) -> [T] {
    var pool = items
    var result: [T] = []
    for _ in 0..<min(count, pool.count) {
      result.append(pool.remove(at: random.below(pool.count)))
    }
    return result
  }

  func weightedPick(
    _ items: [SectorID], _ count: Int, weight: (SectorID) -> Double, random: inout SplitMix64
  ) -> [SectorID] {
    var pool = items
    var result: [SectorID] = []
    for _ in 0..<min(count, pool.count) {
      let index = random.weightedIndex(pool.map(weight))
      result.append(pool.remove(at: index))
    }
    return result
  }

  func level(mean: Double, random: inout SplitMix64) -> CompetencyLevel {
    let value = Int(random.normal(mean: mean, deviation: 0.7).rounded())
    return CompetencyLevel(min(3, max(1, value)))!
  }

  func employeeSkills() -> [CompetencyID] { skills.employee }

  func vocationalSkills(in sector: SectorID) -> [CompetencyID] {
    taxonomy.index(of: sector).map { skills.vocational[$0] } ?? []
  }

  // MARK: Participants

  /// Participant `index` (ids `P-000001`, ... in index order).
  public func participant(_ index: Int) -> Participant {
    var random = random(stream: 1, index: index)
    let group = GeneratorProfiles.targetGroupWeights[
      random.weightedIndex(GeneratorProfiles.targetGroupWeights.map(\.1))
    ].0
    let shape = GeneratorProfiles.shape(of: group)
    let home = municipality(random: &random)
    let location = location(
      near: home, spreadKilometres: spread(home, regional: home.population > 50_000 ? 2.5 : 1.8),
      random: &random)

    var indications = Set<Indication>()
    switch group {
    case .nieuwBeschut: indications.insert(.nieuwBeschut)
    case .wsw: indications.insert(.wsw)
    case .banenafspraak: indications.insert(.banenafspraak)
    case .specialEducationPupil, .wwWajong:
      if random.chance(0.45) { indications.insert(.banenafspraak) }
    default: if random.chance(0.03) { indications.insert(.banenafspraak) }
    }

    // Load capacity, as an FML records it: no limitation (4) except on a few dimensions,
    // clustered on the mental or the physical side; how many and how severe follows the
    // target group. Some dimensions are not assessed (all, for the few not yet diagnosed).
    var capacity = LoadProfile(repeating: .maximum)
    let mentalSide = LoadDimension.allCases.filter {
      [.personalFunctioning, .socialFunctioning, .workingHours].contains($0.rubric)
    }
    let physicalSide = LoadDimension.allCases.filter { !mentalSide.contains($0) }
    let leaning = random.chance(0.5) ? mentalSide : physicalSide
    var candidates = LoadDimension.allCases
    for _ in 0..<min(16, random.int(in: shape.limitations)) {
      let pool = candidates.filter { leaning.contains($0) }
      let from = !pool.isEmpty && random.chance(0.75) ? pool : candidates
      let dimension = from[random.below(from.count)]
      candidates.removeAll { $0 == dimension }
      capacity[dimension] = LoadLevel(4 - 1 - random.weightedIndex(shape.severity))
    }
    let notDiagnosed = random.chance(group == .activation ? 0.15 : 0.02)
    for dimension in LoadDimension.allCases where notDiagnosed || random.chance(shape.unassessed) {
      capacity[dimension] = nil
    }

    // Wishes first: experience tends to follow what people want to do.
    let wantedCount = random.weightedIndex([0.1, 0.35, 0.35, 0.2])
    let wanted = weightedPick(sectorIDs, wantedCount, weight: wishWeight, random: &random)
    let others = sectorIDs.filter { !wanted.contains($0) }
    let excluded = pick(others, random.weightedIndex([0.35, 0.3, 0.2, 0.1, 0.05]), random: &random)
    var preferences = wanted.enumerated().map {
      SectorPreference(sector: $1, wish: .wanted(rank: $0 + 1))
    }
    preferences += excluded.map { SectorPreference(sector: $0, wish: .excluded) }

    var competencies: [CompetencyEntry] = []
    for id in pick(employeeSkills(), random.int(in: shape.employeeSkills), random: &random) {
      competencies.append(
        CompetencyEntry(id: id, level: level(mean: shape.skillLevel, random: &random)))
    }
    let experience = (wanted + pick(others, 1, random: &random)).prefix(2)
    for sector in experience {
      let count = random.weightedIndex([0.25, 0.35, 0.25, 0.15])
      for id in pick(vocationalSkills(in: sector), count, random: &random)
      where !competencies.contains(where: { $0.id == id }) {
        competencies.append(
          CompetencyEntry(id: id, level: level(mean: shape.skillLevel - 0.2, random: &random)))
      }
    }

    let dutch: DutchLevel? =
      random.chance(0.05)
      ? nil
      : [DutchLevel.a0, .a1, .a2, .b1, .b2, .c1][
        random.weightedIndex([0.02, 0.06, 0.12, 0.2, 0.2, 0.4])]
    let pace = DevelopmentPace.allCases[random.weightedIndex(shape.pace)]
    let wageValue: Int? =
      random.chance(shape.wageUnknown)
      ? nil : random.chance(shape.fullWage) ? 100 : random.int(in: shape.wage)
    let support = SupportNeed.allCases[random.weightedIndex(shape.support)]
    let maxHours = min(40, max(8, (random.int(in: shape.hours) / 4) * 4))
    let minHours = max(4, maxHours - [0, 4, 8, 12][random.below(4)])
    let transport = TransportMode.allCases[
      random.weightedIndex(
        shape.limitations.lowerBound >= 4 ? [0.1, 0.35, 0.5, 0.05] : [0.08, 0.35, 0.32, 0.25])]
    let maxTravel = [20, 30, 30, 45, 45, 60][random.below(6)]
    return Participant(
      id: ParticipantID("P-" + Self.padded(index + 1, 6))!, municipality: home.id,
      location: location, targetGroup: group, indications: indications, loadCapacity: capacity,
      competencies: competencies, dutchLevel: dutch, developmentPace: pace, wageValue: wageValue,
      supportNeed: support,
      wishes: Wishes(
        sectors: preferences, hoursPerWeek: HoursRange(min: minHours, max: maxHours),
        maxTravelMinutes: maxTravel, transport: transport,
        wantsCertificate: random.chance(shape.certificate)),
      availableFrom: referenceDay.adding(days: random.int(in: -120...60)))
  }

  // MARK: Places

  /// An employer of the generated region.
  struct Employer {
    var id: EmployerID
    var kind: EmployerKind
    var sector: SectorID
    var location: GeoPoint
  }

  /// Employer `index`; employer 0 is the social development company itself (internal places).
  func employer(_ index: Int) -> Employer {
    var random = random(stream: 2, index: index)
    let id = EmployerID("E-" + Self.padded(index + 1, 5))!
    if index == 0 {
      let sector =
        sectorIDs.first { GeneratorProfiles.internalSectors.contains($0.rawValue) } ?? sectorIDs[0]
      let centre = taxonomy.region.municipalities[0].centre
      return Employer(id: id, kind: .internal, sector: sector, location: centre)
    }
    let kind = [EmployerKind.regular, .socialOrMunicipal, .externalSheltered][
      random.weightedIndex([0.72, 0.18, 0.10])]
    let sector = sectorIDs[random.weightedIndex(sectorIDs.map(placeWeight))]
    let home = municipality(random: &random, businessBias: 0.8)
    return Employer(
      id: id, kind: kind, sector: sector,
      location: location(
        near: home, spreadKilometres: spread(home, regional: 2.2), random: &random))
  }

  /// Place `index` (ids `PL-000001`, ...) among `count` places.
  public func place(_ index: Int, of count: Int) -> Place {
    var random = random(stream: 3, index: index)
    let employerCount = max(2, count / 4)
    let isInternal = random.chance(0.18)
    var employer = employer(isInternal ? 0 : 1 + random.below(employerCount - 1))
    var sector = employer.sector
    if isInternal {
      let internalSectors = sectorIDs.filter {
        GeneratorProfiles.internalSectors.contains($0.rawValue)
      }
      sector =
        internalSectors.isEmpty
        ? sectorIDs[0] : internalSectors[random.below(internalSectors.count)]
      // The company's production sites: one per municipality, most work in Maastricht.
      let municipalities = taxonomy.region.municipalities
      let site = random.weightedIndex(
        municipalities.enumerated().map { Double($1.population) * ($0 == 0 ? 4 : 1) })
      var siteRandom = self.random(stream: 4, index: site)
      employer.location = location(
        near: municipalities[site], spreadKilometres: 0.8, random: &siteRandom)
    }
    let kind = employer.kind
    let sheltered = kind == .externalSheltered || kind == .internal
    var sectors = [sector]
    let vocational = vocationalSkills(in: sector)
    if random.chance(0.2) {
      let related = Set(
        taxonomy.competencies.filter { vocational.contains($0.id) }.flatMap(\.sectors)
      ).subtracting([sector]).sorted()
      if let second = related.isEmpty ? nil : related[random.below(related.count)] {
        sectors.append(second)
      }
    }

    let learningChance: Double =
      switch kind {
      case .internal: 0.7
      case .socialOrMunicipal: 0.5
      case .externalSheltered: 0.3
      case .regular: 0.2
      }
    let isLearning = random.chance(learningChance)

    // Load demand: the sector's profile, lighter at sheltered places, noisy per place.
    let profile = GeneratorProfiles.demand(of: sector.rawValue)
    let shift = sheltered ? -1.0 : kind == .socialOrMunicipal ? -0.5 : -0.2
    var demand = LoadProfile(repeating: .none)
    for dimension in LoadDimension.allCases {
      let value = profile[dimension.lane] + shift + random.normal(mean: 0, deviation: 0.5)
      demand[dimension] = LoadLevel(min(4, max(0, Int(value.rounded()))))!
    }
    let adaptableCandidates: [LoadDimension] = [
      .lifting, .standing, .timePressure, .irregularHours, .noiseDust, .bendingKneeling,
      .walking, .customerContact,
    ]
    let adaptable = Set(
      pick(
        adaptableCandidates,
        random.weightedIndex(sheltered ? [0.1, 0.3, 0.4, 0.2] : [0.45, 0.35, 0.15, 0.05]),
        random: &random))

    // Competencies: the sector's vocational skills and some employee skills.
    let requiredVocational = pick(
      vocational, random.weightedIndex(sheltered ? [0.6, 0.35, 0.05] : [0.25, 0.45, 0.25, 0.05]),
      random: &random)
    var required = requiredVocational.map {
      CompetencyEntry(
        id: $0, level: level(mean: sheltered ? 1 : kind == .regular ? 1.8 : 1.4, random: &random))
    }
    for id in pick(employeeSkills(), random.weightedIndex([0.3, 0.4, 0.3]), random: &random) {
      required.append(
        CompetencyEntry(id: id, level: level(mean: sheltered ? 1 : 1.6, random: &random)))
    }
    let requiredIDs = Set(required.map(\.id))
    let desired = pick(
      (vocational + employeeSkills()).filter { !requiredIDs.contains($0) }, random.below(4),
      random: &random
    ).map { CompetencyEntry(id: $0, level: level(mean: 1.8, random: &random)) }

    var offer: LearningOffer?
    if isLearning {
      // Teach what the sector needs: the required vocational skills and a few more.
      var taught = requiredVocational
      for id in pick(
        vocational.filter { !taught.contains($0) }, random.int(in: 1...3), random: &random)
      {
        taught.append(id)
      }
      let teaches = taught.map { id in
        let requiredLevel = required.level(of: id)?.rawValue ?? 1
        let level = min(3, max(Int(requiredLevel), random.chance(0.3) ? 3 : 2))
        return CompetencyEntry(id: id, level: CompetencyLevel(level)!)
      }
      let metalLike = ["technology-metal", "production-assembly"].contains(sector.rawValue)
      offer = LearningOffer(
        teaches: teaches, months: [3, 6, 6, 9, 12, 12, 18, 24][random.below(8)],
        certificate: random.chance(0.6), teachesDutch: random.chance(metalLike ? 0.35 : 0.1))
    }

    let customerFacing = (demand[.customerContact]?.rawValue ?? 0) >= 3
    let dutch: DutchLevel =
      sheltered
      ? [.a0, .a1, .a2][random.weightedIndex([0.5, 0.35, 0.15])]
      : customerFacing
        ? [.a2, .b1, .b2][random.weightedIndex([0.2, 0.5, 0.3])]
        : [.a0, .a1, .a2, .b1][random.weightedIndex([0.15, 0.25, 0.4, 0.2])]
    let support: SupportOffer =
      switch kind {
      case .internal, .externalSheltered:
        [.colleague, .jobCoach][random.weightedIndex([0.2, 0.8])]
      case .socialOrMunicipal:
        [.none, .colleague, .jobCoach][random.weightedIndex([0.1, 0.5, 0.4])]
      case .regular: [.none, .colleague, .jobCoach][random.weightedIndex([0.3, 0.45, 0.25])]
      }
    var indications = Set<Indication>()
    switch kind {
    case .externalSheltered: indications = [.nieuwBeschut, .wsw]
    case .internal:
      let roll = random.unit()
      if roll < 0.35 {
        indications = [.wsw]
      } else if roll < 0.5 {
        indications = [.nieuwBeschut, .wsw]
      }
    case .regular: if random.chance(0.08) { indications = [.banenafspraak] }
    case .socialOrMunicipal: if random.chance(0.12) { indications = [.banenafspraak] }
    }
    let maxHours =
      sheltered ? [24, 28, 32, 36][random.below(4)] : [24, 32, 36, 38, 40][random.below(5)]
    let minHours = max(4, maxHours - [4, 8, 12, 16, 20][random.below(5)] - (isLearning ? 4 : 0))
    let titles = GeneratorProfiles.titles(of: sector.rawValue)
    let freeSlots =
      random.chance(0.05)
      ? 0
      : kind == .internal
        ? random.int(in: 1...8)
        : isLearning ? random.int(in: 1...4) : [1, 1, 1, 1, 2, 3][random.below(6)]
    return Place(
      id: PlaceID("PL-" + Self.padded(index + 1, 6))!, employerID: employer.id, employerKind: kind,
      title: titles[random.below(titles.count)], sectors: sectors,
      location: isInternal ? employer.location : jitter(employer.location, random: &random),
      hoursPerWeek: HoursRange(min: min(minHours, maxHours), max: maxHours), loadDemand: demand,
      adaptable: adaptable, requiredCompetencies: required, desiredCompetencies: desired,
      dutchLevel: offer?.teachesDutch == true && dutch > .a2 ? .a2 : dutch, learningOffer: offer,
      support: support,
      acceptsWageSubsidy: kind == .regular ? random.chance(0.55) : random.chance(0.9),
      requiredIndications: indications, freeSlots: freeSlots,
      openFrom: referenceDay.adding(days: random.int(in: -90...60)))
  }

  /// A place of a multi-site employer lies near, not exactly at, its main site.
  func jitter(_ point: GeoPoint, random: inout SplitMix64) -> GeoPoint {
    guard random.chance(0.3) else { return point }
    let moved = GeoPoint(
      latitude: ((point.latitude + random.normal(mean: 0, deviation: 0.01)) * 100_000).rounded()
        / 100_000,
      longitude: ((point.longitude + random.normal(mean: 0, deviation: 0.015)) * 100_000).rounded()
        / 100_000)
    return taxonomy.region.bounds.contains(moved) ? moved : point
  }

  // MARK: Batches and files

  /// The first `count` participants.
  public func participants(count: Int) -> [Participant] {
    Self.parallelMap(count) { participant($0) }
  }

  /// `count` places.
  public func places(count: Int) -> [Place] {
    Self.parallelMap(count) { place($0, of: count) }
  }

  /// Writes `participants.json` and `places.json` to `directory` (created if needed), one
  /// record per line; with the national profile also its taxonomy, in `directory/taxonomy`,
  /// and its policy, `directory/policy.json` (where every command looks for them first).
  ///
  /// The records are made and written a chunk at a time, so memory does not grow with the
  /// number of records; each file appears under its name only when it is complete.
  ///
  /// - Parameter progress: called with the number of records written by each chunk.
  public func write(
    participants: Int, places: Int, to directory: String, progress: ((Int) -> Void)? = nil
  ) throws {
    if profile == .national {
      let folder = Path.join(directory, "taxonomy")
      for file in TaxonomyCodec.File.allCases {
        try DatasetLoader.write(
          JSONWriter(style: .pretty).bytes(TaxonomyCodec.json(file, of: taxonomy)),
          to: Path.join(folder, file.rawValue))
      }
      // The default policy names the region's municipalities served by another Wsw body;
      // the national map has none of those, so the dataset carries its own policy.
      var policy = Policy.default
      policy.wswOtherProviderMunicipalities = []
      try DatasetLoader.write(
        JSONWriter(style: .pretty).bytes(policy.json), to: Path.join(directory, "policy.json"))
    }
    try Self.writeArray(
      count: participants, to: Path.join(directory, DatasetLoader.participantsFile),
      progress: progress
    ) { participant($0).json }
    try Self.writeArray(
      count: places, to: Path.join(directory, DatasetLoader.placesFile), progress: progress
    ) { place($0, of: places).json }
  }

  /// The records written at a time.
  static let writeChunk = 32_768

  /// Writes `count` elements as a JSON array, one compact element per line (the bytes of
  /// ``JSONWriter/Style/linePerElement``), a chunk at a time.
  static func writeArray(
    count: Int, to path: String, progress: ((Int) -> Void)?,
    _ element: @escaping @Sendable (Int) -> JSONValue
  ) throws {
    let output = try StreamedOutput(path: path)
    guard count > 0 else {
      try output.write(JSONWriter(style: .linePerElement).bytes(.array([])))
      try output.commit()
      return
    }
    try output.write([UInt8(ascii: "[")])
    for start in stride(from: 0, to: count, by: writeChunk) {
      let end = min(count, start + writeChunk)
      let pieces = parallelMap(end - start) { JSONWriter().bytes(element(start + $0)) }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.count + 2 })
      for (offset, piece) in pieces.enumerated() {
        bytes += start + offset == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
        bytes += piece
      }
      try output.write(bytes)
      progress?(end - start)
    }
    try output.write([0x0A, UInt8(ascii: "]"), 0x0A])
    try output.commit()
  }

  static func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    Parallel.map(count, chunkSize: 2048) { range in range.map(body) }
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
