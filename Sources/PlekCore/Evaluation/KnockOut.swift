/// A hard limit that rules a (participant, place) pair out, with the two values compared.
///
/// Every knock-out of a pair is reported, not only the first, so that an officer sees
/// everything that stands between a person and a place.
public enum KnockOut: Hashable, Sendable {
  /// The place demands more than the person's capacity on a dimension (and cannot adapt it,
  /// or the excess is more than one level).
  case load(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The hours do not overlap: the place needs more hours than the person's maximum, or
  /// offers fewer than the person's minimum.
  case hours(place: HoursRange, person: HoursRange)
  /// The estimated one-way travel time is above the person's maximum.
  case travel(minutes: Double, maximum: Int)
  /// A required competency is missing or below level, and the place does not teach it to
  /// that level. `held` is 0 when not held at all.
  case competency(CompetencyID, required: CompetencyLevel, held: Int)
  /// A required competency is taught, but not fast enough at the person's pace.
  case competencyPace(
    CompetencyID, required: CompetencyLevel, held: Int, monthsNeeded: Int, offerMonths: Int)
  /// The person's Dutch is below the requirement and the place does not teach Dutch.
  case language(required: DutchLevel, held: DutchLevel)
  /// The place teaches Dutch, but climbing to the level it needs takes longer at the
  /// person's pace than its route lasts.
  case languagePace(required: DutchLevel, held: DutchLevel, monthsNeeded: Int, offerMonths: Int)
  /// The place requires one of these indications and the person holds none of them.
  case indication(required: [Indication], held: [Indication])
  /// A Wsw employee of a municipality served by another sheltered-work body, at an internal
  /// Wsw place.
  case wswOtherProvider(MunicipalityID)
  /// Wage value below 100% at a regular employer that does not accept wage-cost subsidy.
  case wageSubsidy(wageValue: Int)
  /// The person needs more support than the place offers, and the policy has the social
  /// development company provide no job coach (``JobCoachPolicy/provided``).
  case support(need: SupportNeed, offered: SupportOffer)
  /// The place has no free slot.
  case noFreeSlot
  /// The place's main (first) sector is one the person excluded.
  case sectorExcluded(SectorID)
  /// The person is available only after the planning horizon.
  case notYetAvailable(availableFrom: Day, horizon: Day)
  /// The place opens only after the planning horizon.
  case notYetOpen(openFrom: Day, horizon: Day)

  /// The stable reason code, as returned by the service and documented in `Scoring.md`.
  public var code: String {
    switch self {
    case .load: "load"
    case .hours: "hours"
    case .travel: "travel"
    case .competency: "competency"
    case .competencyPace: "competency-pace"
    case .language: "language"
    case .languagePace: "language-pace"
    case .indication: "indication"
    case .wswOtherProvider: "wsw-other-provider"
    case .wageSubsidy: "wage-subsidy"
    case .support: "support"
    case .noFreeSlot: "no-free-slot"
    case .sectorExcluded: "sector-excluded"
    case .notYetAvailable: "not-yet-available"
    case .notYetOpen: "not-yet-open"
    }
  }

  /// Every reason code, in the order of `Scoring.md`.
  public static let codes = [
    "load", "hours", "travel", "competency", "competency-pace", "language", "language-pace",
    "indication", "wsw-other-provider", "wage-subsidy", "support", "no-free-slot",
    "sector-excluded", "not-yet-available", "not-yet-open",
  ]
}

/// Something the machine cannot decide and an officer must judge (UWV's CBBS calls these
/// *beoordelingspunten*). A pair with assessment points is still a fit, but every point costs
/// (``Policy/assessmentPointCost``): what is unknown never scores like what is known to fit.
public enum AssessmentPoint: Hashable, Sendable {
  /// A demanded dimension whose capacity was not assessed: never treated as fitting.
  case loadNotAssessed(LoadDimension, demand: LoadLevel)
  /// The demand exceeds the capacity by one level on a dimension the employer can adapt.
  case loadAdaptation(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The place requires Dutch (or teaches it up to a level) and the person's level was not
  /// assessed.
  case dutchNotAssessed(required: DutchLevel)
  /// A regular employer without wage-cost subsidy, and the person's wage value is not
  /// established.
  case wageValueNotAssessed
  /// The person needs more support than the place offers; the social development company
  /// must arrange a job coach (scarce: the support part is lower).
  case jobCoachToArrange(need: SupportNeed, offered: SupportOffer)
  /// Permanent support at a regular employer: possible, never silently fine.
  case permanentSupportAtRegular

  /// The stable code, as returned by the service and documented in `Scoring.md`.
  public var code: String {
    switch self {
    case .loadNotAssessed: "load-not-assessed"
    case .loadAdaptation: "load-adaptation"
    case .dutchNotAssessed: "dutch-not-assessed"
    case .wageValueNotAssessed: "wage-value-not-assessed"
    case .jobCoachToArrange: "job-coach-to-arrange"
    case .permanentSupportAtRegular: "permanent-support"
    }
  }

  /// Every point code, in the order of `Scoring.md`.
  public static let codes = [
    "load-not-assessed", "load-adaptation", "dutch-not-assessed", "wage-value-not-assessed",
    "job-coach-to-arrange", "permanent-support",
  ]
}
