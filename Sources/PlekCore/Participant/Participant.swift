/// A person the social development company helps towards work: a deelnemer.
///
/// Everything here is what the diagnosis (Annex) established and what the person said they
/// want. There is deliberately no name, citizen service number, birth date, gender,
/// nationality or origin: the id is pseudonymous and nothing else identifies the person.
/// Load capacity is health data; it leaves Plek only in the officer's view.
public struct Participant: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The municipality the person lives in (one of the region's).
  public var municipality: MunicipalityID
  /// Where the person travels from (home, or a nearby point if the officer prefers).
  public var location: GeoPoint
  /// The target group; context for officers, not a scoring input.
  public var targetGroup: TargetGroup
  /// Formal indications held.
  public var indications: Set<Indication>
  /// Load capacity per dimension; unknown where not assessed.
  public var loadCapacity: LoadProfile
  /// Competencies held, each once, with their level. A competency not listed is not held.
  public var competencies: [CompetencyEntry]
  /// Dutch language level, or `nil` when not assessed.
  public var dutchLevel: DutchLevel?
  /// How fast the person learns at work.
  public var developmentPace: DevelopmentPace
  /// Wage value (loonwaarde) in percent of normal productivity, 0–100, or `nil` when not
  /// established.
  public var wageValue: Int?
  /// Support needed at work.
  public var supportNeed: SupportNeed
  /// The person's own work and learning-work wishes.
  public var wishes: Wishes
  /// The first day the person can start.
  public var availableFrom: Day
  /// The day the person's route at the SOB began (registration), if known: where the time
  /// to a first placement is counted from. Never a scoring input.
  public var registeredOn: Day?
  /// The competency levels the person's learning routes earned above the record's, with
  /// where they came from. Derived by the engine from the placements, never read from a
  /// data file; the scorer reads ``heldCompetencies``.
  public internal(set) var earned: [EarnedCompetency] = []

  /// The valid wage values, in percent.
  public static var validWageValues: ClosedRange<Int> { 0...100 }

  /// Creates a participant.
  public init(
    id: ParticipantID, municipality: MunicipalityID, location: GeoPoint,
    targetGroup: TargetGroup, indications: Set<Indication> = [],
    loadCapacity: LoadProfile, competencies: [CompetencyEntry] = [],
    dutchLevel: DutchLevel?, developmentPace: DevelopmentPace, wageValue: Int?,
    supportNeed: SupportNeed, wishes: Wishes, availableFrom: Day, registeredOn: Day? = nil
  ) {
    (
      self.id, self.municipality, self.location, self.targetGroup, self.indications,
      self.loadCapacity, self.competencies, self.dutchLevel, self.developmentPace, self.wageValue,
      self.supportNeed, self.wishes, self.availableFrom
    ) = (
      id, municipality, location, targetGroup, indications, loadCapacity, competencies, dutchLevel,
      developmentPace, wageValue, supportNeed, wishes, availableFrom
    )
    self.registeredOn = registeredOn
  }
}

/// What a person thinks of working or learning in a sector.
public enum SectorWish: Hashable, Sendable {
  /// Never: places in this sector are knocked out.
  case excluded
  /// No preference either way (also the meaning of a sector not mentioned).
  case neutral
  /// Wanted, with rank 1 the most wanted.
  case wanted(rank: Int)

  /// The codes used in data files.
  public static var codes: [String] { ["excluded", "neutral", "wanted"] }

  /// The valid ranks of a wanted sector.
  public static var validRanks: ClosedRange<Int> { 1...16 }
}

/// A person's wish for one sector.
public struct SectorPreference: Hashable, Sendable {
  /// The sector.
  public var sector: SectorID
  /// The wish.
  public var wish: SectorWish

  /// Creates a preference.
  public init(sector: SectorID, wish: SectorWish) { (self.sector, self.wish) = (sector, wish) }
}

/// A person's own labour-market and learning-work wishes (leerwerkwensen).
public struct Wishes: Hashable, Sendable {
  /// Wishes per sector, each sector at most once; a sector not listed is neutral.
  public var sectors: [SectorPreference]
  /// Hours per week the person wants to work.
  public var hoursPerWeek: HoursRange
  /// The longest one-way journey the person accepts, in minutes.
  public var maxTravelMinutes: Int
  /// How the person travels.
  public var transport: TransportMode
  /// Whether the person wants a certificate (praktijkverklaring, MBO-1/2) from a learning-work
  /// route.
  public var wantsCertificate: Bool

  /// The valid one-way travel limits in minutes.
  public static var validTravelMinutes: ClosedRange<Int> { 5...180 }

  /// Creates wishes.
  public init(
    sectors: [SectorPreference] = [], hoursPerWeek: HoursRange, maxTravelMinutes: Int,
    transport: TransportMode, wantsCertificate: Bool = false
  ) {
    (
      self.sectors, self.hoursPerWeek, self.maxTravelMinutes, self.transport, self.wantsCertificate
    ) = (sectors, hoursPerWeek, maxTravelMinutes, transport, wantsCertificate)
  }

  /// The person's wish for `sector` (neutral when not mentioned).
  public func wish(for sector: SectorID) -> SectorWish {
    sectors.first { $0.sector == sector }?.wish ?? .neutral
  }
}
