import PlekCore
import Testing

@testable import PlekAssign

/// The worked example of the *Assignment* article (PlekAssign.docc), checked against the
/// solver step by step: three people, two places with one free slot each.
///
/// Ann fits A (80) and B (65), Bob only A (70), Cas only B (50). Two people can be placed;
/// of the ways to place two, Ann at B and Bob at A has the highest total (135).
struct WorkedExampleTests {
  static let p = PriceCertificate.standardPlacementWeight

  static func solver() -> AssignmentSolver {
    AssignmentSolver(
      offsets: [0, 2, 3, 4], columns: [0, 1, 0, 1],
      weights: [p + 80_000_000, p + 65_000_000, p + 70_000_000, p + 50_000_000],
      capacity: [1, 1])
  }

  @Test func theArticlesStepsAndPrices() {
    var solver = Self.solver()
    let p = Self.p
    // Ann first (best weight): A is free.
    solver.add(0)
    #expect(solver.assigned == [0, -1, -1])
    #expect(solver.prices == [0, 0])
    // Bob: A is full; Ann can move to B at a reduced cost of 15 points, B is free: A's price
    // rises by 15.
    solver.add(1)
    #expect(solver.assigned == [1, 0, -1])
    #expect(solver.prices == [15_000_000, 0])
    // Cas: B is full; every path ends with someone out, and Cas staying out is cheapest
    // (P + 50): B's price rises by P + 50, A's too.
    solver.add(2)
    #expect(solver.assigned == [1, 0, -1])
    #expect(solver.prices == [p + 65_000_000, p + 50_000_000])
  }

  /// The certificate as the article checks it by hand, and the whole solve in the order the
  /// solver takes (best weight first) gives the same.
  @Test func theCertificateHolds() {
    var solver = Self.solver()
    solver.solve()
    let certificate = PriceCertificate(
      placementWeight: Self.p, prices: ["PL-A": solver.prices[0], "PL-B": solver.prices[1]])
    let fits: [ParticipantID: [(place: PlaceID, score: Int64)]] = [
      "P-Ann": [("PL-A", 80_000_000), ("PL-B", 65_000_000)], "P-Bob": [("PL-A", 70_000_000)],
      "P-Cas": [("PL-B", 50_000_000)],
    ]
    let violations = certificate.violations(
      placed: ["P-Ann": "PL-B", "P-Bob": "PL-A"], people: ["P-Ann", "P-Bob", "P-Cas"],
      freeSlots: ["PL-A": 1, "PL-B": 1], fits: { fits[$0]! })
    #expect(violations.isEmpty)
    // Weight of the proposal = the profits (15 + 5 + 0 points) plus the prices.
    let weight = 2 * Self.p + 135_000_000
    #expect(weight == 15_000_000 + 5_000_000 + solver.prices[0] + solver.prices[1])
    // Ann at A instead would beat the proposal's profit: the certificate says so.
    let wrong = certificate.violations(
      placed: ["P-Ann": "PL-A", "P-Cas": "PL-B"], people: ["P-Ann", "P-Bob", "P-Cas"],
      freeSlots: ["PL-A": 1, "PL-B": 1], fits: { fits[$0]! })
    #expect(!wrong.isEmpty)
  }
}
