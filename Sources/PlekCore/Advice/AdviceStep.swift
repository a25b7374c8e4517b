/// One step that would open places for a person or raise their best fit: something the
/// person can learn or do, something the social development company can arrange, or
/// something an employer can be asked.
///
/// A step never changes who the person is: there are no target group, indication, load
/// capacity or sector-wish steps. See `Advice.md` for how each step's effect is counted.
public enum AdviceStep: Hashable, Sendable {
  /// Accept up to `extraMinutes` more minutes of travel (by the same transport).
  case travelMinutes(extraMinutes: Int)
  /// Travel another way (from walking or cycling to a faster mode).
  case transport(TransportMode)
  /// Work up to `hours` hours a week (a higher maximum).
  case hoursMaximum(Int)
  /// Work from `hours` hours a week (a lower minimum).
  case hoursMinimum(Int)
  /// Plan `days` days ahead: places that open, or a start of the person's, within them.
  case planAhead(days: Int)
  /// Learn a competency to a level (by a course, or on a learning-work place).
  case competency(CompetencyID, level: CompetencyLevel)
  /// Learn Dutch to a level.
  case dutch(DutchLevel)
  /// Have a load dimension assessed; the effect is counted as if the assessment shows the
  /// capacity `level` (the highest demand on it among the places that fit).
  case loadAssessed(LoadDimension, level: LoadLevel)
  /// Have a full load-capacity (FML) assessment done: for a person of whom three or more of
  /// the dimensions the places that fit demand were never assessed, one step instead of one
  /// per dimension. The effect is counted as if each shows the level in `levels` (the
  /// highest demand on it among the places that fit); the other dimensions are unknown in
  /// `levels`.
  ///
  /// (A dictionary, not a ``LoadProfile``: with a `SIMD16` payload the region's advice
  /// test crashed in the debug build, a bad pointer dereference whose cause was not found;
  /// with a dictionary it does not.)
  case loadAssessment([LoadDimension: LoadLevel])
  /// Ask employers to adapt the workplace on a dimension the person is one level short of.
  case adaptation(LoadDimension)
  /// Arrange wage-cost subsidy (loonkostensubsidie) at regular employers without it.
  case wageCostSubsidy
  /// Arrange a job coach where a place offers less support than the person needs.
  case jobCoach

  /// The kinds of step, in the order of `Advice.md`: codes, the order of equal steps, what
  /// each removes.
  public enum Kind: UInt8, CaseIterable, Sendable {
    case travelMinutes, transport, hoursMaximum, hoursMinimum, planAhead, competency, dutch
    case loadAssessed, loadAssessment, adaptation, wageCostSubsidy, jobCoach

    /// The stable code, as the service returns it.
    public var code: String {
      switch self {
      case .travelMinutes: "travel-minutes"
      case .transport: "transport"
      case .hoursMaximum: "hours-maximum"
      case .hoursMinimum: "hours-minimum"
      case .planAhead: "plan-ahead"
      case .competency: "competency"
      case .dutch: "dutch"
      case .loadAssessed: "load-assessed"
      case .loadAssessment: "load-assessment"
      case .adaptation: "adaptation"
      case .wageCostSubsidy: "wage-cost-subsidy"
      case .jobCoach: "job-coach"
      }
    }

    /// The kind of knock-out the step removes; `nil` for an assessment (it removes none: it
    /// turns an unknown into a value).
    public var blocker: Blocker? {
      switch self {
      case .travelMinutes, .transport: .travel
      case .hoursMaximum, .hoursMinimum: .hours
      case .planAhead: .planAhead
      case .competency: .competency
      case .dutch: .dutch
      case .loadAssessed, .loadAssessment: nil
      case .adaptation: .adaptation
      case .wageCostSubsidy: .wageCostSubsidy
      case .jobCoach: .jobCoach
      }
    }

