/// A count of people as an aggregate shows it: the number, or withheld to protect small
/// groups (``CountTables/protect()``: no group of 1–4 people shown or derivable). Every
/// withheld count is marked alike, whatever the reason, so a mark tells nothing of the size.
public enum GroupCount: Hashable, Sendable {
  /// The exact count.
  case exact(Int)
  /// Withheld to protect small groups.
  case withheld

  /// The smallest group an aggregate shows: groups of 1 to 4 people are protected.
  public static let smallestShown = 5

  /// The exact count, when shown.
  public var shown: Int? {
    if case .exact(let count) = self { return count }
    return nil
  }

  /// `part` as a share of `whole` (0–1), only when both are shown (a share of a withheld
  /// count would give it away) and the whole is not empty.
  public static func share(_ part: GroupCount, of whole: GroupCount) -> Double? {
    guard let part = part.shown, let whole = whole.shown, whole > 0 else { return nil }
    return Double(part) / Double(whole)
  }
}

/// Job carving as an audience may see it. Officers see every count and the best people each
/// change opens; an employer sees counts only, protected (``GroupCount``), and no people.
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
  /// For a pair: the second change, made together with the first.
  public var together: CarveChange? = nil
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
  public var placesNobodyFits: [DisclosedPlaceBlockers]
}

/// A place nobody fits, as a report shows it: the kinds of step that keep at least 5 people
/// out, each with its protected count.
public struct DisclosedPlaceBlockers: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The kinds of step, most people first.
  public var blockers: [DisclosedBlockerCount]
}

/// People kept out of a place by one kind of step, as a report shows it.
public struct DisclosedBlockerCount: Hashable, Sendable {
  /// The kind.
  public var blocker: Blocker
  /// The people.
  public var people: GroupCount
}

/// One step of a region, as a report shows it.
public struct DisclosedRegionStep: Hashable, Sendable {
  /// The step.
  public var step: AdviceStep
  /// People for whom it opens at least one place (5 or more, or withheld to protect a small
  /// group elsewhere).
  public var people: GroupCount
  /// Of them, people with no fit now.
  public var withoutFit: GroupCount
  /// Places it opens, added up over those people.
  public var placesOpened: Int
  /// For a competency: learning-work places in the region that teach it to the level.
  public var routes: Int
}

extension Array {
  /// The elements with a shown count in their order, then those whose count is withheld in
  /// `neutral` order: where a withheld count stands in a list sorted by size would tell the
  /// reader something of its size.
  public func withheldLast(
    count: (Element) -> GroupCount, neutral: (Element, Element) -> Bool
  ) -> [Element] {
    filter { count($0).shown != nil } + filter { count($0).shown == nil }.sorted(by: neutral)
  }
}
