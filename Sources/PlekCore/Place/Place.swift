/// A place where someone can work or learn: a vacancy at a regular employer, a learning-work
/// place, a place at a social enterprise or municipality, an external sheltered place or an
/// internal place at the social development company.
public struct Place: Hashable, Sendable {
  /// The place id.
  public var id: PlaceID
  /// The employer offering the place.
  public var employerID: EmployerID
  /// The kind of employer; drives the placement preference order.
  public var employerKind: EmployerKind
  /// A short job title for officers ("Orderpicker"); never personal data. Optional.
  public var title: String?
  /// The sectors the place belongs to, most characteristic first (at least one).
  public var sectors: [SectorID]
  /// Where the work is.
  public var location: GeoPoint
  /// Hours per week the place offers.
  public var hoursPerWeek: HoursRange
  /// The load the work demands, known on every dimension.
  public var loadDemand: LoadProfile
  /// Dimensions the employer can adapt (werkplekaanpassing): a one-level excess there is an
  /// assessment point rather than a knock-out.
  public var adaptable: Set<LoadDimension>
  /// Competencies a person must hold, at least at the given level (each once).
  public var requiredCompetencies: [CompetencyEntry]
  /// Competencies that help, at the given level (each once, none also required).
  public var desiredCompetencies: [CompetencyEntry]
  /// The Dutch level the work needs (A0: none).
  public var dutchLevel: DutchLevel
  /// What the place teaches, if it is a learning-work place.
  public var learningOffer: LearningOffer?
  /// The support the place offers.
  public var support: SupportOffer
  /// Whether the employer accepts wage-cost subsidy (loonkostensubsidie); `nil` when the
  /// employer has not said. Unknown is never a "no": at a regular employer it is a point to
  /// arrange for a person below full wage value (``AssessmentPoint/wageSubsidyToArrange(wageValue:)``),
  /// not a knock-out. Records made in code say `false` unless told otherwise; a dataset
  /// record without the field is unknown.
  public var acceptsWageSubsidy: Bool?
  /// Indications of which the person must hold at least one (empty: open to everyone).
  public var requiredIndications: Set<Indication>
  /// How many people the place can still take. For a place with a ``capacity`` the engine
  /// derives it from the placements there (what the record gave is not used): the capacity
  /// less the placements without an end day, the most that will ever be free; on a given day
  /// fewer may be (``MatchEngine/freeSlots(at:on:)``).
  public var freeSlots: Int
  /// The first day the place can be started, as the employer gives it.
  public var openFrom: Day
  /// How many people the place holds in all, when the record gives it: then its free slots
  /// follow from the placements at the place (capacity wins over ``freeSlots``). `nil`: the
  /// record's ``freeSlots`` are used as given.
  public var capacity: Int?
  /// For a place with a ``capacity`` that its placements fill: the first day a slot is free
  /// again (when the earliest dated end frees one). Derived by the engine from the
  /// placements, never read from a data file; `nil` when a slot is free now or never.
  public internal(set) var slotFreeFrom: Day?
  /// Whether the employer fulfils a Social Return (SROI) obligation of a municipal contract
  /// with the place. Counted in the results and marked on lists; a scoring input only through
  /// the policy's ``Policy/sroiBonus`` (default 0: none).
  public var sroi: Bool

  /// The day the place can first be started: its opening day, or the day a slot comes free
  /// when its placements fill it until then. The scorer's opening rule reads this.
  public var opensOn: Day {
    guard let slotFreeFrom, slotFreeFrom > openFrom else { return openFrom }
    return slotFreeFrom
  }

  /// The valid number of free slots, and of a capacity.
  public static var validFreeSlots: ClosedRange<Int> { 0...10_000 }
  /// The longest title accepted, in characters.
  public static var maximumTitleLength: Int { 80 }

  /// Creates a place.
  public init(
    id: PlaceID, employerID: EmployerID, employerKind: EmployerKind, title: String? = nil,
    sectors: [SectorID], location: GeoPoint, hoursPerWeek: HoursRange, loadDemand: LoadProfile,
    adaptable: Set<LoadDimension> = [], requiredCompetencies: [CompetencyEntry] = [],
    desiredCompetencies: [CompetencyEntry] = [], dutchLevel: DutchLevel = .a0,
    learningOffer: LearningOffer? = nil, support: SupportOffer = .none,
    acceptsWageSubsidy: Bool? = false, requiredIndications: Set<Indication> = [],
    freeSlots: Int = 1, openFrom: Day, sroi: Bool = false, capacity: Int? = nil
  ) {
    (
      self.id, self.employerID, self.employerKind, self.title, self.sectors, self.location,
      self.hoursPerWeek, self.loadDemand, self.adaptable, self.requiredCompetencies,
      self.desiredCompetencies, self.dutchLevel, self.learningOffer, self.support,
      self.acceptsWageSubsidy, self.requiredIndications, self.freeSlots, self.openFrom
    ) = (
      id, employerID, employerKind, title, sectors, location, hoursPerWeek, loadDemand, adaptable,
      requiredCompetencies, desiredCompetencies, dutchLevel, learningOffer, support,
      acceptsWageSubsidy, requiredIndications, freeSlots, openFrom
    )
    (self.sroi, self.capacity) = (sroi, capacity)
    // Capacity wins: with no placements known yet, every slot is free.
    if let capacity { self.freeSlots = capacity }
  }
}

/// The structured learning a learning-work place offers (leerwerkplek).
public struct LearningOffer: Hashable, Sendable {
  /// Competencies taught, each once, up to the given level.
  public var teaches: [CompetencyEntry]
  /// How long the route lasts, in months.
  public var months: Int
  /// Whether the route ends with a certificate (praktijkverklaring, MBO-1/2).
  public var certificate: Bool
  /// Whether Dutch is taught on the work floor; waives the place's Dutch requirement.
  public var teachesDutch: Bool

  /// The valid route durations in months.
  public static var validMonths: ClosedRange<Int> { 1...60 }

  /// Creates a learning offer.
  public init(
    teaches: [CompetencyEntry], months: Int, certificate: Bool = false, teachesDutch: Bool = false
  ) {
    (self.teaches, self.months, self.certificate, self.teachesDutch) = (
      teaches, months, certificate, teachesDutch
    )
  }
}
