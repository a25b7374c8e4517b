/// The rules and weights a match is scored by: everything an auditor might want to change
/// without touching code.
///
/// The defaults are documented in `Scoring.md` and shipped as `Datasets/policy/default.json`.
/// A policy is plain data; ``problems(in:)`` says what makes one unusable.
public struct Policy: Hashable, Sendable {
  /// The weight of each soft component.
  public var weights = ScoreWeights()
  /// How travel time is estimated from two locations.
  public var travel = TravelModel()
  /// Months a person needs per competency level gained, by development pace.
  public var monthsPerLevel = PaceMonths()
  /// Months a person needs per level of Dutch (one CEFR step, A1 → A2) learned on the work
  /// floor, by development pace.
  public var dutchMonthsPerLevel = PaceMonths(slow: 12, steady: 6, fast: 4)
  /// The placement-order value of each employer kind, 0–1, for target groups without a
  /// profile of their own (``placementProfiles``).
  public var placementOrder = PlacementOrderValues()
  /// The placement order by target group: "regular where it can, internal where it must".
  public var placementProfiles = PlacementProfiles()
  /// Target groups for whom development is a goal in itself, as for people who want a
  /// certificate: a learning-work route with a certificate is worth more to them.
  public var developableTargetGroups: [TargetGroup] = [
    .participatiewetWithinYear, .participatiewetOneToTwoYears, .youthWithoutQualification,
  ]
  /// How sector wishes turn into a value 0–1.
  public var sectorWish = SectorWishValues()
  /// How much the support component drops per level of support offered beyond the need.
  public var supportSurplusPenalty = 0.25
  /// Job coaches the social development company provides for support a place lacks.
  public var jobCoaches = JobCoachPolicy()
  /// Points taken off a fit's score for every assessment point: what has not been judged
  /// yet never scores like what is known to fit.
  public var assessmentPointCost = 2.0
  /// Municipalities whose Wsw employees are served by another sheltered-work body (WOZL) and
  /// so are not placed on internal Wsw places.
  public var wswOtherProviderMunicipalities: [MunicipalityID] = [
    "gulpen-wittem", "vaals", "valkenburg-aan-de-geul",
  ]
  /// A person available, or a place open, within this many days after the query day counts
  /// as available or open (a request may ask for a longer horizon).
  public var planningHorizonDays = 30
  /// The *vangnet*: a person whose placement ended in a fall-back (terugval) within this many
  /// months before the query day, and who holds no placement, is offered the internal places
  /// that fit first (officers' shortlists say so, marked as vangnet); 0 turns it off.
  public var vangnetMonths = 6
  /// Points added to the score of a fit at a place whose employer fulfils a Social Return
  /// (SROI) obligation with it (``Place/sroi``), 0–10: a municipality that wants SROI
  /// obligations used actively can raise them on lists. Default 0: SROI changes no score.
  /// A score stays at most 100.
  public var sroiBonus = 0.0
  /// How far development advice looks (travel, hours and planning steps).
  public var advice = AdvicePolicy()

  /// The default policy.
  public static let `default` = Policy()

  /// Creates the default policy; change its members to make another.
  public init() {}

  /// Whether development is a goal in itself for `person`: they want a certificate, or their
  /// target group is developable.
  public func developmentIsAGoal(for person: Participant) -> Bool {
    person.wishes.wantsCertificate || developableTargetGroups.contains(person.targetGroup)
  }
}

/// The reach of development advice: the rungs of the travel, hours and planning ladders.
public struct AdvicePolicy: Hashable, Sendable {
  /// Minutes between the rungs of the travel ladder.
  public var travelStepMinutes = 5
  /// The most extra minutes of travel advice suggests.
  public var maximumExtraTravelMinutes = 30
  /// Hours between the rungs of the hours ladders.
  public var hoursStep = 4
  /// Days between the rungs of the planning ladder (up to ``Limits/horizonDays``).
  public var planningStepDays = 30

  /// Creates the default.
  public init() {}
}

/// The job coaches the social development company brings (koersnota §3.7.4, §3.7.8): a
/// regular employer need not offer coaching itself.
public struct JobCoachPolicy: Hashable, Sendable {
  /// Whether the SOB provides a job coach where a place offers less support than a person
  /// needs. Off: such a place is knocked out (`support`).
  public var provided = true
  /// The support component's value when a coach has to be arranged (coaches are scarce).
  public var arrangedSupportValue = 0.5

  /// Creates the default.
  public init() {}
}

