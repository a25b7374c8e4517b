/// A remark about a fit that is neither a component nor a point to judge.
///
/// This file is the declaration of every note: its case and values, its ``Kind`` (code,
/// ``Disclosure`` class, an example) and what it says.
public enum FitNote: RuleOutcome {
  /// The place is also in a sector the person excluded (not its main sector, which would be
  /// a knock-out); the sector part is lower.
  case excludedSecondarySector(SectorID)
  /// The place opens after the day asked for (within the planning horizon).
  case opensOn(Day)
  /// The person is available only after the day asked for (within the planning horizon).
  case availableFrom(Day)
  /// The person's target group makes development a goal in itself
  /// (``Policy/developableTargetGroups``): the development part values a certificate route
  /// as it would for someone who asked for one. Said because the target group changes the
  /// ranking.
  case developmentGoalOfTargetGroup(TargetGroup)

  /// The kinds of note.
  public enum Kind: Int, RuleKind {
    case excludedSecondarySector, opensOn, availableFrom, developmentGoalOfTargetGroup
  }

  /// The kind of this note.
  public var kind: Kind {
    switch self {
    case .excludedSecondarySector: .excludedSecondarySector
    case .opensOn: .opensOn
    case .availableFrom: .availableFrom
    case .developmentGoalOfTargetGroup: .developmentGoalOfTargetGroup
    }
  }

  /// The values and the sentence.
  public var statement: RuleStatement {
    switch self {
    case .excludedSecondarySector(let sector):
      RuleStatement(
        [RuleParameter("sector", .code(sector.rawValue))],
        Message(
          en: "Also in \(sector), a sector the person excluded: the sector part is lower.",
          nl: "Ook in de sector \(sector), die de persoon uitsluit: de sectorwaardering is lager."))
    case .opensOn(let day):
      RuleStatement(
        [RuleParameter("date", .day(day))],
        Message(en: "The place opens on \(day).", nl: "De plek gaat open op \(day)."))
    case .availableFrom(let day):
      RuleStatement(
        [RuleParameter("date", .day(day))],
        Message(
          en: "The person is available from \(day).", nl: "De persoon is beschikbaar vanaf \(day).")
      )
    case .developmentGoalOfTargetGroup(let group):
      RuleStatement(
        [.code("targetGroup", group)],
        Message(
          en:
            "Target group \(group): development is a goal, so a learning-work route with a certificate counts as for someone who asked for one.",
          nl:
            "Doelgroep \(group): ontwikkeling is een doel, dus een leerwerktraject met praktijkverklaring telt zoals voor iemand die erom vroeg."
        ))
    }
  }
}

extension FitNote.Kind {
  /// The code, disclosure class and an example of each kind. The dates are the place's and
  /// the person's start, which an employer plans with; the excluded sector is the person's
  /// own wish, and the target group tells of an indication.
  public var declaration: RuleDeclaration<FitNote> {
    let day = Day(daysSinceEpoch: 20_454)
    return switch self {
    case .excludedSecondarySector:
      RuleDeclaration(
        "excluded-secondary-sector", .aboutThePerson,
        noun: Message(en: "an excluded sector", nl: "een uitgesloten sector"),
        example: .excludedSecondarySector("cleaning"))
    case .opensOn:
      RuleDeclaration(
        "opens-on", .public, noun: Message(en: "a later opening", nl: "een latere opening"),
        example: .opensOn(day))
    case .availableFrom:
      RuleDeclaration(
        "available-from", .public, noun: Message(en: "a later start", nl: "een latere start"),
        example: .availableFrom(day))
    case .developmentGoalOfTargetGroup:
      RuleDeclaration(
        "development-goal", .healthDerived,
        noun: Message(en: "development as a goal", nl: "ontwikkeling als doel"),
        example: .developmentGoalOfTargetGroup(.participatiewetWithinYear))
    }
  }
}
