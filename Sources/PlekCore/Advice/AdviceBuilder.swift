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
    case .loadAssessment(let levels):
      for dimension in LoadDimension.allCases {
        if let level = levels[dimension] { changed.loadCapacity[dimension] = level }
      }
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

/// A place as advice handles it: its slot in its store. What advice reads of it comes
/// through ``PlaceFacts`` (from the packed records on the fast path), and the whole record is
/// fetched only when a step is taken for it.
struct PlaceRef: Hashable {
  var slot: Int
}

/// What advice reads of the places it handles.
struct PlaceFacts {
  /// The place's id.
  let id: (PlaceRef) -> PlaceID
  /// Minutes of travel from the person by a transport mode (the scorer's own figure).
  let minutes: (PlaceRef, TransportMode) -> Double
  /// For a competency: the level a place's route teaches it to and its months, if it does.
  let teaching: (CompetencyID) -> (PlaceRef) -> (level: CompetencyLevel, months: Int)?
  /// For a competency: whether a place requires, desires or teaches it (only then does a
  /// person's level of it change their score there).
  let mentioning: (CompetencyID) -> (PlaceRef) -> Bool
  /// The place's demand on a load dimension.
  let demand: (PlaceRef, LoadDimension) -> LoadLevel
  /// The support the place offers.
  let support: (PlaceRef) -> SupportOffer
  /// The whole record.
  let record: (PlaceRef) -> Place
  /// Every place with a learning offer (asked for only for the competency steps listed).
  let learning: () -> [PlaceRef]
}

/// A knocked-out place and what it needs.
struct BlockedPlace {
  var ref: PlaceRef
  /// When one family of steps removes every knock-out: the family and how far.
  var single: SingleNeed?
  /// One need per knock-out, for places the reference scorer read (pairs are made of
  /// these); `nil` when a knock-out is beyond any step, or when only ``single`` is known.
  var needs: [AdviceNeed]?
  /// Whether travel is its only knock-out (at any distance: another transport may reach it).
  var travelOnly: Bool

  /// The needs of a place from the reference scorer's knock-outs.
  init(
    _ place: Place, slot: Int, knockOuts: [KnockOut], person: Participant, day: Day,
    policy: Policy, numbers: CompetencyNumbers
  ) {
    ref = PlaceRef(slot: slot)
    let needs = knockOuts.compactMap {
      $0.adviceNeed(person: person, place: place, day: day, policy: policy)
    }
    self.needs = needs.count == knockOuts.count ? needs : nil
    single = self.needs.flatMap { SingleNeed.of($0, numbers: numbers) }
    travelOnly = knockOuts.allSatisfy { if case .travel = $0 { true } else { false } }
  }

  /// A place one family of steps away, as the packed records tell it.
  init(_ ref: PlaceRef, single: SingleNeed?, travelOnly: Bool) {
    self.ref = ref
    self.single = single
    self.needs = nil
    self.travelOnly = travelOnly
  }
}

