import Foundation
import PlekCore
import PlekIO

/// Shared data for engine tests: the shipped taxonomy and seeded generated datasets.
enum EngineFixtures {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url.path
      }
    }
    fatalError("Package.swift not found")
  }()

  static let taxonomy: Taxonomy = {
    let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: root + "/Datasets/taxonomy")
    guard let taxonomy else { fatalError("taxonomy invalid: \(issues)") }
    return taxonomy
  }()

  /// The day every engine test asks its questions on.
  static let day = Day(iso: "2026-11-22")!

  static func generated(seed: UInt64, participants: Int, places: Int) -> (
    people: [Participant], places: [Place]
  ) {
    let generator = DatasetGenerator(taxonomy: taxonomy, seed: seed)
    return (generator.participants(count: participants), generator.places(count: places))
  }

  static func engine(seed: UInt64, participants: Int, places: Int, policy: Policy = .default) throws
    -> MatchEngine
  {
    let data = generated(seed: seed, participants: participants, places: places)
    return try MatchEngine(
      taxonomy: taxonomy, policy: policy, participants: data.people, places: data.places)
  }
}