/// A way of ordering employer kinds for a group of people.
public enum PlacementProfile: String, Vocabulary {
  /// Directly placeable: external placement is feasible, so an internal place ranks above
  /// a fitting regular, social or municipal place only when that place is far worse.
  case direct
  /// Developable to paid work: a fitting regular, social or municipal place outranks an
  /// internal one unless it is clearly worse.
  case regularFirst = "regular-first"
  /// Nieuw beschut: external sheltered places before internal ones.
  case shelteredFirst = "sheltered-first"
  /// Wsw employees: their work is guaranteed and external placement is not a goal in
  /// itself, so internal places are not pushed down.
  case guaranteed
}

/// The placement order of one profile: the value of each employer kind and how much an
/// internal place must score more to rank above the others.
public struct PlacementRule: Hashable, Sendable {
  /// The placement-order component's value of each kind.
  public var order: PlacementOrderValues
  /// Points taken off the score of an internal place ("clearly worse" is more than this).
  public var internalMargin: Double

  /// Creates a rule.
  public init(order: PlacementOrderValues, internalMargin: Double) {
    (self.order, self.internalMargin) = (order, internalMargin)
  }
}

/// The placement order by target group (koersnota §3.6, §3.7.4). The target group is an
/// input of the score here, and in ``Policy/developableTargetGroups``, and nowhere else.
public struct PlacementProfiles: Hashable, Sendable {
  /// The rule of each profile.
  public var rules: [PlacementProfile: PlacementRule] = [
    .direct: PlacementRule(order: PlacementOrderValues(), internalMargin: 40),
    .regularFirst: PlacementRule(order: PlacementOrderValues(), internalMargin: 15),
    .shelteredFirst: PlacementRule(
      order: PlacementOrderValues(
        regular: 1, socialOrMunicipal: 0.75, externalSheltered: 0.75, internal: 0.5),
      internalMargin: 10),
    .guaranteed: PlacementRule(
      order: PlacementOrderValues(
        regular: 1, socialOrMunicipal: 1, externalSheltered: 1, internal: 1),
      internalMargin: 0),
  ]
  /// The profile of each target group; a group not listed uses ``Policy/placementOrder``
  /// with no margin.
  public var targetGroups: [TargetGroup: PlacementProfile] = [
    .participatiewetDirect: .direct, .participatiewetWithinYear: .regularFirst,
    .participatiewetOneToTwoYears: .regularFirst, .banenafspraak: .regularFirst,
    .subsidisedWork: .regularFirst, .nonBenefitApplicant: .regularFirst,
    .youthWithoutQualification: .regularFirst, .specialEducationPupil: .regularFirst,
    .mboStudent: .regularFirst, .wwWajong: .regularFirst, .ipsUWV: .regularFirst,
    .nieuwBeschut: .shelteredFirst, .wsw: .guaranteed,
  ]

  /// Creates the default table.
  public init() {}
}

extension Policy {
  /// The placement rule for a target group: its profile's, else the standard order with no
  /// margin.
  public func placementRule(for group: TargetGroup) -> PlacementRule {
    placementProfiles.targetGroups[group].flatMap { placementProfiles.rules[$0] }
      ?? PlacementRule(order: placementOrder, internalMargin: 0)
  }
}

/// The soft components of a score.
public enum ScoreComponentKind: String, Vocabulary {
  /// How much capacity is left over the demand, on demanded dimensions.
  case loadHeadroom
  /// Required competencies held with margin, desired ones covered.
  case competency
  /// What a learning offer would teach at the person's pace, and the certificate wish.
  case development
  /// Sector preference, hours overlap and travel time.
  case wishes
  /// Regular work before social, sheltered and internal places.
  case placementOrder
  /// How well the support offered matches the support needed.
  case support
}

extension ScoreComponentKind: Labelled {
  /// The component's name, lower case.
  public var label: Message {
    switch self {
    case .loadHeadroom: Message(en: "load headroom", nl: "belastbaarheidsruimte")
    case .competency: Message(en: "competencies", nl: "competenties")
    case .development: Message(en: "development", nl: "ontwikkeling")
    case .wishes: Message(en: "wishes", nl: "wensen")
    case .placementOrder: Message(en: "placement order", nl: "plaatsingsvolgorde")
    case .support: Message(en: "support", nl: "begeleiding")
    }
  }

