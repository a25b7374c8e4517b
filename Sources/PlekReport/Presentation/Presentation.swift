import PlekCore

/// The facts of a place that lists and explanations show: the place's own, never anything
/// about a person.
public struct PlaceFacts: Hashable, Sendable {
  /// The place.
  public var id: PlaceID
  /// Its employer.
  public var employer: EmployerID
  /// The kind of employer.
  public var kind: EmployerKind
  /// The job title, if given.
  public var title: String?
  /// Its sectors, main sector first.
  public var sectors: [SectorID]
  /// Hours per week offered.
  public var hours: HoursRange
  /// Whether it is a learning-work place.
  public var learning: Bool
  /// Its free slots.
  public var freeSlots: Int
  /// Whether the employer fulfils a Social Return (SROI) obligation with it.
  public var sroi: Bool

  /// The facts of `place`.
  public init(_ place: Place) {
    id = place.id
    employer = place.employerID
    kind = place.employerKind
    title = place.title
    sectors = place.sectors
    hours = place.hoursPerWeek
    learning = place.learningOffer != nil
    freeSlots = place.freeSlots
    sroi = place.sroi
  }
}

/// A shortlist (places for a person) or a candidate list (people for a place), as every
/// output shows it: the table, CSV, JSON and the service render this one model.
///
/// It holds only disclosed values (``DisclosedMatch``, ``DisclosedExplanation``,
/// ``ParticipantFacts``): health data was removed for its audience before it was built.
public struct ListPresentation: Sendable {
  /// Whom the list is about.
  public enum Subject: Sendable {
    /// The places for a participant.
    case participant(ParticipantID)
    /// The participants for a place.
    case place(PlaceFacts)
  }

  /// One line of the list.
  public struct Entry: Sendable {
    /// The position, from 1.
    public var rank: Int
    /// The match as the audience may see it.
    public var match: DisclosedMatch
    /// The place's facts (shortlists).
    public var place: PlaceFacts?
    /// The participant's facts (candidate lists).
    public var participant: ParticipantFacts?
    /// The explanation as the audience may see it, when asked for or needed for reasons.
    public var explanation: DisclosedExplanation?
    /// The competition for the place (shortlists, officers only).
    public var competition: EntryCompetition? = nil
    /// The person's placements running on the day (candidate lists, officers only).
    public var placed: [PlacedMark] = []
    /// The last day of the person's placement at this place that ended in terugval, if
    /// there was one (shortlists, officers only): marked, never left out.
    public var fellBackHere: Day? = nil

    /// The strongest reasons of the fit that may be shown.
    public var reasons: [Reason] { explanation?.reasons ?? [] }
  }

  /// Whom the list is about.
  public var subject: Subject
  /// Whom it is for.
  public var audience: Audience
  /// The day asked for.
  public var day: Day
  /// Records the scorer read.
  public var evaluated: Int
  /// Records on the other side.
  public var total: Int
  /// The matches, best first.
  public var entries: [Entry]
  /// Whether the caller asked for every match's explanation (JSON includes them then).
  public var explained: Bool
  /// The participant's profile line, for an officer's shortlist.
  public var profile: ParticipantProfile?
  /// Why nothing is listed, for an officer's empty shortlist.
  public var whyEmpty: EmptyList?
  /// For a candidate list: the place is full, and the entries would fit when a slot opens.
  public var placeIsFull = false
  /// Whether the list is a spread shortlist: ordered by score minus the place's congestion
  /// price from a placement proposal.
  public var spread = false
  /// The person's placements running on the day (shortlists, officers only).
  public var placed: [PlacedMark] = []
  /// The vangnet: the person fell back recently and holds no placement; the internal places
  /// that fit are offered first (officers' shortlists of stored people only).
  public var vangnet: VangnetMark? = nil
  /// What the person's learning routes earned and the pace reached (officers' shortlists).
  public var learning: LearningMark? = nil
}

/// A person's learning line, for officers: the competency levels learning routes earned
/// above the record's (counted in the scores) and the pace reached beside the pace on file.
public struct LearningMark: Hashable, Sendable {
  /// The levels earned, in the order earned.
  public var earned: [EarnedCompetency]
  /// The pace reached on those routes.
  public var pace: PaceReached?

  /// The stored person's learning line; `nil` when no route earned a level.
  static func of(_ person: Participant, in engine: MatchEngine) -> LearningMark? {
    guard !person.earned.isEmpty else { return nil }
    return LearningMark(earned: person.earned, pace: engine.paceReached(of: person))
  }
}

/// A person in the *vangnet* (``Policy/vangnetMonths``): the fall-back and the internal
/// places offered first.
public struct VangnetMark: Sendable {
  /// The placement that ended in a fall-back.
  public var fellBack: PlacementID
  /// Its place.
  public var place: PlaceID
  /// Its last day.
  public var end: Day
  /// The best internal places that fit (up to three), best first: the person's shortlist
  /// restricted to internal places.
  public var internalPlaces: [(place: PlaceFacts, scoreMillionths: Int64)]
}

/// A placement running on a list's day: where, and since when.
public struct PlacedMark: Hashable, Sendable {
  /// The place held.
  public var place: PlaceID
  /// The placement's first day.
  public var since: Day

  /// The running placements of `person` on `day`.
  static func running(_ person: ParticipantID, on day: Day, in engine: MatchEngine)
    -> [PlacedMark]
  {
    engine.placements.active(of: person, on: day).map {
      PlacedMark(place: $0.place, since: $0.start)
    }
  }
}

/// Why a shortlist is empty, for officers.
public enum EmptyList: Sendable {
  /// The person is available only after the planning horizon.
  case notAvailableUntil(Day, horizon: Day)
  /// Places fit, but none within the filters.
  case filteredOut(fitsWithoutFilters: Int)
  /// No place fits: what blocks the most places, and the person's advice (what would open
  /// places).
  case blocked(KnockOutSummary, advice: AdvicePresentation?)
}

/// One explanation, as every output shows it.
public struct ExplanationPresentation: Sendable {
  /// The day asked for.
  public var day: Day
  /// The evaluation as the audience may see it.
  public var explanation: DisclosedExplanation
  /// The place's facts.
  public var place: PlaceFacts
  /// The participant's profile line, for officers.
  public var profile: ParticipantProfile?
  /// How the person travels (not health data: said to employers too).
  public var transport: TransportMode
  /// The person's placements running on the day (officers only).
  public var placed: [PlacedMark] = []
  /// The last day of the person's fall-back at this place, if any (officers only).
  public var fellBackHere: Day? = nil
  /// The person's vangnet (officers only; no places listed here).
  public var vangnet: VangnetMark? = nil
  /// What the person's learning routes earned (officers only).
  public var learning: LearningMark? = nil

  /// Whom it is for.
  public var audience: Audience { explanation.audience }
}
