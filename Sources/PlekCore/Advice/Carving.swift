/// Job carving for a place: which of its demands blocks the most people who would otherwise
/// fit, and what each change would open (koersnota §3.7.8: the employee's competencies lead,
/// not the vacancy).
///
/// A person counts for a change when the change removes every knock-out they have at the
/// place. A full place is carved as if a slot were free, as its candidate list is.
public struct Carving: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The day asked for.
  public var day: Day
  /// People who fit now.
  public var fits: Int
  /// The changes that open people, most people first. When no single change opens anyone:
  /// pairs of changes made together (``ChangeEffect/together``), most people first, at most
  /// ``pairsListed``, as a person's advice looks for pairs of steps.
  public var changes: [ChangeEffect]

  /// How many of the best opened people a change lists.
  public static let listed = 3
  /// How many pairs of changes are listed.
  public static let pairsListed = 5
}

/// A change an employer could make to a place.
public enum CarveChange: Hashable, Sendable {
  /// Demand one level less on a load dimension.
  case loadLower(LoadDimension, to: LoadLevel)
  /// Make a load dimension adaptable (werkplekaanpassing): one level short becomes a point
  /// to judge.
  case loadAdaptable(LoadDimension)
  /// Require a competency one level lower.
  case competencyLower(CompetencyID, to: CompetencyLevel)
  /// Make a required competency desired.
  case competencyDesired(CompetencyID)
  /// Ask for fewer hours at least (a lower minimum).
  case hoursMinimum(Int)
  /// Offer more hours at most (a higher maximum).
  case hoursMaximum(Int)
  /// Require less Dutch.
  case dutch(DutchLevel)
  /// Offer more support.
  case support(SupportOffer)
  /// Accept wage-cost subsidy.
  case wageCostSubsidy
  /// Open on the day asked for.
  case openNow

  /// The kinds of change, in the order of `Advice.md` (the order of changes that open as
  /// many people).
  public enum Kind: UInt8, CaseIterable, Sendable {
    case loadLower, loadAdaptable, competencyLower, competencyDesired, hoursMinimum
    case hoursMaximum, dutch, support, wageCostSubsidy, openNow

    /// The stable code, as the service returns it.
    public var code: String {
      switch self {
      case .loadLower: "load-lower"
      case .loadAdaptable: "load-adaptable"
      case .competencyLower: "competency-lower"
      case .competencyDesired: "competency-desired"
      case .hoursMinimum: "hours-minimum"
      case .hoursMaximum: "hours-maximum"
      case .dutch: "dutch"
      case .support: "support"
      case .wageCostSubsidy: "wage-cost-subsidy"
      case .openNow: "open-now"
      }
    }
  }

  /// The kind of this change.
  public var kind: Kind {
    switch self {
    case .loadLower: .loadLower
    case .loadAdaptable: .loadAdaptable
    case .competencyLower: .competencyLower
    case .competencyDesired: .competencyDesired
    case .hoursMinimum: .hoursMinimum
    case .hoursMaximum: .hoursMaximum
    case .dutch: .dutch
    case .support: .support
    case .wageCostSubsidy: .wageCostSubsidy
    case .openNow: .openNow
    }
  }

  /// The stable code, as the service returns it.
  public var code: String { kind.code }

  /// Every change code, in the order of `Advice.md`.
  public static var codes: [String] { Kind.allCases.map(\.code) }

  var rank: Int { Int(kind.rawValue) }

  /// The change's value within its kind, for ordering: a number and a name.
  var value: (number: Int, name: String) {
    switch self {
    case .loadLower(let dimension, let level): (Int(level.rawValue), dimension.rawValue)
    case .loadAdaptable(let dimension): (0, dimension.rawValue)
    case .competencyLower(let id, let level): (Int(level.rawValue), id.rawValue)
    case .competencyDesired(let id): (0, id.rawValue)
    case .hoursMinimum(let hours), .hoursMaximum(let hours): (hours, "")
    case .dutch(let level): (level.rank, "")
    case .support(let offer): (offer.rank, "")
    case .wageCostSubsidy, .openNow: (0, "")
    }
  }

  /// The order of changes that open as many: by kind, then by name, then by number.
  func precedes(_ other: CarveChange) -> Bool {
    if rank != other.rank { return rank < other.rank }
    let (a, b) = (value, other.value)
    return a.name != b.name ? a.name < b.name : a.number < b.number
  }

