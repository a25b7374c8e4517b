import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// A learning step says how long it takes at the person's pace (issue 24 §2: "B2 from A0:
/// about 48 months" for a slow learner): the levels to learn × the policy's months per level
/// at the person's pace (competencies: slow 12, steady 6, fast 3; Dutch: 12, 6, 4).
@Suite("How long a step takes")
struct StepDurationTests {
  static func baseline(dutch: DutchLevel?, held: [CompetencyID: Int], months: Int?) -> StepBaseline
  {
    StepBaseline(
      day: TestData.day, maxTravelMinutes: 30, transport: .bike,
      hours: HoursRange(min: 24, max: 38), dutch: dutch, competencies: held,
      monthsPerLevel: months, dutchMonthsPerLevel: months)
  }

  @Test(arguments: [
    (
      AdviceStep.dutch(.b2), DutchLevel.a0, 12,
      "Nederlands leren tot B2 (nu A0; ongeveer 48 maanden in hun tempo)"
    ),
    (
      AdviceStep.dutch(.a2), DutchLevel.a1, 3,
      "Nederlands leren tot A2 (nu A1; ongeveer 3 maanden in hun tempo)"
    ),
  ])
  func dutch(step: AdviceStep, from: DutchLevel, months: Int, sentence: String) {
    let say = Localizer(language: .dutch, taxonomy: TestData.taxonomy)
    #expect(
      say.sentence(step, baseline: Self.baseline(dutch: from, held: [:], months: months))
        == sentence)
  }

  @Test func aCompetencyFromNothingAndFromALevel() {
    let say = Localizer(language: .english, taxonomy: TestData.taxonomy)
    let step = AdviceStep.competency("forklift-driving", level: CompetencyLevel(3)!)
    #expect(
      say.sentence(step, baseline: Self.baseline(dutch: nil, held: [:], months: 6))
        .hasSuffix("(not held yet; about 18 months at their pace)"))
    #expect(
      say.sentence(
        step, baseline: Self.baseline(dutch: nil, held: ["forklift-driving": 1], months: 6)
      ).hasSuffix("(now level 1; about 12 months at their pace)"))
    // Dutch never assessed: no starting level, so no duration.
    #expect(
      say.sentence(.dutch(.b1), baseline: Self.baseline(dutch: nil, held: [:], months: 6))
        == "Learn Dutch to B1 (not assessed yet)")
  }

  /// The sample's advice says it too, from the person's own pace.
  @Test func theAdviceOfTheSampleSaysHowLong() throws {
    let engine = TestData.sampleEngine
    var said = 0
    for id in engine.participantIDs.prefix(40) {
      let person = try #require(engine.validatedParticipant(id))
      let presentation = try AdviceQuery(
        person: person, storedID: id, options: QueryOptions(day: TestData.day)
      ).present(in: Workspace(engine: engine))
      #expect(
        presentation.baseline.monthsPerLevel
          == engine.policy.monthsPerLevel[person.value.developmentPace])
      #expect(
        presentation.baseline.dutchMonthsPerLevel
          == engine.policy.dutchMonthsPerLevel[person.value.developmentPace])
      let text = TextRendering(
        localizer: Localizer(language: .english, taxonomy: TestData.taxonomy), width: nil,
        colour: false
      ).advice(presentation)
      if text.contains("months at their pace") { said += 1 }
    }
    #expect(said > 5)
  }
}
