import PlekCore
import PlekIO

/// The JSON shapes of Plek's answers, shared by the service and the CLI's `--format json`:
/// scores to 2 decimals, shares and values to 4, minutes to 1.
public struct JSONRendering: Sendable {
  /// Words for sentences.
  public let localizer: Localizer

  /// Creates a renderer.
  public init(localizer: Localizer) {
    self.localizer = localizer
  }

  /// A shortlist or candidate list.
  public func list(_ list: ListPresentation) -> JSONValue {
    let subject: JSONMember
    switch list.subject {
    case .participant(let id): subject = JSONMember("participant", .string(id.rawValue))
    case .place(let place): subject = JSONMember("place", .string(place.id.rawValue))
    }
    var members = [
      subject,
      JSONMember("date", .string(list.day.iso)),
      JSONMember("view", .string(list.audience.rawValue)),
      JSONMember("evaluated", .int(list.evaluated)),
      JSONMember("total", .int(list.total)),
    ]
    if list.placeIsFull { members.append(JSONMember("placeIsFull", true)) }
    if !list.placed.isEmpty { members.append(JSONMember("placed", placed(list.placed))) }
    if let learning = list.learning {
      members.append(JSONMember("learning", self.learning(learning)))
    }
    if let vangnet = list.vangnet {
      members.append(JSONMember("vangnet", self.vangnet(vangnet, listed: true)))
    }
    if list.spread {
      members.append(JSONMember("spread", true))
      members.append(JSONMember("notice", .string(localizer(.spreadNote))))
    }
    members.append(
      JSONMember(
        "matches", .array(list.entries.map { entry(entry: $0, explained: list.explained) })))
    if let why = list.whyEmpty { members.append(JSONMember("whyEmpty", whyEmpty(why))) }
    return .object(members)
  }

  /// Why an officer's shortlist is empty: not available yet, filtered out, or what blocks the
  /// most places with the person's advice (what the table says in words).
  func whyEmpty(_ why: EmptyList) -> JSONValue {
    switch why {
    case .notAvailableUntil(let day, let horizon):
      return .object([
        JSONMember("reason", "not-available-until"), JSONMember("availableFrom", .string(day.iso)),
        JSONMember("horizon", .string(horizon.iso)),
      ])
    case .filteredOut(let fits):
      return .object([
        JSONMember("reason", "filtered-out"), JSONMember("fitsWithoutFilters", .int(fits)),
      ])
    case .blocked(let summary, let advice):
      var members = [
        JSONMember("reason", "nothing-fits"),
        JSONMember("knockOuts", self.summary(summary)["reasons"] ?? .array([])),
        JSONMember("soleKnockOuts", self.summary(summary)["soleReasons"] ?? .array([])),
      ]
      if let advice { members.append(JSONMember("advice", self.advice(advice))) }
      return .object(members)
    }
  }

  /// One entry of a list, with the place's facts when the list has them.
  func entry(entry: ListPresentation.Entry, explained: Bool) -> JSONValue {
    let match = entry.match
    var members = [
      JSONMember("rank", .int(entry.rank)),
      JSONMember("participant", .string(match.participantID.rawValue)),
      JSONMember("place", .string(match.placeID.rawValue)),
    ]
    if let place = entry.place {
      members += [
        JSONMember("employer", .string(place.employer.rawValue)),
        JSONMember("employerKind", .string(place.kind.rawValue)),
        JSONMember("title", place.title.map { .string($0) } ?? .null),
        JSONMember("sectors", .array(place.sectors.map { .string($0.rawValue) })),
        JSONMember(
          "hoursPerWeek", .object(["min": .int(place.hours.min), "max": .int(place.hours.max)])),
        JSONMember("learning", .bool(place.learning)),
      ]
      if place.sroi { members.append(JSONMember("sroi", true)) }
    }
    members.append(JSONMember("travelMinutes", Self.rounded(match.travelMinutes, 1)))
    if let score = match.scoreMillionths, let points = match.assessmentPoints {
      members.append(JSONMember("score", Self.points(score)))
      members.append(JSONMember("assessmentPoints", .int(points)))
    } else {
      members.append(JSONMember("status", .string(match.status.rawValue)))
    }
    if let margin = match.placementMarginMillionths, margin > 0 {
      members.append(JSONMember("placementMargin", Self.points(margin)))
    }
    if let day = match.opensOn { members.append(JSONMember("opensOn", .string(day.iso))) }
    if let day = match.availableFrom {
      members.append(JSONMember("availableFrom", .string(day.iso)))
    }
    if !entry.placed.isEmpty { members.append(JSONMember("placed", placed(entry.placed))) }
    if let day = entry.fellBackHere {
      members.append(JSONMember("fellBackHere", .string(day.iso)))
    }
    if let competition = entry.competition {
      members.append(JSONMember("competition", self.competition(competition.competition)))
      if let spread = competition.spread {
        members.append(JSONMember("spread", self.spread(spread)))
      }
    }
    if explained, let explanation = entry.explanation {
      members.append(JSONMember("explanation", self.explanation(explanation)))
    }
    return .object(members)
  }

