import PlekAssign
import PlekCore

/// A regional placement proposal as every output shows it (officers only: it names people
/// and their scores): the summary, every placement with its place's facts, why each person
/// left out is left out, and every place someone fits.
public struct AssignmentPresentation: Sendable {
  /// The proposal.
  public var assignment: Assignment
  /// The facts of the places named.
  public var places: [PlaceID: PlaceFacts]
  /// The person's target group, for the summary and the rows.
  public var targetGroups: [ParticipantID: TargetGroup]
  /// People placed and left out per target group, and placed per employer kind: aggregates,
  /// counts below 5 withheld.
  public var byTargetGroup: [GroupOutcome]
  public var byEmployerKind: [(kind: EmployerKind, placed: GroupCount)]
  /// The people left out because they fit no place, and because every place they fit went to
  /// others.
  public var withoutFit: Int
  public var outcompeted: Int
}

/// One target group's outcome in a proposal (an aggregate: counts below 5 withheld).
public struct GroupOutcome: Hashable, Sendable {
  public var group: TargetGroup
  public var people: GroupCount
  public var placed: GroupCount
  public var withoutFit: GroupCount
  public var outcompeted: GroupCount
}

/// The congestion report as every output shows it (an aggregate; counts are of hundreds and
/// thousands, any below 5 withheld all the same).
public struct CongestionPresentation: Sendable {
  /// The figures.
  public var report: CongestionReport
}

/// What a shortlist entry shows of the competition for its place (officers only: it is
/// worked out from everybody's scores).
public struct EntryCompetition: Hashable, Sendable {
  /// Others, the figure of the competition index.
  public var competition: Competition
  /// For a spread shortlist: the place's congestion price and what it means.
  public var spread: SpreadFacts?
}

/// The spread facts of one entry.
public struct SpreadFacts: Hashable, Sendable {
  /// The congestion price in points (0–100) beyond any placement it costs.
  public var priceMillionths: Int64
  /// Whether taking the place costs the region a placement: the proposal needs it for
  /// someone who has no other fit left.
  public var costsAPlacement: Bool
  /// Whether the proposal puts this person here.
  public var proposed: Bool
  /// For a person the proposal leaves out: people who fit the place with a higher score.
  public var linePosition: Int?

  /// The facts of a spread entry.
  public init(_ entry: SpreadEntry) {
    let weight = PriceCertificate.standardPlacementWeight
    costsAPlacement = entry.price >= weight
    priceMillionths = entry.price >= weight ? entry.price - weight : entry.price
    proposed = entry.proposed
    linePosition = entry.linePosition
  }
}

extension Presenter {
  /// A proposal as it is shown; `nil` for an audience that may not see it (it names people
  /// and scores: officers only, as advice).
  public func assignment(_ assignment: Assignment, in engine: MatchEngine)
    -> AssignmentPresentation?
  {
    guard audience.seesAdvice else { return nil }
    var groups: [ParticipantID: TargetGroup] = [:]
    for id in assignment.participantIDs {
      if let person = engine.participant(id) { groups[id] = person.targetGroup }
    }
    var named = assignment.placements.map(\.placeID)
    for person in assignment.unplaced {
      if case .taken(let places) = person.reason { named += places.map(\.placeID) }
    }
    named += assignment.places.filter { $0.fittedBy > 0 }.map(\.placeID)
    let places = facts(of: named, in: engine)
    var people: [TargetGroup: Int] = [:]
    var placed: [TargetGroup: Int] = [:]
    var withoutFit: [TargetGroup: Int] = [:]
    var outcompeted: [TargetGroup: Int] = [:]
    for id in assignment.participantIDs { people[groups[id]!, default: 0] += 1 }
    var kinds: [EmployerKind: Int] = [:]
    for placement in assignment.placements {
      placed[groups[placement.participantID]!, default: 0] += 1
      if let kind = places[placement.placeID]?.kind { kinds[kind, default: 0] += 1 }
    }
    var noFit = 0
    for person in assignment.unplaced {
      if case .noFit = person.reason {
        noFit += 1
        withoutFit[groups[person.participantID]!, default: 0] += 1
      } else {
        outcompeted[groups[person.participantID]!, default: 0] += 1
      }
    }
    let byGroup = TargetGroup.allCases.filter { people[$0] != nil }.map { group in
      GroupOutcome(
        group: group, people: GroupCount(suppressing: people[group] ?? 0),
        placed: GroupCount(suppressing: placed[group] ?? 0),
        withoutFit: GroupCount(suppressing: withoutFit[group] ?? 0),
        outcompeted: GroupCount(suppressing: outcompeted[group] ?? 0))
    }
    return AssignmentPresentation(
      assignment: assignment, places: places, targetGroups: groups, byTargetGroup: byGroup,
      byEmployerKind: EmployerKind.allCases.map { ($0, GroupCount(suppressing: kinds[$0] ?? 0)) },
      withoutFit: noFit, outcompeted: assignment.unplaced.count - noFit)
  }

  /// The congestion report as it is shown (to every audience alike: an aggregate).
  public func congestion(_ report: CongestionReport) -> CongestionPresentation {
    CongestionPresentation(report: report)
  }

  /// A shortlist's entries with their competition (and, for a spread list, their spread
  /// facts), for officers; other audiences get the list unchanged.
  public func withCompetition(
    _ list: ListPresentation, index: CompetitionIndex, plainRanks: [PlaceID: Int],
    spread: [PlaceID: SpreadEntry]? = nil
  ) -> ListPresentation {
    guard audience == .officer else { return list }
    var list = list
    list.spread = spread != nil
    for position in list.entries.indices {
      guard let place = list.entries[position].place else { continue }
      let rank = plainRanks[place.id] ?? Int.max
      list.entries[position].competition = EntryCompetition(
        competition: index.competition(at: place.id, rank: rank, freeSlots: place.freeSlots),
        spread: spread?[place.id].map(SpreadFacts.init))
    }
    return list
  }
}
