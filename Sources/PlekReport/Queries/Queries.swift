import Dispatch
import PlekAssign
import PlekCore

/// The questions Plek answers, each from a workspace to its presentation model, once: the
/// CLI maps its flags and the service its parameters to the same query, and both render the
/// same answer (`plek shortlist` and the service's `shortlist` say the same things).

/// A participant's shortlist: the places that fit best, with, for an officer, the competition
/// at each place and, when nothing fits, why.
public struct ShortlistQuery: Sendable {
  /// The person, validated.
  public var person: Validated<Participant>
  /// The person's id when stored (the engine's packed copy answers); `nil` for an inline
  /// person (an intake profile).
  public var storedID: ParticipantID?
  /// The places to consider.
  public var filter = PlaceFilter()
  /// The list's length, the day, the planning horizon, the threads.
  public var options: QueryOptions
  /// Whom the list is for.
  public var audience = Audience.officer
  /// Whether every entry carries its explanation.
  public var explain = false
  /// Ordered by score minus the place's congestion price in the region's proposal (officers,
  /// stored people only).
  public var spread = false

  /// A query; set the other properties as asked.
  public init(person: Validated<Participant>, storedID: ParticipantID?, options: QueryOptions) {
    (self.person, self.storedID, self.options) = (person, storedID, options)
  }

  /// The list as its audience sees it. For an officer every entry shows the competition at
  /// its place; an officer's empty list of a stored person says why it is empty.
  ///
  /// - Throws: ``MatchError/invalidOption(_:)`` for a spread list of an inline person or for
  ///   an employer; the engine's errors.
  public func present(in workspace: inout Workspace) throws(MatchError) -> ListPresentation {
    let presenter = Presenter(audience: audience)
    let list: Shortlist
    var plainRanks: [PlaceID: Int] = [:]
    var spreadEntries: [PlaceID: SpreadEntry]?
    if spread {
      guard let id = storedID, audience == .officer else {
        throw .invalidOption("a spread list is for a stored participant, for an officer")
      }
      let session = try workspace.session(scope: AssignmentScope(places: filter), options: options)
      let spreadList = try session.spreadShortlist(for: id, k: options.k, in: workspace.engine)
      list = spreadList.shortlist
      spreadEntries = Dictionary(uniqueKeysWithValues: spreadList.entries.map { ($0.placeID, $0) })
      for entry in spreadList.entries { plainRanks[entry.placeID] = entry.plainRank }
    } else {
      if let id = storedID {
        list = try workspace.engine.shortlist(for: id, filter: filter, options: options)
      } else {
        list = try workspace.engine.shortlist(for: person, filter: filter, options: options)
      }
      for (index, match) in list.matches.enumerated() { plainRanks[match.placeID] = index + 1 }
    }
    var presentation = presenter.shortlist(
      list, for: person, day: options.day, horizonDays: options.horizonDays, explain: explain,
      in: workspace.engine)
    guard audience == .officer else { return presentation }
    if let id = storedID {
      presentation.vangnet = try Self.vangnet(of: id, options: options, in: workspace.engine)
    }
    presentation = presenter.withCompetition(
      presentation, index: try workspace.competitionIndex(options), plainRanks: plainRanks,
      spread: spreadEntries)
    if presentation.entries.isEmpty, storedID != nil {
      presentation.whyEmpty = try presenter.whyEmpty(
        person, day: options.day, horizonDays: options.horizonDays,
        filtered: filter != PlaceFilter(), in: workspace.engine)
    }
    return presentation
  }
}

/// A place's candidate list: the people who fit it best.
public struct CandidatesQuery: Sendable {
  /// The place, validated.
  public var place: Validated<Place>
  /// Its id when stored; `nil` for an inline place (a vacancy being drafted).
  public var storedID: PlaceID?
  /// The people to consider.
  public var filter = ParticipantFilter()
  /// The list's length, the day, the planning horizon, the threads.
  public var options: QueryOptions
  /// Whom the list is for.
  public var audience = Audience.officer
  /// Whether every entry carries its explanation.
  public var explain = false

