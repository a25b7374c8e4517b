/// One of the strongest reasons of a fit, as data: what a table's "reasons" cell says in a
/// few words ("wants Logistics (#1)", "learns forklift driving here").
///
/// ``Explanation/reasons(person:place:)`` derives them from a fit's components, strongest
/// contribution first; an audience's ``Audience/disclose(_:person:place:)`` keeps those its
/// declaration allows. This file is the declaration of every reason.
public enum Reason: RuleOutcome {
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

  /// The kinds of reason.
  public enum Kind: Int, RuleKind {
    case wantsSector, hoursAndTravelFit, learnsHere, learnsDutchHere, skillsMatch
    case hasRequiredSkills, learningRoute, loadWellWithinCapacity, regularEmployer
    case supportAsNeeded
  }

  /// The kind of this reason.
  public var kind: Kind {
    switch self {
    case .wantsSector: .wantsSector
    case .hoursAndTravelFit: .hoursAndTravelFit
    case .learnsHere: .learnsHere
    case .learnsDutchHere: .learnsDutchHere
    case .skillsMatch: .skillsMatch
    case .hasRequiredSkills: .hasRequiredSkills
    case .learningRoute: .learningRoute
    case .loadWellWithinCapacity: .loadWellWithinCapacity
    case .regularEmployer: .regularEmployer
    case .supportAsNeeded: .supportAsNeeded
    }
  }

  /// The reason in a few words, for a table cell.
  public var statement: RuleStatement {
    switch self {
    case .wantsSector(let sector, let rank):
      RuleStatement(
        [RuleParameter("sector", .code(sector.rawValue)), .integer("rank", rank)],
        Message(en: "wants \(sector) (#\(rank))", nl: "wil \(sector) (#\(rank))"))
    case .hoursAndTravelFit:
      RuleStatement(Message(en: "hours and travel fit", nl: "uren en reistijd passen"))
    case .learnsHere(let competency):
      RuleStatement(
        [RuleParameter("competency", .code(competency.rawValue))],
        Message(
          en: "learns \(competency, .lowercased) here",
          nl: "leert hier \(competency, .lowercased)"))
    case .learnsDutchHere:
      RuleStatement(Message(en: "learns Dutch here", nl: "leert hier Nederlands"))
    case .skillsMatch:
      RuleStatement(Message(en: "skills match", nl: "vaardigheden passen"))
    case .hasRequiredSkills:
      RuleStatement(Message(en: "has the required skills", nl: "heeft de vereiste vaardigheden"))
    case .learningRoute(let months, let certificate):
      RuleStatement(
        [.integer("months", months)],
        certificate
          ? Message(
            en: "learning-work route with certificate (\(months) mo)",
            nl: "leerwerktraject met praktijkverklaring (\(months) mnd)")
          : Message(
            en: "learning-work route (\(months) mo)", nl: "leerwerktraject (\(months) mnd)"))
    case .loadWellWithinCapacity:
      RuleStatement(
        Message(en: "load well within capacity", nl: "belasting ruim binnen belastbaarheid"))
    case .regularEmployer:
      RuleStatement(Message(en: "regular employer", nl: "reguliere werkgever"))
    case .supportAsNeeded(let offer):
      RuleStatement(
        [.code("offer", offer)],
        Message(en: "support as needed (\(offer))", nl: "passende begeleiding (\(offer))"))
    }
  }
}

extension Reason.Kind {
  /// The code, disclosure class and an example of each kind. The person's wanted sector is
  /// theirs to show (it is why they would come); load and support are health data.
  public var declaration: RuleDeclaration<Reason> {
    switch self {
    case .wantsSector:
      RuleDeclaration(
        "wants-sector", .public, noun: Message(en: "a wanted sector", nl: "een gewenste sector"),
        example: .wantsSector("logistics", rank: 1))
    case .hoursAndTravelFit:
      RuleDeclaration(
        "hours-and-travel-fit", .public,
        noun: Message(en: "hours and travel", nl: "uren en reistijd"), example: .hoursAndTravelFit)
    case .learnsHere:
      RuleDeclaration(
        "learns-here", .public,
        noun: Message(
          en: "a competency learned here", nl: "een competentie die hier geleerd wordt"),
        example: .learnsHere("forklift-driving"))
    case .learnsDutchHere:
      RuleDeclaration(
        "learns-dutch-here", .public,
        noun: Message(en: "Dutch learned here", nl: "Nederlands dat hier geleerd wordt"),
        example: .learnsDutchHere)
    case .skillsMatch:
      RuleDeclaration(
        "skills-match", .public, noun: Message(en: "skills", nl: "vaardigheden"),
        example: .skillsMatch)
    case .hasRequiredSkills:
      RuleDeclaration(
        "has-required-skills", .public,
        noun: Message(en: "the required skills", nl: "de vereiste vaardigheden"),
        example: .hasRequiredSkills)
    case .learningRoute:
      RuleDeclaration(
        "learning-route", .public,
        noun: Message(en: "a learning-work route", nl: "een leerwerktraject"),
        example: .learningRoute(months: 9, certificate: true))
    case .loadWellWithinCapacity:
      RuleDeclaration(
        "load-well-within-capacity", .healthDerived,
        noun: Message(en: "load within capacity", nl: "belasting binnen belastbaarheid"),
        example: .loadWellWithinCapacity)
    case .regularEmployer:
      RuleDeclaration(
        "regular-employer", .public,
        noun: Message(en: "a regular employer", nl: "een reguliere werkgever"),
        example: .regularEmployer)
    case .supportAsNeeded:
      RuleDeclaration(
        "support-as-needed", .healthDerived,
        noun: Message(en: "support as needed", nl: "passende begeleiding"),
        example: .supportAsNeeded(.jobCoach))
    }
  }
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
        let competencies = person.heldCompetencies
        let held = { (entry: CompetencyEntry) in
          competencies.level(of: entry.id).map { $0 >= entry.level } ?? false
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
