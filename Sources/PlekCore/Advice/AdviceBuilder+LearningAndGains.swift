extension AdviceBuilder {
  // MARK: Where to learn

  /// Learning-work places that fit now and teach the step's competency to its level in time.
  /// (Only for the steps listed: it reads every place that fits.)
  /// Learning-work places in the person's reach that teach the step's competency to its
  /// level in time but do not fit now, with their knock-outs: fewest first, then nearest,
  /// then by id. (Only for the steps listed: it reads every learning-work place.)
  func learnNearby(_ step: AdviceStep) -> [NearestPlace] {
    guard case .competency(let id, let level) = step else { return [] }
    let held = Int(person.heldCompetencies.level(of: id)?.rawValue ?? 0)
    let months = (Int(level.rawValue) - held) * policy.monthsPerLevel[person.developmentPace]
    let teaches = facts.teaching(id)
    let fitting = Set(fits)
    let limit = Double(person.wishes.maxTravelMinutes)
    var found: [(place: NearestPlace, minutes: Double)] = []
    for ref in facts.learning() where !fitting.contains(ref) {
      guard let taught = teaches(ref), taught.level >= level, months <= taught.months else {
        continue
      }
      let minutes = facts.minutes(ref, person.wishes.transport)
      guard !(minutes > limit) else { continue }
      let knockOuts = evaluate(person, facts.record(ref), horizonDays).knockOuts
      guard !knockOuts.isEmpty else { continue }
      found.append((NearestPlace(placeID: facts.id(ref), knockOuts: knockOuts), minutes))
    }
    found.sort {
      if $0.place.knockOuts.count != $1.place.knockOuts.count {
        return $0.place.knockOuts.count < $1.place.knockOuts.count
      }
      if $0.minutes != $1.minutes { return $0.minutes < $1.minutes }
      return $0.place.placeID < $1.place.placeID
    }
    return found.prefix(Advice.listed).map(\.place)
  }

  func learnAt(_ step: AdviceStep) -> [PlaceID] {
    guard case .competency(let id, let level) = step else { return [] }
    let held = Int(person.heldCompetencies.level(of: id)?.rawValue ?? 0)
    let months = (Int(level.rawValue) - held) * policy.monthsPerLevel[person.developmentPace]
    let teaches = facts.teaching(id)
    return Array(
      fits.filter { place in
        guard let taught = teaches(place) else { return false }
        return taught.level >= level && months <= taught.months
      }.map(facts.id).sorted().prefix(Advice.listed))
  }

  // MARK: Gains without openings

  /// Steps that open nothing but may raise the best fit: a capacity never assessed (counted
  /// as assessed at the highest demand on it among the places that fit) and, when the SOB
  /// provides job coaches, a coach arranged where a place that fits lacks the support.
  func gainEffects() -> [StepEffect] {
    var effects: [StepEffect] = []
    // Each dimension never assessed that a place that fits demands, at its highest demand.
    var unassessed: [LoadDimension: LoadLevel] = [:]
    for dimension in LoadDimension.allCases where person.loadCapacity[dimension] == nil {
      let demands = fits.map { facts.demand($0, dimension) }.filter { $0 > .none }
      if let level = demands.max() { unassessed[dimension] = level }
    }
    // Three or more: one full assessment (FML), not a near-identical line per dimension.
    let steps: [AdviceStep] =
      unassessed.count >= Advice.fullAssessmentFrom
      ? [.loadAssessment(unassessed)]
      : LoadDimension.allCases.compactMap { dimension in
        unassessed[dimension].map { .loadAssessed(dimension, level: $0) }
      }
    for step in steps {
      effects.append(
        StepEffect(
          step: step, opens: 0, bestOpened: nil,
          bestAfter: bestAmongFits(after: step, step.applied(to: person), horizonDays), closes: 0,
          ladder: [], learnAt: []))
    }
    let need = person.supportNeed.minimumOffer
    if policy.jobCoaches.provided {
      var bestCoached: PlaceScore?
      for ref in fits where facts.support(ref) < need {
        let changed = AdviceStep.jobCoach.applied(to: facts.record(ref), for: person)
        if let fit = evaluate(person, changed, horizonDays).fit {
          bestCoached = PlaceScore.better(
            bestCoached, PlaceScore(placeID: facts.id(ref), scoreMillionths: fit.scoreMillionths))
        }
      }
      if let bestCoached {
        effects.append(
          StepEffect(
            step: .jobCoach, opens: 0, bestOpened: nil,
            bestAfter: PlaceScore.better(best, bestCoached), closes: 0, ladder: [], learnAt: []))
      }
    }
    return effects
  }

}