  /// A query; set the other properties as asked.
  public init(place: Validated<Place>, storedID: PlaceID?, options: QueryOptions) {
    (self.place, self.storedID, self.options) = (place, storedID, options)
  }

  /// The list as its audience sees it.
  public func present(in workspace: Workspace) throws(MatchError) -> ListPresentation {
    let engine = workspace.engine
    let list: Shortlist
    if let id = storedID {
      list = try engine.candidates(for: id, filter: filter, options: options)
    } else {
      list = try engine.candidates(for: place, filter: filter, options: options)
    }
    return Presenter(audience: audience).candidates(
      list, for: place, day: options.day, horizonDays: options.horizonDays, explain: explain,
      in: engine)
  }
}

/// One pair in plain words.
public struct ExplainQuery: Sendable {
  /// The person and the place, validated (stored or inline).
  public var person: Validated<Participant>
  public var place: Validated<Place>
  /// The day asked for.
  public var day: Day
  /// The planning horizon (`nil`: the policy's).
  public var horizonDays: Int?
  /// Whom the explanation is for.
  public var audience = Audience.officer

  /// A query.
  public init(
    person: Validated<Participant>, place: Validated<Place>, day: Day, horizonDays: Int?
  ) {
    (self.person, self.place, self.day, self.horizonDays) = (person, place, day, horizonDays)
  }

  /// The explanation as its audience sees it.
  public func present(in workspace: Workspace) throws(MatchError) -> ExplanationPresentation {
    try Presenter(audience: audience).explanation(
      person, place, day: day, horizonDays: horizonDays, in: workspace.engine)
  }
}

/// A person's development advice (officers only).
public struct AdviceQuery: Sendable {
  /// The person, validated.
  public var person: Validated<Participant>
  /// The person's id when stored; `nil` for an inline person.
  public var storedID: ParticipantID?
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions

  /// A query.
  public init(person: Validated<Participant>, storedID: ParticipantID?, options: QueryOptions) {
    (self.person, self.storedID, self.options) = (person, storedID, options)
  }

  /// The advice as an officer reads it.
  public func present(in workspace: Workspace) throws(MatchError) -> AdvicePresentation {
    let engine = workspace.engine
    let advice: Advice
    if let id = storedID {
      advice = try engine.advice(for: id, options: options)
    } else {
      advice = try engine.advice(for: person, options: options)
    }
    guard let presentation = Presenter(audience: .officer).advice(advice, for: person, in: engine)
    else { throw .invalidOption("advice is for officers") }
    return presentation
  }
}

/// Job carving for a place.
public struct CarveQuery: Sendable {
  /// The place, validated.
  public var place: Validated<Place>
  /// Its id when stored; `nil` for an inline place.
  public var storedID: PlaceID?
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions
  /// Whom the carving is for.
  public var audience = Audience.officer

  /// A query.
  public init(place: Validated<Place>, storedID: PlaceID?, options: QueryOptions) {
    (self.place, self.storedID, self.options) = (place, storedID, options)
  }

  /// The carving as its audience sees it.
  public func present(in workspace: Workspace) throws(MatchError) -> CarvingPresentation {
    let engine = workspace.engine
    let carving: Carving
    if let id = storedID {
      carving = try engine.carve(for: id, options: options)
    } else {
      carving = try engine.carve(for: place, options: options)
    }
    return Presenter(audience: audience).carving(carving, for: place)
  }
}

/// The region's placement proposal (officers only).
public struct AssignQuery: Sendable {
  /// The people and places to assign.
  public var scope: AssignmentScope
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions

  /// A query.
  public init(scope: AssignmentScope, options: QueryOptions) {
    (self.scope, self.options) = (scope, options)
  }

