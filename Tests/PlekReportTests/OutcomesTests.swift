import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// The worked example of Outcomes.md, recomputed: three people, three places, six
/// placements, counted for 2026-01-01 to 2026-06-30 by quarter.
enum WorkedExample {
  static func day(_ text: String) -> Day { Day(iso: text)! }

  static let people: [Participant] = {
    let sample = TestData.sample.participants.map(\.value)
    func person(_ id: String, _ group: TargetGroup, _ index: Int) -> Participant {
      var person = sample[index]
      (person.id, person.targetGroup) = (ParticipantID(stringLiteral: id), group)
      person.municipality = "maastricht"
      return person
    }
    return [
      person("P-A", .wsw, 0), person("P-B", .participatiewetDirect, 1),
      person("P-C", .activation, 2),
    ]
  }()

  static let places: [Place] = {
    let sample = TestData.sample.places.map(\.value)
    func place(_ id: String, _ kind: EmployerKind, _ index: Int) -> Place {
      var place = sample[index]
      (place.id, place.employerKind) = (PlaceID(stringLiteral: id), kind)
      return place
    }
    return [
      place("PL-INT", .internal, 0), place("PL-REG", .regular, 1),
      place("PL-LRN", .socialOrMunicipal, 2),
    ]
  }()

  static let placements: [Placement] = [
    Placement(
      id: "PM-1", participant: "P-A", place: "PL-INT", start: day("2025-10-01"),
      end: day("2026-02-15"), endReason: .otherPlacement, form: .sheltered, hoursPerWeek: 24),
    Placement(
      id: "PM-2", participant: "P-A", place: "PL-REG", start: day("2026-03-01"),
      form: .employment, hoursPerWeek: 24),
    Placement(
      id: "PM-3", participant: "P-B", place: "PL-REG", start: day("2026-01-10"),
      end: day("2026-04-20"), endReason: .fellBackHealth, form: .employment, hoursPerWeek: 32),
    Placement(
      id: "PM-4", participant: "P-B", place: "PL-INT", start: day("2026-05-05"),
      form: .employment, hoursPerWeek: 20),
    Placement(
      id: "PM-5", participant: "P-C", place: "PL-LRN", start: day("2026-01-05"),
      plannedEnd: day("2026-07-05"), end: day("2026-06-10"), endReason: .regularWork,
      form: .learningWork, hoursPerWeek: 24,
      earned: LearningResult(certificate: true, praktijkverklaring: false)),
    Placement(
      id: "PM-6", participant: "P-C", place: "PL-REG", start: day("2026-06-20"),
      end: day("2026-07-15"), endReason: .contractEnded, form: .employment, hoursPerWeek: 32),
  ]

  static let history = PlacementHistory(
    participants: people, places: places, placements: placements)
}

@Suite("Outcomes: the indicators of Outcomes.md")
struct OutcomesTests {
  typealias Example = WorkedExample

