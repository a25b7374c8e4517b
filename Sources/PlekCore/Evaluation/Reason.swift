/// One of the strongest reasons of a fit, as data: what a table's "reasons" cell says in a
/// few words ("wants Logistics (#1)", "learns forklift driving here").
///
/// ``Explanation/reasons(person:place:)`` derives them from a fit's components, strongest
/// contribution first; an audience's ``Audience/disclose(_:person:place:)`` drops those that
/// touch health data; PlekReport puts them into words.
public enum Reason: Hashable, Sendable {
  /// The place is in a sector the person wants, with the best rank among its sectors.
  case wantsSector(SectorID, rank: Int)
  /// No wanted sector: the person's hours and travel limit are what fit.
  case hoursAndTravelFit
  /// A required competency the place's learning route teaches in time.
  case learnsHere(CompetencyID)
  /// The place teaches the Dutch it needs, in time at the person's pace.
  case learnsDutchHere
  /// The listed competencies are held with a competency part of at least 0.75.
  case skillsMatch
  /// Every required competency is held, with less margin.
  case hasRequiredSkills
  /// The place is a learning-work place with a route of `months`, with or without a
  /// certificate.
  case learningRoute(months: Int, certificate: Bool)
  /// The load demanded is well within the person's capacity (headroom part ≥ 0.75).
  case loadWellWithinCapacity
  /// A regular employer: first in the placement order.
  case regularEmployer
  /// The support offered matches what the person needs.
  case supportAsNeeded(SupportOffer)
}

extension Explanation {
  /// The reasons of a fit, one per component that has something concrete to say, strongest
  /// contribution first; empty for a knock-out. Every reason, for every audience: the
  /// disclosure filters them.
  ///
  /// Each phrase is drawn from the values it speaks of: "skills match" only at a competency
  /// part of 0.75 or more, "hours and travel fit" only when the hours part is at least 0.75
  /// and at least half the travel limit is left, "support as needed" only when the place
  /// offers it (not when a job coach must be arranged).
  public func reasons(person: Participant, place: Place) -> [Reason] {
    guard let fit else { return [] }
    var found: [(strength: Double, reason: Reason)] = []
    for component in fit.components {
      let reason: Reason?
      switch component.kind {
      case .wishes:
        let wanted = place.sectors.compactMap { sector -> (rank: Int, sector: SectorID)? in
          if case .wanted(let rank) = person.wishes.wish(for: sector) { return (rank, sector) }
          return nil
        }.min { $0.rank < $1.rank }
        let wish = person.wishes
        let hours = ScoreFormula.hoursOverlap(
          personMin: wish.hoursPerWeek.min, personMax: wish.hoursPerWeek.max,
          placeMin: place.hoursPerWeek.min, placeMax: place.hoursPerWeek.max)
        let travel = ScoreFormula.travel(minutes: travelMinutes, maximum: wish.maxTravelMinutes)
        reason =
          wanted.map { .wantsSector($0.sector, rank: $0.rank) }
          ?? (hours >= 0.75 && travel >= 0.5 ? .hoursAndTravelFit : nil)
      case .competency:
        let held = { (entry: CompetencyEntry) in
          (person.competencies.level(of: entry.id) ?? .basic) >= entry.level
            && person.competencies.level(of: entry.id) != nil
        }
        if let learned = fit.learningSteps.lazy.compactMap(\.competency).first {
          reason = .learnsHere(learned)
        } else if place.requiredCompetencies.isEmpty && place.desiredCompetencies.isEmpty {
          reason = nil
        } else if component.value >= 0.75 {
          reason = .skillsMatch
        } else if !place.requiredCompetencies.isEmpty && place.requiredCompetencies.allSatisfy(held)
        {
          reason = .hasRequiredSkills
        } else {
          reason = nil
        }
      case .development:
        if fit.learningSteps.contains(where: { $0.subject == .dutch }) {
          found.append((component.contribution, .learnsDutchHere))
        }
        reason = place.learningOffer.map {
          .learningRoute(months: $0.months, certificate: $0.certificate)
        }
      case .loadHeadroom:
        reason = component.value >= 0.75 ? .loadWellWithinCapacity : nil
      case .placementOrder:
        reason = place.employerKind == .regular ? .regularEmployer : nil
      case .support:
        reason =
          person.supportNeed == .none || place.support < person.supportNeed.minimumOffer
          ? nil : .supportAsNeeded(place.support)
      }
      if let reason { found.append((component.contribution, reason)) }
    }
    // Equal strengths keep component order: the sort compares positions, not luck.
    return found.enumerated().sorted {
      $0.element.strength != $1.element.strength
        ? $0.element.strength > $1.element.strength : $0.offset < $1.offset
    }.map(\.element.reason)
  }
}
