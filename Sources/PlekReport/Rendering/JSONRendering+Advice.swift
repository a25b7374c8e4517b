import PlekCore
import PlekIO

/// The JSON shapes of advice, carving and the region's advice (the service's `advice` and
/// `carve` results, the CLI's `--format json`).
extension JSONRendering {
  /// A person's advice.
  public func advice(_ presentation: AdvicePresentation) -> JSONValue {
    let advice = presentation.advice
    let baseline = presentation.baseline
    return .object([
      JSONMember("participant", .string(advice.participantID.rawValue)),
      JSONMember("date", .string(advice.day.iso)),
      JSONMember("horizonDays", .int(advice.horizonDays)),
      JSONMember("fits", .int(advice.fits)),
      JSONMember("best", placeScore(advice.best)),
      JSONMember(
        "steps",
        .array(
          advice.steps.map { effect in
            .object([
              JSONMember("step", step(effect.step, baseline: baseline)),
              JSONMember("opens", .int(effect.opens)),
              JSONMember("bestOpened", placeScore(effect.bestOpened)),
              JSONMember("bestAfter", placeScore(effect.bestAfter)),
              JSONMember("closes", .int(effect.closes)),
              JSONMember(
                "ladder",
                .array(
                  effect.ladder.map {
                    .object([
                      JSONMember("step", step($0.step, baseline: baseline)),
                      JSONMember("opens", .int($0.opens)),
                    ])
                  })),
              JSONMember("learnAt", .array(effect.learnAt.map { .string($0.rawValue) })),
              JSONMember(
                "learnNearby",
                .array(
                  effect.learnNearby.map { place in
                    .object([
                      JSONMember("place", .string(place.placeID.rawValue)),
                      JSONMember(
                        "knockOuts", .array(place.knockOuts.map { .string($0.code) })),
                    ])
                  })),
            ])
          })),
      JSONMember(
        "combinations",
        .array(
          advice.combinations.map { combination in
            .object([
              JSONMember(
                "steps", .array(combination.steps.map { step($0, baseline: baseline) })),
              JSONMember("opens", .int(combination.opens)),
              JSONMember("bestOpened", placeScore(combination.bestOpened)),
            ])
          })),
      JSONMember(
        "nearest",
        .array(
          advice.nearest.map { place in
            .object([
              JSONMember("place", .string(place.placeID.rawValue)),
              JSONMember("knockOuts", .array(place.knockOuts.map(knockOut))),
            ])
          })),
    ])
  }

  /// A step: its code, its values and the step in words (with the person's baseline, what
  /// it changes for them).
  public func step(_ step: AdviceStep, baseline: StepBaseline? = nil) -> JSONValue {
    var members = [JSONMember("code", .string(step.code))]
    switch step {
    case .travelMinutes(let extra): members.append(JSONMember("extraMinutes", .int(extra)))
    case .transport(let mode): members.append(JSONMember("transport", .string(mode.rawValue)))
    case .hoursMaximum(let hours), .hoursMinimum(let hours):
      members.append(JSONMember("hours", .int(hours)))
    case .planAhead(let days): members.append(JSONMember("days", .int(days)))
    case .competency(let id, let level):
      members.append(JSONMember("competency", .string(id.rawValue)))
      members.append(JSONMember("level", .int(Int(level.rawValue))))
    case .dutch(let level): members.append(JSONMember("level", .string(level.rawValue)))
    case .loadAssessed(let dimension, let level):
      members.append(JSONMember("dimension", .string(dimension.rawValue)))
      members.append(JSONMember("level", .int(Int(level.rawValue))))
    case .loadAssessment(let levels):
      members.append(
        JSONMember(
          "levels",
          .object(
            LoadDimension.allCases.compactMap { dimension in
              levels[dimension].map { JSONMember(dimension.rawValue, .int(Int($0.rawValue))) }
            })))
    case .adaptation(let dimension):
      members.append(JSONMember("dimension", .string(dimension.rawValue)))
    case .wageCostSubsidy, .jobCoach:
      break
    }
    members.append(JSONMember("sentence", .string(localizer.sentence(step, baseline: baseline))))
    return .object(members)
  }

  func placeScore(_ score: PlaceScore?) -> JSONValue {
    guard let score else { return .null }
    return .object([
      JSONMember("place", .string(score.placeID.rawValue)),
      JSONMember("score", Self.points(score.scoreMillionths)),
    ])
  }

