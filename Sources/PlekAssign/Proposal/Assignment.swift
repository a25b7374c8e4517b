import PlekCore

/// A regional placement proposal: each person at most one place, no place over its free
/// slots, only pairs that fit; as many people placed as possible, then the highest total
/// score; proven optimal by a ``PriceCertificate``.
///
/// A proposal is advice. An officer decides, with the person and the employer.
public struct Assignment: Sendable {
  /// The day the proposal was made for (availability and opening dates count up to it plus
  /// the planning horizon).
  public var day: Day
  /// Every person in the proposal, ascending.
  public var participantIDs: [ParticipantID]
  /// The proposed placements, by person id.
  public var placements: [ProposedPlacement]
  /// The people not placed, by id, and why.
  public var unplaced: [Unplaced]
  /// Every place in the proposal, ascending: who was proposed, how many more fitted, its
  /// price.
  public var places: [PlaceOutcome]
  /// The proof of optimality.
  public var certificate: PriceCertificate
  /// Whether the certificate was checked and holds over every fit (the fits read, and for
  /// the fits left out of a row, the bound of what they score).
  public var proven: Bool
  /// How the proposal was computed.
  public var work: AssignmentWork

  /// The number of people placed: the largest number any proposal can place.
  public var placedCount: Int { placements.count }
}

/// One proposed placement.
public struct ProposedPlacement: Hashable, Sendable {
  /// The person.
  public var participantID: ParticipantID
  /// The place.
  public var placeID: PlaceID
  /// The pair's score, in millionths of a point.
  public var scoreMillionths: Int64
  /// The place in the person's own shortlist order (1 = their best fit).
  public var rank: Int
}

/// A person the proposal does not place, and why.
public struct Unplaced: Hashable, Sendable {
  /// The person.
  public var participantID: ParticipantID
  /// Why.
  public var reason: UnplacedReason
}

/// Why a person is not placed.
public enum UnplacedReason: Hashable, Sendable {
  /// They fit no place on the day: the `advice` method says what would open one.
  case noFit
  /// Every place they fit went to others: their best fits (at most five), each with its free
  /// slots and how many people fit it.
  case taken([TakenPlace])
}

/// A full place one unplaced person fits.
public struct TakenPlace: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The person's score there, in millionths.
  public var scoreMillionths: Int64
  /// Its free slots, all proposed to others.
  public var freeSlots: Int
  /// The people who fit it (see ``PlaceOutcome/fittedBy``).
  public var fittedBy: Int
}

/// One place's outcome.
public struct PlaceOutcome: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// Its free slots.
  public var freeSlots: Int
  /// The people proposed, ascending.
  public var proposed: [ParticipantID]
  /// The people in the proposal who fit it, the proposed included (counted over the fits the
  /// proposal looked at: see ``AssignmentWork/fitsPerPerson``).
  public var fittedBy: Int
  /// Its price in the certificate, in weight units (millionths; the placement weight
  /// included when it is that high).
  public var price: Int64
}

/// How a proposal was computed, for the record and for benchmarks.
public struct AssignmentWork: Hashable, Sendable {
  /// The fits first taken per person (their best, by score).
  public var fitsPerPerson: Int
  /// The fits in the final graph.
  public var fits: Int
  /// The people whose every fit was read because the fits read before could not prove their
  /// place best (people read deeper, but not to the end, are not counted).
  public var peopleWithAllFits: Int
  /// Times the graph was solved (1, or more when fits read later changed the solution).
  public var solves: Int
  /// Of those, the solves from scratch after many people's fits changed at once (the others
  /// re-added the changed people one by one).
  public var solvesFromScratch = 0
  /// Shortest-path searches, and places they finished, over all solves.
  public var searches: Int
  public var placesFinished: Int
  /// Seconds spent: building the graph, solving, completing and checking the certificate.
  public var graphSeconds: Double
  public var solveSeconds: Double
  public var certificateSeconds: Double
}

/// Which people and places a proposal covers.
public struct AssignmentScope: Hashable, Sendable {
  /// The people: by municipality and target group.
  public var cohort: Cohort
  /// The places: by sector and employer kind (the other fields of the filter apply too).
  public var places: PlaceFilter
  /// When given, only these people.
  public var participantIDs: [ParticipantID]?
  /// When given, only these places.
  public var placeIDs: [PlaceID]?
  /// Whether people with a placement running on the day take part. The default scope is
  /// everybody; a proposal (`plek assign`, the service's `assign`) leaves them out unless
  /// asked: they hold a place already (an officer who plans a move asks for them).
  public var includePlaced: Bool

  /// Creates a scope; the default is every stored person and place.
  public init(
    cohort: Cohort = Cohort(), places: PlaceFilter = PlaceFilter(),
    participantIDs: [ParticipantID]? = nil, placeIDs: [PlaceID]? = nil,
    includePlaced: Bool = true
  ) {
    (self.cohort, self.places, self.participantIDs, self.placeIDs) = (
      cohort, places, participantIDs, placeIDs
    )
    self.includePlaced = includePlaced
  }

  /// Whether `person` is among the scope's people on `day` (by cohort, ids and, unless
  /// ``includePlaced``, without a running placement in `placements`).
  public func contains(_ person: Participant, on day: Day, placements: PlacementLedger) -> Bool {
    cohort.contains(person) && (participantIDs?.contains(person.id) ?? true)
      && (includePlaced || !placements.isPlaced(person.id, on: day))
  }
}