  /// What the component measures, in a few words.
  public var meaning: Message {
    switch self {
    case .loadHeadroom:
      Message(
        en: "capacity left above what the work demands",
        nl: "belastbaarheid die overblijft boven wat het werk vraagt")
    case .competency:
      Message(
        en:
          "how far required competencies are held or learned on the route, and desired ones covered",
        nl:
          "in hoeverre vereiste competenties aanwezig zijn of in het leerwerktraject komen, en gewenste gedekt"
      )
    case .development:
      Message(
        en: "what the learning-work route teaches at this pace, and the certificate",
        nl: "wat het leerwerktraject in dit tempo oplevert, en de praktijkverklaring")
    case .wishes:
      Message(
        en: "sector preference, hours and travel time",
        nl: "voorkeur voor de sector, uren en reistijd")
    case .placementOrder:
      Message(
        en: "regular work where it can be, internal where it must",
        nl: "regulier waar het kan, intern waar het moet")
    case .support:
      Message(
        en: "support offered against support needed",
        nl: "geboden begeleiding tegenover wat nodig is")
    }
  }
}

/// The weight of each soft component. Only ratios matter: the score divides by the sum.
public struct ScoreWeights: Hashable, Sendable {
  /// Weight of ``ScoreComponentKind/loadHeadroom``.
  public var loadHeadroom: Double = 0.20
  /// Weight of ``ScoreComponentKind/competency``.
  public var competency: Double = 0.25
  /// Weight of ``ScoreComponentKind/development``.
  public var development: Double = 0.10
  /// Weight of ``ScoreComponentKind/wishes``.
  public var wishes: Double = 0.25
  /// Weight of ``ScoreComponentKind/placementOrder``.
  public var placementOrder: Double = 0.10
  /// Weight of ``ScoreComponentKind/support``.
  public var support: Double = 0.10

  /// Creates the default weights.
  public init() {}

  /// The weight of `kind`.
  public subscript(kind: ScoreComponentKind) -> Double {
    get {
      switch kind {
      case .loadHeadroom: loadHeadroom
      case .competency: competency
      case .development: development
      case .wishes: wishes
      case .placementOrder: placementOrder
      case .support: support
      }
    }
    set {
      switch kind {
      case .loadHeadroom: loadHeadroom = newValue
      case .competency: competency = newValue
      case .development: development = newValue
      case .wishes: wishes = newValue
      case .placementOrder: placementOrder = newValue
      case .support: support = newValue
      }
    }
  }
}

/// Estimates one-way travel time: great-circle distance × detour factor ÷ speed, plus a fixed
/// overhead per mode (waiting, walking to a stop, parking).
public struct TravelModel: Hashable, Sendable {
  /// How much longer a real route is than the straight line.
  public var detourFactor: Double = 1.3
  /// Speed and overhead per transport mode.
  public var walk = ModeSpeed(kilometresPerHour: 5, overheadMinutes: 0)
  /// Bike.
  public var bike = ModeSpeed(kilometresPerHour: 15, overheadMinutes: 0)
  /// Bus and train, door to door, with waiting and walking to the stop as overhead.
  public var publicTransport = ModeSpeed(kilometresPerHour: 30, overheadMinutes: 10)
  /// Car, with parking as overhead.
  public var car = ModeSpeed(kilometresPerHour: 50, overheadMinutes: 5)

  /// Creates the default travel model.
  public init() {}

  /// The speed and overhead of `mode`.
  public subscript(mode: TransportMode) -> ModeSpeed {
    get {
      switch mode {
      case .walk: walk
      case .bike: bike
      case .publicTransport: publicTransport
      case .car: car
      }
    }
    set {
      switch mode {
      case .walk: walk = newValue
      case .bike: bike = newValue
      case .publicTransport: publicTransport = newValue
      case .car: car = newValue
      }
    }
  }

  /// Estimated one-way minutes for a straight-line distance.
  public func minutes(distanceKilometres: Double, mode: TransportMode) -> Double {
    Self.minutes(
      distanceKilometres: distanceKilometres, detourFactor: detourFactor, speed: self[mode])
  }

  /// The travel formula itself: `overhead + distance × detour ÷ speed × 60`.
  @inline(__always)
  public static func minutes(distanceKilometres: Double, detourFactor: Double, speed: ModeSpeed)
    -> Double
  {
    speed.overheadMinutes + distanceKilometres * detourFactor / speed.kilometresPerHour * 60
  }

  /// Estimated one-way minutes between two points.
  public func minutes(from origin: GeoPoint, to destination: GeoPoint, mode: TransportMode)
    -> Double
  {
    minutes(distanceKilometres: origin.distanceKilometres(to: destination), mode: mode)
  }