  /// A place's carving as its audience may see it: counts below 5 are the string `"<5"` for
  /// an employer, and the best people are listed for officers only.
  public func carving(_ presentation: CarvingPresentation) -> JSONValue {
    let carving = presentation.carving
    let officer = carving.audience == .officer
    return .object([
      JSONMember("place", .string(carving.placeID.rawValue)),
      JSONMember("date", .string(carving.day.iso)),
      JSONMember("view", .string(carving.audience.rawValue)),
      JSONMember("fits", Self.count(carving.fits)),
      JSONMember(
        "changes",
        .array(
          carving.changes.map { change in
            var members = [
              JSONMember(
                "change", self.change(change.change, presentation.demands, day: carving.day))
            ]
            if let together = change.together {
              members.append(
                JSONMember(
                  "together", self.change(together, presentation.demands, day: carving.day)))
            }
            members.append(JSONMember("opens", Self.count(change.opens)))
            if officer {
              members.append(
                JSONMember(
                  "best",
                  .array(
                    change.best.map {
                      .object([
                        JSONMember("participant", .string($0.participantID.rawValue)),
                        JSONMember(
                          "score", Self.points($0.scoreMillionths)),
                      ])
                    })))
            }
            return .object(members)
          })),
    ])
  }

  /// A change: its code, its values and the change in words.
  func change(_ change: CarveChange, _ demands: PlaceDemands, day: Day) -> JSONValue {
    var members = [JSONMember("code", .string(change.code))]
    switch change {
    case .loadLower(let dimension, let level):
      members.append(JSONMember("dimension", .string(dimension.rawValue)))
      members.append(JSONMember("level", .int(Int(level.rawValue))))
    case .loadAdaptable(let dimension):
      members.append(JSONMember("dimension", .string(dimension.rawValue)))
    case .competencyLower(let id, let level):
      members.append(JSONMember("competency", .string(id.rawValue)))
      members.append(JSONMember("level", .int(Int(level.rawValue))))
    case .competencyDesired(let id):
      members.append(JSONMember("competency", .string(id.rawValue)))
    case .hoursMinimum(let hours), .hoursMaximum(let hours):
      members.append(JSONMember("hours", .int(hours)))
    case .dutch(let level): members.append(JSONMember("level", .string(level.rawValue)))
    case .support(let offer): members.append(JSONMember("support", .string(offer.rawValue)))
    case .wageCostSubsidy: break
    case .openNow: members.append(JSONMember("openFrom", .string(day.iso)))
    }
    members.append(
      JSONMember("sentence", .string(localizer.sentence(change, demands: demands, day: day))))
    return .object(members)
  }

  /// The region's advice: every count withheld to protect small groups is `null`.
  public func region(_ presentation: RegionPresentation) -> JSONValue {
    let region = presentation.region
    return .object([
      JSONMember("date", .string(region.day.iso)),
      JSONMember(
        "cohort",
        .object([
          JSONMember(
            "municipalities",
            .array(region.cohort.municipalities.map(\.rawValue).sorted().map { .string($0) })),
          JSONMember(
            "targetGroups",
            .array(region.cohort.targetGroups.map(\.rawValue).sorted().map { .string($0) })),
        ])),
      JSONMember("smallestCountShown", .int(GroupCount.smallestShown)),
      JSONMember("people", Self.count(region.people)),
      JSONMember("withFit", Self.count(region.withFit)),
      JSONMember("withoutFitOrStep", Self.count(region.withoutFitOrStep)),
      JSONMember(
        "steps",
        .array(
          region.steps.map { entry in
            var members = [
              JSONMember("step", step(entry.step)),
              JSONMember("people", Self.count(entry.people)),
              JSONMember("withoutFit", Self.count(entry.withoutFit)),
              JSONMember("placesOpened", .int(entry.placesOpened)),
            ]
            if case .competency = entry.step {
              members.append(JSONMember("routes", .int(entry.routes)))
            }
            return .object(members)
          })),
      JSONMember("smallStepsLeftOut", .bool(region.smallStepsLeftOut)),
      JSONMember("cohortTooSmall", .bool(region.cohortTooSmall)),
      JSONMember(
        "placesNobodyFits",
        .array(
          region.placesNobodyFits.map { place in
            .object([
              JSONMember("place", .string(place.placeID.rawValue)),
              JSONMember(
                "blockers",
                .array(
                  place.blockers.map {
                    .object([
                      JSONMember("blocker", .string($0.blocker.rawValue)),
                      JSONMember("people", Self.count($0.people)),
                      JSONMember("sentence", .string(localizer.name($0.blocker))),
                    ])
                  })),
            ])
          })),
    ])
  }

  /// A count as an aggregate shows it: the number, or `null` when it is withheld to protect
  /// small groups (whatever the reason, so that the mark tells nothing).
  static func count(_ count: GroupCount) -> JSONValue {
    count.shown.map { .int($0) } ?? .null
  }
}