  /// A vangnet: the fall-back and, `listed`, the internal places offered first.
  func vangnet(_ mark: VangnetMark, listed: Bool) -> JSONValue {
    var members = [
      JSONMember("fellBack", .string(mark.fellBack.rawValue)),
      JSONMember("place", .string(mark.place.rawValue)),
      JSONMember("end", .string(mark.end.iso)),
    ]
    if listed {
      members.append(
        JSONMember(
          "internalPlaces",
          .array(
            mark.internalPlaces.map {
              .object([
                JSONMember("place", .string($0.place.id.rawValue)),
                JSONMember("score", Self.points($0.scoreMillionths)),
              ])
            })))
    }
    return .object(members)
  }

  /// Running placements: where and since when.
  func placed(_ marks: [PlacedMark]) -> JSONValue {
    .array(
      marks.map {
        .object([
          JSONMember("place", .string($0.place.rawValue)),
          JSONMember("since", .string($0.since.iso)),
        ])
      })
  }

  /// A learning line: the levels earned (with where they came from) and the pace reached.
  func learning(_ learning: LearningMark) -> JSONValue {
    var members = [
      JSONMember(
        "earned",
        .array(
          learning.earned.map {
            .object([
              JSONMember("competency", .string($0.competency.id.rawValue)),
              JSONMember("level", .int(Int($0.competency.level.rawValue))),
              JSONMember("onRecord", $0.onRecord.map { .int(Int($0.rawValue)) } ?? .null),
              JSONMember("placement", .string($0.placement.rawValue)),
              JSONMember("place", .string($0.place.rawValue)),
              JSONMember("end", .string($0.end.iso)),
              JSONMember("proof", .string($0.certificate ? "certificate" : "praktijkverklaring")),
            ])
          }))
    ]
    if let pace = learning.pace {
      members.append(
        JSONMember(
          "paceReached",
          .object([
            JSONMember("pace", .string(pace.pace.rawValue)),
            JSONMember("monthsPerLevel", Self.rounded(pace.monthsPerLevel, 2)),
            JSONMember("levels", .int(pace.levels)),
            JSONMember("months", Self.rounded(pace.months, 2)),
            JSONMember("onFile", .string(pace.onFile.rawValue)),
            JSONMember("routes", .array(pace.routes.map { .string($0.rawValue) })),
          ])))
    }
    return .object(members)
  }

  /// The result of an explain request: the explanation with the day and the view.
  public func explanation(_ presentation: ExplanationPresentation) -> JSONValue {
    var members = explanation(presentation.explanation).objectMembers ?? []
    members.insert(JSONMember("date", .string(presentation.day.iso)), at: 2)
    members.insert(JSONMember("view", .string(presentation.audience.rawValue)), at: 3)
    if !presentation.placed.isEmpty {
      members.append(JSONMember("placed", placed(presentation.placed)))
    }
    if let end = presentation.fellBackHere {
      members.append(JSONMember("fellBackHere", .string(end.iso)))
    }
    if let learning = presentation.learning {
      members.append(JSONMember("learning", self.learning(learning)))
    }
    if let vangnet = presentation.vangnet {
      members.append(JSONMember("vangnet", self.vangnet(vangnet, listed: false)))
    }
    return .object(members)
  }

