extension AdviceStep {
  /// The person after a step they take (steps that change places leave them as they are).
  func applied(to person: Participant) -> Participant {
    var changed = person
    switch self {
    case .travelMinutes(let extra):
      changed.wishes.maxTravelMinutes += extra
    case .transport(let mode):
      changed.wishes.transport = mode
    case .hoursMaximum(let hours):
      changed.wishes.hoursPerWeek = HoursRange(min: person.wishes.hoursPerWeek.min, max: hours)
    case .hoursMinimum(let hours):
      changed.wishes.hoursPerWeek = HoursRange(min: hours, max: person.wishes.hoursPerWeek.max)
    case .competency(let id, let level):
      changed.competencies.removeAll { $0.id == id }
      changed.competencies.append(CompetencyEntry(id: id, level: level))
    case .dutch(let level):
      changed.dutchLevel = level
    case .loadAssessed(let dimension, let level):
      changed.loadCapacity[dimension] = level
    case .planAhead, .adaptation, .wageCostSubsidy, .jobCoach:
      break
    }
    return changed
  }

  /// A place after a step that changes places (others leave it as it is).
  func applied(to place: Place, for person: Participant) -> Place {
    var changed = place
    switch self {
    case .adaptation(let dimension): changed.adaptable.insert(dimension)
    case .wageCostSubsidy: changed.acceptsWageSubsidy = true
    case .jobCoach: changed.support = max(place.support, person.supportNeed.minimumOffer)
    default: break
    }
    return changed
  }

  /// The planning horizon of a question after the step (`nil`: the question's own).
  func horizonDays(_ current: Int) -> Int {
    if case .planAhead(let days) = self { return max(days, current) }
    return current
  }
}

/// Turns the knock-outs of a person's places into advice: the part shared by the fast path
/// (``MatchEngine/advice(for:options:)``) and ``ReferenceAdvice``. They differ only in which
/// places they hand over (the fast path drops, from the packed records, places no single step
/// or pair of steps can open) and in how they find a best fit.
struct AdviceBuilder {
  let person: Participant
  let policy: Policy
  let day: Day
  let horizonDays: Int
  /// The places that fit now.
  let fits: [Place]
  /// Knocked-out places with their knock-outs: at least every place that two steps or fewer
  /// can open.
  let knockedOut: [(place: Place, knockOuts: [KnockOut])]
  /// The best fit now.
  let best: PlaceScore?
  /// The reference evaluation of a pair with a planning horizon.
  let evaluate: (Participant, Place, Int) -> Explanation
  /// The best fit of a (changed) person with a planning horizon.
  let bestFit: (Participant, Int) -> PlaceScore?
  /// The places with the fewest knock-outs, for when no single step opens anything.
  let nearest: () -> [NearestPlace]
  /// Whether to work out gains (the best fit after each step), combinations and the
  /// nearest places: off for a region's aggregate, which needs only what steps open.
  var complete = true

  func build() -> Advice {
    var single: [AdviceFamily: [(place: Place, needs: [AdviceNeed])]] = [:]
    var pairs: [[AdviceFamily]: [(place: Place, needs: [AdviceNeed])]] = [:]
    var travelOnly: [Place] = []
    for (place, knockOuts) in knockedOut {
      if knockOuts.allSatisfy({ if case .travel = $0 { true } else { false } }) {
        travelOnly.append(place)
      }
      let needs = knockOuts.compactMap {
        AdviceNeed.of($0, person: person, place: place, day: day, policy: policy)
      }
      guard needs.count == knockOuts.count else { continue }
      let families = Set(needs.map(\.family)).sorted()
      switch families.count {
      case 1: single[families[0], default: []].append((place, needs))
      case 2: pairs[families, default: []].append((place, needs))
      default: break
      }
    }

    var effects: [StepEffect] = []
    for family in single.keys.sorted() {
      if let effect = effect(of: family, places: single[family]!) { effects.append(effect) }
    }
    effects += transportEffects(travelOnly)
    if complete { effects += gainEffects() }
    effects = effects.filter { $0.opens > 0 || gain($0) > 0 }
    effects.sort { a, b in
      if a.opens != b.opens { return a.opens > b.opens }
      if gain(a) != gain(b) { return gain(a) > gain(b) }
      return a.step.rank < b.step.rank
    }

    let opensAny = effects.contains { $0.opens > 0 }
    var combinations: [StepCombination] = []
    var nearest: [NearestPlace] = []
    if !opensAny && complete {
      combinations = pairs.keys.sorted { $0.lexicographicallyPrecedes($1) }.compactMap {
        combination(of: $0, places: pairs[$0]!)
      }
      combinations.sort { a, b in
        a.opens != b.opens
          ? a.opens > b.opens : a.steps.map(\.rank).lexicographicallyPrecedes(b.steps.map(\.rank))
      }
      combinations = Array(combinations.prefix(Advice.listed))
      nearest = self.nearest()
    }
    return Advice(
      participantID: person.id, day: day, horizonDays: horizonDays, fits: fits.count, best: best,
      steps: effects, combinations: combinations, nearest: nearest)
  }