  @Test func quartersAreCalendarQuartersCutToTheRange() {
    let periods = OutcomeInterval.quarter.periods(
      from: Example.day("2025-11-15"), to: Example.day("2026-05-10"))
    #expect(periods.map(\.label) == ["2025-Q4", "2026-Q1", "2026-Q2"])
    #expect(periods.map(\.from.iso) == ["2025-11-15", "2026-01-01", "2026-04-01"])
    #expect(periods.map(\.to.iso) == ["2025-12-31", "2026-03-31", "2026-05-10"])
    let months = OutcomeInterval.month.periods(
      from: Example.day("2024-01-31"), to: Example.day("2024-03-01"))
    #expect(months.map(\.label) == ["2024-01", "2024-02", "2024-03"])
    #expect(months[1].to.iso == "2024-02-29")
    #expect(
      OutcomeInterval.year.periods(from: Example.day("2026-02-01"), to: Example.day("2025-01-01"))
        .isEmpty)
  }

  /// Outcomes.md, *Werkbehoud*: six placements followed 30 (lost), 90, 120 (lost), 200,
  /// 250 (lost) and 400 days: 5/6 × 3/4 = 62.5% at 182 days, × 1/2 = 31.25% at 365.
  @Test func kaplanMeierAsTheArticleWorksItOut() {
    let observations = [
      (30, true), (90, false), (120, true), (200, false), (250, true), (400, false),
    ]
    .map { KaplanMeier.Observation(days: $0.0, event: $0.1) }
    let estimates = KaplanMeier.lasting(observations, atLeast: [182, 365, 401])
    #expect(estimates[0] == 0.625)
    #expect(estimates[1] == 0.3125)
    // Nobody followed 401 days: not known yet.
    #expect(estimates[2] == nil)
    // Counting only the placements followed long enough would say 1 of 3 at 182 days.
    #expect(KaplanMeier.lasting([], atLeast: [1]) == [nil])
  }

  @Test func theWorkedExamplesFiguresPerQuarter() {
    let asOf = Example.day("2026-06-30")
    let quarters = OutcomeInterval.quarter.periods(from: Example.day("2026-01-01"), to: asOf)
    let first = Example.history.figures(in: quarters[0], asOf: asOf, cohort: Cohort())
    #expect(first.started == 3 && first.firstPlacements == 2)
    #expect(first.startedByKind == [2, 1, 0, 0] && first.startedByForm == [2, 0, 0, 1, 0])
    #expect(first.ended == 1 && first.doorstroom == 1 && first.toRegularWork == 0)
    #expect(first.fellBack == 0)
    let second = Example.history.figures(in: quarters[1], asOf: asOf, cohort: Cohort())
    #expect(second.started == 2 && second.firstPlacements == 0)
    #expect(second.startedByKind == [1, 0, 0, 1])
    #expect(second.ended == 2 && second.toRegularWork == 1)
    #expect(second.fellBack == 1 && second.caughtByVangnet == 1 && second.doorstroom == 0)
    #expect(second.learningEnded == 1 && second.certificates == 1)
    #expect(second.praktijkverklaringen == 0)
    // Read a month later, PM-6 has ended (2026-07-15): still nothing ended in the range.
    let later = Example.history.figures(
      in: OutcomePeriod(label: "", from: Example.day("2026-01-01"), to: asOf),
      asOf: Example.day("2026-08-01"), cohort: Cohort())
    #expect(later.ended == 3)
  }

  @Test func theWorkedExamplesWerkbehoud() {
    let asOf = Example.day("2026-06-30")
    let range = OutcomePeriod(label: "", from: Example.day("2026-01-01"), to: asOf)
    let retention = Example.history.retention(startedIn: range, asOf: asOf, cohort: Cohort())
    // PM-2 … PM-6; only PM-3's fall-back is a loss; nobody followed 182 days yet.
    #expect(retention.placements == 5 && retention.losses == 1)
    #expect(retention.sixMonths == nil && retention.twelveMonths == nil)
    // By the end of 2026 PM-6 has ended too (a loss on day 25, of 5 at risk), and on day 100
    // PM-3 is lost of 4 at risk (PM-3, PM-5, PM-4, PM-2): 4/5 × 3/4 = 60%.
    let end = Example.day("2026-12-31")
    let later = Example.history.retention(startedIn: range, asOf: end, cohort: Cohort())
    #expect(later.losses == 2)
    #expect(later.sixMonths.map { abs($0 - 0.6) < 1e-12 } == true)
  }

  /// The one-pass tally equals the plain reference (a loop over the placements per period and
  /// per group) on generated histories, for every interval and some cohorts and ranges.
  @Test(arguments: [
    (UInt64(3), OutcomeInterval.quarter, "2024-01-01", "2026-10-31", Cohort()),
    (4, .month, "2025-02-15", "2026-06-30", Cohort(municipalities: ["maastricht", "vaals"])),
    (5, .year, "2023-11-01", "2026-11-01", Cohort(targetGroups: [.wsw, .activation])),
  ])
  func theTallyIsTheReference(
    _ seed: UInt64, _ interval: OutcomeInterval, _ from: String, _ to: String, _ cohort: Cohort
  ) throws {
    let directory = ScratchDirectory()
    try DatasetGenerator(taxonomy: TestData.taxonomy, seed: seed).write(
      participants: 3000, places: 2000, to: directory.path)
    let dataset = try #require(
      DatasetLoader.load(directory: directory.path, taxonomyDirectory: Repository.taxonomy)
        .dataset)
    let history = PlacementHistory(
      participants: dataset.participants.map(\.value), places: dataset.places.map(\.value),
      placements: dataset.placements.map(\.value))
    let (first, last) = (Example.day(from), Example.day(to))
    let range = OutcomePeriod(label: "", from: first, to: last)
    let periods = interval.periods(from: first, to: last)
    let tally = history.tally(periods: periods, range: range, asOf: last, cohort: cohort)
    for (period, figures) in zip(periods, tally.periods) {
      #expect(figures == history.figures(in: period, asOf: last, cohort: cohort), "\(period.label)")
    }
    #expect(tally.total == history.figures(in: range, asOf: last, cohort: cohort))
    #expect(tally.total.started > 100 && tally.total.fellBack > 0)
    for municipality in TestData.taxonomy.region.municipalities.map(\.id) {
      var narrowed = cohort
      narrowed.municipalities =
        cohort.municipalities.isEmpty || cohort.municipalities.contains(municipality)
        ? [municipality] : ["nowhere"]
      #expect(
        (tally.byMunicipality[municipality] ?? PeriodFigures())
          == history.figures(in: range, asOf: last, cohort: narrowed))
    }
    #expect(tally.retention == history.retention(startedIn: range, asOf: last, cohort: cohort))
    for municipality in TestData.taxonomy.region.municipalities.map(\.id) {
      #expect(
        (tally.retentionByMunicipality[municipality] ?? Retention())
          == history.retention(startedIn: range, asOf: last, cohort: cohort) {
            $2.municipality == municipality
          })
    }
    for (kind, retention) in zip(EmployerKind.allCases, tally.retentionByKind) {
      #expect(
        retention
          == history.retention(startedIn: range, asOf: last, cohort: cohort) { _, placeKind, _ in
            placeKind == kind
          })
    }
    for group in TargetGroup.allCases {
      #expect(
        (tally.retentionByTargetGroup[group] ?? Retention())
          == history.retention(startedIn: range, asOf: last, cohort: cohort) {
            $2.targetGroup == group
          })
    }
  }

  /// Past its deadline the protection withholds every count it has not proven safe: it
  /// fails closed, and says so.
  @Test func aProtectionOutOfTimeWithholdsAndSaysSo() {
    let asOf = Example.day("2026-06-30")
    let presentation = OutcomesPresentation(
      history: Example.history, from: Example.day("2026-01-01"), to: asOf, interval: .quarter,
      cohort: Cohort(), deadline: 0)
    #expect(presentation.protectionStopped)
    #expect(presentation.total.counts.values.allSatisfy { $0 == .withheld || $0 == .exact(0) })
    let text = TextRendering(
      localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy), width: nil,
      colour: false
    ).outcomes(presentation)
    #expect(text.contains("te weinig tijd"))
  }

  @Test func aCohortCountsItsPeopleOnly() {
    let asOf = Example.day("2026-06-30")
    let range = OutcomePeriod(label: "", from: Example.day("2026-01-01"), to: asOf)
    let wsw = Example.history.figures(
      in: range, asOf: asOf, cohort: Cohort(targetGroups: [.wsw]))
    #expect(wsw.started == 1 && wsw.ended == 1 && wsw.doorstroom == 1)
    let vaals = Example.history.figures(
      in: range, asOf: asOf, cohort: Cohort(municipalities: ["vaals"]))
    #expect(vaals == PeriodFigures())
  }

  /// The sample's three years by quarter: every count shown is 0 or at least 5, and an
  /// attacker who knows every relation Outcomes.md states proves no withheld figure to lie
  /// within 1–4.
  @Test(arguments: [
    (OutcomeInterval.quarter, nil), (.year, nil), (.year, .municipality),
    (.quarter, OutcomesPresentation.Breakdown.targetGroup),
  ])
  func theSamplesResultsDiscloseNoSmallGroup(
    _ interval: OutcomeInterval, _ breakdown: OutcomesPresentation.Breakdown?
  ) throws {
    let sample = TestData.sample
    let history = PlacementHistory(
      participants: sample.participants.map(\.value), places: sample.places.map(\.value),
      placements: sample.placements.map(\.value))
    let presentation = OutcomesPresentation(
      history: history, from: Example.day("2024-01-01"), to: Example.day("2026-10-31"),
      interval: interval, cohort: Cohort(), breakdown: breakdown,
      municipalities: TestData.taxonomy.region.municipalities.map(\.id))
    let rows = presentation.periods + [presentation.total] + presentation.parts.map(\.row)
    let shown = rows.flatMap { $0.counts.values }.compactMap(\.shown)
    #expect(
      presentation.parts.count == (breakdown == nil ? 0 : breakdown == .municipality ? 6 : 14))
    #expect(shown.allSatisfy { $0 == 0 || $0 >= 5 })
    #expect(presentation.total.counts[.started]?.shown ?? 0 > 200)
    let localizer = Localizer(language: .english, taxonomy: TestData.taxonomy)
    let json = JSONRendering(localizer: localizer).outcomes(presentation)
    let (findings, unknowns) = SmallGroupAttack.outcomes(json).findings()
    #expect(unknowns > 0)
    #expect(findings.isEmpty, "\(findings.prefix(5))")
  }
}

