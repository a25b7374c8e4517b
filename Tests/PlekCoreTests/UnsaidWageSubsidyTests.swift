import PlekCore
import PlekTestSupport
import Testing

/// A regular employer that has not said whether it accepts wage-cost subsidy (issue 24 §2: a
/// place without `acceptsWageSubsidy` knocked out everyone below 100% wage value, while a job
/// coach is "to be arranged"): unknown is a point to arrange, never a silent "no". The person
/// and the order-picker job of ``GoldenScenarioTests``.
@Suite("Golden scenarios: wage-cost subsidy not said")
struct UnsaidWageSubsidyTests {
  typealias Golden = GoldenScenarioTests

  enum Outcome: Equatable, Sendable {
    case fits(points: [AssessmentPoint])
    case knockedOut([KnockOut])
  }

  @Test(arguments: [
    // The employer says no: below full wage value is a knock-out, as before.
    (Bool?.some(false), Int?.some(70), Outcome.knockedOut([.wageSubsidy(wageValue: 70)])),
    // Not said: a point to arrange, for the person's wage value.
    (nil, 70, .fits(points: [.wageSubsidyToArrange(wageValue: 70)])),
    // Not said, full wage value: nothing to arrange.
    (nil, 100, .fits(points: [])),
    // Not said, wage value not established: that one point, as at a "no".
    (nil, nil, .fits(points: [.wageValueNotAssessed])),
    (false, nil, .fits(points: [.wageValueNotAssessed])),
    // The employer says yes: nothing.
    (true, 70, .fits(points: [])),
  ])
  func theEmployersAnswerDecides(accepts: Bool?, wage: Int?, outcome: Outcome) throws {
    let person = Golden.person { $0.wageValue = wage }
    let place = Golden.warehouse { $0.acceptsWageSubsidy = accepts }
    let verdict = try Golden.verdict(person, place)
    if let fit = verdict.fit {
      #expect(outcome == .fits(points: fit.assessmentPoints))
    } else {
      #expect(outcome == .knockedOut(verdict.knockOuts))
    }
  }

  /// The point costs what every point costs: the same pair with the answer "yes" scores one
  /// `assessmentPointCost` more.
  @Test func thePointCostsAPoint() throws {
    let person = Golden.person { $0.wageValue = 70 }
    let unsaid = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.acceptsWageSubsidy = nil }).fit)
    let yes = try #require(
      try Golden.verdict(person, Golden.warehouse { $0.acceptsWageSubsidy = true }).fit)
    #expect(
      yes.scoreMillionths - unsaid.scoreMillionths
        == Int64((Policy.default.assessmentPointCost * 1_000_000).rounded()))
  }

  /// The compiled scorer agrees with the reference on generated data where a third of the
  /// regular employers have not said.
  @Test func theCompiledScorerAgrees() throws {
    var data = EngineFixtures.generated(seed: 101, participants: 200, places: 600)
    for index in data.places.indices where index % 3 == 0 {
      data.places[index].acceptsWageSubsidy = nil
    }
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: data.people, places: data.places)
    // The engine keeps "not said" in its packed records.
    #expect(
      data.places.prefix(30).map { engine.validatedPlace($0.id)?.value.acceptsWageSubsidy }
        == data.places.prefix(30).map(\.acceptsWageSubsidy))
    var arranged = 0
    for person in data.people.prefix(80) {
      let expected = DifferentialTests.referenceShortlist(
        person, data.places, engine.reference, k: 20, day: EngineFixtures.day)
      let list = try engine.shortlist(
        for: person.id, options: QueryOptions(k: 20, day: EngineFixtures.day))
      #expect(list.matches.map(\.placeID.rawValue) == expected.map(\.id), "\(person.id)")
      #expect(list.matches.map(\.scoreMillionths) == expected.map(\.score), "\(person.id)")
      for match in list.matches {
        let fit = engine.reference.evaluate(
          person, data.places.first { $0.id == match.placeID }!, on: EngineFixtures.day
        ).fit!
        #expect(match.assessmentPoints == fit.assessmentPoints.count)
        if fit.assessmentPoints.contains(where: { $0.kind == .wageSubsidyToArrange }) {
          arranged += 1
        }
      }
    }
    #expect(arranged > 10, "the data has people below full wage value at such places")
  }
}
