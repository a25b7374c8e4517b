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
    case .hours(let place, let person):
      return place.min > person.max
        ? self(
          .knockOutHoursTooMany,
          ["placeMinimum": "\(place.min)", "personMaximum": "\(person.max)"])
        : self(
          .knockOutHoursTooFew,
          ["placeMaximum": "\(place.max)", "personMinimum": "\(person.min)"])
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
    case .languagePace(let required, let held, let monthsNeeded, let offerMonths):
      return self(
        .knockOutLanguagePace,
        [
          "required": required.rawValue, "held": held.rawValue, "monthsNeeded": "\(monthsNeeded)",
          "offerMonths": "\(offerMonths)",
        ])
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
        .knockOutNotYetAvailable, ["availableFrom": date(availableFrom), "horizon": date(horizon)])
    case .notYetOpen(let openFrom, let horizon):
      return self(.knockOutNotYetOpen, ["openFrom": date(openFrom), "horizon": date(horizon)])
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
    case .jobCoachToArrange(let need, let offered):
      return self(
        .pointJobCoachToArrange,
        [
          "need": label(need), "minimumOffer": label(need.minimumOffer),
          "offered": label(offered),
        ])
    case .permanentSupportAtRegular:
      return self(.pointPermanentSupport)
    }
  }

  /// "12 of the 14 demands of this place were never assessed: …", in one line.
  public func sentence(_ unassessed: UnassessedDemands) -> String {
    self(
      .pointMostlyUnassessed,
      [
        "unassessed": "\(unassessed.dimensions.count)", "demanded": "\(unassessed.demanded)",
        "dimensions": unassessed.dimensions.map { name($0).lowercased() }.joined(separator: ", "),
      ])
  }

  /// The points to judge of a fit in sentences: those not summed up in one line, then the
  /// line.
  public func pointSentences(_ fit: DisclosedFit) -> [String] {
    var sentences = fit.pointsSaidOneByOne.map(sentence)
    if let unassessed = fit.mostlyUnassessed { sentences.append(sentence(unassessed)) }
    return sentences
  }

  /// What an adjustment is, in words ("points to judge: 3 × 2.0"); its points are said
  /// apart.
  public func sentence(_ adjustment: ScoreAdjustment) -> String {
    switch adjustment.reason {
    case .assessmentPoints(let count):
      let cost = count > 0 ? adjustment.points / Double(count) : 0
      return self(.adjustmentPoints, ["count": "\(count)", "cost": number(cost, decimals: 1)])
    case .internalPlace(let group, _):
      return self(.adjustmentPlacement, ["group": label(group)])
    }
  }

  /// A remark about a fit.
  public func sentence(_ note: FitNote) -> String {
    switch note {
    case .excludedSecondarySector(let sector):
      return self(.noteExcludedSecondary, ["sector": name(sector)])
    case .opensOn(let day): return self(.noteOpensOn, ["date": date(day)])
    case .availableFrom(let day): return self(.noteAvailableFrom, ["date": date(day)])
    case .developmentGoalOfTargetGroup(let group):
      return self(.noteDevelopmentGoal, ["group": label(group)])
    }
  }

  /// A learning step: "Forklift driving: level 0 → 2 in 12 months", "Dutch: A1 → B1 in …".
  public func sentence(_ step: LearningStep) -> String {
    let levels = step.levelNames
    let values = ["from": levels.from, "to": levels.to, "months": "\(step.months)"]
    switch step.subject {
    case .competency(let id): return name(id) + ": " + self(.learningStep, values)
    case .dutch: return self(.learningStepDutch, values)
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
    case .learnsDutchHere:
      return self(.reasonLearnsDutchHere)
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
