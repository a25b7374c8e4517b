import PlekCore

/// Who a result is for.
///
/// Load capacity is health data. The officer sees everything; an employer sees whether a
/// person fits or needs assessment, never load-capacity values, wage value or support need.
public enum ResultView: String, CaseIterable, Sendable {
  /// The placement officer: the full breakdown.
  case officer
  /// An employer: no health data.
  case employer
}

/// Rounds for output: scores to 2 decimals, shares and values to 4, minutes to 1.
enum Rounded {
  static func places(_ value: Double, _ decimals: Int) -> JSONValue {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return .number((value * scale).rounded() / scale)
  }
}

/// JSON shapes of Plek's results, shared by the service and the CLI's `--format json`.
public struct ResultEncoder: Sendable {
  /// The taxonomy, for names in sentences.
  public var taxonomy: Taxonomy
  /// The language of sentences.
  public var language: Language
  /// Who the result is for.
  public var view: ResultView

  /// Creates an encoder.
  public init(taxonomy: Taxonomy, language: Language = .english, view: ResultView = .officer) {
    self.taxonomy = taxonomy
    self.language = language
    self.view = view
  }

  /// One match, with the place's (or participant's) public facts for a table.
  public func match(_ match: Match, rank: Int, place: Place?, explanation: Explanation? = nil)
    -> JSONValue
  {
    var members = [
      JSONMember("rank", .int(rank)),
      JSONMember("participant", .string(match.participantID.rawValue)),
      JSONMember("place", .string(match.placeID.rawValue)),
    ]
    if let place {
      members += [
        JSONMember("employer", .string(place.employerID.rawValue)),
        JSONMember("employerKind", .string(place.employerKind.rawValue)),
        JSONMember("title", place.title.map { .string($0) } ?? .null),
        JSONMember("sectors", .array(place.sectors.map { .string($0.rawValue) })),
        JSONMember(
          "hoursPerWeek",
          .object(["min": .int(place.hoursPerWeek.min), "max": .int(place.hoursPerWeek.max)])),
        JSONMember("learning", .bool(place.learningOffer != nil)),
      ]
    }
    members.append(JSONMember("travelMinutes", Rounded.places(match.travelMinutes, 1)))
    switch view {
    case .officer:
      members.append(JSONMember("score", Rounded.places(match.score, 2)))
      members.append(JSONMember("assessmentPoints", .int(match.assessmentPoints)))
    case .employer:
      members.append(
        JSONMember("status", .string(match.assessmentPoints > 0 ? "needs-assessment" : "fits")))
    }
    if let explanation { members.append(JSONMember("explanation", self.explanation(explanation))) }
    return .object(members)
  }

  /// A shortlist or candidate list.
  public func shortlist(
    _ list: Shortlist, subject: JSONMember, day: Day, place: (PlaceID) -> Place?,
    explanation: ((Match) -> Explanation?)? = nil
  ) -> JSONValue {
    .object([
      subject,
      JSONMember("date", .string(day.iso)),
      JSONMember("view", .string(view.rawValue)),
      JSONMember("evaluated", .int(list.evaluated)),
      JSONMember("total", .int(list.total)),
      JSONMember(
        "matches",
        .array(
          list.matches.enumerated().map { index, entry in
            match(
              entry, rank: index + 1, place: place(entry.placeID), explanation: explanation?(entry))
          })),
    ])
  }

  /// The result of an explain request: the explanation with the day and the view.
  public func explanationResult(_ explanation: Explanation, day: Day) -> JSONValue {
    var members = self.explanation(explanation).objectMembers ?? []
    members.insert(JSONMember("date", .string(day.iso)), at: 2)
    members.insert(JSONMember("view", .string(view.rawValue)), at: 3)
    return .object(members)
  }

