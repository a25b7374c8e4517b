import PlekCore

extension Presenter {
  /// A person's advice as it is shown; `nil` for an audience that may not see it
  /// (``PlekCore/Audience/seesAdvice``: its steps name load capacity and support).
  public func advice(
    _ advice: Advice, for person: Validated<Participant>, in engine: MatchEngine
  ) -> AdvicePresentation? {
    guard audience.seesAdvice, let profile = audience.profile(of: person.value) else {
      return nil
    }
    var named = [advice.best?.placeID].compactMap { $0 }
    var steps: [AdviceStep] = []
    for effect in advice.steps {
      named += [effect.bestOpened?.placeID, effect.bestAfter?.placeID].compactMap { $0 }
      named += effect.learnAt + effect.learnNearby.map(\.placeID)
      steps.append(effect.step)
      steps += effect.ladder.map(\.step)
    }
    for combination in advice.combinations {
      named += [combination.bestOpened?.placeID].compactMap { $0 }
      steps += combination.steps
    }
    named += advice.nearest.map(\.placeID)
    var held: [CompetencyID: Int] = [:]
    for step in steps {
      if case .competency(let id, _) = step, let level = person.value.competencies.level(of: id) {
        held[id] = Int(level.rawValue)
      }
    }
    let wishes = person.value.wishes
    return AdvicePresentation(
      advice: advice, profile: profile,
      baseline: StepBaseline(
        day: advice.day, maxTravelMinutes: wishes.maxTravelMinutes, transport: wishes.transport,
        hours: wishes.hoursPerWeek, dutch: person.value.dutchLevel, competencies: held,
        monthsPerLevel: engine.policy.monthsPerLevel[person.value.developmentPace],
        dutchMonthsPerLevel: engine.policy.dutchMonthsPerLevel[person.value.developmentPace]),
      places: facts(of: named, in: engine))
  }

  /// A place's carving as this audience may see it.
  public func carving(_ carving: Carving, for place: Validated<Place>) -> CarvingPresentation {
    CarvingPresentation(
      carving: audience.disclose(carving), place: PlaceFacts(place.value),
      demands: PlaceDemands(place.value))
  }

  /// The region's advice for `cohort`, as a report shows it (to every audience alike: it is
  /// aggregated, with small counts withheld).
  public func region(_ region: RegionAdvice, cohort: Cohort, in engine: MatchEngine)
    -> RegionPresentation
  {
    RegionPresentation(
      region: region.disclosed(cohort: cohort),
      places: facts(of: region.placesNobodyFits.map(\.placeID), in: engine))
  }

  func facts(of ids: [PlaceID], in engine: MatchEngine) -> [PlaceID: PlaceFacts] {
    var facts: [PlaceID: PlaceFacts] = [:]
    for id in ids where facts[id] == nil {
      if let place = engine.place(id) { facts[id] = PlaceFacts(place) }
    }
    return facts
  }
}
