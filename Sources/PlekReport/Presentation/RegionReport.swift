import PlekAssign
import PlekCore

/// The region at a glance, for the SOB's management and the municipalities' planning and
/// control cycle: the figures of `plek report` (HTML or JSON) and the service's `report`.
///
/// Aggregates only: no person's id, no profile value. Every count is a ``GroupCount``
/// (below 5 withheld, shown as "< 5"), and a share is given only when both its counts are
/// shown. The same data and day give the same figures.
public struct RegionReport: Sendable {
  /// The day the report is for.
  public var day: Day
  /// The dataset's size.
  public var participants: Int
  public var places: Int
  /// The policy in force.
  public var policy: Policy

  // 1. Caseload and places
  public var municipalities: [MunicipalityFigures]
  public var peopleByTargetGroup: [(group: TargetGroup, people: GroupCount)]
  public var placesByKind: [(kind: EmployerKind, places: GroupCount, freeSlots: GroupCount)]
  public var placesBySector: [(sector: SectorID, places: GroupCount, freeSlots: GroupCount)]

  // 2. Fit per target group
  public var fit: [GroupFit]
  /// The lower bounds of the best-score bands (points): 0, 40, 60, 80.
  public static let scoreBands = [0, 40, 60, 80]

  // 3. Development
  public var development: DisclosedRegionAdvice

  /// The kind a step is counted under: one per competency, else one per code (the rungs of
  /// travel, hours or planning ahead are one kind).
  static func kind(of step: AdviceStep) -> String {
    if case .competency(let id, _) = step { return "competency:" + id.rawValue }
    return step.code
  }

  /// The steps that open places for the most people, one per kind of step (its rung for the
  /// most people; one per competency), at most 10.
  public var developmentSteps: [DisclosedRegionStep] {
    var seen = Set<String>()
    var steps: [DisclosedRegionStep] = []
    for step in development.steps.sorted(by: { $0.people > $1.people })
    where seen.insert(Self.kind(of: step.step)).inserted {
      steps.append(step)
      if steps.count == 10 { break }
    }
    return steps
  }
  public var learningPlaces: GroupCount
  public var learningSlots: GroupCount
  public var learningSlotsProposed: GroupCount

  // 4. The placement proposal
  public var proposalByGroup: [(group: TargetGroup, people: GroupCount, placed: GroupCount)]
  public var proposalByKind: [(kind: EmployerKind, placed: GroupCount)]
  public var placed: GroupCount
  public var proposedInternal: GroupCount
  /// People proposed an internal place who also fit a regular one (among the fits the
  /// proposal read).
  public var internalWithRegularFit: GroupCount

  // 5. Congestion
  public var congestion: CongestionReport
  /// The Lorenz curve of how often each place that fits someone is on a plain list: the
  /// share of appearances held by the least-listed 0%, 10%, …, 100% of places.
  public var lorenz: [Double]
  public var placesNobodyFits: GroupCount
  /// What keeps people out of the places nobody fits, most places first.
  public var nobodyFitsBlockers: [(blocker: Blocker, places: GroupCount)]
}

/// One municipality's caseload and places.
public struct MunicipalityFigures: Hashable, Sendable {
  public var id: MunicipalityID
  public var name: String
  public var centre: GeoPoint
  public var people: GroupCount
  /// People per target group living here, in target-group order (every group of the region).
  public var targetGroups: [GroupCount]
  public var places: GroupCount
  public var freeSlots: GroupCount
}

/// One target group's fit.
public struct GroupFit: Sendable {
  public var group: TargetGroup
  public var people: GroupCount
  public var withFit: GroupCount
  /// People whose best score is in each band of ``RegionReport/scoreBands``.
  public var bestScoreBands: [GroupCount]
  /// For people without a fit: the kind of knock-out whose removal opens the most places for
  /// them (their advice's first step that opens any), counted per ``Blocker``, most people
  /// first, at most 3.
  public var commonKnockOuts: [(blocker: Blocker, people: GroupCount)]

  /// The share with a fit, when both counts are shown.
  public var fitShare: Double? {
    guard let people = people.shown, let fit = withFit.shown, people > 0 else { return nil }
    return Double(fit) / Double(people)
  }
}

