import Synchronization

/// The region's view (a *bestandsanalyse*): for every person of a cohort, which steps would
/// open places, added up; and the places nobody fits, with what blocks them. The table an SOB
/// manager decides learning-work lines with (002 c, koersnota §3.7.6–7).
public struct RegionAdvice: Hashable, Sendable {
  /// The day asked for.
  public var day: Day
  /// People in the cohort.
  public var people: Int
  /// Of them, people with at least one place that fits.
  public var withFit: Int
  /// People with no fit and no single step that opens a place.
  public var withoutFitOrStep: Int
  /// Steps that open places for somebody, most people first: for a ladder every rung (the
  /// people for whom that rung opens a place), for a competency every level.
  public var steps: [RegionStep]
  /// Places nobody of the cohort fits (by id), each with what keeps people out: for every
  /// kind of step, the people it alone keeps out (people one step away).
  public var placesNobodyFits: [PlaceBlockers]
}

/// One step, added up over a cohort.
public struct RegionStep: Hashable, Sendable {
  /// The step.
  public var step: AdviceStep
  /// People for whom it opens at least one place.
  public var people: Int
  /// Of them, people with no fit now.
  public var withoutFit: Int
  /// The places it opens for one or more of those people, each place counted once.
  public var placesOpened: Int
  /// For a competency: learning-work places in the region that teach it to the level.
  public var routes: Int

  /// A step nobody has taken yet.
  init(step: AdviceStep) {
    self.step = step
    people = 0
    withoutFit = 0
    placesOpened = 0
    routes = 0
  }

  /// The steps without the rungs that add nothing to the rung below them: a rung of a ladder
  /// (more travel time, more or fewer hours, planning further ahead, a competency or Dutch
  /// level) whose people, people without a fit and places opened are those of the next
  /// lower rung of its ladder is left out, so that "up to 36 hours" and "up to 40 hours"
  /// are one row when 40 opens nothing more than 36. Each person is counted at every rung
  /// that opens a place for them, so the figures of a higher rung are never smaller.
  static func distinct(_ steps: [RegionStep]) -> [RegionStep] {
    var ladders: [String: [Int]] = [:]
    for (index, entry) in steps.enumerated() {
      switch entry.step {
      case .travelMinutes, .hoursMaximum, .hoursMinimum, .planAhead, .competency, .dutch:
        ladders["\(entry.step.rank) \(entry.step.value.name)", default: []].append(index)
      default: continue
      }
    }
    var repeated = Set<Int>()
    for indices in ladders.values {
      // Least far first: fewer hours is further for a minimum, more for everything else.
      func reach(_ index: Int) -> Int {
        if case .hoursMinimum(let hours) = steps[index].step { return -hours }
        return steps[index].step.value.number
      }
      let ordered = indices.sorted { reach($0) < reach($1) }
      for (lower, higher) in zip(ordered, ordered.dropFirst()) {
        let (a, b) = (steps[lower], steps[higher])
        if a.people == b.people && a.withoutFit == b.withoutFit
          && a.placesOpened == b.placesOpened
        {
          repeated.insert(higher)
        }
      }
    }
    return steps.indices.filter { !repeated.contains($0) }.map { steps[$0] }
  }

  mutating func add(people: Int, withoutFit: Int) {
    self.people += people
    self.withoutFit += withoutFit
  }
}

/// A place nobody fits and what keeps people out.
public struct PlaceBlockers: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// For each kind of step (most people first, then in ``Blocker`` order): the people of the
  /// cohort that one step of that kind away; kinds that keep nobody out are left out.
  public var blockers: [BlockerCount]
}

/// People kept out of a place by one kind of step.
public struct BlockerCount: Hashable, Sendable {
  /// The kind.
  public var blocker: Blocker
  /// The people.
  public var people: Int
}

/// Who a region's advice is about.
public struct Cohort: Hashable, Sendable {
  /// Only people living in these municipalities (empty: every municipality).
  public var municipalities: Set<MunicipalityID>
  /// Only people of these target groups (empty: every group).
  public var targetGroups: Set<TargetGroup>

  /// Creates a cohort.
  public init(municipalities: Set<MunicipalityID> = [], targetGroups: Set<TargetGroup> = []) {
    (self.municipalities, self.targetGroups) = (municipalities, targetGroups)
  }

  /// Whether the cohort is every person.
  public var isEverybody: Bool { municipalities.isEmpty && targetGroups.isEmpty }

  /// Whether `person` belongs to the cohort.
  public func contains(_ person: Participant) -> Bool {
    (municipalities.isEmpty || municipalities.contains(person.municipality))
      && (targetGroups.isEmpty || targetGroups.contains(person.targetGroup))
  }
}

