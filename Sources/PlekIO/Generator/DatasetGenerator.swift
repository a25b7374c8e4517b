import Foundation
import PlekCore

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

  // MARK: Batches and files

  /// The first `count` participants.
  public func participants(count: Int) -> [Participant] {
    Self.parallelMap(count) { participant($0) }
  }

  /// `count` places.
  public func places(count: Int) -> [Place] {
    Self.parallelMap(count) { place($0, of: count) }
  }

  /// Writes `participants.json`, `places.json` and `placements.json` (three years of
  /// history) to `directory` (created if needed), one record per line; with the national profile also its taxonomy, in `directory/taxonomy`,
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
    let summaries = placeSummaries(count: places)
    let running = runningPlacements(participants: participants, places: summaries)
    try Self.writeArray(
      count: places, to: Path.join(directory, DatasetLoader.placesFile), progress: progress
    ) { place($0, of: places, running: running[$0]).json }
    try writePlacements(
      participants: participants, places: summaries,
      to: Path.join(directory, DatasetLoader.placementsFile))
  }

  /// The records written at a time.
  static let writeChunk = 32_768

  /// Writes `count` elements as a JSON array, one compact element per line (the bytes of
  /// ``JSONWriter/Style/linePerElement``), a chunk at a time.
  static func writeArray(
    count: Int, to path: String, progress: ((Int) -> Void)?,
    _ element: @escaping @Sendable (Int) -> JSONValue
  ) throws {
    try writeArray(sources: count, to: path, progress: progress) { range in
      parallelMap(range.count) { JSONWriter().bytes(element(range.lowerBound + $0)) }
    }
  }

  /// Writes a JSON array made from `sources` source records a chunk at a time: `pieces`
  /// gives the encoded elements that the records in a range make (any number each, in
  /// order), one compact element per line (the bytes of ``JSONWriter/Style/linePerElement``).
  static func writeArray(
    sources: Int, to path: String, progress: ((Int) -> Void)?,
    pieces: (Range<Int>) -> [[UInt8]]
  ) throws {
    let output = try StreamedOutput(path: path)
    var written = 0
    try output.write([UInt8(ascii: "[")])
    for start in stride(from: 0, to: sources, by: writeChunk) {
      let end = min(sources, start + writeChunk)
      let made = pieces(start..<end)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(made.reduce(0) { $0 + $1.count + 2 })
      for piece in made {
        bytes += written == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
        bytes += piece
        written += 1
      }
      try output.write(bytes)
      progress?(end - start)
    }
    try output.write(written == 0 ? Array("]\n".utf8) : [0x0A, UInt8(ascii: "]"), 0x0A])
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
