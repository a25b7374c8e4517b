import Foundation
import PlekCore
import PlekIO
import PlekService
import PlekTestSupport

/// A service over the sample dataset, asked on a fixed day.
enum ServiceFixtures {
  static var root: String { Repository.root }

  static var day: Day { TestData.day }

  static var engine: MatchEngine { TestData.sampleEngine }

  static func service(options: ServiceOptions = .standard) -> Service {
    var options = options
    options.threads = 1
    let day = day
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
