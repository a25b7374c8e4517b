import PlekCore
import PlekIO

/// The shipped taxonomy, the sample and seeded generated data, shared by every test target.
public enum TestData {
  /// The shipped taxonomy, loaded and validated once.
  public static let validatedTaxonomy: Validated<Taxonomy> = {
    let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: Repository.taxonomy)
    guard let taxonomy else { fatalError("taxonomy invalid: \(issues)") }
    return taxonomy
  }()

  /// The shipped taxonomy.
  public static var taxonomy: Taxonomy { validatedTaxonomy.value }

  /// The day every test asks its questions on.
  public static let day = Day(iso: "2026-11-22")!

  /// The sample dataset, loaded once.
  public static let sample: Dataset = {
    let report = DatasetLoader.load(
      directory: Repository.sample, taxonomyDirectory: Repository.taxonomy)
    guard let dataset = report.dataset else {
      fatalError("sample invalid: \(report.issues.prefix(3))")
    }
    return dataset
  }()

  /// An engine over the sample, default policy.
  public static let sampleEngine: MatchEngine = {
    try! MatchEngine(dataset: sample)
  }()

  /// Generated participants and places from a seed (SplitMix64 streams: the same on every
  /// machine).
  public static func generated(seed: UInt64, participants: Int, places: Int) -> (
    people: [Participant], places: [Place]
  ) {
    let generator = DatasetGenerator(taxonomy: taxonomy, seed: seed)
    return (generator.participants(count: participants), generator.places(count: places))
  }

  /// An engine over generated data.
  public static func engine(
    seed: UInt64, participants: Int, places: Int, policy: Policy = .default
  ) throws -> MatchEngine {
    let data = generated(seed: seed, participants: participants, places: places)
    return try MatchEngine(
      taxonomy: taxonomy, policy: policy, participants: data.people, places: data.places)
  }
}
