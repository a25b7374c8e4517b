import PlekCore
import PlekTestSupport
import Testing

/// Development as a goal adds where a route with a certificate is offered and never takes
/// away where none is (issue 24 §2: a diagnosis-only person at 76.1 outranked developable
/// people at 74.9 at the same regular vacancy without a route, because a goal without a route
/// counted the certificate part as 0 instead of 0.5). The person and the order-picker job of
/// ``GoldenScenarioTests``; the goal switched on by the target group's policy, and by the
/// person's own wish for a certificate.
@Suite("Golden scenarios: development as a goal")
struct DevelopmentGoalScenarioTests {
  typealias Golden = GoldenScenarioTests

  /// The places: no route, a route without a certificate, a route with one.
  enum Route: String, CaseIterable, CustomTestStringConvertible {
    case none, withoutCertificate, withCertificate
    var testDescription: String { rawValue }

    var place: Place {
      Golden.warehouse {
        switch self {
        case .none: $0.learningOffer = nil
        case .withoutCertificate, .withCertificate:
          $0.learningOffer = LearningOffer(
            teaches: [CompetencyEntry(id: "forklift-driving", level: CompetencyLevel(2)!)],
            months: 6, certificate: self == .withCertificate)
        }
      }
    }

    /// What the goal adds: 0.25 of the development component × 0.5 × weight 0.1 × 100.
    var goalAddsMillionths: Int64 { self == .withCertificate ? 1_250_000 : 0 }
  }

  static func score(_ person: Participant, _ place: Place, policy: Policy) throws -> (
    Int64, [FitNote]
  ) {
    let fit = try #require(try Golden.verdict(person, place, policy: policy).fit)
    return (fit.scoreMillionths, fit.notes)
  }

  @Test(arguments: Route.allCases)
  func aDevelopableTargetGroupNeverScoresLess(route: Route) throws {
    let person = Golden.person { $0.wishes.wantsCertificate = false }
    var developable = Policy.default
    developable.developableTargetGroups = [person.targetGroup]
    var not = Policy.default
    not.developableTargetGroups = []
    let (goal, notes) = try Self.score(person, route.place, policy: developable)
    let (plain, plainNotes) = try Self.score(person, route.place, policy: not)
    #expect(goal - plain == route.goalAddsMillionths)
    // The note says the group changed the score exactly where it did.
    #expect(
      notes.contains(.developmentGoalOfTargetGroup(person.targetGroup))
        == (route == .withCertificate))
    #expect(!plainNotes.contains(.developmentGoalOfTargetGroup(person.targetGroup)))
  }

  @Test(arguments: Route.allCases)
  func wantingACertificateNeverScoresLess(route: Route) throws {
    var not = Policy.default
    not.developableTargetGroups = []
    let wants = Golden.person { $0.wishes.wantsCertificate = true }
    let plain = Golden.person { $0.wishes.wantsCertificate = false }
    let (a, _) = try Self.score(wants, route.place, policy: not)
    let (b, _) = try Self.score(plain, route.place, policy: not)
    #expect(a - b == route.goalAddsMillionths)
  }
}
