/// What the results need of a person: where they live and their target group, as their
/// record says now (not as it was when a placement began).
public struct OutcomeSubject: Hashable, Sendable {
  /// The municipality the person lives in.
  public var municipality: MunicipalityID
  /// The person's target group.
  public var targetGroup: TargetGroup
  /// The day the person registered, if known (``Participant/registeredOn``).
  public var registeredOn: Day?

  /// Creates a subject.
  public init(municipality: MunicipalityID, targetGroup: TargetGroup, registeredOn: Day? = nil) {
    (self.municipality, self.targetGroup, self.registeredOn) = (
      municipality, targetGroup, registeredOn
    )
  }

  /// The subject of `person`.
  public init(_ person: Participant) {
    self.init(
      municipality: person.municipality, targetGroup: person.targetGroup,
      registeredOn: person.registeredOn)
  }
}

extension Cohort {
  /// Whether the subject of a placement belongs to the cohort.
  public func contains(_ subject: OutcomeSubject) -> Bool {
    (municipalities.isEmpty || municipalities.contains(subject.municipality))
      && (targetGroups.isEmpty || targetGroups.contains(subject.targetGroup))
  }
}

/// The placements of a dataset with what the results need of their people and places:
/// the input of every indicator (Outcomes.md).
///
/// Results are for monitoring and accountability: nothing here is an input to anyone's score.
public struct PlacementHistory: Sendable {
  /// Each person's subject.
  let subjects: [ParticipantID: OutcomeSubject]
  /// Each place's kind of employer.
  let kinds: [PlaceID: EmployerKind]
  /// The SROI places (``Place/sroi``).
  let sroiPlaces: Set<PlaceID>
  /// Each person's placements by start (then id).
  let byPerson: [ParticipantID: [Placement]]
  /// The people with placements, in id order (so that every count is made in one order).
  let people: [ParticipantID]

  /// The history of `placements`, whose people and places are among `participants` and
  /// `places` (placements of others are left out: a validated dataset has none).
  public init(participants: [Participant], places: [Place], placements: [Placement]) {
    var subjects: [ParticipantID: OutcomeSubject] = [:]
    for person in participants { subjects[person.id] = OutcomeSubject(person) }
    var kinds: [PlaceID: EmployerKind] = [:]
    for place in places { kinds[place.id] = place.employerKind }
    self.init(
      subjects: subjects, kinds: kinds, placements: placements,
      sroiPlaces: Set(places.filter(\.sroi).map(\.id)))
  }

  /// The history of `placements`, with each person's subject and each place's kind of
  /// employer (what a loader keeps of a dataset's records; placements of others are left
  /// out).
  public init(
    subjects: [ParticipantID: OutcomeSubject], kinds: [PlaceID: EmployerKind],
    placements: [Placement], sroiPlaces: Set<PlaceID> = []
  ) {
    self.sroiPlaces = sroiPlaces
    var byPerson: [ParticipantID: [Placement]] = [:]
    for placement in placements
    where subjects[placement.participant] != nil && kinds[placement.place] != nil {
      byPerson[placement.participant, default: []].append(placement)
    }
    for key in byPerson.keys {
      byPerson[key]!.sort { ($0.start, $0.id.rawValue) < ($1.start, $1.id.rawValue) }
    }
    (self.subjects, self.kinds, self.byPerson) = (subjects, kinds, byPerson)
    people = byPerson.keys.sorted { $0.rawValue < $1.rawValue }
  }

  /// The number of placements held.
  public var placementCount: Int { byPerson.values.reduce(0) { $0 + $1.count } }

  /// The placements counted as of `asOf`: those of people in `cohort` that started on or
  /// before it, with an end after it taken away (still running as far as anyone knew then),
  /// each person's by start.
  func known(asOf: Day, cohort: Cohort) -> [(OutcomeSubject, [Placement])] {
    people.compactMap { person in
      guard let subject = subjects[person], cohort.contains(subject) else { return nil }
      let seen = byPerson[person]!.filter { $0.start <= asOf }.map { placement in
        var placement = placement
        if let end = placement.end, end > asOf {
          (placement.end, placement.endReason, placement.earned) = (nil, nil, nil)
        }
        return placement
      }
      return seen.isEmpty ? nil : (subject, seen)
    }
  }

  /// The kind of employer of a placement's place.
  func kind(_ placement: Placement) -> EmployerKind { kinds[placement.place]! }

  /// Whether a placement's place is an SROI place.
  func isSROI(_ placement: Placement) -> Bool { sroiPlaces.contains(placement.place) }
}