  /// The place after the change (`day`: the day asked, for ``openNow``).
  public func applied(to place: Place, on day: Day) -> Place {
    var changed = place
    switch self {
    case .loadLower(let dimension, let level): changed.loadDemand[dimension] = level
    case .loadAdaptable(let dimension): changed.adaptable.insert(dimension)
    case .competencyLower(let id, let level):
      changed.requiredCompetencies = place.requiredCompetencies.map {
        $0.id == id ? CompetencyEntry(id: id, level: level) : $0
      }
    case .competencyDesired(let id):
      let moved = place.requiredCompetencies.filter { $0.id == id }
      changed.requiredCompetencies.removeAll { $0.id == id }
      changed.desiredCompetencies += moved
    case .hoursMinimum(let hours):
      changed.hoursPerWeek = HoursRange(min: hours, max: place.hoursPerWeek.max)
    case .hoursMaximum(let hours):
      changed.hoursPerWeek = HoursRange(min: place.hoursPerWeek.min, max: hours)
    case .dutch(let level): changed.dutchLevel = level
    case .support(let offer): changed.support = offer
    case .wageCostSubsidy: changed.acceptsWageSubsidy = true
    case .openNow: changed.openFrom = day
    }
    return changed
  }
}

/// What one change opens.
public struct ChangeEffect: Hashable, Sendable {
  /// The change (for a ladder, the least rung that opens the most).
  public var change: CarveChange
  /// For a pair: the second change, made together with ``change`` (of another family).
  public var together: CarveChange? = nil
  /// People who fit once it is made: those whose every knock-out it removes.
  public var opens: Int
  /// The best of them with their scores after the change, best first (at most
  /// ``Carving/listed``).
  public var best: [ParticipantScore]

  /// Creates an effect.
  public init(
    change: CarveChange, together: CarveChange? = nil, opens: Int, best: [ParticipantScore]
  ) {
    (self.change, self.together, self.opens, self.best) = (change, together, opens, best)
  }
}

/// A participant and a score, in millionths of a point.
public struct ParticipantScore: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// The score in millionths.
  public var scoreMillionths: Int64

  /// Creates one.
  public init(participantID: ParticipantID, scoreMillionths: Int64) {
    (self.participantID, self.scoreMillionths) = (participantID, scoreMillionths)
  }
}

/// What a person needs of a place before they fit, one requirement per knock-out, each the
/// least change that removes it (``KnockOut/carveNeed(person:place:policy:)``): the family of
/// changes that can, and how far a change of it must go.
struct CarveNeed: Hashable, Sendable {
  /// The family of changes that can meet the need.
  var family: CarveFamily
  /// How far a change must go: the most a demand may be (a load or competency level, the
  /// minimum hours, a Dutch rank), or the least an offer must be (the maximum hours, a
  /// support rank); 0 for a family of one change.
  var bound: Int
  /// For a load dimension: whether making it adaptable meets the need too.
  var adaptableWorks = false

  /// The demand on a dimension at most `level`, or the dimension adaptable (when
  /// `adaptableWorks`).
  static func load(_ dimension: LoadDimension, atMost level: LoadLevel, adaptableWorks: Bool)
    -> Self
  {
    Self(family: .load(dimension), bound: Int(level.rawValue), adaptableWorks: adaptableWorks)
  }
  /// The competency required at most at `level` (0: not required).
  static func competency(_ id: CompetencyID, atMost level: Int) -> Self {
    Self(family: .competency(id), bound: level)
  }
  /// A minimum of at most `hours`.
  static func hoursMinimum(_ hours: Int) -> Self { Self(family: .hoursMinimum, bound: hours) }
  /// A maximum of at least `hours`.
  static func hoursMaximum(_ hours: Int) -> Self { Self(family: .hoursMaximum, bound: hours) }
  /// Dutch required at most at `level`.
  static func dutch(_ level: DutchLevel) -> Self { Self(family: .dutch, bound: level.rank) }
  /// Support at least `offer`.
  static func support(_ offer: SupportOffer) -> Self {
    Self(family: .support, bound: offer.rank)
  }
  /// Wage-cost subsidy.
  static let wageCostSubsidy = Self(family: .wageCostSubsidy, bound: 0)
  /// Open on the day asked.
  static let openNow = Self(family: .openNow, bound: 0)
}

