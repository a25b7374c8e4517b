/// Something the machine cannot decide and an officer must judge (UWV's CBBS calls these
/// *beoordelingspunten*). A pair with assessment points is still a fit, but every point costs
/// (``Policy/assessmentPointCost``): what is unknown never scores like what is known to fit.
///
/// This file is the declaration of every point: its case and values, its ``Kind`` (code,
/// ``Disclosure`` class, an example) and what it says.
public enum AssessmentPoint: RuleOutcome {
  /// A demanded dimension whose capacity was not assessed: never treated as fitting.
  case loadNotAssessed(LoadDimension, demand: LoadLevel)
  /// The demand exceeds the capacity by one level on a dimension the employer can adapt.
  case loadAdaptation(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The place requires Dutch (or teaches it up to a level) and the person's level was not
  /// assessed.
  case dutchNotAssessed(required: DutchLevel)
  /// A regular employer without wage-cost subsidy, and the person's wage value is not
  /// established.
  case wageValueNotAssessed
  /// A regular employer that has not said whether it accepts wage-cost subsidy, and a person
  /// below full wage value (who needs it): to arrange with the employer, never a silent "no".
  case wageSubsidyToArrange(wageValue: Int)
  /// The person needs more support than the place offers; the social development company
  /// must arrange a job coach (scarce: the support part is lower).
  case jobCoachToArrange(need: SupportNeed, offered: SupportOffer)
  /// Permanent support at a regular employer: possible, never silently fine.
  case permanentSupportAtRegular

  /// The kinds of point, in the order of `Scoring.md`.
  public enum Kind: Int, RuleKind {
    case loadNotAssessed, loadAdaptation, dutchNotAssessed, wageValueNotAssessed
    case wageSubsidyToArrange, jobCoachToArrange, permanentSupportAtRegular
  }

  /// The kind of this point.
  public var kind: Kind {
    switch self {
    case .loadNotAssessed: .loadNotAssessed
    case .loadAdaptation: .loadAdaptation
    case .dutchNotAssessed: .dutchNotAssessed
    case .wageValueNotAssessed: .wageValueNotAssessed
    case .wageSubsidyToArrange: .wageSubsidyToArrange
    case .jobCoachToArrange: .jobCoachToArrange
    case .permanentSupportAtRegular: .permanentSupportAtRegular
    }
  }

  /// The values and the sentence an officer reads.
  public var statement: RuleStatement {
    switch self {
    case .loadNotAssessed(let dimension, let demand):
      RuleStatement(
        [.code("dimension", dimension), .level("demand", demand)],
        Message(
          en: "\(dimension): the work demands level \(demand), capacity not assessed.",
          nl:
            "\(dimension): het werk vraagt niveau \(demand), de belastbaarheid is nog te beoordelen."
        ))
    case .loadAdaptation(let dimension, let demand, let capacity):
      RuleStatement(
        [.code("dimension", dimension), .level("demand", demand), .level("capacity", capacity)],
        Message(
          en:
            "\(dimension): the work demands level \(demand), capacity is \(capacity); the employer can adapt this.",
          nl:
            "\(dimension): het werk vraagt niveau \(demand), de belastbaarheid is \(capacity); werkplekaanpassing mogelijk."
        ))
    case .dutchNotAssessed(let required):
      RuleStatement(
        [.code("required", required)],
        Message(
          en: "Dutch: \(required) required, level not assessed.",
          nl: "Nederlands: \(required) vereist, het niveau is nog te beoordelen."))
    case .wageValueNotAssessed:
      RuleStatement(
        Message(
          en: "Wage value not established, at a regular employer without wage-cost subsidy.",
          nl: "Loonwaarde nog te beoordelen, bij een reguliere werkgever zonder loonkostensubsidie."
        ))
    case .wageSubsidyToArrange(let wage):
      RuleStatement(
        [.integer("wageValue", wage)],
        Message(
          en:
            "Wage value \(wage)%: the employer has not said whether it accepts wage-cost subsidy; to arrange with the employer.",
          nl:
            "Loonwaarde \(wage)%: de werkgever heeft niet gezegd of loonkostensubsidie kan; af te spreken met de werkgever."
        ))
    case .jobCoachToArrange(let need, let offered):
      RuleStatement(
        [.code("need", need), .code("offered", offered)],
        Message(
          en:
            "Support: needs \(need) support (\(need.minimumOffer)), the place offers \(offered); a job coach is to be arranged.",
          nl:
            "Begeleiding: nodig is \(need) (\(need.minimumOffer)), de plek biedt \(offered); een jobcoach is te regelen."
        ))
    case .permanentSupportAtRegular:
      RuleStatement(
        Message(
          en:
            "Permanent support at a regular employer: possible with a job coach, to be agreed with the employer.",
          nl:
            "Blijvende begeleiding bij een reguliere werkgever: mogelijk met een jobcoach, af te spreken met de werkgever."
        ))
    }
  }

  /// What an employer reads of a point it may see; `nil` for the others, which it reads only
  /// as ``Message/pointForOfficer``.
  public var employerSentence: Message? {
    guard disclosure == .public else { return nil }
    if case .dutchNotAssessed(let required) = self {
      return Message(
        en: "Dutch: \(required) required, level to be assessed.",
        nl: "Nederlands: \(required) vereist, het niveau wordt nog beoordeeld.")
    }
    return sentence
  }
}

extension AssessmentPoint.Kind {
  /// The code, disclosure class and an example of each kind. Every point but Dutch is about
  /// load capacity, wage value or support: health data.
  public var declaration: RuleDeclaration<AssessmentPoint> {
    switch self {
    case .loadNotAssessed:
      RuleDeclaration(
        "load-not-assessed", .healthDerived,
        noun: Message(en: "capacity not assessed", nl: "belastbaarheid nog te beoordelen"),
        example: .loadNotAssessed(.walking, demand: LoadLevel(2)!))
    case .loadAdaptation:
      RuleDeclaration(
        "load-adaptation", .healthDerived,
        noun: Message(en: "a workplace adaptation", nl: "werkplekaanpassing"),
        example: .loadAdaptation(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!))
    case .dutchNotAssessed:
      RuleDeclaration(
        "dutch-not-assessed", .public,
        noun: Message(en: "Dutch not assessed", nl: "Nederlands nog te beoordelen"),
        example: .dutchNotAssessed(required: .a2))
    case .wageValueNotAssessed:
      RuleDeclaration(
        "wage-value-not-assessed", .healthDerived,
        noun: Message(en: "wage value not established", nl: "loonwaarde nog te beoordelen"),
        example: .wageValueNotAssessed)
    case .wageSubsidyToArrange:
      RuleDeclaration(
        "wage-subsidy-to-arrange", .healthDerived,
        noun: Message(en: "wage-cost subsidy to arrange", nl: "loonkostensubsidie af te spreken"),
        example: .wageSubsidyToArrange(wageValue: 70))
    case .jobCoachToArrange:
      RuleDeclaration(
        "job-coach-to-arrange", .healthDerived,
        noun: Message(en: "a job coach to arrange", nl: "een jobcoach te regelen"),
        example: .jobCoachToArrange(need: .intensive, offered: .colleague))
    case .permanentSupportAtRegular:
      RuleDeclaration(
        "permanent-support", .healthDerived,
        noun: Message(en: "permanent support", nl: "blijvende begeleiding"),
        example: .permanentSupportAtRegular)
    }
  }
}

/// Load dimensions a place demands whose capacity was never assessed, when they are most of
/// its demands: "12 of the 14 demands of this place were never assessed". Said instead of
/// the points one by one; health data, like the points it sums up.
public struct UnassessedDemands: Hashable, Sendable {
  /// The dimensions never assessed.
  public var dimensions: [LoadDimension]
  /// How many dimensions the place demands.
  public var demanded: Int

  /// Creates the summary.
  public init(dimensions: [LoadDimension], demanded: Int) {
    (self.dimensions, self.demanded) = (dimensions, demanded)
  }

  /// The code programs read: `load-mostly-not-assessed`.
  public static let code = "load-mostly-not-assessed"

  /// "12 of the 14 demands of this place were never assessed: …".
  public var sentence: Message {
    Message(
      en:
        "\(dimensions.count) of the \(demanded) demands of this place were never assessed: \(dimensions, separator: ", ", .lowercased).",
      nl:
        "\(dimensions.count) van de \(demanded) belastingseisen van deze plek zijn nooit beoordeeld: \(dimensions, separator: ", ", .lowercased)."
    )
  }
}

extension Message {
  /// What an employer reads instead of a point it may not see: "A point needs assessment by
  /// the officer."
  public static let pointForOfficer = Message(
    en: "A point needs assessment by the officer.",
    nl: "Een punt vraagt beoordeling door de consulent.")
}