    /// Whether a step of this kind changes the places (asked of employers or arranged by the
    /// social development company) rather than the person.
    public var changesPlaces: Bool {
      switch self {
      case .adaptation, .wageCostSubsidy, .jobCoach: true
      case .travelMinutes, .transport, .hoursMaximum, .hoursMinimum, .planAhead, .competency,
        .dutch, .loadAssessed, .loadAssessment:
        false
      }
    }
  }

  /// The kind of this step.
  public var kind: Kind {
    switch self {
    case .travelMinutes: .travelMinutes
    case .transport: .transport
    case .hoursMaximum: .hoursMaximum
    case .hoursMinimum: .hoursMinimum
    case .planAhead: .planAhead
    case .competency: .competency
    case .dutch: .dutch
    case .loadAssessed: .loadAssessed
    case .loadAssessment: .loadAssessment
    case .adaptation: .adaptation
    case .wageCostSubsidy: .wageCostSubsidy
    case .jobCoach: .jobCoach
    }
  }

  /// The stable code of the step's kind, as the service returns it.
  public var code: String { kind.code }

  /// Every step code, in the order of `Advice.md`.
  public static var codes: [String] { Kind.allCases.map(\.code) }

  /// Whether the step changes the places rather than the person.
  public var changesPlaces: Bool { kind.changesPlaces }

  /// The kind of knock-out the step removes; `nil` for an assessment.
  public var blocker: Blocker? { kind.blocker }

  /// The order of kinds when two steps open as much and raise the best fit as much.
  var rank: Int { Int(kind.rawValue) }
}

/// What a knocked-out place needs before it fits, one requirement per knock-out, each the
/// least that removes it; `nil` for a knock-out no step removes.
enum AdviceNeed: Hashable, Sendable {
  /// At least this many more minutes of travel by the same transport.
  case travel(extraMinutes: Int)
  /// A maximum of at least this many hours.
  case hoursMaximum(Int)
  /// A minimum of at most this many hours.
  case hoursMinimum(Int)
  /// A planning horizon of at least this many days.
  case planAhead(days: Int)
  /// This competency at least at this level.
  case competency(CompetencyID, CompetencyLevel)
  /// Dutch at least at this level.
  case dutch(DutchLevel)
  /// An adaptation of this dimension.
  case adaptation(LoadDimension)
  /// Wage-cost subsidy.
  case wageCostSubsidy
  /// A job coach.
  case jobCoach

  /// The least whole number of extra minutes that passes the scorer's own test
  /// (`minutes > maximum` knocks out), within the policy's maximum and a person's longest
  /// allowed limit; `nil` beyond them.
  static func travel(minutes: Double, maximum: Int, policy: Policy) -> AdviceNeed? {
    let cap = min(
      policy.advice.maximumExtraTravelMinutes, Wishes.validTravelMinutes.upperBound - maximum)
    guard minutes - Double(maximum) <= Double(cap) + 1 else { return nil }
    var extra = max(1, Int((minutes - Double(maximum)).rounded(.up)))
    while extra > 1 && !(minutes > Double(maximum + extra - 1)) { extra -= 1 }
    while minutes > Double(maximum + extra) { extra += 1 }
    return extra <= cap ? .travel(extraMinutes: extra) : nil
  }

  /// Planning `days` ahead, when a request may ask for it (``Limits/horizonDays``).
  static func planning(days: Int) -> AdviceNeed? {
    Limits.horizonDays.contains(days) ? AdviceNeed.planAhead(days: days) : nil
  }

  /// The family of steps that can meet the need: needs of one family can be met by one
  /// step; two families need two.
  var family: AdviceFamily {
    switch self {
    case .travel: .travel
    case .hoursMaximum: .hoursMaximum
    case .hoursMinimum: .hoursMinimum
    case .planAhead: .planAhead
    case .competency(let id, _): .competency(id)
    case .dutch: .dutch
    case .adaptation(let dimension): .adaptation(dimension)
    case .wageCostSubsidy: .wageCostSubsidy
    case .jobCoach: .jobCoach
    }
  }
}