  /// A full explanation; the employer view keeps health data out.
  public func explanation(_ explanation: Explanation) -> JSONValue {
    var members = [
      JSONMember("participant", .string(explanation.participantID.rawValue)),
      JSONMember("place", .string(explanation.placeID.rawValue)),
      JSONMember("travelMinutes", Rounded.places(explanation.travelMinutes, 1)),
    ]
    switch (explanation.outcome, view) {
    case (.knockedOut(let reasons), .officer):
      members.append(JSONMember("outcome", "knocked-out"))
      members.append(JSONMember("knockOuts", .array(reasons.map(knockOut))))
    case (.knockedOut(let reasons), .employer):
      members.append(JSONMember("outcome", "knocked-out"))
      var shown = reasons.filter { !$0.revealsHealthData }.map(knockOut)
      if reasons.contains(where: \.revealsHealthData) {
        shown.append(
          .object([
            JSONMember("code", "not-disclosed"),
            JSONMember(
              "sentence",
              .string(
                language == .dutch
                  ? "Voldoet niet aan een voorwaarde die niet wordt gedeeld (gezondheid, loonwaarde of begeleiding)."
                  : "Does not meet a condition that is not disclosed (health, wage value or support)."
              )),
          ]))
      }
      members.append(JSONMember("knockOuts", .array(shown)))
    case (.fit(let fit), .officer):
      members.append(JSONMember("outcome", "fit"))
      members.append(JSONMember("score", Rounded.places(fit.score, 2)))
      members.append(JSONMember("components", .array(fit.components.map(component))))
      members.append(
        JSONMember("assessmentPoints", .array(fit.assessmentPoints.map(assessmentPoint))))
      members.append(JSONMember("learningSteps", .array(fit.learningSteps.map(learningStep))))
    case (.fit(let fit), .employer):
      members.append(JSONMember("outcome", "fit"))
      members.append(
        JSONMember("status", .string(fit.assessmentPoints.isEmpty ? "fits" : "needs-assessment")))
      let sentences = Set(fit.assessmentPoints.map { $0.employerSentence(language) }).sorted()
      members.append(
        JSONMember("assessmentPoints", .array(sentences.map { .object(["sentence": .string($0)]) }))
      )
      members.append(JSONMember("learningSteps", .array(fit.learningSteps.map(learningStep))))
    }
    return .object(members)
  }

  func component(_ component: ScoreComponent) -> JSONValue {
    .object([
      JSONMember("kind", .string(component.kind.rawValue)),
      JSONMember("value", Rounded.places(component.value, 4)),
      JSONMember("weight", Rounded.places(component.weight, 4)),
      JSONMember("contribution", Rounded.places(component.contribution, 2)),
      JSONMember("sentence", .string(component.sentence(language))),
    ])
  }

  func learningStep(_ step: LearningStep) -> JSONValue {
    .object([
      JSONMember("competency", .string(step.competency.rawValue)),
      JSONMember("from", .int(step.from)),
      JSONMember("to", .int(Int(step.to.rawValue))),
      JSONMember("months", .int(step.months)),
    ])
  }

