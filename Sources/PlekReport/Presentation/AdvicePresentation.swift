import PlekCore

/// A person's advice, as every output shows it (officers only): the steps with what the
/// person holds now, so that a step can say what it changes ("up to 40 instead of 30
/// minutes"), and the facts of every place it names.
public struct AdvicePresentation: Sendable {
  /// The advice.
  public var advice: Advice
  /// The officer's profile line of the person.
  public var profile: ParticipantProfile
  /// What the person holds now, for the steps.
  public var baseline: StepBaseline
  /// The facts of every place the advice names (best fits, places opened, routes, nearest).
  public var places: [PlaceID: PlaceFacts]
}

/// What a person holds now of what advice's steps change.
public struct StepBaseline: Hashable, Sendable {
  /// The day asked for.
  public var day: Day
  /// The longest journey accepted, in minutes.
  public var maxTravelMinutes: Int
  /// How the person travels.
  public var transport: TransportMode
  /// Hours per week wanted.
  public var hours: HoursRange
  /// The Dutch level, if assessed.
  public var dutch: DutchLevel?
  /// The levels held of the competencies the steps name (absent: not held).
  public var competencies: [CompetencyID: Int]
  /// Months a competency level takes at the person's development pace (the policy's
  /// `monthsPerLevel`), for how long a learning step takes; `nil` when not known.
  public var monthsPerLevel: Int? = nil
  /// Months a level of Dutch takes at the person's pace (`dutchMonthsPerLevel`).
  public var dutchMonthsPerLevel: Int? = nil
}

/// Job carving for a place, as every output shows it: the disclosed carving and the place's
/// own facts and demands (place data, shown to employers too).
public struct CarvingPresentation: Sendable {
  /// The carving as its audience may see it.
  public var carving: DisclosedCarving
  /// The place's facts.
  public var place: PlaceFacts
  /// What the place asks now, for the changes ("level 2 instead of 3").
  public var demands: PlaceDemands

  /// Whom it is for.
  public var audience: Audience { carving.audience }
}

/// What a place asks now, of what carving changes.
public struct PlaceDemands: Hashable, Sendable {
  /// The load demand per dimension (absent: none).
  public var load: [LoadDimension: LoadLevel]
  /// The required competencies and their levels.
  public var competencies: [CompetencyID: CompetencyLevel]
  /// Hours per week offered.
  public var hours: HoursRange
  /// The Dutch the work needs.
  public var dutch: DutchLevel
  /// The support offered.
  public var support: SupportOffer
  /// The day the place opens.
  public var openFrom: Day

  /// The demands of `place`.
  public init(_ place: Place) {
    var load: [LoadDimension: LoadLevel] = [:]
    for dimension in LoadDimension.allCases {
      if let level = place.loadDemand[dimension] { load[dimension] = level }
    }
    self.load = load
    competencies = Dictionary(
      place.requiredCompetencies.map { ($0.id, $0.level) }, uniquingKeysWith: max)
    hours = place.hoursPerWeek
    dutch = place.dutchLevel
    support = place.support
    openFrom = place.openFrom
  }
}

/// The region's advice, as every output shows it: always aggregated, small counts withheld
/// (``DisclosedRegionAdvice``).
public struct RegionPresentation: Sendable {
  /// The region's advice as a report shows it.
  public var region: DisclosedRegionAdvice
  /// The facts of the places nobody fits.
  public var places: [PlaceID: PlaceFacts]
}