/// What keeps people out of a place, by the kind of step that would let them in: a region's
/// view of the places nobody fits.
public enum Blocker: String, CaseIterable, Hashable, Sendable, Labelled {
  /// Travel (more minutes, or another transport).
  case travel
  /// Hours (more or fewer than the person's range).
  case hours
  /// The place opens, or the person is available, after the planning horizon.
  case planAhead = "plan-ahead"
  /// One required competency.
  case competency
  /// Dutch.
  case dutch
  /// A load dimension one level short that the employer could adapt.
  case adaptation
  /// Wage-cost subsidy.
  case wageCostSubsidy = "wage-cost-subsidy"
  /// A job coach.
  case jobCoach = "job-coach"

  /// What keeps people out, by kind: "travel", "a workplace adaptation".
  public var label: Message {
    switch self {
    case .travel: Message(en: "travel", nl: "reistijd")
    case .hours: Message(en: "hours", nl: "uren")
    case .planAhead: Message(en: "start date", nl: "startdatum")
    case .competency: Message(en: "a competency", nl: "een competentie")
    case .dutch: Message(en: "Dutch", nl: "Nederlands")
    case .adaptation: Message(en: "a workplace adaptation", nl: "werkplekaanpassing")
    case .wageCostSubsidy: Message(en: "wage-cost subsidy", nl: "loonkostensubsidie")
    case .jobCoach: Message(en: "a job coach", nl: "een jobcoach")
    }
  }
}

/// A family of steps: the needs one step can meet together.
enum AdviceFamily: Hashable, Sendable, Comparable {
  case travel
  case hoursMaximum
  case hoursMinimum
  case planAhead
  case competency(CompetencyID)
  case dutch
  case adaptation(LoadDimension)
  case wageCostSubsidy
  case jobCoach

  /// The least step of the family that meets every one of `needs` (all of this family).
  func step(meeting needs: [AdviceNeed]) -> AdviceStep {
    switch self {
    case .travel:
      .travelMinutes(
        extraMinutes: needs.map { if case .travel(let e) = $0 { e } else { 0 } }.max() ?? 0)
    case .hoursMaximum:
      .hoursMaximum(needs.map { if case .hoursMaximum(let h) = $0 { h } else { 0 } }.max() ?? 0)
    case .hoursMinimum:
      .hoursMinimum(needs.map { if case .hoursMinimum(let h) = $0 { h } else { 60 } }.min() ?? 0)
    case .planAhead:
      .planAhead(days: needs.map { if case .planAhead(let d) = $0 { d } else { 0 } }.max() ?? 0)
    case .competency(let id):
      .competency(
        id,
        level: needs.map { if case .competency(_, let l) = $0 { l } else { .basic } }.max()
          ?? .basic)
    case .dutch:
      .dutch(needs.map { if case .dutch(let l) = $0 { l } else { .a0 } }.max() ?? .a0)
    case .adaptation(let dimension): .adaptation(dimension)
    case .wageCostSubsidy: .wageCostSubsidy
    case .jobCoach: .jobCoach
    }
  }
}

/// A family of steps as numbers, so that places are filed by family without comparing
/// names: the kind, and for a competency or a load dimension which one (a competency's
/// number is given by ``CompetencyNumbers``, a dimension's is its position in
/// `LoadDimension.allCases`).
struct FamilyKey: Hashable, Sendable {
  /// The kind of step that meets the family's needs (never a transport or an assessment).
  var kind: AdviceStep.Kind
  var index: UInt16 = 0

  /// The kind of blocker the family's needs are (a family is never of an assessment, which
  /// removes no knock-out).
  var blocker: Blocker? { kind.blocker }
}

/// Numbers for competencies, for ``FamilyKey``: the taxonomy's order on the fast path, the
/// order of the ids on the places in the reference.
struct CompetencyNumbers: Sendable {
  let number: @Sendable (CompetencyID) -> Int?
  let id: @Sendable (Int) -> CompetencyID
}