extension MatchEngine {
  /// The region's advice for a cohort: every person's single steps (what they open, not how
  /// they raise a best fit), added up, and the places nobody of the cohort fits with their
  /// best changes. Runs over `options.threads` threads; the result does not depend on them.
  ///
  /// - Complexity: O(people × places) on the packed records, plus the reference scorer for
  ///   the places one step away from somebody and the carving of the places nobody fits.
  public func regionAdvice(cohort: Cohort = Cohort(), options: QueryOptions) throws(MatchError)
    -> RegionAdvice
  {
    try check(options)
    let members = peopleRecords().filter(cohort.contains)
    let chunkSize = 64
    let chunks = (members.count + chunkSize - 1) / chunkSize
    let kinds = Blocker.allCases.count
    let slots = places.capacity
    // Each chunk adds up its people (the steps, the places that fit, the people one step of
    // each kind away from each place) in short lists, and merges them into the totals under
    // a lock: every total is a sum or an "or", so the merge order does not matter, and the
    // memory is one set of totals, not one per chunk.
    struct Totals: Sendable {
      var steps: [AdviceStep: RegionStep] = [:]
      var withFit = 0
      var stuck = 0
      var fitted: [Bool]
      var blocked: [Int32]
      /// For each step, the places it opens for somebody: one bit per slot.
      var opened: [AdviceStep: [UInt64]] = [:]
    }
    let totals = Mutex(
      Totals(
        fitted: Array(repeating: false, count: slots),
        blocked: Array(repeating: 0, count: slots * kinds)))
    Parallel.forEach(chunks: chunks, threads: options.threads) { chunk in
      var steps: [AdviceStep: RegionStep] = [:]
      var opened: [AdviceStep: [Int32]] = [:]
      var fitted: [Int32] = []
      var blocked: [Int32] = []
      var withFit = 0
      var stuck = 0
      for person in members[chunk * chunkSize..<min(members.count, (chunk + 1) * chunkSize)] {
        // Past the deadline the rest is skipped, and the check after the loop throws.
        if options.isPastDeadline { break }
        let scan = advice(person, options, complete: false)
        let advice = scan.advice
        fitted += scan.fits.map { Int32($0) }
        for (slot, blocker) in scan.oneStepAway {
          blocked.append(Int32(slot * kinds + Blocker.allCases.firstIndex(of: blocker)!))
        }
        if advice.fits > 0 { withFit += 1 }
        if advice.fits == 0 && !advice.steps.contains(where: { $0.opens > 0 }) { stuck += 1 }
        for effect in advice.steps where effect.opens > 0 {
          for rung in effect.ladder {
            steps[rung.step, default: RegionStep(step: rung.step)].add(
              people: 1, withoutFit: advice.fits == 0 ? 1 : 0)
            opened[rung.step, default: []] += rung.opened.map { Int32($0) }
          }
        }
      }
      totals.withLock { totals in
        totals.withFit += withFit
        totals.stuck += stuck
        for (step, entry) in steps {
          totals.steps[step, default: RegionStep(step: step)].add(
            people: entry.people, withoutFit: entry.withoutFit)
        }
        for (step, list) in opened {
          var bits =
            totals.opened.removeValue(forKey: step) ?? Array(repeating: 0, count: (slots + 63) / 64)
          for slot in list { bits[Int(slot) >> 6] |= 1 << UInt64(slot & 63) }
          totals.opened[step] = bits
        }
        for slot in fitted { totals.fitted[Int(slot)] = true }
        for index in blocked { totals.blocked[Int(index)] += 1 }
      }
    }
    try options.checkDeadline()
    var (steps, fitted, blocked, withFit, stuck) = totals.withLock {
      ($0.steps, $0.fitted, $0.blocked, $0.withFit, $0.stuck)
    }
    for (step, bits) in totals.withLock({ $0.opened }) {
      steps[step]?.placesOpened = bits.reduce(0) { $0 + $1.nonzeroBitCount }
    }
    // Learning-work routes per competency and level, counted once over the places.
    var routes = Array(repeating: SIMD4<Int32>(repeating: 0), count: taxonomy.competencies.count)
    let details = places.detail
    for slot in 0..<slots where places.alive[slot] && details[slot].hasLearningOffer {
      let teaches = details[slot].teaches
      for word in 0..<4 {
        var bits = teaches.atLeast1[word]
        while bits != 0 {
          let index = word << 6 | bits.trailingZeroBitCount
          bits &= bits &- 1
          guard index < routes.count else { continue }
          for level in 1...teaches.level(index) { routes[index][level] += 1 }
        }
      }
    }
    var ranked = Array(steps.values)
    for index in ranked.indices {
      if case .competency(let id, let level) = ranked[index].step,
        let bit = taxonomy.index(of: id)
      {
        ranked[index].routes = Int(routes[bit][Int(level.rawValue)])
      }
    }
    ranked.sort { a, b in
      if a.people != b.people { return a.people > b.people }
      if a.placesOpened != b.placesOpened { return a.placesOpened > b.placesOpened }
      return a.step.precedes(b.step)
    }
    var nobody: [PlaceBlockers] = []
    for slot in 0..<slots where !fitted[slot] {
      guard places.alive[slot] else { continue }
      let counts = Blocker.allCases.enumerated().compactMap { index, blocker -> BlockerCount? in
        let people = Int(blocked[slot * kinds + index])
        return people > 0 ? BlockerCount(blocker: blocker, people: people) : nil
      }.enumerated().sorted {
        $0.element.people != $1.element.people
          ? $0.element.people > $1.element.people : $0.offset < $1.offset
      }.map(\.element)
      nobody.append(PlaceBlockers(placeID: places.id(atSlot: slot), blockers: counts))
    }
    nobody.sort { $0.placeID < $1.placeID }
    return RegionAdvice(
      day: options.day, people: members.count, withFit: withFit, withoutFitOrStep: stuck,
      steps: RegionStep.distinct(ranked), placesNobodyFits: nobody)
  }

  /// Every stored participant, in id order.
  func peopleRecords() -> [Participant] {
    (0..<people.capacity).compactMap { people.record(atSlot: $0) }.sorted { $0.id < $1.id }
  }
}
