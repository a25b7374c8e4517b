import PlekCore
import PlekIO

/// The strongest reasons of a fit in a few words, for a table cell: the components that
/// contribute most, each said concretely ("wants Logistics (#1)", "learns Forklift driving
/// here"). In the employer view nothing that touches health data is said.
enum Highlights {
  static func reasons(
    _ explanation: Explanation, person: Participant, place: Place, taxonomy: Taxonomy,
    language: Language,
    view: ResultView, limit: Int = 3
  ) -> [String] {
    guard let fit = explanation.fit else { return [] }
    let say = Labels(language: language)
    var phrases: [(strength: Double, text: String)] = []
    for component in fit.components {
      let text: String?
      switch component.kind {
      case .wishes:
        let wanted = place.sectors.compactMap { sector -> (Int, SectorID)? in
          if case .wanted(let rank) = person.wishes.wish(for: sector) { return (rank, sector) }
          return nil
        }.min { $0.0 < $1.0 }
        if let (rank, sector) = wanted {
          text = say("wants", "wil") + " \(taxonomy.name(of: sector, in: language)) (#\(rank))"
        } else {
          text = say("hours and travel fit", "uren en reistijd passen")
        }
      case .competency:
        if let step = fit.learningSteps.first {
          text =
            say("learns", "leert hier")
            + " \(taxonomy.name(of: step.competency, in: language).lowercased())"
            + say(" here", "")
        } else if place.requiredCompetencies.isEmpty && place.desiredCompetencies.isEmpty {
          text = nil
        } else {
          text =
            component.value >= 0.75
            ? say("skills match", "vaardigheden passen")
            : say("has the required skills", "heeft de vereiste vaardigheden")
        }
      case .development:
        if let offer = place.learningOffer {
          text =
            (offer.certificate
              ? say("learning route with certificate", "leerroute met certificaat")
              : say("learning route", "leerroute"))
            + " (\(offer.months) " + say("mo", "mnd") + ")"
        } else {
          text = nil
        }
      case .loadHeadroom:
        text =
          view == .employer
          ? nil
          : component.value >= 0.75
            ? say("load well within capacity", "belasting ruim binnen belastbaarheid") : nil
      case .placementOrder:
        text = place.employerKind == .regular ? say("regular employer", "reguliere werkgever") : nil
      case .support:
        text =
          view == .employer || person.supportNeed == .none
          ? nil
          : say("support as needed", "passende begeleiding") + " (\(place.support.label(language)))"
      }
      if let text { phrases.append((component.contribution, text)) }
    }
    return phrases.sorted { $0.strength > $1.strength }.prefix(limit).map(\.text)
  }
}
