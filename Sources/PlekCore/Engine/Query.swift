import Dispatch

/// Restricts which places a shortlist may return. Filters narrow a result; they are not
/// knock-outs and do not appear in explanations.
public struct PlaceFilter: Hashable, Sendable {
  /// Only places in at least one of these sectors (empty: any sector).
  public var sectors: Set<SectorID>
  /// Only places of these employer kinds (empty: any kind).
  public var employerKinds: Set<EmployerKind>
  /// Only learning-work places (with a learning offer).
  public var learningOnly: Bool
  /// Only places within this many minutes, below the person's own limit.
  public var maxTravelMinutes: Int?

  /// Creates a filter; the default lets everything through.
  public init(
    sectors: Set<SectorID> = [], employerKinds: Set<EmployerKind> = [], learningOnly: Bool = false,
    maxTravelMinutes: Int? = nil
  ) {
    (self.sectors, self.employerKinds, self.learningOnly, self.maxTravelMinutes) = (
      sectors, employerKinds, learningOnly, maxTravelMinutes
    )
  }
}

/// Restricts which participants a candidate list may return.
public struct ParticipantFilter: Hashable, Sendable {
  /// Only participants living in one of these municipalities (empty: any).
  public var municipalities: Set<MunicipalityID>
  /// Only participants within this many minutes, below their own limit.
  public var maxTravelMinutes: Int?

  /// Creates a filter; the default lets everyone through.
  public init(municipalities: Set<MunicipalityID> = [], maxTravelMinutes: Int? = nil) {
    (self.municipalities, self.maxTravelMinutes) = (municipalities, maxTravelMinutes)
  }
}

/// How a query runs.
public struct QueryOptions: Hashable, Sendable {
  /// How many matches to return at most ("top K"; ``Limits/k``).
  public var k: Int
  /// The day the query is asked for: availability and opening dates count up to this day
  /// plus the policy's planning horizon.
  public var day: Day
  /// Worker threads: 1 runs on the calling thread, 0 uses every core (``Limits/threads``).
  /// Results do not depend on it.
  public var threads: Int
  /// Whether to prune with the sector and spatial index. Results do not depend on it; turning
  /// it off scans every record (for tests and benchmarks).
  public var useIndex: Bool
  /// The planning horizon in days (``Limits/horizonDays``), `nil` for the policy's: planning
  /// ahead, a request may look further than the policy does. A place opening, or a person
  /// available, after `day` but within the horizon fits, with the date said.
  public var horizonDays: Int?
  /// When the work must stop, in `DispatchTime` uptime nanoseconds; `nil`: no limit (the
  /// CLI). The long loops (everybody's lists, the fit graph, the region's advice, the
  /// protection of small groups) look at it between chunks of their work and stop past it:
  /// the lists and graphs throw ``MatchError/overBudget``, the protection withholds every
  /// count it has not proven safe (it fails closed). The service sets it from its work
  /// budget (`Limits.lineBudgetSeconds`).
  public var deadline: UInt64?

  /// Whether the work's deadline has passed. Time only moves forward: once this is true it
  /// stays true, so a check after the work sees any stop made during it.
  public var isPastDeadline: Bool {
    deadline.map { DispatchTime.now().uptimeNanoseconds > $0 } ?? false
  }

  /// Throws ``MatchError/overBudget`` once the deadline has passed.
  public func checkDeadline() throws(MatchError) {
    if isPastDeadline { throw .overBudget }
  }

  /// Creates options.
  public init(
    k: Int = 10, day: Day, threads: Int = 1, useIndex: Bool = true, horizonDays: Int? = nil
  ) {
    (self.k, self.day, self.threads, self.useIndex, self.horizonDays) = (
      k, day, threads, useIndex, horizonDays
    )
  }
}

/// One entry of a shortlist or candidate list.
public struct Match: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// The place.
  public var placeID: PlaceID
  /// The score in millionths of a point: lists order by it exactly, then by id.
  public var scoreMillionths: Int64
  /// Estimated one-way travel minutes by the person's transport mode.
  public var travelMinutes: Double
  /// How many assessment points an officer must judge.
  public var assessmentPoints: Int
  /// The day the place opens, when that is after the day asked for.
  public var opensOn: Day?
  /// The day the person is available, when that is after the day asked for.
  public var availableFrom: Day?
  /// Points the placement policy took off because the place is internal and the person's
  /// target group puts other places first (``PlacementRule/internalMargin``), in millionths;
  /// 0 when it did not apply.
  public var placementMarginMillionths: Int64 = 0

  /// The score, 0–100.
  public var score: Double { Double(scoreMillionths) / 1_000_000 }
}

/// The best matches of one query, best first (score descending, then id ascending).
public struct Shortlist: Hashable, Sendable {
  /// The matches, at most `k`.
  public var matches: [Match]
  /// Pairs the scorer evaluated; the rest were pruned by the index without being read.
  public var evaluated: Int
  /// Records on the other side (places for a shortlist, participants for candidates).
  public var total: Int
  /// For a candidate list: the place has no free slot, and the matches are who would fit
  /// when one opens.
  public var placeIsFull = false

  /// Creates a list (for lists ordered by other means than the engine's, such as spread
  /// shortlists).
  public init(matches: [Match], evaluated: Int, total: Int, placeIsFull: Bool = false) {
    (self.matches, self.evaluated, self.total, self.placeIsFull) = (
      matches, evaluated, total, placeIsFull
    )
  }
}

/// Why the engine refused a request.
public enum MatchError: Error, Hashable, Sendable {
  /// No participant with this id.
  case unknownParticipant(ParticipantID)
  /// No place with this id.
  case unknownPlace(PlaceID)
  /// No placement with this id.
  case unknownPlacement(PlacementID)
  /// A participant or place (its id) is not removed: these placements refer to it.
  case hasPlacements(String, [PlacementID])
  /// Records with problems; nothing was changed.
  case invalidRecords([RecordProblems])
  /// The policy has problems.
  case invalidPolicy([ModelProblem])
  /// The taxonomy has problems.
  case invalidTaxonomy([ModelProblem])
  /// A query option out of range.
  case invalidOption(String)
  /// A filter names a sector or municipality the taxonomy does not have, or a travel limit
  /// out of range; paths as in ``PlaceFilter/parse(sectors:employerKinds:learningOnly:maxTravelMinutes:taxonomy:)``.
  case invalidFilter([ModelProblem])
  /// The work ran past its deadline (``QueryOptions/deadline``) and was stopped: nothing of
  /// it is an answer.
  case overBudget
}

/// The problems of one record in a batch.
public struct RecordProblems: Hashable, Sendable {
  /// The record's position in the batch, from 0.
  public var index: Int
  /// The record's id.
  public var id: String
  /// Its problems, with field paths.
  public var problems: [ModelProblem]

  /// Creates an entry.
  public init(index: Int, id: String, problems: [ModelProblem]) {
    (self.index, self.id, self.problems) = (index, id, problems)
  }
}
