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
  /// Places nobody of the cohort fits (by id), each with the changes that would open the
  /// most people (at most three).
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
  /// Places it opens, added up over those people.
  public var placesOpened: Int
  /// For a competency: learning-work places in the region that teach it to the level.
  public var routes: Int
}

/// A place nobody fits and the changes that would open the most people.
public struct PlaceBlockers: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The best changes (see ``Carving``), at most three.
  public var changes: [ChangeEffect]
}

/// Who a region's advice is about.
public struct Cohort: Hashable, Sendable {
  /// Only people living in these municipalities (empty: every municipality).
  public var municipalities: Set<MunicipalityID>
  /// Only people of these target groups (empty: every group).
  public var targetGroups: Set<TargetGroup>

  /// Creates a cohort.
  public init(municipalities: Set<MunicipalityID> = [], targetGroups: Set<TargetGroup> = []) {
    self.municipalities = municipalities
    self.targetGroups = targetGroups
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
    let chunkSize = 32
    let chunks = (members.count + chunkSize - 1) / chunkSize
    let parts = Parallel.results(chunks: chunks, threads: options.threads) { chunk in
      members[chunk * chunkSize..<min(members.count, (chunk + 1) * chunkSize)].map {
        advice($0, options, complete: false)
      }
    }.joined()

    var steps: [AdviceStep: RegionStep] = [:]
    var fitted: Set<PlaceID> = []
    var withFit = 0
    var stuck = 0
    for (advice, fits) in parts {
      fitted.formUnion(fits)
      if advice.fits > 0 { withFit += 1 }
      if advice.fits == 0 && !advice.steps.contains(where: { $0.opens > 0 }) { stuck += 1 }
      for effect in advice.steps where effect.opens > 0 {
        let rungs =
          effect.ladder.isEmpty ? [StepRung(step: effect.step, opens: effect.opens)] : effect.ladder
        for rung in rungs {
          var entry =
            steps[rung.step]
            ?? RegionStep(step: rung.step, people: 0, withoutFit: 0, placesOpened: 0, routes: 0)
          entry.people += 1
          if advice.fits == 0 { entry.withoutFit += 1 }
          entry.placesOpened += rung.opens
          steps[rung.step] = entry
        }
      }
    }
    let allPlaces = places.records.compactMap { $0 }
    var ranked = Array(steps.values)
    for index in ranked.indices {
      if case .competency(let id, let level) = ranked[index].step {
        ranked[index].routes = allPlaces.count {
          ($0.learningOffer?.teaches.level(of: id) ?? CompetencyLevel.basic) >= level
            && $0.learningOffer?.teaches.level(of: id) != nil
        }
      }
    }
    ranked.sort { a, b in
      if a.people != b.people { return a.people > b.people }
      if a.placesOpened != b.placesOpened { return a.placesOpened > b.placesOpened }
      return a.step.precedes(b.step)
    }
    let nobody = allPlaces.filter { !fitted.contains($0.id) }.sorted { $0.id < $1.id }
    let blockers = Parallel.results(chunks: nobody.count, threads: options.threads) { index in
      PlaceBlockers(
        placeID: nobody[index].id,
        changes: Array(carve(nobody[index], options, cohort: cohort).changes.prefix(3)))
    }
    return RegionAdvice(
      day: options.day, people: members.count, withFit: withFit, withoutFitOrStep: stuck,
      steps: ranked, placesNobodyFits: blockers)
  }

  /// Every stored participant, in id order.
  func peopleRecords() -> [Participant] {
    people.records.compactMap { $0 }.sorted { $0.id < $1.id }
  }
}
