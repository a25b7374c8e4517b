import PlekAssign
import PlekCore

/// The region at a glance, for the SOB's management and the municipalities' planning and
/// control cycle: the figures of `plek report` (HTML or JSON) and the service's `report`.
///
/// Aggregates only: no person's id, no profile value. Every count is a ``GroupCount``, and
/// all the report's counts are protected together (``CountTables``): no group of 1–4 people
/// (or places) is shown, or can be worked out or narrowed below 5 from everything the report
/// shows. A share is given only when both its counts are shown. The same data and day give
/// the same figures.
public struct RegionReport: Sendable {
  /// The day the report is for.
  public var day: Day
  /// The dataset's size.
  public var participants: GroupCount
  public var places: GroupCount
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

  /// The steps of the report out of the region's (most people first): one per kind of step
  /// (its rung for the most people; one per competency), at most 10.
  static func reportSteps(_ steps: [RegionStep]) -> [RegionStep] {
    var seen = Set<String>()
    return Array(steps.filter { seen.insert(kind(of: $0.step)).inserted }.prefix(10))
  }

  /// The steps that open places for the most people (``reportSteps(_:)``), steps whose
  /// count is withheld after the others.
  public var developmentSteps: [DisclosedRegionStep] { development.steps }
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
  public var congestion: CongestionPresentation
  /// The Lorenz curve of how often each place that fits someone is on a plain list: the
  /// share of appearances held by the least-listed 0%, 10%, …, 100% of places.
  public var lorenz: [Double]
  public var placesNobodyFits: GroupCount
  /// The places nobody fits, each counted once under what keeps the most people out of it
  /// (the kind of step that alone lets the most people in), most places first, then the
  /// places no single step opens to anybody: the rows add up to ``placesNobodyFits``.
  public var nobodyFitsBlockers: [(blocker: Blocker, places: GroupCount)]
  /// Places nobody fits that no single step opens to anybody.
  public var nobodyFitsWithoutStep: GroupCount
  /// The results (*Resultaten*): the placements of the eight quarters up to the day, per
  /// quarter and per municipality; `nil` when the data holds no placements.
  public var results: OutcomesPresentation? = nil
}

/// One municipality's caseload and places.
public struct MunicipalityFigures: Hashable, Sendable {
  public var id: MunicipalityID
  public var name: String
  public var centre: GeoPoint
  public var people: GroupCount
  /// People per target group living here, in target-group order (every group of the region).
  public var targetGroups: [GroupCount]
  /// Places whose location is nearer this municipality's centre than any other's (the
  /// dataset gives places a location, not a municipality), and their free slots.
  public var places: GroupCount
  public var freeSlots: GroupCount
}

/// One target group's fit.
public struct GroupFit: Sendable {
  public var group: TargetGroup
  public var people: GroupCount
  public var withFit: GroupCount
  /// People whose best score is in each band of ``RegionReport/scoreBands``: they add up to
  /// ``withFit``.
  public var bestScoreBands: [GroupCount]
  /// For people without a fit: the kind of knock-out whose removal opens the most places for
  /// them (their advice's first step that opens any), counted per ``Blocker``, most people
  /// first, at most 3, each kind of at least 5 people.
  public var commonKnockOuts: [(blocker: Blocker, people: GroupCount)]
  /// People without a fit whose first step is of another kind (a load-capacity assessment,
  /// or a kind not among those listed).
  public var otherFirstSteps: GroupCount
  /// People without a fit for whom no single step opens a place. With
  /// ``commonKnockOuts`` and ``otherFirstSteps`` these are every person of the group
  /// without a fit.
  public var withoutStep: GroupCount

  /// The share with a fit, when both counts are shown.
  public var fitShare: Double? { GroupCount.share(withFit, of: people) }
}

extension Presenter {
  /// The region report for `day`: the proposal, the congestion report and the region's
  /// advice worked out on the engine, then added up and protected.
  ///
  /// - Complexity: a proposal and a congestion report (see PlekAssign), the region's advice
  ///   (``MatchEngine/regionAdvice(cohort:options:)``), the advice of each person without
  ///   a fit, and the protection of the counts (small linear programs, ``CountTables``).
  public func regionReport(_ engine: MatchEngine, options: QueryOptions) throws(MatchError)
    -> RegionReport
  {
    let figures = try RegionFigures(engine, options: options)
    let report = CountTables.protected(deadline: options.deadline) { figures.report(in: &$0) }
    try options.checkDeadline()
    return report
  }
}