  /// The longest straight-line distance reachable within `minutes`, in kilometres (0 when the
  /// overhead alone exceeds it).
  public func reachKilometres(minutes: Double, mode: TransportMode) -> Double {
    Self.reachKilometres(minutes: minutes, detourFactor: detourFactor, speed: self[mode])
  }

  /// The reach formula: `max(0, minutes − overhead) × speed ÷ 60 ÷ detour`.
  public static func reachKilometres(minutes: Double, detourFactor: Double, speed: ModeSpeed)
    -> Double
  {
    max(0, minutes - speed.overheadMinutes) * speed.kilometresPerHour / 60 / detourFactor
  }
}

/// The speed of a transport mode and its fixed overhead.
public struct ModeSpeed: Hashable, Sendable {
  /// Average speed along the route, km/h.
  public var kilometresPerHour: Double
  /// Minutes added to every journey.
  public var overheadMinutes: Double

  /// Creates a mode speed.
  public init(kilometresPerHour: Double, overheadMinutes: Double) {
    (self.kilometresPerHour, self.overheadMinutes) = (kilometresPerHour, overheadMinutes)
  }
}

/// Months per level gained, by development pace.
public struct PaceMonths: Hashable, Sendable {
  /// Slow learners.
  public var slow = 12
  /// The usual pace.
  public var steady = 6
  /// Fast learners.
  public var fast = 3

  /// Creates the default table for competencies.
  public init() {}

  /// Creates a table.
  public init(slow: Int, steady: Int, fast: Int) {
    (self.slow, self.steady, self.fast) = (slow, steady, fast)
  }

  /// Months per level at `pace`.
  public subscript(pace: DevelopmentPace) -> Int {
    get {
      switch pace {
      case .slow: slow
      case .steady: steady
      case .fast: fast
      }
    }
    set {
      switch pace {
      case .slow: slow = newValue
      case .steady: steady = newValue
      case .fast: fast = newValue
      }
    }
  }
}

/// The placement-order component value of each employer kind.
public struct PlacementOrderValues: Hashable, Sendable {
  /// Regular employers.
  public var regular = 1.0
  /// Social enterprises and municipal employers.
  public var socialOrMunicipal = 0.75
  /// External sheltered places.
  public var externalSheltered = 0.5
  /// Internal places.
  public var `internal` = 0.25

  /// Creates the default values.
  public init() {}

  /// Creates a table.
  public init(
    regular: Double, socialOrMunicipal: Double, externalSheltered: Double, internal: Double
  ) {
    self.regular = regular
    self.socialOrMunicipal = socialOrMunicipal
    self.externalSheltered = externalSheltered
    self.internal = `internal`
  }

  /// The value of `kind`.
  public subscript(kind: EmployerKind) -> Double {
    get {
      switch kind {
      case .regular: regular
      case .socialOrMunicipal: socialOrMunicipal
      case .externalSheltered: externalSheltered
      case .internal: self.internal
      }
    }
    set {
      switch kind {
      case .regular: regular = newValue
      case .socialOrMunicipal: socialOrMunicipal = newValue
      case .externalSheltered: externalSheltered = newValue
      case .internal: self.internal = newValue
      }
    }
  }
}

/// How a sector wish becomes a value 0–1: rank 1 is worth 1, each further rank `rankStep`
/// less down to `wantedFloor`; a neutral sector is worth `neutral`.
public struct SectorWishValues: Hashable, Sendable {
  /// Drop per rank after the first.
  public var rankStep = 0.125
  /// The least a wanted sector is worth.
  public var wantedFloor = 0.5
  /// A sector the person neither wants nor excludes.
  public var neutral = 0.25
  /// What the sector part drops for each of a place's secondary sectors the person
  /// excluded (an excluded main sector is a knock-out).
  public var excludedSecondary = 0.25

  /// Creates the default values.
  public init() {}

  /// The value of a wish; `nil` for an excluded sector (a knock-out, not a value).
  public func value(of wish: SectorWish) -> Double? {
    switch wish {
    case .excluded: nil
    case .neutral: neutral
    case .wanted(let rank): value(ofRank: rank)
    }
  }

  /// The value of a sector wanted with `rank`.
  @inline(__always)
  public func value(ofRank rank: Int) -> Double {
    max(wantedFloor, 1 - rankStep * Double(rank - 1))
  }
}
