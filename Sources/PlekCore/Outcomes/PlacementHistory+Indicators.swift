/// The counts of one period (Outcomes.md defines each exactly).
public struct PeriodFigures: Hashable, Sendable {
  /// Placements that started in the period.
  public var started = 0
  /// Those, by the kind of employer of the place (``EmployerKind/allCases`` order).
  public var startedByKind = [Int](repeating: 0, count: EmployerKind.allCases.count)
  /// Those, by form (``PlacementForm/allCases`` order).
  public var startedByForm = [Int](repeating: 0, count: PlacementForm.allCases.count)
  /// People whose first placement started in the period.
  public var firstPlacements = 0
  /// Placements that ended in the period.
  public var ended = 0
  /// Of those, ended by moving on to regular work (*uitstroom*).
  public var toRegularWork = 0
  /// Of those, ended in a fall-back (*terugval*).
  public var fellBack = 0
  /// Of the fall-backs, those followed by an internal placement starting within 30 days of
  /// the end (caught by the *vangnet*).
  public var caughtByVangnet = 0
  /// Of the ended placements, those at an internal place followed by a placement at a place
  /// of another kind starting within 90 days (*doorstroom*).
  public var doorstroom = 0
  /// Of the ended placements, learning-work routes.
  public var learningEnded = 0
  /// Of those, the ones that earned a certificate.
  public var certificates = 0
  /// Of those, the ones that earned a praktijkverklaring.
  public var praktijkverklaringen = 0
  /// Of the placements started, those at an SROI place (``Place/sroi``).
  public var startedSROI = 0
  /// Of the people whose first placement started in the period, those with a known
  /// registration on or before that start: the days from registration to it, in the order
  /// the people are counted.
  public var daysToFirst: [Int] = []
  /// The same for people whose first placement at a regular employer started in the period.
  public var daysToFirstRegular: [Int] = []

  /// Empty figures.
  public init() {}
}

/// Werkbehoud of one group of placements: how many started, how many were lost, and the
/// Kaplan–Meier estimates of still running 6 and 12 months after the start.
public struct Retention: Hashable, Sendable {
  /// Placements in the group (started in the range).
  public var placements = 0
  /// Of those, placements lost: ended by a fall-back, the end of the contract or another
  /// reason (not by moving on to work or moving away).
  public var losses = 0
  /// The placements lost before 182 and before 365 days (a loss on day `d` after the start
  /// is before `t` when `d < t`): what an estimate is made of, for deciding whether it
  /// may be shown.
  public var lostBefore = [0, 0]
  /// The estimated share still running 182 days after the start; `nil` when not known yet.
  public var sixMonths: Double?
  /// The estimated share still running 365 days after the start; `nil` when not known yet.
  public var twelveMonths: Double?

  /// Empty retention.
  public init() {}
}

extension PlacementHistory {
  /// The days after a fall-back within which an internal placement counts as the vangnet.
  public static let vangnetDays = 30
  /// The days after an internal placement within which a placement elsewhere counts as
  /// doorstroom.
  public static let doorstroomDays = 90
  /// The days after the start at which werkbehoud is estimated: 6 and 12 months.
  public static let retentionDays = [182, 365]

  /// The figures of `period`, as known on `asOf` (a placement starting or ending after it is
  /// not known to have), for the people in `cohort`: the plain reference of
  /// ``tally(periods:range:asOf:cohort:)``, one period at a time.
  ///
  /// - Complexity: O(n) for n placements.
  public func figures(in period: OutcomePeriod, asOf: Day, cohort: Cohort) -> PeriodFigures {
    var figures = PeriodFigures()
    for (subject, placements) in known(asOf: asOf, cohort: cohort) {
      if let first = placements.first, period.contains(first.start) {
        figures.firstPlacements += 1
        if let days = Self.days(from: subject.registeredOn, to: first.start) {
          figures.daysToFirst.append(days)
        }
      }
      if let regular = placements.first(where: { kind($0) == .regular }),
        period.contains(regular.start),
        let days = Self.days(from: subject.registeredOn, to: regular.start)
      {
        figures.daysToFirstRegular.append(days)
      }
      for (index, placement) in placements.enumerated() {
        if period.contains(placement.start) {
          figures.started += 1
          figures.startedByKind[EmployerKind.allCases.firstIndex(of: kind(placement))!] += 1
          figures.startedByForm[PlacementForm.allCases.firstIndex(of: placement.form)!] += 1
          if isSROI(placement) { figures.startedSROI += 1 }
        }
        guard let end = placement.end, period.contains(end) else { continue }
        figures.ended += 1
        if placement.endReason == .regularWork { figures.toRegularWork += 1 }
        // The next placement: the first to start after this one ended.
        let next = placements[(index + 1)...].first { $0.start > end }
        let gap = next.map { Int($0.start.daysSinceEpoch - end.daysSinceEpoch) }
        if placement.fellBack {
          figures.fellBack += 1
          if let next, let gap, gap <= Self.vangnetDays, kind(next) == .internal {
            figures.caughtByVangnet += 1
          }
        }
        if kind(placement) == .internal, let next, let gap, gap <= Self.doorstroomDays,
          kind(next) != .internal
        {
          figures.doorstroom += 1
        }
        if placement.form == .learningWork {
          figures.learningEnded += 1
          if placement.earned?.certificate == true { figures.certificates += 1 }
          if placement.earned?.praktijkverklaring == true { figures.praktijkverklaringen += 1 }
        }
      }
    }
    return figures
  }

  /// Werkbehoud of the placements that started in `period`, as known on `asOf`, for the
  /// people in `cohort` and the placements `including` accepts (by the placement, its
  /// employer kind and its person).
  ///
  /// A placement is followed from its start to its end, or to `asOf` while it runs. It is
  /// lost (an event) when it ended by a fall-back, the end of the contract or another
  /// reason; moving on to regular work or to another placement is not a loss of work and
  /// moving away leaves the region's view: those are followed to their end and no further
  /// (censored), like one still running.
  ///
  /// - Complexity: O(n log n) for n placements.
  public func retention(
    startedIn period: OutcomePeriod, asOf: Day, cohort: Cohort,
    including: (Placement, EmployerKind, OutcomeSubject) -> Bool = { _, _, _ in true }
  ) -> Retention {
    var observations: [KaplanMeier.Observation] = []
    for (subject, placements) in known(asOf: asOf, cohort: cohort) {
      for placement in placements
      where period.contains(placement.start) && including(placement, kind(placement), subject) {
        let last = placement.end ?? asOf
        observations.append(
          KaplanMeier.Observation(
            days: Int(last.daysSinceEpoch - placement.start.daysSinceEpoch),
            event: placement.endReason.map(Self.isLoss) ?? false))
      }
    }
    return Self.retention(observations)
  }

  /// The days from a registration to a placement's start; `nil` when the registration is
  /// not known or comes after the start (the time to a placement is not known then).
  static func days(from registration: Day?, to start: Day) -> Int? {
    guard let registration, registration <= start else { return nil }
    return Int(start.daysSinceEpoch - registration.daysSinceEpoch)
  }

  /// Whether an end is a loss of work for werkbehoud.
  static func isLoss(_ reason: PlacementEndReason) -> Bool {
    switch reason {
    case .contractEnded, .fellBackHealth, .fellBackMismatch, .fellBackOther, .other: true
    case .regularWork, .otherPlacement, .movedAway: false
    }
  }
}