  func knockOut(_ knockOut: KnockOut) -> JSONValue {
    var members = [JSONMember("code", .string(knockOut.code))]
    switch knockOut {
    case .load(let dimension, let demand, let capacity):
      members += [
        JSONMember("dimension", .string(dimension.rawValue)),
        JSONMember("demand", .int(Int(demand.rawValue))),
        JSONMember("capacity", .int(Int(capacity.rawValue))),
      ]
    case .hours(let placeMinimum, let personMaximum):
      members += [
        JSONMember("placeMinimum", .int(placeMinimum)),
        JSONMember("personMaximum", .int(personMaximum)),
      ]
    case .travel(let minutes, let maximum):
      members += [
        JSONMember("minutes", Rounded.places(minutes, 1)), JSONMember("maximum", .int(maximum)),
      ]
    case .competency(let id, let required, let held):
      members += [
        JSONMember("competency", .string(id.rawValue)),
        JSONMember("required", .int(Int(required.rawValue))),
        JSONMember("held", .int(held)),
      ]
    case .competencyPace(let id, let required, let held, let monthsNeeded, let offerMonths):
      members += [
        JSONMember("competency", .string(id.rawValue)),
        JSONMember("required", .int(Int(required.rawValue))),
        JSONMember("held", .int(held)), JSONMember("monthsNeeded", .int(monthsNeeded)),
        JSONMember("offerMonths", .int(offerMonths)),
      ]
    case .language(let required, let held):
      members += [
        JSONMember("required", .string(required.rawValue)),
        JSONMember("held", .string(held.rawValue)),
      ]
    case .indication(let required, let held):
      members += [
        JSONMember("required", .array(required.map { .string($0.rawValue) })),
        JSONMember("held", .array(held.map { .string($0.rawValue) })),
      ]
    case .wswOtherProvider(let municipality):
      members.append(JSONMember("municipality", .string(municipality.rawValue)))
    case .wageSubsidy(let wageValue):
      members.append(JSONMember("wageValue", .int(wageValue)))
    case .support(let need, let offered):
      members += [
        JSONMember("need", .string(need.rawValue)),
        JSONMember("offered", .string(offered.rawValue)),
      ]
    case .noFreeSlot:
      break
    case .sectorExcluded(let sector):
      members.append(JSONMember("sector", .string(sector.rawValue)))
    case .notYetAvailable(let availableFrom, let horizon):
      members += [
        JSONMember("availableFrom", .string(availableFrom.iso)),
        JSONMember("horizon", .string(horizon.iso)),
      ]
    case .notYetOpen(let openFrom, let horizon):
      members += [
        JSONMember("openFrom", .string(openFrom.iso)), JSONMember("horizon", .string(horizon.iso)),
      ]
    }
    members.append(JSONMember("sentence", .string(knockOut.sentence(language, taxonomy: taxonomy))))
    return .object(members)
  }

  func assessmentPoint(_ point: AssessmentPoint) -> JSONValue {
    var members = [JSONMember("code", .string(point.code))]
    switch point {
    case .loadNotAssessed(let dimension, let demand):
      members += [
        JSONMember("dimension", .string(dimension.rawValue)),
        JSONMember("demand", .int(Int(demand.rawValue))),
      ]
    case .loadAdaptation(let dimension, let demand, let capacity):
      members += [
        JSONMember("dimension", .string(dimension.rawValue)),
        JSONMember("demand", .int(Int(demand.rawValue))),
        JSONMember("capacity", .int(Int(capacity.rawValue))),
      ]
    case .dutchNotAssessed(let required):
      members.append(JSONMember("required", .string(required.rawValue)))
    case .wageValueNotAssessed:
      break
    }
    members.append(JSONMember("sentence", .string(point.sentence(language, taxonomy: taxonomy))))
    return .object(members)
  }

  /// Engine statistics.
  public func statistics(_ statistics: EngineStatistics) -> JSONValue {
    .object([
      JSONMember("participants", .int(statistics.participants)),
      JSONMember("places", .int(statistics.places)),
      JSONMember(
        "grid",
        .object([
          JSONMember("rows", .int(statistics.gridRows)),
          JSONMember("columns", .int(statistics.gridColumns)),
          JSONMember("cellKilometres", Rounded.places(statistics.cellKilometres, 2)),
        ])),
      JSONMember("placeIndexEntries", .int(statistics.placeIndexEntries)),
      JSONMember("participantIndexEntries", .int(statistics.participantIndexEntries)),
      JSONMember("packedBytes", .int(statistics.packedBytes)),
    ])
  }

  /// What blocks a participant.
  public func summary(_ summary: KnockOutSummary) -> JSONValue {
    func counts(_ reasons: [ReasonCount]) -> JSONValue {
      .array(reasons.map { .object(["code": .string($0.code), "places": .int($0.places)]) })
    }
    return .object([
      JSONMember("participant", .string(summary.participantID.rawValue)),
      JSONMember("fits", .int(summary.fits)),
      JSONMember("knockedOut", .int(summary.knockedOut)),
      JSONMember("reasons", counts(summary.reasons)),
      JSONMember("soleReasons", counts(summary.soleReasons)),
    ])
  }
}
