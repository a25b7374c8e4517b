import PlekCore
import PlekIO
import PlekTestSupport

/// Shared data for engine tests: the shipped taxonomy and seeded generated datasets (see
/// ``TestData``).
enum EngineFixtures {
  static var root: String { Repository.root }
  static var taxonomy: Taxonomy { TestData.taxonomy }
  /// The day every engine test asks its questions on.
  static var day: Day { TestData.day }

  static func generated(seed: UInt64, participants: Int, places: Int) -> (
    people: [Participant], places: [Place]
  ) {
    TestData.generated(seed: seed, participants: participants, places: places)
  }

  static func engine(seed: UInt64, participants: Int, places: Int, policy: Policy = .default) throws
    -> MatchEngine
  {
    try TestData.engine(seed: seed, participants: participants, places: places, policy: policy)
  }
}