/// The changes of a place one change can make together.
enum CarveFamily: Hashable, Sendable, Comparable {
  case load(LoadDimension)
  case competency(CompetencyID)
  case hoursMinimum
  case hoursMaximum
  case dutch
  case support
  case wageCostSubsidy
  case openNow
}

extension CarveChange {
  /// Whether the change meets a need: of its family, and going as far.
  func meets(_ need: CarveNeed) -> Bool {
    switch self {
    case .loadLower(let dimension, let level):
      need.family == .load(dimension) && Int(level.rawValue) <= need.bound
    case .loadAdaptable(let dimension): need.family == .load(dimension) && need.adaptableWorks
    case .competencyLower(let id, let level):
      need.family == .competency(id) && Int(level.rawValue) <= need.bound
    case .competencyDesired(let id): need.family == .competency(id)
    case .hoursMinimum(let hours): need.family == .hoursMinimum && hours <= need.bound
    case .hoursMaximum(let hours): need.family == .hoursMaximum && hours >= need.bound
    case .dutch(let level): need.family == .dutch && level.rank <= need.bound
    case .support(let offer): need.family == .support && offer.rank >= need.bound
    case .wageCostSubsidy: need.family == .wageCostSubsidy
    case .openNow: need.family == .openNow
    }
  }
}

/// A knocked-out person and what they need of the place (one family of changes).
struct BlockedPerson {
  var slot: Int
  var needs: [CarveNeed]
}

/// Turns the knock-outs of a place's people into carving: shared by the fast path and the
/// reference, which differ in which people they hand over and in how they score a changed
/// place (the compiled kernel, or the reference scorer).
struct CarvingBuilder {
  let place: Place
  let policy: Policy
  let day: Day
  let fits: Int
  /// Knocked-out people one change can open, with their needs: at least every such person.
  let blocked: [BlockedPerson]
  /// The best people (at most ``Carving/listed``, best first) among some, at a changed place.
  let best: (Place, [Int]) -> [ParticipantScore]
  /// Knocked-out people two changes of different families can open, with their needs: at
  /// least every such person. Asked for only when no single change opens anyone.
  var twoChanges: () -> [BlockedPerson] = { [] }

  /// The people one change can open, from the reference scorer's knock-outs.
  static func blocked(
    _ person: Participant, slot: Int, knockOuts: [KnockOut], place: Place, policy: Policy
  ) -> BlockedPerson? {
    let needs = knockOuts.compactMap {
      $0.carveNeed(person: person, place: place, policy: policy)
    }
    guard needs.count == knockOuts.count, let family = needs.first?.family,
      needs.allSatisfy({ $0.family == family })
    else { return nil }
    return BlockedPerson(slot: slot, needs: needs)
  }

  /// The people two changes of different families can open, from the reference scorer's
  /// knock-outs: every knock-out has a change that removes it, and they are of two families.
  static func blockedByTwo(
    _ person: Participant, slot: Int, knockOuts: [KnockOut], place: Place, policy: Policy
  ) -> BlockedPerson? {
    let needs = knockOuts.compactMap {
      $0.carveNeed(person: person, place: place, policy: policy)
    }
    guard needs.count == knockOuts.count, Set(needs.map(\.family)).count == 2 else { return nil }
    return BlockedPerson(slot: slot, needs: needs)
  }