/// Turns the knock-outs of a person's places into advice: the part shared by the fast path
/// (``MatchEngine/advice(for:options:)``) and ``ReferenceAdvice``. They differ in which
/// places they hand over (the fast path drops, from the packed records, places no single step
/// or pair of steps can open) and in how they score a changed person (the compiled kernel
/// and a one-place shortlist, or the reference scorer over every place).
struct AdviceBuilder {
  let person: Participant
  let policy: Policy
  let day: Day
  let horizonDays: Int
  /// The places that fit now.
  let fits: [PlaceRef]
  /// Knocked-out places: at least every place one step can open.
  let blocked: [BlockedPlace]
  /// Knocked-out places two steps may open, asked for only when no single step opens
  /// anything.
  let pairCandidates: () -> [BlockedPlace]
  /// The best fit now, and where it is.
  let best: PlaceScore?
  var bestRef: PlaceRef? = nil
  /// What advice reads of places.
  let facts: PlaceFacts
  /// The numbers of the competencies the places' needs name.
  let numbers: CompetencyNumbers
  /// The reference evaluation of a pair with a planning horizon.
  let evaluate: (Participant, Place, Int) -> Explanation
  /// The best fit of a (changed) person among some places, with a planning horizon.
  let bestAmong: (Participant, Int, [PlaceRef]) -> PlaceScore?
  /// The best of some places after a step that changes them, when it can be scored without
  /// changing the records (an adaptation, wage-cost subsidy); `nil` otherwise.
  var bestAmongChanged: (AdviceStep, [PlaceRef]) -> PlaceScore?? = { _, _ in nil }
  /// The places with the fewest knock-outs, for when no single step opens anything.
  let nearest: () -> [NearestPlace]
  /// Whether to take the steps listed (the best place each opens, the best fit after it) and
  /// work out pairs and the nearest places: off for a region's aggregate, which needs only
  /// what every step opens.
  var complete = true