/// The report's figures before protection: every count as the data gives it.
struct RegionFigures {
  var day: Day
  var policy: Policy
  var people: [Participant]
  var places: [Place]
  var municipalities: [Municipality]
  var groups: [TargetGroup]
  var sectors: [SectorID]
  /// The municipality each place is counted under (the nearest centre).
  var municipalityOf: [PlaceID: MunicipalityID]
  /// The best score of each person with a fit.
  var best: [ParticipantID: Int64]
  /// For each person without a fit: their advice's first step that opens a place.
  var firstStep: [ParticipantID: AdviceStep]
  var region: RegionAdvice
  var proposal: Assignment
  /// People proposed an internal place who also fit a regular one.
  var internalWithRegular: Int
  var congestion: CongestionReport

  init(_ engine: MatchEngine, options: QueryOptions) throws(MatchError) {
    day = options.day
    policy = engine.policy
    people = engine.participantIDs.compactMap { engine.participant($0) }
    places = engine.placeIDs.compactMap { engine.place($0) }
    municipalities = engine.taxonomy.region.municipalities
    sectors = engine.taxonomy.sectors.map(\.id)
    let present = Set(people.map(\.targetGroup))
    groups = TargetGroup.allCases.filter(present.contains)
    let session = try AssignmentSession(engine: engine, options: options)
    proposal = session.proposal()
    region = try engine.regionAdvice(options: options)
    congestion = try session.congestion(
      in: engine, depth: CompetitionIndex.standardDepth,
      placesNobodyFits: Set(region.placesNobodyFits.map(\.placeID)))
    var municipalityOf: [PlaceID: MunicipalityID] = [:]
    for place in places {
      municipalityOf[place.id] =
        municipalities.min {
          $0.centre.distanceKilometres(to: place.location)
            < $1.centre.distanceKilometres(to: place.location)
        }?.id
    }
    self.municipalityOf = municipalityOf
    var best: [ParticipantID: Int64] = [:]
    for id in proposal.participantIDs {
      if let score = session.bestScore(of: id) { best[id] = score }
    }
    self.best = best
    // For each person without a fit, the first step of their advice that opens a place (the
    // fast path, on all cores).
    let unfit = people.filter { best[$0.id] == nil }
    let steps = Parallel.map(unfit.count, chunkSize: 8) { range in
      range.map { index -> AdviceStep? in
        let advice = try? engine.advice(for: unfit[index].id, options: options)
        return advice?.steps.first { $0.opens > 0 }?.step
      }
    }
    var firstStep: [ParticipantID: AdviceStep] = [:]
    for (person, step) in zip(unfit, steps) {
      if let step { firstStep[person.id] = step }
    }
    self.firstStep = firstStep
    let kindOf = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.employerKind) })
    internalWithRegular =
      proposal.placements.filter { placement in
        kindOf[placement.placeID] == .internal
          && session.fits(placement.participantID).contains { kindOf[$0] == .regular }
      }.count
  }
}

