import PlekCore
import PlekReport

/// A parameter a method takes: its name and what it holds, declared once for every method
/// that takes it (`date` is the same day everywhere, `k` the same limit).
///
/// A method lists the parameters it takes (``ServiceMethod/parameters``); the reader of its
/// params allows exactly those, and reads each through its declaration, so that the name, the
/// type and the limits (from ``Limits``) are written once.
struct Parameter: Hashable, Sendable {
  /// What a parameter holds.
  enum Kind: Hashable, Sendable {
    /// A whole number within a range.
    case integer(ClosedRange<Int>)
    /// A day, `YYYY-MM-DD`.
    case day
    /// `true` or `false`.
    case flag
    /// One of a closed set of words.
    case choice([String])
    /// A participant: a stored one's id, or a participant object (validated).
    case participant
    /// A place: a stored one's id, or a place object (validated).
    case place
    /// An object of filters with these members.
    case filters([String])
    /// An array of ids.
    case ids
    /// An array of records (participants or places), each validated.
    case records
    /// A policy object, validated.
    case policy
  }

  /// The name, as the request writes it.
  let name: String
  /// What it holds.
  let kind: Kind

  init(_ name: String, _ kind: Kind) { (self.name, self.kind) = (name, kind) }

  // MARK: The parameters of the protocol

  /// The day asked for (default: today).
  static let date = Parameter("date", .day)
  /// Plan ahead this many days (default: the policy's horizon).
  static let horizonDays = Parameter("horizonDays", .integer(Limits.horizonDays))
  /// The answer's language.
  static let language = Parameter("lang", .choice(Language.allCases.map(\.rawValue)))
  /// Whom the answer is for.
  static let view = Parameter("view", .choice(Audience.allCases.map(\.rawValue)))
  /// A list's length.
  static let k = Parameter("k", .integer(Limits.k))
  /// The congestion report's lists' length.
  static let depth = Parameter("k", .integer(1...Limits.maximumK))
  /// Every entry explained.
  static let explain = Parameter("explain", .flag)
  /// A spread shortlist.
  static let spread = Parameter("spread", .flag)
  /// The participant asked about.
  static let participant = Parameter("participant", .participant)
  /// The participant asked about, stored (by id only).
  static let storedParticipant = Parameter("participant", .ids)
  /// The place asked about.
  static let place = Parameter("place", .place)
  /// A shortlist's filters: the places to consider.
  static let placeFilters = Parameter(
    "filters", .filters(["sectors", "employerKinds", "learningOnly", "maxTravelMinutes"]))
  /// A candidate list's filters: the people to consider.
  static let peopleFilters = Parameter("filters", .filters(["municipalities", "maxTravelMinutes"]))
  /// A regional question's filters: people by municipality and target group, places by
  /// sector, employer kind, learning-only and a travel limit.
  static let scopeFilters = Parameter(
    "filters",
    .filters([
      "municipalities", "targetGroups", "sectors", "employerKinds", "learningOnly",
      "maxTravelMinutes",
    ]))
  /// A regional question's people, by id.
  static let scopeParticipants = Parameter("participants", .ids)
  /// A regional question's places, by id.
  static let scopePlaces = Parameter("places", .ids)
  /// A regional question's people with a running placement too.
  static let includePlaced = Parameter("includePlaced", .flag)
  /// The participants to add or replace.
  static let participantRecords = Parameter("participants", .records)
  /// The places to add or replace.
  static let placeRecords = Parameter("places", .records)
  /// The ids to remove.
  static let ids = Parameter("ids", .ids)
  /// A new policy.
  static let policy = Parameter("policy", .policy)
  /// The placements to add or replace.
  static let placementRecords = Parameter("placements", .records)
  /// A stored placement, by id.
  static let placement = Parameter("placement", .ids)
  /// A stored participant, by id, whose placements are asked for.
  static let placementsOf = Parameter("participant", .ids)
  /// A stored place, by id, whose placements are asked for.
  static let placementsAt = Parameter("place", .ids)
  /// The last day of a placement that ended.
  static let endDay = Parameter("end", .day)
  /// Why a placement ended.
  static let endReason = Parameter("reason", .choice(PlacementEndReason.allCodes))
  /// What a learning-work route earned.
  static let earned = Parameter(
    "earned", .filters(["certificate", "praktijkverklaring", "competencies"]))
  /// The first and last day the results count.
  static let fromDay = Parameter("from", .day)
  static let toDay = Parameter("to", .day)
  /// The results' periods.
  static let interval = Parameter("by", .choice(OutcomeInterval.allCodes))
  /// The results' cohort: people by municipality and target group.
  static let cohortFilters = Parameter("filters", .filters(["municipalities", "targetGroups"]))
  /// The results' whole range per part.
  static let breakdown = Parameter(
    "per", .choice(OutcomesPresentation.Breakdown.allCases.map(\.rawValue)))

  /// The range of a whole-number parameter.
  var range: ClosedRange<Int> {
    if case .integer(let range) = kind { return range }
    preconditionFailure("\(name) is not a whole number")
  }

  /// The members of a filters parameter.
  var members: [String] {
    if case .filters(let members) = kind { return members }
    preconditionFailure("\(name) is not filters")
  }
}
