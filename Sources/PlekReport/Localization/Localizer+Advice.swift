import PlekCore

/// The words of advice, carving and the region: steps, changes, what blocks, counts.
extension Localizer {
  /// A step in words; with the person's `baseline`, what it changes for them in brackets:
  /// "Accept 10 more minutes of travel (up to 40 instead of 30 min by bike)".
  public func sentence(_ step: AdviceStep, baseline: StepBaseline? = nil) -> String {
    let text: String
    var now: String?
    switch step {
    case .travelMinutes(let extra):
      text = self(.stepTravelMinutes, ["extra": "\(extra)"])
      now = baseline.map {
        self(
          .stepTravelMinutesNow,
          [
            "after": "\($0.maxTravelMinutes + extra)", "before": "\($0.maxTravelMinutes)",
            "travel": travel($0.transport),
          ])
      }
    case .transport(let mode):
      text = self(.stepTransport, ["travel": travel(mode)])
      now = baseline.map { self(.stepTransportNow, ["travel": travel($0.transport)]) }
    case .hoursMaximum(let hours):
      text = self(.stepHoursMaximum, ["hours": "\(hours)"])
      now = baseline.map { self(.stepHoursMaximumNow, ["hours": "\($0.hours.max)"]) }
    case .hoursMinimum(let hours):
      text = self(.stepHoursMinimum, ["hours": "\(hours)"])
      now = baseline.map { self(.stepHoursMinimumNow, ["hours": "\($0.hours.min)"]) }
    case .planAhead(let days):
      text = self(.stepPlanAhead, ["days": "\(days)"])
      now = baseline.map { self(.stepPlanAheadNow, ["date": date($0.day.adding(days: days))]) }
    case .competency(let id, let level):
      text = self(
        .stepCompetency, ["competency": inSentence(name(id)), "level": "\(level.rawValue)"])
      now = baseline.map { baseline in
        baseline.competencies[id].map { self(.stepCompetencyNow, ["level": "\($0)"]) }
          ?? self(.stepCompetencyNotHeld)
      }
    case .dutch(let level):
      text = self(.stepDutch, ["level": level.rawValue])
      now = baseline.map { baseline in
        baseline.dutch.map { self(.stepDutchNow, ["level": $0.rawValue]) }
          ?? self(.stepDutchNotAssessed)
      }
    case .loadAssessed(let dimension, let level):
      text = self(.stepLoadAssessed, ["dimension": inSentence(name(dimension))])
      now = self(.stepLoadAssessedNow, ["level": "\(level.rawValue)"])
    case .adaptation(let dimension):
      text = self(.stepAdaptation, ["dimension": name(dimension).lowercased()])
    case .wageCostSubsidy:
      text = self(.stepWageCostSubsidy)
    case .jobCoach:
      text = self(.stepJobCoach)
    }
    return now.map { text + " (" + $0 + ")" } ?? text
  }

  /// Two or more steps in words, joined by "and".
  public func sentence(_ steps: [AdviceStep], baseline: StepBaseline? = nil) -> String {
    steps.enumerated().map { index, step in
      let text = sentence(step, baseline: baseline)
      return index == 0 ? text : text.prefix(1).lowercased() + text.dropFirst()
    }.joined(separator: self(.stepAnd))
  }

  /// A rung of a ladder in a few words: "+10 min", "24 h", "60 days", "level 2", "B1".
  public func rung(_ step: AdviceStep) -> String {
    switch step {
    case .travelMinutes(let extra): self(.rungMinutes, ["extra": "\(extra)"])
    case .hoursMaximum(let hours), .hoursMinimum(let hours):
      self(.rungHours, ["hours": "\(hours)"])
    case .planAhead(let days): self(.rungDays, ["days": "\(days)"])
    case .competency(_, let level): self(.rungLevel, ["level": "\(level.rawValue)"])
    case .dutch(let level): level.rawValue
    default: sentence(step)
    }
  }

  /// "opens 12 places", "opent 1 plek".
  public func opens(_ count: Int) -> String {
    count == 1 ? self(.effectOpensOne) : self(.effectOpens, ["count": "\(count)"])
  }

  /// A change to a place in words, with what the place asks now (`day`: the day asked for,
  /// on which an "open now" change opens the place).
  public func sentence(_ change: CarveChange, demands: PlaceDemands, day: Day) -> String {
    switch change {
    case .loadLower(let dimension, let level):
      return self(
        .changeLoadLower,
        [
          "dimension": inSentence(name(dimension)), "level": "\(level.rawValue)",
          "current": "\(demands.load[dimension]?.rawValue ?? 0)",
        ])
    case .loadAdaptable(let dimension):
      return self(.changeLoadAdaptable, ["dimension": name(dimension).lowercased()])
    case .competencyLower(let id, let level):
      return self(
        .changeCompetencyLower,
        [
          "competency": inSentence(name(id)), "level": "\(level.rawValue)",
          "current": "\(demands.competencies[id]?.rawValue ?? 0)",
        ])
    case .competencyDesired(let id):
      return self(.changeCompetencyDesired, ["competency": inSentence(name(id))])
    case .hoursMinimum(let hours):
      return self(.changeHoursMinimum, ["hours": "\(hours)", "current": "\(demands.hours.min)"])
    case .hoursMaximum(let hours):
      return self(.changeHoursMaximum, ["hours": "\(hours)", "current": "\(demands.hours.max)"])
    case .dutch(let level):
      return self(.changeDutch, ["level": level.rawValue, "current": demands.dutch.rawValue])
    case .support(let offer):
      return self(.changeSupport, ["offer": label(offer), "current": label(demands.support)])
    case .wageCostSubsidy:
      return self(.changeWageCostSubsidy)
    case .openNow:
      return self(.changeOpenNow, ["date": date(day), "current": date(demands.openFrom)])
    }
  }

  /// What keeps people out of a place, by kind: "travel", "a workplace adaptation".
  public func name(_ blocker: Blocker) -> String {
    switch blocker {
    case .travel: self(.blockerKindTravel)
    case .hours: self(.blockerKindHours)
    case .planAhead: self(.blockerKindPlanAhead)
    case .competency: self(.blockerKindCompetency)
    case .dutch: self(.blockerKindDutch)
    case .adaptation: self(.blockerKindAdaptation)
    case .wageCostSubsidy: self(.blockerKindWageCostSubsidy)
    case .jobCoach: self(.blockerKindJobCoach)
    }
  }

  /// A count of people as an aggregate shows it: "12", or "fewer than 5".
  public func count(_ count: GroupCount) -> String {
    switch count {
    case .exact(let value): "\(value)"
    case .fewerThan(let limit): self(.countFewerThan, ["count": "\(limit)"])
    }
  }

  /// "12 people", "1 person", "fewer than 5".
  public func people(_ count: GroupCount) -> String {
    switch count {
    case .exact(1): self(.countPerson)
    case .exact(let value): self(.countPeople, ["count": "\(value)"])
    case .fewerThan: self.count(count)
    }
  }

  /// A name of the taxonomy where the sentences of steps and changes put it: mid-sentence in
  /// English (lower case), first in Dutch (as written).
  func inSentence(_ name: String) -> String {
    language == .dutch ? name : name.lowercased()
  }

  /// A score in millionths, to one decimal: "61.2", "61,2".
  func score(_ millionths: Int64) -> String {
    number(Double(millionths) / 1_000_000, decimals: 1)
  }
}
