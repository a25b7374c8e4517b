/// The plain, obviously-correct evaluation of one (participant, place) pair on the friendly
/// model, rule by rule as `Scoring.md` states them.
///
/// It is the source of every explanation and the yardstick of the compiled scorer: tests
/// check on seeded random data that the compiled scorer knocks out the same pairs and gives
/// the same scores and order. It favours clarity over speed; do not optimize it.
public struct ReferenceScorer: Sendable {
  /// The policy the pair is scored by.
  public let policy: Policy
  let weights: NormalizedWeights

  /// Creates a scorer for a validated policy.
  public init(policy: Policy) {
    self.policy = policy
    self.weights = NormalizedWeights(policy.weights)
  }

  /// Evaluates a pair on `day`: every knock-out, or the score with its components,
  /// adjustments, assessment points, learning steps and notes. The planning horizon is the
  /// policy's unless `horizonDays` is given.
  public func evaluate(
    _ person: Participant, _ place: Place, on day: Day, horizonDays: Int? = nil
  ) -> Explanation {
    var knockOuts: [KnockOut] = []
    var points: [AssessmentPoint] = []
    var steps: [LearningStep] = []
    var notes: [FitNote] = []
    let horizon = day.adding(days: horizonDays ?? policy.planningHorizonDays)
    // With the levels learning routes earned (merged once, read per competency below).
    let heldCompetencies = person.heldCompetencies

    // 1. Load: demand above capacity, unless adaptable by one level; unknown is a point.
    var fitThirds = 0
    var demanded = 0
    for dimension in LoadDimension.allCases {
      let demand = place.loadDemand[dimension] ?? .maximum
      if demand == .none { continue }
      demanded += 1
      guard let capacity = person.loadCapacity[dimension] else {
        points.append(.loadNotAssessed(dimension, demand: demand))
        continue
      }
      if capacity >= demand {
        fitThirds += 1 + min(Int(capacity.rawValue) - Int(demand.rawValue), 2)
      } else if demand.rawValue - capacity.rawValue == 1 && place.adaptable.contains(dimension) {
        points.append(.loadAdaptation(dimension, demand: demand, capacity: capacity))
      } else {
        knockOuts.append(.load(dimension, demand: demand, capacity: capacity))
      }
    }

    // 2. Hours, both ways: the place needs more than the person's maximum, or offers less
    //    than their minimum.
    let wanted = person.wishes.hoursPerWeek
    if place.hoursPerWeek.min > wanted.max || place.hoursPerWeek.max < wanted.min {
      knockOuts.append(.hours(place: place.hoursPerWeek, person: wanted))
    }

    // 3. Travel.
    let minutes = policy.travel.minutes(
      from: person.location, to: place.location, mode: person.wishes.transport)
    if minutes > Double(person.wishes.maxTravelMinutes) {
      knockOuts.append(.travel(minutes: minutes, maximum: person.wishes.maxTravelMinutes))
    }

    // 4. Competencies: missing or below level, unless taught to that level in time.
    let monthsPerLevel = policy.monthsPerLevel[person.developmentPace]
    var eighths = 0
    for requirement in place.requiredCompetencies {
      let held = Int(heldCompetencies.level(of: requirement.id)?.rawValue ?? 0)
      let required = Int(requirement.level.rawValue)
      if held >= required {
        eighths += held > required || required == 3 ? 8 : 6
      } else if let offer = place.learningOffer,
        let taught = offer.teaches.level(of: requirement.id), taught >= requirement.level
      {
        let months = (required - held) * monthsPerLevel
        if months <= offer.months {
          // On the way: the route brings them to the level, as if held exactly.
          eighths += 6
          steps.append(
            LearningStep(
              subject: .competency(requirement.id), from: held, to: required, months: months))
        } else {
          knockOuts.append(
            .competencyPace(
              requirement.id, required: requirement.level, held: held, monthsNeeded: months,
              offerMonths: offer.months))
        }
      } else {
        knockOuts.append(.competency(requirement.id, required: requirement.level, held: held))
      }
    }
    for wish in place.desiredCompetencies {
      let held = Int(heldCompetencies.level(of: wish.id)?.rawValue ?? 0)
      if held >= Int(wish.level.rawValue) {
        eighths += 8
      } else if held >= 1 {
        eighths += 4
      }
    }

    // 5. Dutch: below the requirement is a knock-out unless the place teaches Dutch and the
    //    climb fits its route at the person's pace; unknown is a point.
    if place.dutchLevel > .a0 {
      let required = place.dutchLevel
      if let held = person.dutchLevel {
        if held < required {
          if let offer = place.learningOffer, offer.teachesDutch {
            let months =
              (required.rank - held.rank) * policy.dutchMonthsPerLevel[person.developmentPace]
            if months <= offer.months {
              steps.append(
                LearningStep(subject: .dutch, from: held.rank, to: required.rank, months: months))
            } else {
              knockOuts.append(
                .languagePace(
                  required: required, held: held, monthsNeeded: months,
                  offerMonths: offer.months))
            }
          } else {
            knockOuts.append(.language(required: required, held: held))
          }
        }
      } else {
        points.append(.dutchNotAssessed(required: required))
      }
    }

    // 6. Eligibility.
    if !place.requiredIndications.isEmpty
      && place.requiredIndications.isDisjoint(with: person.indications)
    {
      knockOuts.append(
        .indication(
          required: Indication.allCases.filter(place.requiredIndications.contains),
          held: Indication.allCases.filter(person.indications.contains)))
    }
    if place.employerKind == .internal && place.requiredIndications.contains(.wsw)
      && person.indications.contains(.wsw)
      && policy.wswOtherProviderMunicipalities.contains(person.municipality)
    {
      knockOuts.append(.wswOtherProvider(person.municipality))
    }
    // A regular employer that does not accept wage-cost subsidy, or has not said: below full
    // wage value is a knock-out only on a "no"; an unsaid answer is a point to arrange.
    if place.employerKind == .regular && place.acceptsWageSubsidy != true {
      if let wage = person.wageValue {
        if wage < 100 {
          if place.acceptsWageSubsidy == false {
            knockOuts.append(.wageSubsidy(wageValue: wage))
          } else {
            points.append(.wageSubsidyToArrange(wageValue: wage))
          }
        }
      } else {
        points.append(.wageValueNotAssessed)
      }
    }
    if place.support < person.supportNeed.minimumOffer {
      if policy.jobCoaches.provided {
        points.append(.jobCoachToArrange(need: person.supportNeed, offered: place.support))
      } else {
        knockOuts.append(.support(need: person.supportNeed, offered: place.support))
      }
    }
    if person.supportNeed == .permanent && place.employerKind == .regular {
      points.append(.permanentSupportAtRegular)
    }
    if place.freeSlots <= 0 { knockOuts.append(.noFreeSlot) }
    // Only the main sector knocks out; an excluded secondary sector lowers the sector part.
    if person.wishes.wish(for: place.sectors[0]) == .excluded {
      knockOuts.append(.sectorExcluded(place.sectors[0]))
    }
    let excludedSecondary = place.sectors.dropFirst().filter {
      person.wishes.wish(for: $0) == .excluded
    }
    notes += excludedSecondary.map { .excludedSecondarySector($0) }
    if person.availableFrom > horizon {
      knockOuts.append(.notYetAvailable(availableFrom: person.availableFrom, horizon: horizon))
    } else if person.availableFrom > day {
      notes.append(.availableFrom(person.availableFrom))
    }
    if place.opensOn > horizon {
      knockOuts.append(.notYetOpen(openFrom: place.opensOn, horizon: horizon))
    } else if place.opensOn > day {
      notes.append(.opensOn(place.opensOn))
    }

    guard knockOuts.isEmpty else {
      return Explanation(
        participantID: person.id, placeID: place.id, travelMinutes: minutes,
        demandedDimensions: demanded, outcome: .knockedOut(knockOuts))
    }

    // Soft components.
    let load = ScoreFormula.loadHeadroom(fitThirds: fitThirds, demandedDimensions: demanded)
    let competency = ScoreFormula.competency(
      eighths: eighths, listed: place.requiredCompetencies.count + place.desiredCompetencies.count)
    var gained = 0
    var taught = 0
    if let offer = place.learningOffer {
      let reach = offer.months / monthsPerLevel
      for entry in offer.teaches {
        let held = Int(heldCompetencies.level(of: entry.id)?.rawValue ?? 0)
        let gap = max(Int(entry.level.rawValue) - held, 0)
        taught += gap
        gained += min(gap, reach)
      }
    }
    // Said where the group changes the score: only a route with a certificate counts more.
    if !person.wishes.wantsCertificate
      && policy.developableTargetGroups.contains(person.targetGroup)
      && place.learningOffer?.certificate == true
    {
      notes.append(.developmentGoalOfTargetGroup(person.targetGroup))
    }
    let development = ScoreFormula.development(
      levelsGained: gained, levelsTaught: taught, hasOffer: place.learningOffer != nil,
      certificate: place.learningOffer?.certificate ?? false,
      goal: policy.developmentIsAGoal(for: person))
    var best = 0.0
    for sector in place.sectors {
      best = max(best, policy.sectorWish.value(of: person.wishes.wish(for: sector)) ?? 0)
    }
    let wishes = ScoreFormula.wishes(
      sector: ScoreFormula.sector(
        best: best, excludedSecondary: excludedSecondary.count,
        penalty: policy.sectorWish.excludedSecondary),
      hours: ScoreFormula.hoursOverlap(
        personMin: wanted.min, personMax: wanted.max,
        placeMin: place.hoursPerWeek.min, placeMax: place.hoursPerWeek.max),
      travel: ScoreFormula.travel(minutes: minutes, maximum: person.wishes.maxTravelMinutes))
    let rule = policy.placementRule(for: person.targetGroup)
    let placement = rule.order[place.employerKind]
    let support = ScoreFormula.support(
      needRank: person.supportNeed.minimumOffer.rank, offeredRank: place.support.rank,
      surplusPenalty: policy.supportSurplusPenalty,
      arranged: policy.jobCoaches.arrangedSupportValue)

    let values = [load, competency, development, wishes, placement, support]
    let components = ScoreComponentKind.allCases.enumerated().map { index, kind in
      ScoreComponent(
        kind: kind, value: values[index], weight: weights.shares[index],
        contributionMillionths: ScoreFormula.millionths(100 * weights.shares[index] * values[index])
      )
    }
    let contributions = components.reduce(0) { $0 + $1.contributionMillionths }
    var adjustments: [ScoreAdjustment] = []
    if !points.isEmpty && policy.assessmentPointCost > 0 {
      adjustments.append(
        ScoreAdjustment(
          reason: .assessmentPoints(count: points.count),
          millionths: Int64(points.count) * ScoreFormula.millionths(policy.assessmentPointCost)))
    }
    if place.employerKind == .internal && rule.internalMargin > 0,
      let profile = policy.placementProfiles.targetGroups[person.targetGroup]
    {
      adjustments.append(
        ScoreAdjustment(
          reason: .internalPlace(person.targetGroup, profile),
          millionths: ScoreFormula.millionths(rule.internalMargin)))
    }
    if place.sroi && policy.sroiBonus > 0 {
      adjustments.append(
        ScoreAdjustment(
          reason: .sroiPlace, millionths: -ScoreFormula.millionths(policy.sroiBonus)))
    }
    let score = ScoreFormula.score(
      contributions: contributions, adjustments: adjustments.reduce(0) { $0 + $1.millionths })
    return Explanation(
      participantID: person.id, placeID: place.id, travelMinutes: minutes,
      demandedDimensions: demanded,
      outcome: .fit(
        Fit(
          scoreMillionths: score, components: components, adjustments: adjustments,
          assessmentPoints: points, learningSteps: steps, notes: notes)))
  }
}
