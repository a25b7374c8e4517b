/// A hard limit that rules a (participant, place) pair out, with the two values compared.
///
/// Every knock-out of a pair is reported, not only the first, so that an officer sees
/// everything that stands between a person and a place.
public enum KnockOut: Hashable, Sendable {
  /// The place demands more than the person's capacity on a dimension (and cannot adapt it,
  /// or the excess is more than one level).
  case load(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The place's minimum hours are above the person's maximum.
  case hours(placeMinimum: Int, personMaximum: Int)
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
  /// The place requires one of these indications and the person holds none of them.
  case indication(required: [Indication], held: [Indication])
  /// A Wsw employee of a municipality served by another sheltered-work body, at an internal
  /// Wsw place.
  case wswOtherProvider(MunicipalityID)
  /// Wage value below 100% at a regular employer that does not accept wage-cost subsidy.
  case wageSubsidy(wageValue: Int)
  /// The person needs more support than the place offers.
  case support(need: SupportNeed, offered: SupportOffer)
  /// The place has no free slot.
  case noFreeSlot
  /// The place is in a sector the person excluded.
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
}

/// Something the machine cannot decide and an officer must judge (UWV's CBBS calls these
/// *beoordelingspunten*). A pair with assessment points is still a fit.
public enum AssessmentPoint: Hashable, Sendable {
  /// A demanded dimension whose capacity was not assessed: never treated as fitting.
  case loadNotAssessed(LoadDimension, demand: LoadLevel)
  /// The demand exceeds the capacity by one level on a dimension the employer can adapt.
  case loadAdaptation(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The place requires Dutch and the person's level was not assessed.
  case dutchNotAssessed(required: DutchLevel)
  /// A regular employer without wage-cost subsidy, and the person's wage value is not
  /// established.
  case wageValueNotAssessed

  /// The stable code, as returned by the service and documented in `Scoring.md`.
  public var code: String {
    switch self {
    case .loadNotAssessed: "load-not-assessed"
    case .loadAdaptation: "load-adaptation"
    case .dutchNotAssessed: "dutch-not-assessed"
    case .wageValueNotAssessed: "wage-value-not-assessed"
    }
  }
}