  /// The proposal, and its presentation.
  public func present(in workspace: inout Workspace) throws(MatchError) -> (
    Assignment, AssignmentPresentation
  ) {
    let assignment = try workspace.session(scope: scope, options: options).proposal()
    guard
      let presentation = Presenter(audience: .officer).assignment(assignment, in: workspace.engine)
    else { throw .invalidOption("the proposal is for officers") }
    return (assignment, presentation)
  }
}

/// The congestion report: plain and spread shortlists side by side with the proposal.
public struct CongestionQuery: Sendable {
  /// The people and places.
  public var scope: AssignmentScope
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions
  /// The lists' length.
  public var depth = CompetitionIndex.standardDepth

  /// A query.
  public init(scope: AssignmentScope, options: QueryOptions) {
    (self.scope, self.options) = (scope, options)
  }

  /// The report.
  public func present(in workspace: inout Workspace) throws(MatchError) -> CongestionPresentation {
    let session = try workspace.session(scope: scope, options: options)
    return Presenter(audience: .officer).congestion(
      try session.congestion(in: workspace.engine, depth: depth))
  }
}

/// The region report's figures.
public struct ReportQuery: Sendable {
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions

  /// A query.
  public init(options: QueryOptions) { self.options = options }

  /// The report.
  public func present(in workspace: Workspace) throws(MatchError) -> RegionReport {
    let engine = workspace.engine
    var report = try Presenter(audience: .officer).regionReport(engine, options: options)
    if engine.placements.count > 0 {
      // The eight quarters up to the day: the quarter of the day and the seven before it.
      let day = options.day
      let quarter = (day.components.month - 1) / 3
      let months = day.components.year * 12 + quarter * 3 - 21
      let from = Day(year: months / 12, month: months % 12 + 1, day: 1) ?? day
      report.results = OutcomesPresentation(
        history: engine.placementHistory(), from: from, to: day, interval: .quarter,
        cohort: Cohort(), breakdown: .municipality,
        municipalities: engine.taxonomy.region.municipalities.map(\.id),
        deadline: options.deadline
          ?? DispatchTime.now().uptimeNanoseconds + UInt64(Limits.protectionSeconds * 1e9))
    }
    return report
  }
}

extension ShortlistQuery {
  /// The vangnet of a stored person on the options' day, with the best three internal
  /// places that fit (the shortlist's own scan, filtered to internal places).
  static func vangnet(of id: ParticipantID, options: QueryOptions, in engine: MatchEngine)
    throws(MatchError) -> VangnetMark?
  {
    guard
      let fellBack = engine.placements.vangnet(
        of: id, on: options.day, months: engine.policy.vangnetMonths),
      let end = fellBack.end
    else { return nil }
    var first = options
    first.k = 3
    let offered = try engine.shortlist(
      for: id, filter: PlaceFilter(employerKinds: [.internal]), options: first)
    return VangnetMark(
      fellBack: fellBack.id, place: fellBack.place, end: end,
      internalPlaces: offered.matches.compactMap { match in
        engine.place(match.placeID).map { (PlaceFacts($0), match.scoreMillionths) }
      })
  }
}

/// The region's advice for a cohort: which steps open places for how many people.
public struct RegionAdviceQuery: Sendable {
  /// The people.
  public var cohort: Cohort
  /// The day, the planning horizon, the threads.
  public var options: QueryOptions

  /// A query.
  public init(cohort: Cohort, options: QueryOptions) {
    (self.cohort, self.options) = (cohort, options)
  }

  /// The region's advice, and its presentation.
  public func present(in workspace: Workspace) throws(MatchError) -> (
    RegionAdvice, RegionPresentation
  ) {
    let region = try workspace.engine.regionAdvice(cohort: cohort, options: options)
    return (
      region, Presenter(audience: .officer).region(region, cohort: cohort, in: workspace.engine)
    )
  }
}