  /// How much a step raises the best fit, in millionths (0 when it does not).
  func gain(_ effect: StepEffect) -> Int64 {
    guard let after = effect.bestAfter?.scoreMillionths else { return 0 }
    return max(0, after - (best?.scoreMillionths ?? 0))
  }

  // MARK: One family

  /// The rungs a family's step can take, least first.
  func rungs(of family: AdviceFamily, needs: [AdviceNeed]) -> [AdviceStep] {
    let advice = policy.advice
    let wishes = person.wishes
    switch family {
    case .travel:
      let cap = min(
        advice.maximumExtraTravelMinutes,
        Wishes.validTravelMinutes.upperBound - wishes.maxTravelMinutes)
      var minutes = Array(
        stride(from: advice.travelStepMinutes, through: cap, by: advice.travelStepMinutes))
      if minutes.last != cap && cap > 0 { minutes.append(cap) }
      return minutes.map { .travelMinutes(extraMinutes: $0) }
    case .hoursMaximum:
      return ladder(
        from: wishes.hoursPerWeek.max, step: advice.hoursStep,
        limit: HoursRange.validHours.upperBound
      )
      .map { .hoursMaximum($0) }
    case .hoursMinimum:
      return ladder(from: wishes.hoursPerWeek.min, step: -advice.hoursStep, limit: 0)
        .map { .hoursMinimum($0) }
    case .planAhead:
      return ladder(
        from: horizonDays, step: advice.planningStepDays, limit: Limits.horizonDays.upperBound
      )
      .map { .planAhead(days: $0) }
    case .competency(let id):
      let held = Int(person.competencies.level(of: id)?.rawValue ?? 0)
      return (held + 1...3).compactMap { CompetencyLevel($0) }.map { .competency(id, level: $0) }
    case .dutch:
      let held = person.dutchLevel?.rank ?? 0
      return DutchLevel.allCases.filter { $0.rank > held }.map { .dutch($0) }
    case .adaptation, .wageCostSubsidy, .jobCoach:
      return [family.step(meeting: needs)]
    }
  }

  /// `from + step`, `from + 2·step`, … up to and including `limit`.
  func ladder(from start: Int, step: Int, limit: Int) -> [Int] {
    var values: [Int] = []
    var value = start
    while step > 0 ? value < limit : value > limit {
      value = step > 0 ? min(limit, value + step) : max(limit, value + step)
      values.append(value)
    }
    return values
  }

  func effect(of family: AdviceFamily, places: [(place: Place, needs: [AdviceNeed])])
    -> StepEffect?
  {
    let rungs = rungs(of: family, needs: places.flatMap(\.needs))
    let counts = rungs.map { rung in
      places.count { $0.needs.allSatisfy(rung.meets) }
    }
    guard let most = counts.max(), most > 0, let chosen = counts.firstIndex(of: most) else {
      return nil
    }
    let step = rungs[chosen]
    let opened = places.filter { $0.needs.allSatisfy(step.meets) }.map(\.place)
    var ladder: [StepRung] = []
    if rungs.count > 1 {
      var last = 0
      for (rung, count) in zip(rungs.prefix(chosen + 1), counts) where count > last {
        ladder.append(StepRung(step: rung, opens: count))
        last = count
      }
    }
    return effect(of: step, opening: opened, closes: 0, ladder: ladder)
  }

