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

  /// Evaluates a pair on `day`: every knock-out, or the score with its components and
  /// assessment points.
  public func evaluate(_ person: Participant, _ place: Place, on day: Day) -> Explanation {
    var knockOuts: [KnockOut] = []
    var points: [AssessmentPoint] = []
    let horizon = day.adding(days: policy.planningHorizonDays)

    // 1. Load: demand above capacity, unless adaptable by one level; unknown is a point.
    var headroomSum = 0
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
        headroomSum += min(Int(capacity.rawValue) - Int(demand.rawValue), 2)
      } else if demand.rawValue - capacity.rawValue == 1 && place.adaptable.contains(dimension) {
        points.append(.loadAdaptation(dimension, demand: demand, capacity: capacity))
      } else {
        knockOuts.append(.load(dimension, demand: demand, capacity: capacity))
      }
    }

    // 2. Hours.
    if place.hoursPerWeek.min > person.wishes.hoursPerWeek.max {
      knockOuts.append(
        .hours(placeMinimum: place.hoursPerWeek.min, personMaximum: person.wishes.hoursPerWeek.max))
    }

    // 3. Travel.
    let minutes = policy.travel.minutes(
      from: person.location, to: place.location, mode: person.wishes.transport)
    if minutes > Double(person.wishes.maxTravelMinutes) {
      knockOuts.append(.travel(minutes: minutes, maximum: person.wishes.maxTravelMinutes))
    }

    // 4. Competencies: missing or below level, unless taught to that level in time.
    let monthsPerLevel = policy.monthsPerLevel[person.developmentPace]
    var quarters = 0
    var steps: [LearningStep] = []
    for requirement in place.requiredCompetencies {
      let held = Int(person.competencies.level(of: requirement.id)?.rawValue ?? 0)
      let required = Int(requirement.level.rawValue)
      if held >= required {
        quarters += held > required || required == 3 ? 4 : 3
      } else if let offer = place.learningOffer,
        let taught = offer.teaches.level(of: requirement.id), taught >= requirement.level
      {
        let months = (required - held) * monthsPerLevel
        if months <= offer.months {
          quarters += 1
          steps.append(
            LearningStep(
              competency: requirement.id, from: held, to: requirement.level, months: months))
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
      let held = Int(person.competencies.level(of: wish.id)?.rawValue ?? 0)
      if held >= Int(wish.level.rawValue) {
        quarters += 4
      } else if held >= 1 {
        quarters += 2
      }
    }

    // 5. Language, unless the place teaches Dutch; unknown is a point.
    let teachesDutch = place.learningOffer?.teachesDutch ?? false
    if place.dutchLevel > .a0 && !teachesDutch {
      if let held = person.dutchLevel {
        if held < place.dutchLevel {
          knockOuts.append(.language(required: place.dutchLevel, held: held))
        }
      } else {
        points.append(.dutchNotAssessed(required: place.dutchLevel))
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
    if place.employerKind == .regular && !place.acceptsWageSubsidy {
      if let wage = person.wageValue {
        if wage < 100 { knockOuts.append(.wageSubsidy(wageValue: wage)) }
      } else {
        points.append(.wageValueNotAssessed)
      }
    }
    if place.support < person.supportNeed.minimumOffer {
      knockOuts.append(.support(need: person.supportNeed, offered: place.support))
    }
    if place.freeSlots <= 0 { knockOuts.append(.noFreeSlot) }
    for sector in place.sectors where person.wishes.wish(for: sector) == .excluded {
      knockOuts.append(.sectorExcluded(sector))
    }
    if person.availableFrom > horizon {
      knockOuts.append(.notYetAvailable(availableFrom: person.availableFrom, horizon: horizon))
    }
    if place.openFrom > horizon {
      knockOuts.append(.notYetOpen(openFrom: place.openFrom, horizon: horizon))
    }

    guard knockOuts.isEmpty else {
      return Explanation(
        participantID: person.id, placeID: place.id, travelMinutes: minutes,
        outcome: .knockedOut(knockOuts))
    }

    // Soft components.
    let load = ScoreFormula.loadHeadroom(
      cappedHeadroomSum: headroomSum, demandedDimensions: demanded)
    let competency = ScoreFormula.competency(
      quarters: quarters, listed: place.requiredCompetencies.count + place.desiredCompetencies.count
    )
    var gained = 0
    if let offer = place.learningOffer {
      let reach = offer.months / monthsPerLevel
      for taught in offer.teaches {
        let held = Int(person.competencies.level(of: taught.id)?.rawValue ?? 0)
        gained += min(max(Int(taught.level.rawValue) - held, 0), reach)
      }
    }
    let development = ScoreFormula.development(
      levelsGained: gained, hasOffer: place.learningOffer != nil,
      certificate: place.learningOffer?.certificate ?? false,
      wantsCertificate: person.wishes.wantsCertificate)
    var sectorValue = 0.0
    for sector in place.sectors {
      sectorValue = max(
        sectorValue, policy.sectorWish.value(of: person.wishes.wish(for: sector)) ?? 0)
    }
    let wishes = ScoreFormula.wishes(
      sector: sectorValue,
      hours: ScoreFormula.hoursOverlap(
        personMin: person.wishes.hoursPerWeek.min, personMax: person.wishes.hoursPerWeek.max,
        placeMin: place.hoursPerWeek.min, placeMax: place.hoursPerWeek.max),
      travel: ScoreFormula.travel(minutes: minutes, maximum: person.wishes.maxTravelMinutes))
    let placement = policy.placementOrder[place.employerKind]
    let support = ScoreFormula.support(
      needRank: person.supportNeed.minimumOffer.rank, offeredRank: place.support.rank,
      surplusPenalty: policy.supportSurplusPenalty)

    let values = [load, competency, development, wishes, placement, support]
    let score = weights.score(
      load: load, competency: competency, development: development, wishes: wishes,
      placement: placement, support: support)
    let components = ScoreComponentKind.allCases.enumerated().map { index, kind in
      ScoreComponent(
        kind: kind, value: values[index], weight: weights.shares[index],
        contribution: 100 * weights.shares[index] * values[index])
    }
    return Explanation(
      participantID: person.id, placeID: place.id, travelMinutes: minutes,
      outcome: .fit(
        Fit(score: score, components: components, assessmentPoints: points, learningSteps: steps)))
  }
}