extension RegionFigures {
  /// The report, every count declared in `tables` with what a reader knows of it: the parts
  /// of every total, the sub-groups of every group. The same key is the same group wherever
  /// it is shown.
  func report(in tables: inout CountTables) -> RegionReport {
    // 3. The region's advice first: it declares the people ("people"), those with a fit
    // ("fit") and those with neither a fit nor a step ("stuck").
    let development = region.disclosed(
      cohort: Cohort(), in: &tables, steps: RegionReport.reportSteps, places: false)

    // 1. Caseload and places.
    let participants = tables.total("people", people.count)
    let placeTotal = tables.total("places", places.count)
    tables.latent("slots", places.reduce(0) { $0 + $1.freeSlots })
    var byGroup: [TargetGroup: [Participant]] = [:]
    for person in people { byGroup[person.targetGroup, default: []].append(person) }
    let peopleByGroup = groups.map { group in
      (group, tables.count("people \(group.rawValue)", byGroup[group]!.count))
    }
    tables.sum(groups.map { "people \($0.rawValue)" }, is: "people")
    let municipalities = self.municipalities.map { municipality in
      let key = "people in \(municipality.id.rawValue)"
      let living = people.filter { $0.municipality == municipality.id }
      let shown = tables.count(key, living.count)
      let cells = groups.map { group in
        tables.count("\(key) \(group.rawValue)", living.filter { $0.targetGroup == group }.count)
      }
      tables.sum(groups.map { "\(key) \($0.rawValue)" }, is: key)
      let located = places.filter { municipalityOf[$0.id] == municipality.id }
      return MunicipalityFigures(
        id: municipality.id, name: municipality.name, centre: municipality.centre, people: shown,
        targetGroups: cells,
        places: tables.count("places in \(municipality.id.rawValue)", located.count),
        freeSlots: tables.count(
          "slots in \(municipality.id.rawValue)", located.reduce(0) { $0 + $1.freeSlots }))
    }
    let municipalityKeys = self.municipalities.map(\.id.rawValue)
    tables.parts(municipalityKeys.map { "people in \($0)" }, of: "people", rest: "people elsewhere")
    for group in groups {
      tables.parts(
        municipalityKeys.map { "people in \($0) \(group.rawValue)" },
        of: "people \(group.rawValue)",
        rest: "people elsewhere \(group.rawValue)")
    }
    if !municipalityKeys.isEmpty {
      tables.sum(municipalityKeys.map { "places in \($0)" }, is: "places")
      tables.sum(municipalityKeys.map { "slots in \($0)" }, is: "slots")
    }
    let placesByKind = EmployerKind.allCases.map { kind in
      let ofKind = places.filter { $0.employerKind == kind }
      return (
        kind, tables.count("places \(kind.rawValue)", ofKind.count),
        tables.count("slots \(kind.rawValue)", ofKind.reduce(0) { $0 + $1.freeSlots })
      )
    }
    tables.sum(EmployerKind.allCases.map { "places \($0.rawValue)" }, is: "places")
    tables.sum(EmployerKind.allCases.map { "slots \($0.rawValue)" }, is: "slots")
    let placesBySector = sectors.compactMap { sector -> (SectorID, GroupCount, GroupCount)? in
      let inSector = places.filter { $0.sectors.first == sector }
      guard !inSector.isEmpty else { return nil }
      return (
        sector, tables.count("places \(sector.rawValue)", inSector.count),
        tables.count("slots \(sector.rawValue)", inSector.reduce(0) { $0 + $1.freeSlots })
      )
    }
    let sectorKeys = placesBySector.map(\.0.rawValue)
    tables.parts(sectorKeys.map { "places \($0)" }, of: "places", rest: "places of no sector")
    tables.parts(sectorKeys.map { "slots \($0)" }, of: "slots", rest: "slots of no sector")

    // 2. Fit, per target group: with a fit (in score bands) and without (by first step).
    let fit = groups.map { group -> GroupFit in
      let members = byGroup[group]!
      let key = group.rawValue
      var bands = [Int](repeating: 0, count: RegionReport.scoreBands.count)
      var steps: [Blocker: Int] = [:]
      var other = 0
      var none = 0
      for person in members {
        if let score = best[person.id] {
          let points = Int(score / 1_000_000)
          bands[RegionReport.scoreBands.lastIndex { points >= $0 } ?? 0] += 1
        } else if let step = firstStep[person.id] {
          if let blocker = step.blocker { steps[blocker, default: 0] += 1 } else { other += 1 }
        } else {
          none += 1
        }
      }
      let withFit = tables.count("fit \(key)", members.filter { best[$0.id] != nil }.count)
      tables.parts(["fit \(key)"], of: "people \(key)", rest: "without fit \(key)")
      let bandCounts = bands.enumerated().map {
        tables.count("fit \(key) band \($0.offset)", $0.element)
      }
      tables.sum(bands.indices.map { "fit \(key) band \($0)" }, is: "fit \(key)")
      // The three kinds that stop the most people, each of at least 5 (smaller kinds are
      // counted with the other steps: fewer small counts to withhold).
      let top = steps.sorted {
        $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
      }.filter { $0.value >= GroupCount.smallestShown }
      let common = top.prefix(3).map {
        (
          blocker: $0.key,
          people: tables.count("without fit \(key) first \($0.key.rawValue)", $0.value)
        )
      }
      let others = tables.count(
        "without fit \(key) first other",
        other + steps.values.reduce(0, +) - top.prefix(3).reduce(0) { $0 + $1.value })
      let withoutStep = tables.count("without fit \(key) no step", none)
      tables.sum(
        top.prefix(3).map { "without fit \(key) first \($0.key.rawValue)" } + [
          "without fit \(key) first other", "without fit \(key) no step",
        ], is: "without fit \(key)")
      return GroupFit(
        group: group, people: peopleByGroup.first { $0.0 == group }!.1, withFit: withFit,
        bestScoreBands: bandCounts,
        commonKnockOuts: common.withheldLast(count: \.people) {
          $0.blocker.rawValue < $1.blocker.rawValue
        },
        otherFirstSteps: others, withoutStep: withoutStep)
    }
    if tables.value("fit") == groups.reduce(0, { $0 + (tables.value("fit \($1.rawValue)") ?? 0) }) {
      tables.sum(groups.map { "fit \($0.rawValue)" }, is: "fit")
    }
    if tables.value("stuck")
      == groups.reduce(0, { $0 + (tables.value("without fit \($1.rawValue) no step") ?? 0) })
    {
      tables.sum(groups.map { "without fit \($0.rawValue) no step" }, is: "stuck")
    }

    // 3. Learning-work places and how full the proposal makes them.
    let learning = places.filter { $0.learningOffer != nil }
    let learningIDs = Set(learning.map(\.id))
    let learningPlaces = tables.count("learning places", learning.count)
    tables.parts(["learning places"], of: "places", rest: "places without learning")
    let learningSlots = tables.count("learning slots", learning.reduce(0) { $0 + $1.freeSlots })
    tables.parts(["learning slots"], of: "slots", rest: "slots without learning")

    // 4. The proposal.
    let placed = tables.count("placed", proposal.placedCount)
    let learningProposed = tables.count(
      "placed learning", proposal.placements.filter { learningIDs.contains($0.placeID) }.count)
    tables.parts(["placed learning"], of: "placed", rest: "placed elsewhere than learning")
    tables.parts(["placed learning"], of: "learning slots", rest: "learning slots left")
    let groupOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.targetGroup) })
    let kindOf = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.employerKind) })
    let proposalByGroup = groups.map { group in
      let key = "placed \(group.rawValue)"
      let count = tables.count(
        key, proposal.placements.filter { groupOf[$0.participantID] == group }.count)
      tables.parts([key], of: "fit \(group.rawValue)", rest: "fit, not placed \(group.rawValue)")
      return (group, peopleByGroup.first { $0.0 == group }!.1, count)
    }
    tables.sum(groups.map { "placed \($0.rawValue)" }, is: "placed")
    let proposalByKind = EmployerKind.allCases.map { kind in
      let key = "placed \(kind.rawValue)"
      let count = tables.count(
        key, proposal.placements.filter { kindOf[$0.placeID] == kind }.count)
      tables.parts([key], of: "slots \(kind.rawValue)", rest: "slots left \(kind.rawValue)")
      return (kind, count)
    }
    tables.sum(EmployerKind.allCases.map { "placed \($0.rawValue)" }, is: "placed")
    let internalKey = "placed \(EmployerKind.internal.rawValue)"
    let proposedInternal = tables.count(internalKey, tables.value(internalKey) ?? 0)
    let internalWithRegular = tables.count(
      "placed internal fitting regular", self.internalWithRegular)
    tables.parts(["placed internal fitting regular"], of: internalKey, rest: "placed internal only")

    // 5. Congestion.
    let counts = congestion.plain.appearances
    let total = max(1, counts.reduce(0, +))
    let lorenz = (0...10).map { decile -> Double in
      Double(counts.prefix(counts.count * decile / 10).reduce(0, +)) / Double(total)
    }
    let congestionShown = CongestionPresentation(report: congestion, in: &tables)
    var leading: [Blocker: Int] = [:]
    var withoutStep = 0
    for place in region.placesNobodyFits {
      if let first = place.blockers.first {
        leading[first.blocker, default: 0] += 1
      } else {
        withoutStep += 1
      }
    }
    let nobody = tables.count("places nobody fits", region.placesNobodyFits.count)
    tables.parts(["places nobody fits"], of: "places", rest: "places somebody fits")
    let blockers = leading.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
    }.map {
      (blocker: $0.key, places: tables.count("places nobody fits, \($0.key.rawValue)", $0.value))
    }
    let nobodyWithoutStep = tables.count("places nobody fits, no step", withoutStep)
    if let fitting = tables.value("places fitting someone"),
      fitting + region.placesNobodyFits.count == places.count
    {
      tables.sum(["places fitting someone", "places nobody fits"], is: "places")
    }
    tables.sum(
      leading.keys.map { "places nobody fits, \($0.rawValue)" } + ["places nobody fits, no step"],
      is: "places nobody fits")

    return RegionReport(
      day: day, participants: participants, places: placeTotal, policy: policy,
      municipalities: municipalities, peopleByTargetGroup: peopleByGroup,
      placesByKind: placesByKind, placesBySector: placesBySector, fit: fit,
      development: development, learningPlaces: learningPlaces, learningSlots: learningSlots,
      learningSlotsProposed: learningProposed, proposalByGroup: proposalByGroup,
      proposalByKind: proposalByKind, placed: placed, proposedInternal: proposedInternal,
      internalWithRegularFit: internalWithRegular, congestion: congestionShown, lorenz: lorenz,
      placesNobodyFits: nobody,
      nobodyFitsBlockers: blockers.withheldLast(count: \.places) {
        $0.blocker.rawValue < $1.blocker.rawValue
      },
      nobodyFitsWithoutStep: nobodyWithoutStep)
  }
}