  /// For every two families of changes, and every ladder of each: the pair of rungs that
  /// opens the most of the people whose needs the two together meet (the least rungs on a
  /// tie, the first family's first), most people first, then in change order.
  func pairs(of people: [BlockedPerson]) -> [ChangeEffect] {
    var byFamilies: [[CarveFamily]: [BlockedPerson]] = [:]
    for person in people {
      byFamilies[Set(person.needs.map(\.family)).sorted(), default: []].append(person)
    }
    var effects: [ChangeEffect] = []
    for families in byFamilies.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let group = byFamilies[families]!
      for first in changes(for: families[0]) {
        for second in changes(for: families[1]) {
          var chosen: (a: CarveChange, b: CarveChange, opened: [Int])?
          for a in first {
            for b in second {
              let opened = group.filter { person in
                person.needs.allSatisfy { a.meets($0) || b.meets($0) }
              }.map(\.slot)
              if opened.count > (chosen?.opened.count ?? 0) { chosen = (a, b, opened) }
            }
          }
          guard let chosen else { continue }
          let changed = chosen.b.applied(to: chosen.a.applied(to: place, on: day), on: day)
          effects.append(
            ChangeEffect(
              change: chosen.a, together: chosen.b, opens: chosen.opened.count,
              best: best(changed, chosen.opened)))
        }
      }
    }
    effects.sort { x, y in
      if x.opens != y.opens { return x.opens > y.opens }
      if x.change != y.change { return x.change.precedes(y.change) }
      return x.together!.precedes(y.together!)
    }
    return Array(effects.prefix(Carving.pairsListed))
  }

  func build() -> Carving {
    var single: [CarveFamily: [BlockedPerson]] = [:]
    for person in blocked {
      guard let family = person.needs.first?.family else { continue }
      single[family, default: []].append(person)
    }
    var effects: [ChangeEffect] = []
    for family in single.keys.sorted() {
      let people = single[family]!
      for rungs in changes(for: family) {
        let counts = rungs.map { rung in people.count { $0.needs.allSatisfy(rung.meets) } }
        guard let most = counts.max(), most > 0, let chosen = counts.firstIndex(of: most) else {
          continue
        }
        let change = rungs[chosen]
        let opened = people.filter { $0.needs.allSatisfy(change.meets) }.map(\.slot)
        // Everyone whose needs the change meets fits after it: nothing else changes for them.
        effects.append(
          ChangeEffect(
            change: change, opens: opened.count,
            best: best(change.applied(to: place, on: day), opened)))
      }
    }
    effects.sort { a, b in
      a.opens != b.opens ? a.opens > b.opens : a.change.precedes(b.change)
    }
    if effects.isEmpty { effects = pairs(of: twoChanges()) }
    return Carving(placeID: place.id, day: day, fits: fits, changes: effects)
  }

  /// The ladders of changes a family allows, each least first (a family may offer two
  /// kinds of change: lower the demand, or make it adaptable).
  func changes(for family: CarveFamily) -> [[CarveChange]] {
    switch family {
    case .load(let dimension):
      guard let demand = place.loadDemand[dimension], demand.rawValue > 0 else { return [] }
      var ladders = [
        [CarveChange.loadLower(dimension, to: LoadLevel(rawValue: demand.rawValue - 1)!)]
      ]
      if !place.adaptable.contains(dimension) { ladders.append([.loadAdaptable(dimension)]) }
      return ladders
    case .competency(let id):
      let required = Int(place.requiredCompetencies.first { $0.id == id }?.level.rawValue ?? 1)
      let lower = (1..<required).reversed().compactMap(CompetencyLevel.init).map {
        CarveChange.competencyLower(id, to: $0)
      }
      return [lower, [.competencyDesired(id)]].filter { !$0.isEmpty }
    case .hoursMinimum:
      let step = policy.advice.hoursStep
      let rungs = stride(from: place.hoursPerWeek.min - step, through: 0, by: -step).map {
        CarveChange.hoursMinimum($0)
      }
      return [rungs + (place.hoursPerWeek.min % step == 0 ? [] : [.hoursMinimum(0)])]
    case .hoursMaximum:
      let step = policy.advice.hoursStep
      let limit = HoursRange.validHours.upperBound
      var rungs = Array(stride(from: place.hoursPerWeek.max + step, through: limit, by: step))
      if rungs.last != limit && place.hoursPerWeek.max < limit { rungs.append(limit) }
      return [rungs.map { .hoursMaximum($0) }]
    case .dutch:
      return [
        DutchLevel.allCases.filter { $0 < place.dutchLevel }.reversed().map { .dutch($0) }
      ]
    case .support:
      return [SupportOffer.allCases.filter { $0 > place.support }.map { .support($0) }]
    case .wageCostSubsidy:
      return [[.wageCostSubsidy]]
    case .openNow:
      return [[.openNow]]
    }
  }

  /// The best of some scores, best first, at most ``Carving/listed``.
  static func ranked(_ scores: [ParticipantScore]) -> [ParticipantScore] {
    Array(
      scores.sorted {
        $0.scoreMillionths != $1.scoreMillionths
          ? $0.scoreMillionths > $1.scoreMillionths : $0.participantID < $1.participantID
      }.prefix(Carving.listed))
  }
}
