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
  /// The people of the proposal, placed, left out because they fit no place, and left out
  /// because every place they fit went to others; all the summary's counts are protected
  /// together (``CountTables``).
  public var totals: SummaryTotals
  /// People placed and left out per target group.
  public var byTargetGroup: [GroupOutcome]
  /// People placed per employer kind.
  public var byEmployerKind: [(kind: EmployerKind, placed: GroupCount)]
  /// The lowest rank on their own list anyone is placed at (0 when nobody is placed).
  public var deepestRank: Int

  /// The length of the shortlist an officer sees by default: a placement further down the
  /// person's own list is not on it, and the summary and the row say so.
  public static let shortlistLength = CompetitionIndex.standardDepth
}

/// A proposal's totals as its summary shows them.
public struct SummaryTotals: Hashable, Sendable {
  /// People in the proposal.
  public var people: GroupCount
  /// Placed: the most any proposal can place.
  public var placed: GroupCount
  /// Left out: they fit no place.
  public var withoutFit: GroupCount
  /// Left out: every place they fit went to others.
  public var outcompeted: GroupCount
  /// Placed at a place beyond the first ``AssignmentPresentation/shortlistLength`` of their
  /// own list (some of the placed).
  public var beyondShortlist: GroupCount
}

/// One target group's outcome in a proposal (an aggregate, protected).
public struct GroupOutcome: Hashable, Sendable {
  public var group: TargetGroup
  public var people: GroupCount
  public var placed: GroupCount
  public var withoutFit: GroupCount
  public var outcompeted: GroupCount
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
  /// someone who has no other fit left. Never for the place proposed to this person: it is
  /// their own placement, and taking it costs nobody anything (◆, not ‼).
  public var costsAPlacement: Bool
  /// Whether the proposal puts this person here.
  public var proposed: Bool
  /// For a person the proposal leaves out: people who fit the place with a higher score.
  public var linePosition: Int?

  /// The facts of a spread entry.
  public init(_ entry: SpreadEntry) {
    let weight = PriceCertificate.standardPlacementWeight
    costsAPlacement = !entry.proposed && entry.price >= weight
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
    let present = TargetGroup.allCases.filter { people[$0] != nil }
    // The summary's counts protected together: per group, the placed, those without a fit
    // and those outcompeted add up to the group; the groups and the kinds add up to the
    // totals the summary also shows.
    let (totals, byGroup, byKind) = CountTables.protected { tables in
      let totals = SummaryTotals(
        people: tables.count("people", assignment.participantIDs.count),
        placed: tables.count("placed", assignment.placements.count),
        withoutFit: tables.count("without fit", noFit),
        outcompeted: tables.count("outcompeted", assignment.unplaced.count - noFit),
        beyondShortlist: tables.count(
          "placed beyond the shortlist",
          assignment.placements.count { $0.rank > AssignmentPresentation.shortlistLength }))
      tables.sum(["placed", "without fit", "outcompeted"], is: "people")
      tables.parts(
        ["placed beyond the shortlist"], of: "placed", rest: "placed from the shortlist")
      let byGroup = present.map { group in
        let key = group.rawValue
        let outcome = GroupOutcome(
          group: group, people: tables.count("people \(key)", people[group] ?? 0),
          placed: tables.count("placed \(key)", placed[group] ?? 0),
          withoutFit: tables.count("without fit \(key)", withoutFit[group] ?? 0),
          outcompeted: tables.count("outcompeted \(key)", outcompeted[group] ?? 0))
        tables.sum(
          ["placed \(key)", "without fit \(key)", "outcompeted \(key)"], is: "people \(key)")
        return outcome
      }
      for total in ["people", "placed", "without fit", "outcompeted"] {
        tables.sum(present.map { "\(total) \($0.rawValue)" }, is: total)
      }
      let byKind = EmployerKind.allCases.map { kind in
        (kind, tables.count("placed \(kind.rawValue)", kinds[kind] ?? 0))
      }
      tables.sum(EmployerKind.allCases.map { "placed \($0.rawValue)" }, is: "placed")
      return (totals, byGroup, byKind)
    }
    return AssignmentPresentation(
      assignment: assignment, places: places, targetGroups: groups, totals: totals,
      byTargetGroup: byGroup, byEmployerKind: byKind,
      deepestRank: assignment.placements.map(\.rank).max() ?? 0)
  }

  /// The congestion report as it is shown (to every audience alike: an aggregate, its
  /// counts protected together).
  public func congestion(_ report: CongestionReport) -> CongestionPresentation {
    CountTables.protected { CongestionPresentation(report: report, in: &$0) }
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
