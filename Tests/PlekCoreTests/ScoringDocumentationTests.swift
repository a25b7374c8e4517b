import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// Scoring.md's worked example, recomputed from the records it shows.
@Suite("Scoring.md")
struct ScoringDocumentationTests {
  static let file = EngineFixtures.root + "/Sources/PlekCore/PlekCore.docc/Scoring.md"

  static func example(_ name: String) throws -> JSONValue {
    try JSONParser().parse(
      try DocumentedExample.json(name, in: String(contentsOfFile: file, encoding: .utf8)))
  }

  /// The worked example's two records, as the page shows them.
  static func workedPair() throws -> (Participant, Place) {
    let person = try #require(
      Participant.decode(
        json: try Self.example("worked-participant"), taxonomy: EngineFixtures.taxonomy
      ).value)
    let place = try #require(
      Place.decode(json: try Self.example("worked-place"), taxonomy: EngineFixtures.taxonomy).value)
    return (person, place)
  }

  @Test func theWorkedExampleIsWhatTheEngineComputes() throws {
    let (person, place) = try Self.workedPair()
    var internalPlace = place
    internalPlace.id = "PL-EX2"
    internalPlace.employerKind = .internal
    let engine = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, participants: [person], places: [place, internalPlace])
    let explanation = try engine.explain(
      participant: person.id, place: place.id, on: EngineFixtures.day)
    let fit = try #require(explanation.fit)
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)

    #expect(fixed(explanation.travelMinutes, decimals: 2) == "5.96")
    #expect(text.contains("**5.96 minutes**"))
    let values = fit.components.map { fixed($0.value, decimals: 4) }
    #expect(values == ["0.8205", "0.6875", "1.0000", "0.9338", "1.0000", "1.0000"])
    for value in ["0.8205", "0.6875", "0.9338"] { #expect(text.contains("**\(value)**")) }
    let millionths = fit.components.map(\.contributionMillionths)
    #expect(millionths == [16_410_256, 17_187_500, 10_000_000, 23_344_501, 10_000_000, 10_000_000])
    for value in millionths { #expect(text.contains("| \(Self.grouped(value)) |")) }
    #expect(
      fit.adjustments == [
        ScoreAdjustment(reason: .assessmentPoints(count: 1), millionths: 2_000_000)
      ])
    #expect(fit.scoreMillionths == 84_942_257)
    #expect(text.contains("**84,942,257**"))
    #expect(
      fit.assessmentPoints == [
        .loadAdaptation(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!)
      ])
    #expect(
      fit.learningSteps == [
        LearningStep(subject: .competency("forklift-driving"), from: 0, to: 2, months: 12)
      ])
    #expect(fit.monthsToProductive == 12)
    #expect(fit.notes.isEmpty)

    // The same place run by the SOB itself.
    let run = try #require(
      try engine.explain(participant: person.id, place: "PL-EX2", on: EngineFixtures.day).fit)
    #expect(run.components[4].contributionMillionths == 2_500_000)
    #expect(
      run.adjustments.map(\.millionths) == [2_000_000, 15_000_000]
        && run.adjustments.last?.reason == .internalPlace(.participatiewetWithinYear, .regularFirst)
    )
    #expect(run.scoreMillionths == 62_442_257)
    #expect(text.contains("**62,442,257**"))

    // The compiled scorer agrees, and ranks the regular place first.
    let list = try engine.shortlist(for: person.id, options: QueryOptions(day: EngineFixtures.day))
    #expect(list.matches.map(\.scoreMillionths) == [84_942_257, 62_442_257])
    #expect(list.matches.map(\.placementMarginMillionths) == [0, 15_000_000])
  }

  /// `16,410,256`.
  static func grouped(_ value: Int64) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }

  /// The default values of the policy tables on the page are the defaults in code.
  @Test func thePolicyTablesAreTheDefaults() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let policy = Policy.default
    func row(_ profile: PlacementProfile) -> String {
      let rule = policy.placementProfiles.rules[profile]!
      let order = EmployerKind.allCases.map { fixed(rule.order[$0], decimals: 2) }
        .map {
          $0.hasSuffix(".00")
            ? String($0.dropLast(3)) : $0.hasSuffix("0") ? String($0.dropLast()) : $0
        }
      return "| `\(profile.rawValue)` | " + order.joined(separator: " | ") + " | "
        + fixed(rule.internalMargin, decimals: 0) + " | "
    }
    for profile in PlacementProfile.allCases {
      #expect(text.contains(row(profile)), "\(row(profile))")
      let groups = TargetGroup.allCases.filter {
        policy.placementProfiles.targetGroups[$0] == profile
      }
      let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(row(profile)) })
      for group in groups { #expect(line.contains(group.rawValue), "\(group) in \(profile)") }
    }
    let unprofiled = TargetGroup.allCases.filter {
      policy.placementProfiles.targetGroups[$0] == nil
    }
    #expect(unprofiled == [.activation])
    #expect(text.contains("| (none) | `placementOrder` | | | | 0 | activation |"))
    #expect(
      policy.assessmentPointCost == 2
        && text.contains("`assessmentPointCost` points of the score (default 2.0"))
    #expect(policy.jobCoaches.arrangedSupportValue == 0.5)
    #expect(policy.dutchMonthsPerLevel == PaceMonths(slow: 12, steady: 6, fast: 4))
  }

  /// Every code the rules declare is on the page: a new kind of knock-out or point is not
  /// done until Scoring.md says what it is.
  @Test func everyReasonCodeIsDocumented() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    for code in KnockOut.codes + AssessmentPoint.codes + FitNote.codes + ScoreAdjustment.codes {
      #expect(text.contains("`\(code)`"), "\(code)")
    }
    for kind in ScoreComponentKind.allCases { #expect(text.contains("`\(kind.rawValue)`")) }
  }

  /// The page's table of who may read what says what the declarations say, kind by kind.
  @Test func theDisclosureTableIsTheDeclarations() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let start = try #require(text.range(of: "## Who may read what"))
    let end = try #require(text.range(of: "## Worked example"))
    let rows = text[start.upperBound..<end.lowerBound].split(separator: "\n").filter {
      $0.hasPrefix("| public") || $0.hasPrefix("| about the person")
        || $0.hasPrefix("| health-derived")
    }
    func codes(_ row: String) -> Set<String> {
      Set(
        row.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
          String($0.element)
        })
    }
    var documented: [Disclosure: Set<String>] = [:]
    for row in rows {
      let disclosure: Disclosure =
        row.hasPrefix("| public")
        ? .public : row.hasPrefix("| about") ? .aboutThePerson : .healthDerived
      documented[disclosure] = codes(String(row))
    }
    var declared: [Disclosure: Set<String>] = [:]
    func walk<Kind: RuleKind>(_ kind: Kind.Type) {
      for kind in Kind.allCases {
        declared[kind.declaration.disclosure, default: []].insert(kind.declaration.code)
      }
    }
    walk(KnockOut.Kind.self)
    walk(AssessmentPoint.Kind.self)
    walk(FitNote.Kind.self)
    walk(Reason.Kind.self)
    walk(ScoreAdjustment.Kind.self)
    #expect(documented == declared)
  }

  /// The points are listed in the order the page says (issue 24 §2: the page listed every
  /// `load-not-assessed` before every `load-adaptation`; the engine goes dimension by
  /// dimension): the table of points in declaration order, and a pair with points of every
  /// kind lists them load dimension by dimension, then Dutch, wage, job coach, support.
  @Test func thePointsAreListedInThePagesOrder() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let start = try #require(text.range(of: "## Assessment points"))
    let section = text[start.upperBound...].prefix { _ in true }
    let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
    let rows = section[..<end].split(separator: "\n").filter { $0.hasPrefix("| `") }
    let codes = rows.map { row in
      String(row.dropFirst(3).prefix { $0 != "`" })
    }
    #expect(codes == AssessmentPoint.codes, "the table in declaration order")
    #expect(section.contains("`load-mostly-not-assessed`"))
    // Lifting one level short (adaptable) and walking never assessed: lifting comes first in
    // the dimension order, so the adaptation is listed before the unassessed walking.
    let person = GoldenScenarioTests.person {
      $0.loadCapacity[.lifting] = LoadLevel(2)
      $0.loadCapacity[.walking] = nil
      $0.wageValue = nil
      $0.dutchLevel = nil
      $0.supportNeed = .permanent
    }
    let place = GoldenScenarioTests.warehouse { $0.adaptable = [.lifting] }
    let fit = try #require(
      ReferenceScorer(policy: .default).evaluate(person, place, on: EngineFixtures.day).fit)
    #expect(
      fit.assessmentPoints.map(\.code) == [
        "load-adaptation", "load-not-assessed", "dutch-not-assessed", "wage-value-not-assessed",
        "job-coach-to-arrange", "permanent-support",
      ])
  }
}

/// `value` with `decimals` decimals, as the page prints numbers.
func fixed(_ value: Double, decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let scaled = (abs(value) * scale).rounded()
  let whole = Int(scaled / scale)
  let fraction = String(Int(scaled) - whole * Int(scale))
  return (value < 0 && scaled > 0 ? "-" : "") + String(whole)
    + (decimals > 0
      ? "." + String(repeating: "0", count: decimals - fraction.count) + fraction : "")
}
