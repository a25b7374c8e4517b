import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// Paths and fixtures shared by the PlekIO tests.
enum Fixtures {
  static var root: String { Repository.root }
  static var datasets: String { Repository.datasets }
  static var taxonomyDirectory: String { Repository.taxonomy }
  static var sampleDirectory: String { Repository.sample }

  /// The shipped taxonomy, loaded once.
  static var taxonomy: Taxonomy { TestData.taxonomy }

  /// A valid participant as a data file would hold it.
  static let participantJSON: JSONValue = try! JSONParser().parse(
    """
    {
      "id": "P-900001",
      "municipality": "vaals",
      "location": {"lat": 50.7706, "lon": 6.0183},
      "targetGroup": "participatiewet-within-1y",
      "indications": ["banenafspraak"],
      "loadCapacity": {"concentration": 3, "lifting": 2, "walking": null, "standing": 2},
      "competencies": [{"id": "order-picking", "level": 1}, {"id": "punctuality", "level": 2}],
      "dutchLevel": "B1",
      "developmentPace": "steady",
      "wageValue": 80,
      "supportNeed": "light",
      "wishes": {
        "sectors": [
          {"sector": "logistics", "wish": "wanted", "rank": 1},
          {"sector": "care", "wish": "excluded"}
        ],
        "hoursPerWeek": {"min": 24, "max": 32},
        "maxTravelMinutes": 45,
        "transport": "public-transport",
        "wantsCertificate": true
      },
      "availableFrom": "2026-12-01"
    }
    """)

  /// A valid place as a data file would hold it.
  static let placeJSON: JSONValue = try! JSONParser().parse(
    """
    {
      "id": "PL-900001",
      "employerId": "E-9001",
      "employerKind": "regular",
      "title": "Orderpicker",
      "sectors": ["logistics", "retail"],
      "location": {"lat": 50.8514, "lon": 5.691},
      "hoursPerWeek": {"min": 24, "max": 38},
      "loadDemand": {
        "concentration": 2, "time-pressure": 3, "complexity": 1, "customer-contact": 0,
        "conflict-handling": 0, "teamwork": 2, "noise-dust": 2, "outdoor-temperature": 1,
        "lifting": 3, "walking": 3, "climbing": 1, "repetitive-hand-arm": 2,
        "bending-kneeling": 2, "standing": 3, "sitting": 0, "irregular-hours": 2
      },
      "adaptable": ["lifting"],
      "requiredCompetencies": [{"id": "order-picking", "level": 1}],
      "desiredCompetencies": [{"id": "forklift-driving", "level": 1}],
      "dutchLevel": "A2",
      "learningOffer": {
        "teaches": [{"id": "forklift-driving", "level": 2}],
        "months": 6, "certificate": true, "teachesDutch": false
      },
      "support": "colleague",
      "acceptsWageSubsidy": true,
      "requiredIndications": [],
      "freeSlots": 2,
      "openFrom": "2026-11-01"
    }
    """)
}

extension JSONValue {
  /// A copy with the value at `path` (object keys and array indexes) replaced, or removed
  /// when `value` is `nil`. Missing keys are added.
  func setting(_ path: [PathStep], to value: JSONValue?) -> JSONValue {
    guard let step = path.first else { return value ?? .null }
    let rest = Array(path.dropFirst())
    switch (self, step) {
    case (.object(var members), .key(let key)):
      if let index = members.firstIndex(where: { $0.key == key }) {
        if rest.isEmpty && value == nil {
          members.remove(at: index)
        } else {
          members[index].value = members[index].value.setting(rest, to: value)
        }
      } else if let value {
        members.append(JSONMember(key, JSONValue.object([]).setting(rest, to: value)))
      }
      return .object(members)
    case (.array(var elements), .index(let index)):
      if rest.isEmpty && value == nil {
        elements.remove(at: index)
      } else {
        elements[index] = elements[index].setting(rest, to: value)
      }
      return .array(elements)
    default:
      return self
    }
  }
}

/// One step of a JSON path in tests.
enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, Sendable {
  case key(String)
  case index(Int)
  init(stringLiteral value: String) { self = .key(value) }
  init(integerLiteral value: Int) { self = .index(value) }
}
