import PlekCore

/// The sentences of explanations: knock-outs, points to judge, components and reasons, each
/// naming the values it compares.
extension Localizer {
  /// A knock-out in one sentence, naming the two values compared.
  public func sentence(_ knockOut: KnockOut) -> String {
    switch knockOut {
    case .load(let dimension, let demand, let capacity):
      return self(
        .knockOutLoad,
        ["dimension": name(dimension), "demand": "\(demand)", "capacity": "\(capacity)"])
    case .hours(let placeMinimum, let personMaximum):
      return self(
        .knockOutHours,
        ["placeMinimum": "\(placeMinimum)", "personMaximum": "\(personMaximum)"])
    case .travel(let minutes, let maximum):
      return self(
        .knockOutTravel,
        ["minutes": NumberText.format(minutes, decimals: 0), "maximum": "\(maximum)"])
    case .competency(let id, let required, let held):
      return self(
        .knockOutCompetency,
        [
          "competency": name(id), "required": "\(required)",
          "held": held == 0
            ? self(.competencyNotHeld) : self(.competencyHeldAt, ["level": "\(held)"]),
        ])
    case .competencyPace(let id, let required, let held, let monthsNeeded, let offerMonths):
      return self(
        .knockOutCompetencyPace,
        [
          "competency": name(id), "required": "\(required)", "held": "\(held)",
          "monthsNeeded": "\(monthsNeeded)", "offerMonths": "\(offerMonths)",
        ])
    case .language(let required, let held):
      return self(.knockOutLanguage, ["required": required.rawValue, "held": held.rawValue])
    case .indication(let required, let held):
      return self(
        .knockOutIndication,
        [
          "required": required.map(label).joined(separator: self(.listOr)),
          "held": held.isEmpty ? self(.indicationNone) : held.map(label).joined(separator: ", "),
        ])
    case .wswOtherProvider(let municipality):
      return self(.knockOutWswOtherProvider, ["municipality": name(municipality)])
    case .wageSubsidy(let wageValue):
      return self(.knockOutWageSubsidy, ["wageValue": "\(wageValue)"])
    case .support(let need, let offered):
      return self(
        .knockOutSupport,
        [
          "need": label(need), "minimumOffer": label(need.minimumOffer),
          "offered": label(offered),
        ])
    case .noFreeSlot:
      return self(.knockOutNoFreeSlot)
    case .sectorExcluded(let sector):
      return self(.knockOutSectorExcluded, ["sector": name(sector)])
    case .notYetAvailable(let availableFrom, let horizon):
      return self(
        .knockOutNotYetAvailable, ["availableFrom": availableFrom.iso, "horizon": horizon.iso])
    case .notYetOpen(let openFrom, let horizon):
      return self(.knockOutNotYetOpen, ["openFrom": openFrom.iso, "horizon": horizon.iso])
    }
  }

  /// A point to judge in one sentence, for officers.
  public func sentence(_ point: AssessmentPoint) -> String {
    switch point {
    case .loadNotAssessed(let dimension, let demand):
      return self(.pointLoadNotAssessed, ["dimension": name(dimension), "demand": "\(demand)"])
    case .loadAdaptation(let dimension, let demand, let capacity):
      return self(
        .pointLoadAdaptation,
        ["dimension": name(dimension), "demand": "\(demand)", "capacity": "\(capacity)"])
    case .dutchNotAssessed(let required):
      return self(.pointDutchNotAssessed, ["required": required.rawValue])
    case .wageValueNotAssessed:
      return self(.pointWageValueNotAssessed)
    }
  }

  /// The sentences an employer reads about a fit's points to judge: those it may see, and
  /// one line for the rest (without saying what or how many), each sentence once, sorted.
  public func employerSentences(_ fit: DisclosedFit) -> [String] {
    var sentences = Set(
      fit.assessmentPoints.map { point -> String in
        if case .dutchNotAssessed(let required) = point {
          return self(.pointDutchForEmployer, ["required": required.rawValue])
        }
        return self(.pointForOfficer)
      })
    if fit.assessmentWithheld { sentences.insert(self(.pointForOfficer)) }
    return sentences.sorted()
  }

  /// "Competencies: 0.75 × 25% = 18.8 points (required competencies held …)".
  public func sentence(_ component: ScoreComponent) -> String {
    self(
      .componentSentence,
      [
        "component": label(component.kind).capitalizedFirst,
        "value": number(component.value, decimals: 2),
        "weight": NumberText.percent(component.weight),
        "contribution": number(component.contribution, decimals: 1),
        "meaning": meaning(component.kind),
      ])
  }

  /// A reason of a fit in a few words, for a table cell.
  public func phrase(_ reason: Reason) -> String {
    switch reason {
    case .wantsSector(let sector, let rank):
      return self(.reasonWantsSector, ["sector": name(sector), "rank": "\(rank)"])
    case .hoursAndTravelFit:
      return self(.reasonHoursAndTravelFit)
    case .learnsHere(let competency):
      return self(.reasonLearnsHere, ["competency": name(competency).lowercased()])
    case .skillsMatch:
      return self(.reasonSkillsMatch)
    case .hasRequiredSkills:
      return self(.reasonHasRequiredSkills)
    case .learningRoute(let months, let certificate):
      return self(
        certificate ? .reasonLearningRouteWithCertificate : .reasonLearningRoute,
        ["months": "\(months)"])
    case .loadWellWithinCapacity:
      return self(.reasonLoadWellWithinCapacity)
    case .regularEmployer:
      return self(.reasonRegularEmployer)
    case .supportAsNeeded(let offer):
      return self(.reasonSupportAsNeeded, ["offer": label(offer)])
    }
  }

  /// "1 reason", "3 redenen".
  func reasonCount(_ count: Int) -> String {
    self(count == 1 ? .reasonsOne : .reasonsOther, ["count": "\(count)"])
  }
}
