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
  /// The listed competencies are held with a competency part of at least 0.75.
  case skillsMatch
  /// The required competencies are held, with less margin.
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
        reason = wanted.map { .wantsSector($0.sector, rank: $0.rank) } ?? .hoursAndTravelFit
      case .competency:
        if let step = fit.learningSteps.first {
          reason = .learnsHere(step.competency)
        } else if place.requiredCompetencies.isEmpty && place.desiredCompetencies.isEmpty {
          reason = nil
        } else {
          reason = component.value >= 0.75 ? .skillsMatch : .hasRequiredSkills
        }
      case .development:
        reason = place.learningOffer.map {
          .learningRoute(months: $0.months, certificate: $0.certificate)
        }
      case .loadHeadroom:
        reason = component.value >= 0.75 ? .loadWellWithinCapacity : nil
      case .placementOrder:
        reason = place.employerKind == .regular ? .regularEmployer : nil
      case .support:
        reason = person.supportNeed == .none ? nil : .supportAsNeeded(place.support)
      }
      if let reason { found.append((component.contribution, reason)) }
    }
    return found.sorted { $0.strength > $1.strength }.map(\.reason)
  }
}