  /// A disclosed explanation.
  public func explanation(_ explanation: DisclosedExplanation) -> JSONValue {
    var members = [
      JSONMember("participant", .string(explanation.participantID.rawValue)),
      JSONMember("place", .string(explanation.placeID.rawValue)),
      JSONMember("travelMinutes", Self.rounded(explanation.travelMinutes, 1)),
    ]
    switch explanation.outcome {
    case .knockedOut(let knockOuts):
      members.append(JSONMember("outcome", "knocked-out"))
      var shown = knockOuts.reasons.map(knockOut)
      if knockOuts.withheld {
        shown.append(
          .object([
            JSONMember("code", "not-disclosed"),
            JSONMember("sentence", .string(localizer(.knockOutNotDisclosed))),
          ]))
      }
      members.append(JSONMember("knockOuts", .array(shown)))
    case .fit(let fit):
      members.append(JSONMember("outcome", "fit"))
      if let printed = PrintedScore(fit, decimals: 2) {
        // The printed contributions less the adjustments add up to the printed score.
        members.append(JSONMember("score", .number(printed.score)))
        members.append(
          JSONMember(
            "components",
            .array(
              zip(fit.components, printed.contributions).map {
                component($0, contribution: $1)
              })))
        members.append(
          JSONMember(
            "adjustments",
            .array(zip(fit.adjustments, printed.adjustments).map { adjustment($0, points: $1) })))
        var pointValues = fit.pointsSaidOneByOne.map(assessmentPoint)
        if let unassessed = fit.mostlyUnassessed {
          pointValues.append(
            .object([
              JSONMember("code", .string(UnassessedDemands.code)),
              JSONMember("dimensions", .array(unassessed.dimensions.map { .string($0.rawValue) })),
              JSONMember("demanded", .int(unassessed.demanded)),
              JSONMember("sentence", .string(localizer.sentence(unassessed))),
            ]))
        }
        members.append(JSONMember("assessmentPoints", .array(pointValues)))
      } else {
        members.append(JSONMember("status", .string(fit.status.rawValue)))
        members.append(
          JSONMember(
            "assessmentPoints",
            .array(localizer.employerSentences(fit).map { .object(["sentence": .string($0)]) })))
      }
      members.append(JSONMember("learningSteps", .array(fit.learningSteps.map(learningStep))))
      members.append(JSONMember("productiveAfterMonths", .int(fit.monthsToProductive)))
      members.append(JSONMember("notes", .array(fit.notes.map(note))))
    }
    return .object(members)
  }

  func component(_ component: ScoreComponent, contribution: Double) -> JSONValue {
    .object([
      JSONMember("kind", .string(component.kind.rawValue)),
      JSONMember("value", Self.rounded(component.value, 4)),
      JSONMember("weight", Self.rounded(component.weight, 4)),
      JSONMember("contribution", .number(contribution)),
      JSONMember("sentence", .string(localizer.sentence(component))),
    ])
  }

  func adjustment(_ adjustment: ScoreAdjustment, points: Double) -> JSONValue {
    outcome(adjustment, [JSONMember("points", .number(points))])
  }

  func learningStep(_ step: LearningStep) -> JSONValue {
    switch step.subject {
    case .competency(let id):
      return .object([
        JSONMember("competency", .string(id.rawValue)),
        JSONMember("from", .int(step.from)),
        JSONMember("to", .int(step.to)),
        JSONMember("months", .int(step.months)),
      ])
    case .dutch:
      let levels = step.levelNames
      return .object([
        JSONMember("language", "nl"),
        JSONMember("from", .string(levels.from)),
        JSONMember("to", .string(levels.to)),
        JSONMember("months", .int(step.months)),
      ])
    }
  }

  func note(_ note: FitNote) -> JSONValue { outcome(note) }

  /// A knock-out: its code, the values compared and a sentence.
  public func knockOut(_ knockOut: KnockOut) -> JSONValue { outcome(knockOut) }

  func assessmentPoint(_ point: AssessmentPoint) -> JSONValue { outcome(point) }

  /// A rule outcome as programs read it: its code, its values by name (declared with it),
  /// then `extra` members and the sentence.
  func outcome<Outcome: RuleOutcome>(_ outcome: Outcome, _ extra: [JSONMember] = [])
    -> JSONValue
  {
    let statement = outcome.statement
    var members = [JSONMember("code", .string(outcome.code))]
    for parameter in statement.parameters {
      members.append(JSONMember(parameter.name, Self.value(parameter.value)))
    }
    members += extra
    members.append(JSONMember("sentence", .string(localizer(statement.sentence))))
    return .object(members)
  }

  /// A rule's value as JSON.
  static func value(_ value: RuleParameter.Value) -> JSONValue {
    switch value {
    case .code(let code): .string(code)
    case .codes(let codes): .array(codes.map { .string($0) })
    case .integer(let number): .int(number)
    case .decimal(let number, let decimals): rounded(number, decimals)
    case .day(let day): .string(day.iso)
    }
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
          JSONMember("cellKilometres", Self.rounded(statistics.cellKilometres, 2)),
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

  /// A number rounded to `decimals` places.
  /// Millionths of a point to 2 decimals (``PrintedScore/points(_:decimals:)``).
  static func points(_ millionths: Int64) -> JSONValue {
    .number(PrintedScore.points(millionths, decimals: 2))
  }

  static func rounded(_ value: Double, _ decimals: Int) -> JSONValue {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return .number((value * scale).rounded() / scale)
  }
}
