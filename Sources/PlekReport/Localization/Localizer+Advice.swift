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
      text = self(.stepTravelMinutes(extra: extra))
      now = baseline.map {
        self(
          .stepTravelMinutesNow(
            after: $0.maxTravelMinutes + extra, before: $0.maxTravelMinutes,
            travel: .travel($0.transport)))
      }
    case .transport(let mode):
      text = self(.stepTransport(travel: .travel(mode)))
      now = baseline.map { self(.stepTransportNow(travel: .travel($0.transport))) }
    case .hoursMaximum(let hours):
      text = self(.stepHoursMaximum(hours: hours))
      now = baseline.map { self(.stepHoursMaximumNow(hours: $0.hours.max)) }
    case .hoursMinimum(let hours):
      text = self(.stepHoursMinimum(hours: hours))
      now = baseline.map { self(.stepHoursMinimumNow(hours: $0.hours.min)) }
    case .planAhead(let days):
      text = self(.stepPlanAhead(days: days))
      now = baseline.map { self(.stepPlanAheadNow(date: $0.day.adding(days: days))) }
    case .competency(let id, let level):
      text = self(
        .stepCompetency(competency: id, level: level))
      now = baseline.map { baseline in
        let held = baseline.competencies[id]
        let state = held.map { self(.stepCompetencyNow(level: $0)) } ?? self(.stepCompetencyNotHeld)
        return state
          + duration(levels: Int(level.rawValue) - (held ?? 0), months: baseline.monthsPerLevel)
      }
    case .dutch(let level):
      text = self(.stepDutch(level: level))
      now = baseline.map { baseline in
        // Unassessed Dutch has no starting level, so no duration either.
        guard let held = baseline.dutch else { return self(.stepDutchNotAssessed) }
        return self(.stepDutchNow(level: held))
          + duration(levels: level.rank - held.rank, months: baseline.dutchMonthsPerLevel)
      }
    case .loadAssessed(let dimension, let level):
      text = self(.stepLoadAssessed(dimension: dimension))
      now = self(.stepLoadAssessedNow(level: level))
    case .loadAssessment(let levels):
      text = self(.stepLoadAssessment)
      now = self(
        .stepLoadAssessmentNow(count: LoadDimension.allCases.count { levels[$0] != nil }))
    case .adaptation(let dimension):
      text = self(.stepAdaptation(dimension: dimension))
    case .wageCostSubsidy:
      text = self(.stepWageCostSubsidy)
    case .jobCoach:
      text = self(.stepJobCoach)
    }
    return now.map { text + " (" + $0 + ")" } ?? text
  }

  /// "; about 12 months at their pace": `levels` at `months` per level, the person's pace
  /// (empty when the pace is not known or nothing is to be learned).
  func duration(levels: Int, months: Int?) -> String {
    guard let months, levels > 0 else { return "" }
    return "; " + self(.stepDuration(months: levels * months))
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
    case .travelMinutes(let extra): self(.rungMinutes(extra: extra))
    case .hoursMaximum(let hours), .hoursMinimum(let hours):
      self(.rungHours(hours: hours))
    case .planAhead(let days): self(.rungDays(days: days))
    case .competency(_, let level): self(.rungLevel(level: level))
    case .dutch(let level): level.rawValue
    default: sentence(step)
    }
  }

  /// "opens 12 places", "opent 1 plek".
  public func opens(_ count: Int) -> String {
    count == 1 ? self(.effectOpensOne) : self(.effectOpens(count: count))
  }

  /// A change to a place in words, with what the place asks now (`day`: the day asked for,
  /// on which an "open now" change opens the place).
  public func sentence(_ change: CarveChange, demands: PlaceDemands, day: Day) -> String {
    switch change {
    case .loadLower(let dimension, let level):
      return self(
        .changeLoadLower(
          dimension: dimension, level: level, current: Int(demands.load[dimension]?.rawValue ?? 0)))
    case .loadAdaptable(let dimension):
      return self(.changeLoadAdaptable(dimension: dimension))
    case .competencyLower(let id, let level):
      return self(
        .changeCompetencyLower(
          competency: id, level: level, current: Int(demands.competencies[id]?.rawValue ?? 0)))
    case .competencyDesired(let id):
      return self(.changeCompetencyDesired(competency: id))
    case .hoursMinimum(let hours):
      return self(.changeHoursMinimum(hours: hours, current: demands.hours.min))
    case .hoursMaximum(let hours):
      return self(.changeHoursMaximum(hours: hours, current: demands.hours.max))
    case .dutch(let level):
      return self(.changeDutch(level: level, current: demands.dutch))
    case .support(let offer):
      return self(.changeSupport(offer: offer, current: demands.support))
    case .wageCostSubsidy:
      return self(.changeWageCostSubsidy)
    case .openNow:
      return self(.changeOpenNow(date: day, current: demands.openFrom))
    }
  }

  /// What keeps people out of a place, by kind: "travel", "a workplace adaptation".
  public func name(_ blocker: Blocker) -> String { self(blocker.label) }

  /// A count as an aggregate shows it: "12", or the mark of a withheld count ("•").
  public func count(_ count: GroupCount) -> String { render(count.term) }

  /// "12 people", "1 person", "• people" (withheld).
  public func people(_ count: GroupCount) -> String {
    switch count {
    case .exact(1): self(.countPerson)
    case .exact, .withheld: self(.countPeople(count: count))
    }
  }

  /// A name of the taxonomy where the sentences of steps and changes put it: mid-sentence in
  /// English (lower case), first in Dutch (as written).
  func inSentence(_ name: String) -> String {
    language == .dutch ? name : name.lowercased()
  }

  /// A score in millionths, to one decimal: "61.2", "61,2".
  /// A rise of a score as printed: to 1 decimal, or to 2 where 1 decimal prints both alike;
  /// `nil` when even 2 decimals do not show it.
  func rise(from before: Int64, to after: Int64) -> (String, String)? {
    for decimals in 1...2 {
      let (from, to) = (score(before, decimals: decimals), score(after, decimals: decimals))
      if from != to && after > before { return (from, to) }
    }
    return nil
  }

  func score(_ millionths: Int64, decimals: Int = 1) -> String {
    number(PrintedScore.points(millionths, decimals: decimals), decimals: decimals)
  }
}
