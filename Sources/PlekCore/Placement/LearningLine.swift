/// A competency level a learning-work route earned above what the person's record holds:
/// the learning line of issue 26. The scorer reads the person's competencies with these
/// levels in (``Participant/heldCompetencies``); the record keeps what was given, and this
/// says where the rest came from.
public struct EarnedCompetency: Hashable, Sendable {
  /// The competency at the level reached.
  public var competency: CompetencyEntry
  /// The level the person's record gives (`nil`: not held).
  public var onRecord: CompetencyLevel?
  /// The placement (a route ended with a certificate or praktijkverklaring) that earned it.
  public var placement: PlacementID
  /// Its place.
  public var place: PlaceID
  /// Its last day.
  public var end: Day
  /// Whether the route ended with a certificate (else with a praktijkverklaring).
  public var certificate: Bool

  /// Creates an earned level.
  public init(
    competency: CompetencyEntry, onRecord: CompetencyLevel?, placement: PlacementID,
    place: PlaceID, end: Day, certificate: Bool
  ) {
    (self.competency, self.onRecord, self.placement) = (competency, onRecord, placement)
    (self.place, self.end, self.certificate) = (place, end, certificate)
  }
}

/// The pace a person reached on their learning-work routes, beside the pace on file: never
/// written over it (an officer decides).
public struct PaceReached: Hashable, Sendable {
  /// The routes counted (ended with a certificate or praktijkverklaring, levels gained).
  public var routes: [PlacementID]
  /// Their length in months, start to end day inclusive, at 30.4375 days a month.
  public var months: Double
  /// The levels they raised above the record's (``EarnedCompetency``).
  public var levels: Int
  /// The pace whose months per level (``Policy/monthsPerLevel``) is nearest to
  /// `months / levels`; a tie goes to the slower.
  public var pace: DevelopmentPace
  /// The pace on the person's record.
  public var onFile: DevelopmentPace

  /// Months per level gained.
  public var monthsPerLevel: Double { months / Double(levels) }
}

extension Placement {
  /// Whether the placement ended with a certificate or praktijkverklaring that names
  /// competency levels: a route whose levels count for the person (``EarnedCompetency``).
  public var earnedLevels: Bool {
    guard end != nil, let earned else { return false }
    return (earned.certificate || earned.praktijkverklaring) && !earned.competencies.isEmpty
  }
}

extension Participant {
  /// The competencies the scorer reads: the record's, each raised to the level a learning
  /// route earned (``earned``), and those earned that the record does not list, in the
  /// order earned. Without earned levels, the record's own.
  public var heldCompetencies: [CompetencyEntry] {
    guard !earned.isEmpty else { return competencies }
    var held = competencies
    for entry in earned {
      if let index = held.firstIndex(where: { $0.id == entry.competency.id }) {
        held[index].level = max(held[index].level, entry.competency.level)
      } else {
        held.append(entry.competency)
      }
    }
    return held
  }
}

extension MatchEngine {
  /// The person with the levels their learning routes earned (``Participant/earned``): for
  /// each competency, the highest level reached on a route that ended with a certificate
  /// or praktijkverklaring, where it is above the record's (ties: the later end, then the
  /// lower placement id). From the day the end is recorded; removing or changing the
  /// placement takes it back.
  ///
  /// - Complexity: O(m + c log c) for the person's m placements and c levels earned.
  func derivingEarned(_ person: Participant) -> Participant {
    var person = person
    var best: [CompetencyID: EarnedCompetency] = [:]
    for placement in placements.placements(of: person.id) where placement.earnedLevels {
      let result = placement.earned!
      for entry in result.competencies {
        let onRecord = person.competencies.level(of: entry.id)
        guard onRecord.map({ entry.level > $0 }) ?? true else { continue }
        let candidate = EarnedCompetency(
          competency: entry, onRecord: onRecord, placement: placement.id, place: placement.place,
          end: placement.end!, certificate: result.certificate)
        if let held = best[entry.id],
          (held.competency.level, held.end, candidate.placement)
            >= (entry.level, candidate.end, held.placement)
        {
          continue
        }
        best[entry.id] = candidate
      }
    }
    person.earned = best.values.sorted {
      ($0.end, $0.competency.id.rawValue) < ($1.end, $1.competency.id.rawValue)
    }
    return person
  }

  /// The pace a stored `person` reached on their learning routes (``PaceReached``), from the
  /// levels the engine derived (``Participant/earned``), or `nil` when no route raised a level
  /// above the record's.
  public func paceReached(of person: Participant) -> PaceReached? {
    let earned = person.earned
    let routes = Set(earned.map(\.placement))
    guard !routes.isEmpty else { return nil }
    let levels = earned.reduce(0) {
      $0 + Int($1.competency.level.rawValue) - Int($1.onRecord?.rawValue ?? 0)
    }
    let days = routes.compactMap { placements.placement($0) }.reduce(0) {
      $0 + Int($1.end!.daysSinceEpoch - $1.start.daysSinceEpoch) + 1
    }
    let months = Double(days) / 30.4375
    let perLevel = months / Double(levels)
    let pace = DevelopmentPace.allCases.min {
      abs(Double(policy.monthsPerLevel[$0]) - perLevel)
        < abs(Double(policy.monthsPerLevel[$1]) - perLevel)
    }!
    return PaceReached(
      routes: routes.sorted(), months: months, levels: levels, pace: pace,
      onFile: person.developmentPace)
  }

  /// Stores again the people among `ids` whose earned levels changed, after their
  /// placements did.
  mutating func refreshEarned<People: Sequence<ParticipantID>>(of ids: People) {
    for id in Set(ids) {
      guard let person = participant(id) else { continue }
      let derived = derivingEarned(person)
      if derived != person { store(derived) }
    }
  }
}

extension Participant {
  /// The person as the engine stores it (``EngineRecord``): the levels earned derived.
  static func prepared(_ person: Participant, in engine: MatchEngine) -> Participant {
    engine.derivingEarned(person)
  }
}
