import Foundation
import PlekCore
import PlekIO
import PlekService

/// A service over the sample dataset, asked on a fixed day.
enum ServiceFixtures {
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

  static let day = Day(iso: "2026-11-22")!

  static let engine: MatchEngine = {
    let report = DatasetLoader.load(
      directory: root + "/Datasets/sample", taxonomyDirectory: root + "/Datasets/taxonomy")
    guard let dataset = report.dataset else {
      fatalError("sample invalid: \(report.issues.prefix(3))")
    }
    return try! MatchEngine(
      taxonomy: dataset.taxonomy, participants: dataset.participants, places: dataset.places)
  }()

  static func service(options: ServiceOptions = .standard) -> Service {
    var options = options
    options.threads = 1
    return Service(engine: engine, options: options, today: { day })
  }
}

extension Service {
  /// Sends one line and parses the answer (nil when there is none).
  mutating func send(_ line: String) -> JSONValue? {
    guard let bytes = handle(line: Array(line.utf8)) else { return nil }
    return try! JSONParser().parse(bytes)
  }
}
