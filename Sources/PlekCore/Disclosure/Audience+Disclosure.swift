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
  /// counts only, "fewer than 5" below 5 (``GroupCount``), and no people or scores. Withheld
  /// counts follow the shown ones in change order, so that their order tells nothing.
  public func disclose(_ carving: Carving) -> DisclosedCarving {
    let officer = self == .officer
    func count(_ value: Int) -> GroupCount {
      officer ? .exact(value) : GroupCount(suppressing: value)
    }
    var changes = carving.changes.map {
      DisclosedChange(change: $0.change, opens: count($0.opens), best: officer ? $0.best : [])
    }
    if !officer {
      let shown = changes.filter { $0.opens.shown != nil }
      let withheld = changes.filter { $0.opens.shown == nil }.sorted {
        $0.change.precedes($1.change)
      }
      changes = shown + withheld
    }
    return DisclosedCarving(
      audience: self, placeID: carving.placeID, day: carving.day, fits: count(carving.fits),
      changes: changes)
  }
}

extension RegionAdvice {
  /// The region's advice as an aggregate report shows it: counts of people below 5 withheld,
  /// steps for fewer than 5 people left out, a place's blockers that keep fewer than 5 people
  /// out left out, and for a cohort of fewer than 5 people no steps and no places at all.
  public func disclosed(cohort: Cohort) -> DisclosedRegionAdvice {
    let shown = GroupCount.smallestShown
    let tooSmall = people < shown
    return DisclosedRegionAdvice(
      day: day, cohort: cohort, people: GroupCount(suppressing: people),
      withFit: GroupCount(suppressing: withFit),
      withoutFitOrStep: GroupCount(suppressing: withoutFitOrStep),
      steps: tooSmall
        ? []
        : steps.filter { $0.people >= shown }.map {
          DisclosedRegionStep(
            step: $0.step, people: $0.people, withoutFit: GroupCount(suppressing: $0.withoutFit),
            placesOpened: $0.placesOpened, routes: $0.routes)
        },
      smallStepsLeftOut: steps.contains { $0.people < shown }, cohortTooSmall: tooSmall,
      placesNobodyFits: tooSmall
        ? []
        : placesNobodyFits.map {
          PlaceBlockers(placeID: $0.placeID, blockers: $0.blockers.filter { $0.people >= shown })
        })
  }
}

extension Audience {
  /// Whether this audience may read an outcome: by its kind's declared class.
  public func shows<Outcome: RuleOutcome>(_ outcome: Outcome) -> Bool {
    outcome.disclosure.isShown(to: self)
  }
}
