/// The one place where what an audience may read is decided.
///
/// What a knock-out, a point to judge, a reason, a note or an adjustment may show is the
/// ``Disclosure`` class its kind declares (`Rules/`): an employer sees only what is declared
/// ``Disclosure/public``, so a kind nobody thought about is withheld, never shown. Besides
/// the rule outcomes, the score and its components are health data (they are made of load
/// capacity, wage value and support need), and so is the target group (it tells of an
/// indication): officers only.
extension Audience {
  /// A match as this audience may see it.
  public func disclose(_ match: Match) -> DisclosedMatch {
    DisclosedMatch(
      participantID: match.participantID, placeID: match.placeID,
      travelMinutes: match.travelMinutes,
      scoreMillionths: self == .officer ? match.scoreMillionths : nil,
      assessmentPoints: self == .officer ? match.assessmentPoints : nil,
      status: match.assessmentPoints > 0 ? .needsAssessment : .fits,
      opensOn: match.opensOn, availableFrom: match.availableFrom,
      placementMarginMillionths: self == .officer ? match.placementMarginMillionths : nil)
  }

  /// An explanation as this audience may see it, with the reasons of a fit (derived from
  /// `person` and `place`, which must be the pair explained).
  public func disclose(_ explanation: Explanation, person: Participant, place: Place)
    -> DisclosedExplanation
  {
    let reasons = explanation.reasons(person: person, place: place).filter(shows)
    let outcome: DisclosedExplanation.Outcome
    switch explanation.outcome {
    case .knockedOut(let all):
      let shown = all.filter(shows)
      outcome = .knockedOut(DisclosedKnockOuts(reasons: shown, withheld: shown.count < all.count))
    case .fit(let fit):
      let officer = self == .officer
      let shown = fit.assessmentPoints.filter(shows)
      outcome = .fit(
        DisclosedFit(
          scoreMillionths: officer ? fit.scoreMillionths : nil,
          components: officer ? fit.components : [],
          adjustments: fit.adjustments.filter(shows),
          assessmentPoints: shown, assessmentWithheld: shown.count < fit.assessmentPoints.count,
          mostlyUnassessed: officer
            ? fit.mostlyUnassessed(demanded: explanation.demandedDimensions).map {
              UnassessedDemands(dimensions: $0, demanded: explanation.demandedDimensions)
            } : nil,
          learningSteps: fit.learningSteps,
          notes: fit.notes.filter(shows)))
    }
    return DisclosedExplanation(
      audience: self, participantID: explanation.participantID, placeID: explanation.placeID,
      travelMinutes: explanation.travelMinutes, outcome: outcome, reasons: reasons)
  }

  /// The facts of a participant this audience may see in a list.
  public func disclose(_ person: Participant) -> ParticipantFacts {
    ParticipantFacts(
      id: person.id, municipality: person.municipality,
      targetGroup: self == .officer ? person.targetGroup : nil)
  }

  /// The profile line above a shortlist; officers only.
  public func profile(of person: Participant) -> ParticipantProfile? {
    guard self == .officer else { return nil }
    let wanted = person.wishes.sectors.compactMap { preference -> (Int, SectorID)? in
      if case .wanted(let rank) = preference.wish { return (rank, preference.sector) }
      return nil
    }.sorted { $0.0 < $1.0 }.map(\.1)
    return ParticipantProfile(
      targetGroup: person.targetGroup, municipality: person.municipality,
      hours: person.wishes.hoursPerWeek, maxTravelMinutes: person.wishes.maxTravelMinutes,
      transport: person.wishes.transport, wantedSectors: wanted)
  }

  /// Whether this audience may see why a person does not fit at all (the knock-out counts
  /// of a "nothing fits" summary): officers only, they name load and support.
  public var seesBlockers: Bool { self == .officer }

  /// Whether this audience may see a person's advice: officers only, its steps name load
  /// capacity, support and wage value (an adaptation, a job coach, wage-cost subsidy).
  public var seesAdvice: Bool { self == .officer }

  /// Job carving as this audience may see it: everything for officers; for an employer the
  /// counts only, protected (``CountTables``: no group of 1–4 people shown or derivable), and
  /// no people or scores. Withheld counts follow the shown ones in change order, so that
  /// their order tells nothing.
  public func disclose(_ carving: Carving) -> DisclosedCarving {
    let officer = self == .officer
    return CountTables.protected(!officer) { tables in
      let fits = tables.count("fits", carving.fits)
      var changes = carving.changes.enumerated().map { index, change in
        DisclosedChange(
          change: change.change, together: change.together,
          opens: tables.count("change \(index)", change.opens), best: officer ? change.best : [])
      }
      if !officer {
        changes = changes.withheldLast(count: \.opens) { $0.change.precedes($1.change) }
      }
      return DisclosedCarving(
        audience: self, placeID: carving.placeID, day: carving.day, fits: fits, changes: changes)
    }
  }
}

