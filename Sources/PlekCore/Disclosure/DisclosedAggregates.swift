/// A count of people as an aggregate shows it: the number from ``smallestShown`` up, and
/// "fewer than 5" below it, so that no small group (and no single person's health data) can
/// be read off a count.
public enum GroupCount: Hashable, Sendable {
  /// The exact count.
  case exact(Int)
  /// Fewer than this many (the count is withheld).
  case fewerThan(Int)

  /// The smallest count an aggregate shows.
  public static let smallestShown = 5

  /// `count` as an aggregate shows it.
  public init(suppressing count: Int) {
    self = count < Self.smallestShown ? .fewerThan(Self.smallestShown) : .exact(count)
  }

  /// The exact count, when shown.
  public var shown: Int? {
    if case .exact(let count) = self { return count }
    return nil
  }
}

/// Job carving as an audience may see it. Officers see every count and the best people each
/// change opens; an employer sees counts only, "fewer than 5" below 5, and no people.
public struct DisclosedCarving: Hashable, Sendable {
  /// Whom it is for.
  public var audience: Audience
  /// The place.
  public var placeID: PlaceID
  /// The day asked for.
  public var day: Day
  /// People who fit now.
  public var fits: GroupCount
  /// The changes, most people first. For an employer, changes whose count is withheld come
  /// after the others, in change order: their order by count would tell the withheld counts
  /// apart.
  public var changes: [DisclosedChange]
}

/// One change as an audience may see it.
public struct DisclosedChange: Hashable, Sendable {
  /// The change.
  public var change: CarveChange
  /// People it lets in.
  public var opens: GroupCount
  /// The best of them with their scores (officers only; empty for employers).
  public var best: [ParticipantScore]
}

/// The region's advice as an aggregate report shows it (to anyone, officers and managers
/// alike): every count of people below 5 withheld, steps that open places for fewer than 5
/// people left out, and for a cohort of fewer than 5 people nothing but the withheld counts,
/// so that a small cohort cannot be read person by person (the places nobody of one person
/// fits are that person's profile).
public struct DisclosedRegionAdvice: Hashable, Sendable {
  /// The day asked for.
  public var day: Day
  /// The cohort.
  public var cohort: Cohort
  /// People in the cohort.
  public var people: GroupCount
  /// Of them, people with at least one place that fits.
  public var withFit: GroupCount
  /// People with no fit and no single step that opens a place.
  public var withoutFitOrStep: GroupCount
  /// Steps that open places for at least 5 people, most people first.
  public var steps: [DisclosedRegionStep]
  /// Whether steps for fewer than 5 people were left out.
  public var smallStepsLeftOut: Bool
  /// Whether the cohort has fewer than 5 people: then no steps and no places are shown.
  public var cohortTooSmall: Bool
  /// Places nobody of the cohort fits, by id, each with the kinds of step that keep at least
  /// 5 people out.
  public var placesNobodyFits: [PlaceBlockers]
}

/// One step of a region, as a report shows it.
public struct DisclosedRegionStep: Hashable, Sendable {
  /// The step.
  public var step: AdviceStep
  /// People for whom it opens at least one place (5 or more).
  public var people: Int
  /// Of them, people with no fit now.
  public var withoutFit: GroupCount
  /// Places it opens, added up over those people.
  public var placesOpened: Int
  /// For a competency: learning-work places in the region that teach it to the level.
  public var routes: Int
}