  /// A step's effect, its opened places evaluated after it.
  func effect(of step: AdviceStep, opening opened: [Place], closes: Int, ladder: [StepRung])
    -> StepEffect
  {
    let person = step.applied(to: self.person)
    let horizon = step.horizonDays(horizonDays)
    var count = 0
    var bestOpened: PlaceScore?
    for place in opened {
      let changed = step.applied(to: place, for: self.person)
      guard let fit = evaluate(person, changed, horizon).fit else { continue }
      count += 1
      bestOpened = PlaceScore.better(
        bestOpened, PlaceScore(placeID: place.id, scoreMillionths: fit.scoreMillionths))
    }
    var bestAfter: PlaceScore?
    if complete {
      bestAfter =
        step.changesPlaces ? PlaceScore.better(best, bestOpened) : bestFit(person, horizon)
    }
    return StepEffect(
      step: step, opens: count, bestOpened: bestOpened, bestAfter: bestAfter, closes: closes,
      ladder: ladder, learnAt: learnAt(step))
  }

  /// Learning-work places that fit now and teach the step's competency to its level in time.
  func learnAt(_ step: AdviceStep) -> [PlaceID] {
    guard case .competency(let id, let level) = step else { return [] }
    let held = Int(person.competencies.level(of: id)?.rawValue ?? 0)
    let months = (Int(level.rawValue) - held) * policy.monthsPerLevel[person.developmentPace]
    return Array(
      fits.filter { place in
        guard let offer = place.learningOffer, let taught = offer.teaches.level(of: id) else {
          return false
        }
        return taught >= level && months <= offer.months
      }.map(\.id).sorted().prefix(Advice.listed))
  }

  // MARK: Transport

  /// Faster ways to travel: from walking to cycling or public transport, from cycling to
  /// public transport. A car is never advised.
  static func fasterModes(than mode: TransportMode) -> [TransportMode] {
    switch mode {
    case .walk: [.bike, .publicTransport]
    case .bike: [.publicTransport]
    case .publicTransport, .car: []
    }
  }

  func transportEffects(_ travelOnly: [Place]) -> [StepEffect] {
    Self.fasterModes(than: person.wishes.transport).compactMap { mode in
      let limit = Double(person.wishes.maxTravelMinutes)
      func minutes(_ place: Place) -> Double {
        policy.travel.minutes(from: person.location, to: place.location, mode: mode)
      }
      let opened = travelOnly.filter { !(minutes($0) > limit) }
      let closes = fits.count { minutes($0) > limit }
      guard !opened.isEmpty else { return nil }
      return effect(of: .transport(mode), opening: opened, closes: closes, ladder: [])
    }
  }

  // MARK: Gains without openings

  /// Steps that open nothing but may raise the best fit: a capacity never assessed (counted
  /// as assessed at the highest demand on it among the places that fit) and, when the SOB
  /// provides job coaches, a coach arranged where a place that fits lacks the support.
  func gainEffects() -> [StepEffect] {
    var effects: [StepEffect] = []
    for dimension in LoadDimension.allCases where person.loadCapacity[dimension] == nil {
      let demands = fits.compactMap { $0.loadDemand[dimension] }.filter { $0 > .none }
      guard let level = demands.max() else { continue }
      effects.append(
        effect(of: .loadAssessed(dimension, level: level), opening: [], closes: 0, ladder: []))
    }
    let need = person.supportNeed.minimumOffer
    if policy.jobCoaches.provided {
      var bestCoached: PlaceScore?
      for place in fits where place.support < need {
        let changed = AdviceStep.jobCoach.applied(to: place, for: person)
        if let fit = evaluate(person, changed, horizonDays).fit {
          bestCoached = PlaceScore.better(
            bestCoached, PlaceScore(placeID: place.id, scoreMillionths: fit.scoreMillionths))
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

  // MARK: Pairs

  func combination(of families: [AdviceFamily], places: [(place: Place, needs: [AdviceNeed])])
    -> StepCombination?
  {
    let steps = families.map { family in
      family.step(meeting: places.flatMap(\.needs).filter { $0.family == family })
    }
    var person = self.person
    var horizon = horizonDays
    for step in steps {
      person = step.applied(to: person)
      horizon = step.horizonDays(horizon)
    }
    var count = 0
    var bestOpened: PlaceScore?
    for (place, _) in places {
      var changed = place
      for step in steps { changed = step.applied(to: changed, for: self.person) }
      guard let fit = evaluate(person, changed, horizon).fit else { continue }
      count += 1
      bestOpened = PlaceScore.better(
        bestOpened, PlaceScore(placeID: place.id, scoreMillionths: fit.scoreMillionths))
    }
    return count > 0 ? StepCombination(steps: steps, opens: count, bestOpened: bestOpened) : nil
  }
}