extension RegionReport {
  /// A table of counts as an aggregate may show it: every count below 5 withheld, and then,
  /// as long as a row or a column holds exactly one withheld count (which its shown total
  /// would give away), its smallest shown count withheld too (complementary suppression).
  static func withheldComplementarily(_ counts: [[Int]]) -> [[GroupCount]] {
    var hidden = counts.map { $0.map { $0 < GroupCount.smallestShown } }
    let rows = counts.count
    let columns = counts.first?.count ?? 0
    var changed = true
    while changed {
      changed = false
      func hideSmallest(_ cells: [(Int, Int)]) {
        let open = cells.filter { !hidden[$0.0][$0.1] }
        guard cells.filter({ hidden[$0.0][$0.1] }).count == 1,
          let smallest = open.min(by: { counts[$0.0][$0.1] < counts[$1.0][$1.1] })
        else { return }
        hidden[smallest.0][smallest.1] = true
        changed = true
      }
      for row in 0..<rows { hideSmallest((0..<columns).map { (row, $0) }) }
      for column in 0..<columns { hideSmallest((0..<rows).map { ($0, column) }) }
    }
    return counts.indices.map { row in
      counts[row].indices.map { column in
        hidden[row][column] ? .fewerThan(GroupCount.smallestShown) : .exact(counts[row][column])
      }
    }
  }
}

extension Presenter {
  /// The region report for `day`: the proposal, the congestion report and the region's
  /// advice worked out on the engine, then added up.
  ///
  /// - Complexity: a proposal and a congestion report (see PlekAssign), the region's advice
  ///   (``MatchEngine/regionAdvice(cohort:options:)``), and the advice of each person without
  ///   a fit.
  public func regionReport(_ engine: MatchEngine, options: QueryOptions) throws(MatchError)
    -> RegionReport
  {
    let people = engine.participantIDs.compactMap { engine.participant($0) }
    let places = engine.placeIDs.compactMap { engine.place($0) }
    let session = try AssignmentSession(engine: engine, options: options)
    let proposal = session.proposal()
    let region = try engine.regionAdvice(options: options)
    let congestion = try session.congestion(
      in: engine, depth: CompetitionIndex.standardDepth,
      placesNobodyFits: Set(region.placesNobodyFits.map(\.placeID)))

    // 1. Caseload and places.
    var peopleIn: [MunicipalityID: Int] = [:]
    for person in people { peopleIn[person.municipality, default: 0] += 1 }
    var placesIn: [MunicipalityID: (places: Int, slots: Int)] = [:]
    let nearest = { (point: GeoPoint) -> MunicipalityID? in
      engine.taxonomy.region.municipalities.min {
        $0.centre.distanceKilometres(to: point) < $1.centre.distanceKilometres(to: point)
      }?.id
    }
    for place in places {
      if let municipality = nearest(place.location) {
        placesIn[municipality, default: (0, 0)].places += 1
        placesIn[municipality, default: (0, 0)].slots += place.freeSlots
      }
    }
    var byGroup: [TargetGroup: [Participant]] = [:]
    for person in people { byGroup[person.targetGroup, default: []].append(person) }
    let groups = TargetGroup.allCases.filter { byGroup[$0] != nil }
    // People per municipality and target group, with the complementary cells withheld that
    // would let a withheld one be worked out from the totals.
    let cells = RegionReport.withheldComplementarily(
      engine.taxonomy.region.municipalities.map { municipality in
        groups.map { group in
          byGroup[group]!.filter { $0.municipality == municipality.id }.count
        }
      })
    let municipalities = engine.taxonomy.region.municipalities.enumerated().map {
      index, municipality in
      MunicipalityFigures(
        id: municipality.id, name: municipality.name, centre: municipality.centre,
        people: GroupCount(suppressing: peopleIn[municipality.id] ?? 0),
        targetGroups: cells[index],
        places: GroupCount(suppressing: placesIn[municipality.id]?.places ?? 0),
        freeSlots: GroupCount(suppressing: placesIn[municipality.id]?.slots ?? 0))
    }
    var byKind: [EmployerKind: (places: Int, slots: Int)] = [:]
    var bySector: [SectorID: (places: Int, slots: Int)] = [:]
    for place in places {
      byKind[place.employerKind, default: (0, 0)].places += 1
      byKind[place.employerKind, default: (0, 0)].slots += place.freeSlots
      if let sector = place.sectors.first {
        bySector[sector, default: (0, 0)].places += 1
        bySector[sector, default: (0, 0)].slots += place.freeSlots
      }
    }

    // 2. Fit: the best score of each person, from the proposal's rows (best first).
    var best: [ParticipantID: Int64] = [:]
    var fitting = Set<ParticipantID>()
    for id in proposal.participantIDs {
      if let score = session.bestScore(of: id) {
        best[id] = score
        fitting.insert(id)
      }
    }
    // For each person without a fit, the kind of knock-out whose removal opens the most
    // places for them: the first step of their advice (the fast path, on all cores).
    let unfit = people.filter { best[$0.id] == nil }
    let firstSteps = Parallel.map(unfit.count, chunkSize: 8) { range in
      range.map { index -> Blocker? in
        let advice = try? engine.advice(for: unfit[index].id, options: options)
        return advice?.steps.first { $0.opens > 0 && $0.step.blocker != nil }?.step.blocker
      }
    }
    var topReason: [ParticipantID: Blocker] = [:]
    for (person, blocker) in zip(unfit, firstSteps) {
      if let blocker { topReason[person.id] = blocker }
    }
    let fit = groups.map { group -> GroupFit in
      let members = byGroup[group]!
      var bands = [Int](repeating: 0, count: RegionReport.scoreBands.count)
      var knockOuts: [Blocker: Int] = [:]
      for person in members {
        if let score = best[person.id] {
          let points = Int(score / 1_000_000)
          let band = RegionReport.scoreBands.lastIndex { points >= $0 } ?? 0
          bands[band] += 1
        } else if let blocker = topReason[person.id] {
          knockOuts[blocker, default: 0] += 1
        }
      }
      return GroupFit(
        group: group, people: GroupCount(suppressing: members.count),
        withFit: GroupCount(suppressing: members.filter { fitting.contains($0.id) }.count),
        bestScoreBands: bands.map { GroupCount(suppressing: $0) },
        commonKnockOuts: knockOuts.sorted {
          $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue)
        }
        .prefix(3).map { ($0.key, GroupCount(suppressing: $0.value)) })
    }