  func build() -> Advice {
    var single: [FamilyKey: [(ref: PlaceRef, least: Int32)]] = [:]
    var travelOnly: [PlaceRef] = []
    for blocked in blocked {
      if blocked.travelOnly { travelOnly.append(blocked.ref) }
      guard let need = blocked.single else { continue }
      single[need.key, default: []].append((blocked.ref, need.least))
    }

    // What every step opens, counted from the needs; only the steps listed are then taken.
    // (The order the families are taken in does not matter: the sort below is total.)
    var candidates: [Candidate] = []
    for (key, places) in single {
      if let candidate = candidate(of: AdviceFamily(key, numbers: numbers), places: places) {
        candidates.append(candidate)
      }
    }
    candidates += transportCandidates(travelOnly)
    candidates.sort { a, b in
      if a.opened.count != b.opened.count { return a.opened.count > b.opened.count }
      return a.step.precedes(b.step)
    }
    var effects: [StepEffect]
    if complete {
      effects = candidates.prefix(Advice.stepsListed).map(finish)
      if effects.count < Advice.stepsListed {
        let gains = gainEffects().filter { gain($0) >= Advice.smallestGain }.sorted { a, b in
          gain(a) != gain(b) ? gain(a) > gain(b) : a.step.precedes(b.step)
        }
        effects += gains.prefix(Advice.stepsListed - effects.count)
      }
    } else {
      // A region counts a person under every rung that opens a place for them, with the
      // places each opens (a step without rungs is its own one rung).
      effects = candidates.map {
        StepEffect(
          step: $0.step, opens: $0.opened.count, bestOpened: nil, bestAfter: nil,
          closes: $0.closes,
          ladder: $0.everyRung.isEmpty
            ? [StepRung(step: $0.step, opens: $0.opened.count, opened: $0.opened.map(\.slot))]
            : $0.everyRung,
          learnAt: [])
      }
    }

    var combinations: [StepCombination] = []
    var nearest: [NearestPlace] = []
    if candidates.isEmpty && complete {
      var pairs: [[AdviceFamily]: [(ref: PlaceRef, needs: [AdviceNeed])]] = [:]
      for blocked in pairCandidates() {
        guard let needs = blocked.needs else { continue }
        let families = Set(needs.map(\.family)).sorted()
        if families.count == 2 { pairs[families, default: []].append((blocked.ref, needs)) }
      }
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

  /// A step and what it opens, before it is taken.
  struct Candidate {
    var step: AdviceStep
    var opened: [PlaceRef]
    var closes: Int
    var ladder: [StepRung]
    /// Every rung that opens a place (empty for a step without rungs).
    var everyRung: [StepRung] = []
  }

  // MARK: One family

  /// The rungs a family's step can take, least first.
  func rungs(of family: AdviceFamily) -> [AdviceStep] {
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
      ).map { .hoursMaximum($0) }
    case .hoursMinimum:
      return ladder(from: wishes.hoursPerWeek.min, step: -advice.hoursStep, limit: 0)
        .map { .hoursMinimum($0) }
    case .planAhead:
      return ladder(
        from: horizonDays, step: advice.planningStepDays, limit: Limits.horizonDays.upperBound
      ).map { .planAhead(days: $0) }
    case .competency(let id):
      let held = Int(person.heldCompetencies.level(of: id)?.rawValue ?? 0)
      return (held + 1...3).compactMap { CompetencyLevel($0) }.map { .competency(id, level: $0) }
    case .dutch:
      let held = person.dutchLevel?.rank ?? 0
      return DutchLevel.allCases.filter { $0.rank > held }.map { .dutch($0) }
    case .adaptation, .wageCostSubsidy, .jobCoach:
      return [family.step(meeting: [])]
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

  /// What a family's step opens: each place opens at the first rung that reaches its need;
  /// the step is the least rung that opens the most.
  func candidate(of family: AdviceFamily, places: [(ref: PlaceRef, least: Int32)]) -> Candidate? {
    let rungs = rungs(of: family)
    var firsts = [Int](repeating: 0, count: rungs.count)
    let first = places.map { place -> Int in
      guard let rung = rungs.firstIndex(where: { $0.reaches(place.least) }) else { return -1 }
      firsts[rung] += 1
      return rung
    }
    var counts = firsts
    for index in counts.indices.dropFirst() { counts[index] += counts[index - 1] }
    guard let most = counts.last, most > 0, let chosen = counts.firstIndex(of: most) else {
      return nil
    }
    let opened = zip(places, first).filter { $0.1 >= 0 && $0.1 <= chosen }.map(\.0.ref)
    var ladder: [StepRung] = []
    var everyRung: [StepRung] = []
    if rungs.count > 1 {
      for (index, (rung, count)) in zip(rungs, counts).enumerated() {
        if count > 0 {
          // A region counts the distinct places a rung opens: those opening at it or below.
          let slots =
            complete
            ? [] : zip(places, first).filter { $0.1 >= 0 && $0.1 <= index }.map(\.0.ref.slot)
          everyRung.append(StepRung(step: rung, opens: count, opened: slots))
        }
        if index <= chosen { ladder.append(StepRung(step: rung, opens: count)) }
      }
    }
    return Candidate(
      step: rungs[chosen], opened: opened, closes: 0, ladder: ladder, everyRung: everyRung)
  }

  /// A listed step taken: the best place it opens after it, the best fit after it. A step
  /// the person takes opens every place whose needs it meets (nothing else changes for
  /// them); a step that changes places is checked place by place.
  func finish(_ candidate: Candidate) -> StepEffect {
    let step = candidate.step
    let changedPerson = step.applied(to: person)
    let horizon = step.horizonDays(horizonDays)
    var opens = candidate.opened.count
    var bestOpened: PlaceScore?
    var bestAfter: PlaceScore?
    if step.changesPlaces, let best = bestAmongChanged(step, candidate.opened) {
      // Every place such a step is taken for fits after it: its one knock-out is gone.
      bestOpened = best
      bestAfter = PlaceScore.better(self.best, bestOpened)
    } else if step.changesPlaces {
      opens = 0
      for ref in candidate.opened {
        let changed = step.applied(to: facts.record(ref), for: person)
        guard let fit = evaluate(person, changed, horizon).fit else { continue }
        opens += 1
        bestOpened = PlaceScore.better(
          bestOpened, PlaceScore(placeID: facts.id(ref), scoreMillionths: fit.scoreMillionths))
      }
      bestAfter = PlaceScore.better(best, bestOpened)
    } else {
      // After a step the person takes, the places that fit are the ones that fit now (less
      // any it closes) and the ones it opens.
      bestOpened = bestAmong(changedPerson, horizon, candidate.opened)
      bestAfter = PlaceScore.better(bestOpened, bestAmongFits(after: step, changedPerson, horizon))
    }
    return StepEffect(
      step: step, opens: opens, bestOpened: bestOpened, bestAfter: bestAfter,
      closes: candidate.closes, ladder: candidate.ladder, learnAt: learnAt(step),
      learnNearby: learnNearby(step))
  }

  /// The best of the places that fit now, after a step the person takes. Places where the
  /// step cannot change the score keep it: when the best fit now is one of them, only the
  /// others are rescored.
  func bestAmongFits(after step: AdviceStep, _ changed: Participant, _ horizon: Int) -> PlaceScore?
  {
    let mayChange: ((PlaceRef) -> Bool)?
    switch step {
    case .competency(let id, _): mayChange = facts.mentioning(id)
    case .loadAssessed(let dimension, _): mayChange = { facts.demand($0, dimension) > .none }
    case .loadAssessment(let levels):
      let dimensions = LoadDimension.allCases.filter { levels[$0] != nil }
      mayChange = { ref in dimensions.contains { facts.demand(ref, $0) > .none } }
    case .planAhead, .dutch: mayChange = { _ in false }
    default: mayChange = nil
    }
    guard let mayChange, let best, let bestRef,
      !mayChange(bestRef)
    else { return bestAmong(changed, horizon, fits) }
    return PlaceScore.better(best, bestAmong(changed, horizon, fits.filter(mayChange)))
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

  func transportCandidates(_ travelOnly: [PlaceRef]) -> [Candidate] {
    Self.fasterModes(than: person.wishes.transport).compactMap { mode in
      let limit = Double(person.wishes.maxTravelMinutes)
      func minutes(_ place: PlaceRef) -> Double { facts.minutes(place, mode) }
      let opened = travelOnly.filter { !(minutes($0) > limit) }
      guard !opened.isEmpty else { return nil }
      return Candidate(
        step: .transport(mode), opened: opened, closes: fits.count { minutes($0) > limit },
        ladder: [])
    }
  }

  // MARK: Pairs

  func combination(of families: [AdviceFamily], places: [(ref: PlaceRef, needs: [AdviceNeed])])
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
    for (ref, _) in places {
      var changed = facts.record(ref)
      for step in steps { changed = step.applied(to: changed, for: self.person) }
      guard let fit = evaluate(person, changed, horizon).fit else { continue }
      count += 1
      bestOpened = PlaceScore.better(
        bestOpened, PlaceScore(placeID: facts.id(ref), scoreMillionths: fit.scoreMillionths))
    }
    return count > 0 ? StepCombination(steps: steps, opens: count, bestOpened: bestOpened) : nil
  }
}

extension AdviceStep {
  /// The step's value within its kind, for ordering: a number and a name.
  var value: (number: Int, name: String) {
    switch self {
    case .travelMinutes(let extra): (extra, "")
    case .transport(let mode): (TransportMode.allCases.firstIndex(of: mode) ?? 0, "")
    case .hoursMaximum(let hours), .hoursMinimum(let hours): (hours, "")
    case .planAhead(let days): (days, "")
    case .competency(let id, let level): (Int(level.rawValue), id.rawValue)
    case .dutch(let level): (level.rank, "")
    case .loadAssessed(let dimension, let level): (Int(level.rawValue), dimension.rawValue)
    case .loadAssessment(let levels):
      (LoadDimension.allCases.count { levels[$0] != nil }, "")
    case .adaptation(let dimension): (0, dimension.rawValue)
    case .wageCostSubsidy, .jobCoach: (0, "")
    }
  }

  /// The order of steps that open as much: by kind, then by name, then by number.
  func precedes(_ other: AdviceStep) -> Bool {
    if rank != other.rank { return rank < other.rank }
    let (a, b) = (value, other.value)
    return a.name != b.name ? a.name < b.name : a.number < b.number
  }
}