/// The time from registration to a first placement and to a first regular one, and SROI
/// placements, as Outcomes.md defines them (its example: 30, 60 and 90 days, median 60).
@Suite("Outcomes: time from registration and SROI")
struct RegistrationOutcomeTests {
  static func day(_ text: String) -> Day { Day(iso: text)! }

  /// Three people registered on 2026-01-01, first placed after 30, 60 and 90 days; the
  /// second's first placement is internal, her regular one 120 days after registering; the
  /// third registered after his start (not counted). The regular place is an SROI place.
  @Test func theArticlesExample() {
    var people = WorkedExample.people
    for index in people.indices { people[index].registeredOn = Self.day("2026-01-01") }
    people[2].registeredOn = Self.day("2026-05-01")
    var places = WorkedExample.places
    places[1].sroi = true
    let placements = [
      Placement(
        id: "PM-1", participant: "P-A", place: "PL-REG", start: Self.day("2026-01-31"),
        form: .employment, hoursPerWeek: 24),
      Placement(
        id: "PM-2", participant: "P-B", place: "PL-INT", start: Self.day("2026-03-02"),
        end: Self.day("2026-04-20"), endReason: .otherPlacement, form: .employment,
        hoursPerWeek: 24),
      Placement(
        id: "PM-3", participant: "P-B", place: "PL-REG", start: Self.day("2026-05-01"),
        form: .employment, hoursPerWeek: 24),
      Placement(
        id: "PM-4", participant: "P-C", place: "PL-REG", start: Self.day("2026-04-01"),
        form: .trial, hoursPerWeek: 16),
    ]
    let history = PlacementHistory(participants: people, places: places, placements: placements)
    let year = OutcomePeriod(
      label: "2026", from: Self.day("2026-01-01"), to: Self.day("2026-12-31"))
    let figures = history.figures(in: year, asOf: Self.day("2026-12-31"), cohort: Cohort())
    #expect(figures.daysToFirst.sorted() == [30, 60])
    #expect(figures.daysToFirstRegular.sorted() == [30, 120])
    #expect(figures.startedSROI == 3)
    let tally = history.tally(
      periods: [year], range: year, asOf: Self.day("2026-12-31"), cohort: Cohort())
    #expect(tally.total == figures)
    // Medians from ten people on; the lower middle of an even count.
    #expect(OutcomesPresentation.median([30, 60, 90]) == nil)
    #expect(OutcomesPresentation.median(Array(1...10)) == 5)
    #expect(OutcomesPresentation.median(Array(1...11)) == 6)
  }
}