/// What a place one family of steps away needs: the family, and the least value of the
/// family's steps that removes every knock-out (extra minutes, hours, days, a level, a Dutch
/// rank; 0 for a family of one step). For fewer hours at least, the value is the most the
/// minimum may be.
struct SingleNeed: Sendable {
  var key: FamilyKey
  var least: Int32

  /// The one family of `needs` and how far its steps must go; `nil` when they are of more
  /// than one family (or none).
  static func of(_ needs: [AdviceNeed], numbers: CompetencyNumbers) -> SingleNeed? {
    guard let first = needs.first, needs.allSatisfy({ $0.family == first.family }),
      var single = first.keyed(numbers)
    else { return nil }
    for need in needs.dropFirst() {
      guard let other = need.keyed(numbers) else { return nil }
      single.least =
        single.key.kind == .hoursMinimum
        ? min(single.least, other.least) : max(single.least, other.least)
    }
    return single
  }
}

extension AdviceNeed {
  /// The need as a family number and a value.
  func keyed(_ numbers: CompetencyNumbers) -> SingleNeed? {
    switch self {
    case .travel(let extra): SingleNeed(key: FamilyKey(kind: .travelMinutes), least: Int32(extra))
    case .hoursMaximum(let hours):
      SingleNeed(key: FamilyKey(kind: .hoursMaximum), least: Int32(hours))
    case .hoursMinimum(let hours):
      SingleNeed(key: FamilyKey(kind: .hoursMinimum), least: Int32(hours))
    case .planAhead(let days): SingleNeed(key: FamilyKey(kind: .planAhead), least: Int32(days))
    case .competency(let id, let level):
      numbers.number(id).map {
        SingleNeed(
          key: FamilyKey(kind: .competency, index: UInt16($0)), least: Int32(level.rawValue))
      }
    case .dutch(let level): SingleNeed(key: FamilyKey(kind: .dutch), least: Int32(level.rank))
    case .adaptation(let dimension):
      SingleNeed(
        key: FamilyKey(
          kind: .adaptation, index: UInt16(LoadDimension.allCases.firstIndex(of: dimension)!)),
        least: 0)
    case .wageCostSubsidy: SingleNeed(key: FamilyKey(kind: .wageCostSubsidy), least: 0)
    case .jobCoach: SingleNeed(key: FamilyKey(kind: .jobCoach), least: 0)
    }
  }
}

extension AdviceFamily {
  /// The family of a key.
  init(_ key: FamilyKey, numbers: CompetencyNumbers) {
    switch key.kind {
    case .travelMinutes, .transport: self = .travel
    case .hoursMaximum: self = .hoursMaximum
    case .hoursMinimum: self = .hoursMinimum
    case .planAhead: self = .planAhead
    case .competency: self = .competency(numbers.id(Int(key.index)))
    case .dutch: self = .dutch
    case .adaptation: self = .adaptation(LoadDimension.allCases[Int(key.index)])
    case .wageCostSubsidy: self = .wageCostSubsidy
    case .jobCoach: self = .jobCoach
    case .loadAssessed, .loadAssessment:
      // Needs come from knock-outs; an assessment removes none (it turns an unknown into a
      // value), so no key is of its kind.
      preconditionFailure("an assessment is never a family of needs")
    }
  }
}

extension AdviceStep {
  /// Whether the step goes as far as a ``SingleNeed`` of its family needs.
  func reaches(_ least: Int32) -> Bool {
    switch self {
    case .travelMinutes(let extra): Int32(extra) >= least
    case .hoursMaximum(let hours): Int32(hours) >= least
    case .hoursMinimum(let hours): Int32(hours) <= least
    case .planAhead(let days): Int32(days) >= least
    case .competency(_, let level): Int32(level.rawValue) >= least
    case .dutch(let level): Int32(level.rank) >= least
    case .transport, .loadAssessed, .loadAssessment, .adaptation, .wageCostSubsidy, .jobCoach:
      true
    }
  }

}