extension RegionAdvice {
  /// The region's advice as an aggregate report shows it, protected as one set of tables
  /// (``CountTables``): steps for fewer than 5 people and a place's blockers that keep fewer
  /// than 5 people out are left out, and of the rest no group of 1–4 people is shown or
  /// derivable from everything the advice shows (the people without a fit, the people a
  /// step opens nothing for, the people a place's listed blockers leave aside). For a cohort
  /// of fewer than 5 people: no steps and no places at all.
  public func disclosed(cohort: Cohort) -> DisclosedRegionAdvice {
    CountTables.protected { disclosed(cohort: cohort, in: &$0) }
  }

  /// The region's advice with its counts and their relations declared in `tables`, the
  /// tables of a larger output (the region report) protected as one: the cohort's people
  /// are the count `people`, those with a fit `fit`, those without a fit or a step `stuck`.
  ///
  /// An output that shows only some of the steps (the report: the first of each kind)
  /// selects them with `steps`, and one that shows no place's blockers passes `places:
  /// false`: what is not shown is not declared, so it neither constrains the reader nor
  /// costs protection.
  public func disclosed(
    cohort: Cohort, in tables: inout CountTables,
    steps select: ([RegionStep]) -> [RegionStep] = { $0 }, places: Bool = true
  ) -> DisclosedRegionAdvice {
    let smallest = GroupCount.smallestShown
    let tooSmall = people < smallest
    let listedSteps = tooSmall ? [] : select(steps.filter { $0.people >= smallest })
    let listedPlaces =
      tooSmall || !places
      ? []
      : placesNobodyFits.map {
        PlaceBlockers(placeID: $0.placeID, blockers: $0.blockers.filter { $0.people >= smallest })
      }
    let shownPeople = tables.total("people", people)
    let shownFit = tables.count("fit", withFit)
    tables.parts(["fit"], of: "people", rest: "without fit")
    let shownStuck = tables.count("stuck", withoutFitOrStep)
    tables.parts(["stuck"], of: "without fit", rest: "without fit, with a step")
    let shownSteps = listedSteps.enumerated().map { index, step in
      let key = "step \(step.step.code) \(index)"
      let people = tables.count(key, step.people)
      let withoutFit = tables.count(key + " without fit", step.withoutFit)
      tables.parts([key + " without fit"], of: key, rest: key + " with a fit")
      tables.parts([key + " with a fit"], of: "fit", rest: key + " not opening for a fit")
      tables.parts(
        [key + " without fit"], of: "without fit, with a step", rest: key + " not opening")
      return DisclosedRegionStep(
        step: step.step, people: people, withoutFit: withoutFit,
        placesOpened: step.placesOpened, routes: step.routes)
    }
    let shownPlaces = listedPlaces.map { place in
      let keys = place.blockers.map { "\(place.placeID) kept out by \($0.blocker.rawValue)" }
      let blockers = zip(keys, place.blockers).map { key, blocker in
        DisclosedBlockerCount(blocker: blocker.blocker, people: tables.count(key, blocker.people))
      }
      tables.parts(keys, of: "people", rest: "\(place.placeID) not kept out by one step")
      return DisclosedPlaceBlockers(
        placeID: place.placeID,
        blockers: blockers.withheldLast(count: \.people) {
          Blocker.allCases.firstIndex(of: $0.blocker)! < Blocker.allCases.firstIndex(
            of: $1.blocker)!
        })
    }
    return DisclosedRegionAdvice(
      day: day, cohort: cohort, people: shownPeople, withFit: shownFit,
      withoutFitOrStep: shownStuck,
      steps: shownSteps.withheldLast(count: \.people) { $0.step.precedes($1.step) },
      smallStepsLeftOut: steps.contains { $0.people < smallest }, cohortTooSmall: tooSmall,
      placesNobodyFits: shownPlaces)
  }
}

extension Audience {
  /// Whether this audience may read an outcome: by its kind's declared class.
  public func shows<Outcome: RuleOutcome>(_ outcome: Outcome) -> Bool {
    outcome.disclosure.isShown(to: self)
  }
}