    // 3. Development: learning-work places and how full the proposal makes them.
    let learning = places.filter { $0.learningOffer != nil }
    let learningIDs = Set(learning.map(\.id))
    let proposedLearning = proposal.placements.filter { learningIDs.contains($0.placeID) }.count

    // 4. The proposal.
    var placedBy: [TargetGroup: Int] = [:]
    var placedKind: [EmployerKind: Int] = [:]
    var internalPlaced = 0
    var internalWithRegular = 0
    let kindOf = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.employerKind) })
    let groupOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.targetGroup) })
    for placement in proposal.placements {
      placedBy[groupOf[placement.participantID]!, default: 0] += 1
      let kind = kindOf[placement.placeID]!
      placedKind[kind, default: 0] += 1
      if kind == .internal {
        internalPlaced += 1
        if session.fits(placement.participantID).contains(where: { kindOf[$0] == .regular }) {
          internalWithRegular += 1
        }
      }
    }

    // 5. Congestion: the Lorenz curve of plain-list appearances.
    let counts = congestion.plain.appearances
    let total = max(1, counts.reduce(0, +))
    let lorenz = (0...10).map { decile -> Double in
      let prefix = counts.prefix(counts.count * decile / 10).reduce(0, +)
      return Double(prefix) / Double(total)
    }
    var blockers: [Blocker: Int] = [:]
    for place in region.placesNobodyFits {
      for blocker in place.blockers { blockers[blocker.blocker, default: 0] += 1 }
    }

    return RegionReport(
      day: options.day, participants: people.count, places: places.count, policy: engine.policy,
      municipalities: municipalities,
      peopleByTargetGroup: groups.map { ($0, GroupCount(suppressing: byGroup[$0]!.count)) },
      placesByKind: EmployerKind.allCases.map {
        (
          $0, GroupCount(suppressing: byKind[$0]?.places ?? 0),
          GroupCount(suppressing: byKind[$0]?.slots ?? 0)
        )
      },
      placesBySector: engine.taxonomy.sectors.map(\.id).filter { bySector[$0] != nil }.map {
        (
          $0, GroupCount(suppressing: bySector[$0]!.places),
          GroupCount(suppressing: bySector[$0]!.slots)
        )
      },
      fit: fit, development: region.disclosed(cohort: Cohort()),
      learningPlaces: GroupCount(suppressing: learning.count),
      learningSlots: GroupCount(suppressing: learning.reduce(0) { $0 + $1.freeSlots }),
      learningSlotsProposed: GroupCount(suppressing: proposedLearning),
      proposalByGroup: groups.map {
        (
          $0, GroupCount(suppressing: byGroup[$0]!.count),
          GroupCount(suppressing: placedBy[$0] ?? 0)
        )
      },
      proposalByKind: EmployerKind.allCases.map {
        ($0, GroupCount(suppressing: placedKind[$0] ?? 0))
      },
      placed: GroupCount(suppressing: proposal.placedCount),
      proposedInternal: GroupCount(suppressing: internalPlaced),
      internalWithRegularFit: GroupCount(suppressing: internalWithRegular),
      congestion: congestion, lorenz: lorenz,
      placesNobodyFits: GroupCount(suppressing: region.placesNobodyFits.count),
      nobodyFitsBlockers: blockers.sorted {
        $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue)
      }.map { ($0.key, GroupCount(suppressing: $0.value)) })
  }
}
