/// A hard limit that rules a (participant, place) pair out, with the two values compared.
///
/// Every knock-out of a pair is reported, not only the first, so that an officer sees
/// everything that stands between a person and a place.
///
/// This file is the declaration of every knock-out: its case and values, its ``Kind`` (code,
/// ``Disclosure`` class, what it is called when counted, an example), what it says, and what
/// advice and job carving make of it. The reference scorer and the compiled kernel decide
/// *when* it applies; `Scoring.md` documents it.
public enum KnockOut: RuleOutcome {
  /// The place demands more than the person's capacity on a dimension (and cannot adapt it,
  /// or the excess is more than one level).
  case load(LoadDimension, demand: LoadLevel, capacity: LoadLevel)
  /// The hours do not overlap: the place needs more hours than the person's maximum, or
  /// offers fewer than the person's minimum.
  case hours(place: HoursRange, person: HoursRange)
  /// The estimated one-way travel time is above the person's maximum.
  case travel(minutes: Double, maximum: Int)
  /// A required competency is missing or below level, and the place does not teach it to
  /// that level. `held` is 0 when not held at all.
  case competency(CompetencyID, required: CompetencyLevel, held: Int)
  /// A required competency is taught, but not fast enough at the person's pace.
  case competencyPace(
    CompetencyID, required: CompetencyLevel, held: Int, monthsNeeded: Int, offerMonths: Int)
  /// The person's Dutch is below the requirement and the place does not teach Dutch.
  case language(required: DutchLevel, held: DutchLevel)
  /// The place teaches Dutch, but climbing to the level it needs takes longer at the
  /// person's pace than its route lasts.
  case languagePace(required: DutchLevel, held: DutchLevel, monthsNeeded: Int, offerMonths: Int)
  /// The place requires one of these indications and the person holds none of them.
  case indication(required: [Indication], held: [Indication])
  /// A Wsw employee of a municipality served by another sheltered-work body, at an internal
  /// Wsw place.
  case wswOtherProvider(MunicipalityID)
  /// Wage value below 100% at a regular employer that does not accept wage-cost subsidy.
  case wageSubsidy(wageValue: Int)
  /// The person needs more support than the place offers, and the policy has the social
  /// development company provide no job coach (``JobCoachPolicy/provided``).
  case support(need: SupportNeed, offered: SupportOffer)
  /// The place has no free slot.
  case noFreeSlot
  /// The place's main (first) sector is one the person excluded.
  case sectorExcluded(SectorID)
  /// The person is available only after the planning horizon.
  case notYetAvailable(availableFrom: Day, horizon: Day)
  /// The place opens only after the planning horizon.
  case notYetOpen(openFrom: Day, horizon: Day)

  /// The kinds of knock-out, in the order of `Scoring.md`: the table that counts of what
  /// blocks places, and the packed records' blockers, index into.
  public enum Kind: Int, RuleKind {
    case load, hours, travel, competency, competencyPace, language, languagePace, indication
    case wswOtherProvider, wageSubsidy, support, noFreeSlot, sectorExcluded, notYetAvailable
    case notYetOpen
  }

  /// The kind of this knock-out.
  public var kind: Kind {
    switch self {
    case .load: .load
    case .hours: .hours
    case .travel: .travel
    case .competency: .competency
    case .competencyPace: .competencyPace
    case .language: .language
    case .languagePace: .languagePace
    case .indication: .indication
    case .wswOtherProvider: .wswOtherProvider
    case .wageSubsidy: .wageSubsidy
    case .support: .support
    case .noFreeSlot: .noFreeSlot
    case .sectorExcluded: .sectorExcluded
    case .notYetAvailable: .notYetAvailable
    case .notYetOpen: .notYetOpen
    }
  }

  /// The values compared and the sentence that names them both.
  public var statement: RuleStatement {
    switch self {
    case .load(let dimension, let demand, let capacity):
      RuleStatement(
        [.code("dimension", dimension), .level("demand", demand), .level("capacity", capacity)],
        Message(
          en: "\(dimension): the work demands level \(demand), capacity is \(capacity).",
          nl: "\(dimension): het werk vraagt niveau \(demand), de belastbaarheid is \(capacity)."
        ))
    case .hours(let place, let person):
      RuleStatement(
        [
          .integer("placeMinimum", place.min), .integer("placeMaximum", place.max),
          .integer("personMinimum", person.min), .integer("personMaximum", person.max),
        ],
        place.min > person.max
          ? Message(
            en:
              "Hours: the place needs at least \(place.min) hours a week, the person wants at most \(person.max).",
            nl:
              "Uren: de plek vraagt minstens \(place.min) uur per week, de persoon wil hooguit \(person.max)."
          )
          : Message(
            en:
              "Hours: the place offers at most \(place.max) hours a week, the person needs at least \(person.min).",
            nl:
              "Uren: de plek biedt hooguit \(place.max) uur per week, de persoon wil minstens \(person.min)."
          ))
    case .travel(let minutes, let maximum):
      RuleStatement(
        [RuleParameter("minutes", .decimal(minutes, decimals: 1)), .integer("maximum", maximum)],
        Message(
          en: "Travel: about \(minutes, decimals: 0) minutes, the limit is \(maximum).",
          nl: "Reistijd: ongeveer \(minutes, decimals: 0) minuten, de grens is \(maximum)."))
    case .competency(let id, let required, let held):
      RuleStatement(
        [
          RuleParameter("competency", .code(id.rawValue)), .level("required", required),
          .integer("held", held),
        ],
        Message(
          en:
            "\(id): level \(required) required, \(Self.held(held)), and the place does not teach it to that level.",
          nl:
            "\(id): niveau \(required) vereist, \(Self.held(held)), en de plek leert het niet tot dat niveau aan."
        ))
    case .competencyPace(let id, let required, let held, let monthsNeeded, let offerMonths):
      RuleStatement(
        [
          RuleParameter("competency", .code(id.rawValue)), .level("required", required),
          .integer("held", held), .integer("monthsNeeded", monthsNeeded),
          .integer("offerMonths", offerMonths),
        ],
        Message(
          en:
            "\(id): level \(required) required, held \(held); at this pace that takes \(monthsNeeded) months, the route lasts \(offerMonths).",
          nl:
            "\(id): niveau \(required) vereist, nu \(held); in dit ontwikkeltempo kost dat \(monthsNeeded) maanden, het leerwerktraject duurt \(offerMonths)."
        ))
    case .language(let required, let held):
      RuleStatement(
        [.code("required", required), .code("held", held)],
        Message(
          en: "Dutch: \(required) required, \(held) held, and the place does not teach Dutch.",
          nl: "Nederlands: \(required) vereist, \(held) aanwezig, en de plek leert geen Nederlands."
        ))
    case .languagePace(let required, let held, let monthsNeeded, let offerMonths):
      RuleStatement(
        [
          .code("required", required), .code("held", held),
          .integer("monthsNeeded", monthsNeeded), .integer("offerMonths", offerMonths),
        ],
        Message(
          en:
            "Dutch: \(required) needed, \(held) held; at this pace the climb takes \(monthsNeeded) months, the route lasts \(offerMonths).",
          nl:
            "Nederlands: \(required) nodig, nu \(held); in dit ontwikkeltempo kost die stap \(monthsNeeded) maanden, het leerwerktraject duurt \(offerMonths)."
        ))
    case .indication(let required, let held):
      RuleStatement(
        [
          RuleParameter("required", .codes(required.map(\.rawValue))),
          RuleParameter("held", .codes(held.map(\.rawValue))),
        ],
        held.isEmpty
          ? Message(
            en:
              "Indication: the place requires \(required, separator: " or "); the person has: none.",
            nl: "Indicatie: de plek vraagt \(required, separator: " of "); de persoon heeft: geen.")
          : Message(
            en:
              "Indication: the place requires \(required, separator: " or "); the person has: \(held, separator: ", ").",
            nl:
              "Indicatie: de plek vraagt \(required, separator: " of "); de persoon heeft: \(held, separator: ", ")."
          ))
    case .wswOtherProvider(let municipality):
      RuleStatement(
        [RuleParameter("municipality", .code(municipality.rawValue))],
        Message(
          en:
            "Wsw employees from \(municipality) are served by another sheltered-work body (WOZL), not on internal Wsw places.",
          nl:
            "Wsw-medewerkers uit \(municipality) vallen onder een ander werkvoorzieningsschap (WOZL), niet onder interne Wsw-plekken."
        ))
    case .wageSubsidy(let wageValue):
      RuleStatement(
        [.integer("wageValue", wageValue)],
        Message(
          en:
            "Wage value \(wageValue)%: a regular employer must then accept wage-cost subsidy, this one does not.",
          nl:
            "Loonwaarde \(wageValue)%: een reguliere werkgever moet dan loonkostensubsidie accepteren, deze doet dat niet."
        ))
    case .support(let need, let offered):
      RuleStatement(
        [.code("need", need), .code("offered", offered)],
        Message(
          en: "Support: needs \(need) support (\(need.minimumOffer)), the place offers \(offered).",
          nl: "Begeleiding: nodig is \(need) (\(need.minimumOffer)), de plek biedt \(offered)."))
    case .noFreeSlot:
      RuleStatement(Message(en: "No free slot left.", nl: "Geen vrije plek meer."))
    case .sectorExcluded(let sector):
      RuleStatement(
        [RuleParameter("sector", .code(sector.rawValue))],
        Message(
          en: "The person excluded the sector \(sector).",
          nl: "Sector \(sector) is door de persoon uitgesloten."))
    case .notYetAvailable(let availableFrom, let horizon):
      RuleStatement(
        [
          RuleParameter("availableFrom", .day(availableFrom)),
          RuleParameter("horizon", .day(horizon)),
        ],
        Message(
          en: "Available from \(availableFrom), after the planning horizon (\(horizon)).",
          nl: "Beschikbaar vanaf \(availableFrom), na de planningshorizon (\(horizon))."))
    case .notYetOpen(let openFrom, let horizon):
      RuleStatement(
        [RuleParameter("openFrom", .day(openFrom)), RuleParameter("horizon", .day(horizon))],
        Message(
          en: "The place opens on \(openFrom), after the planning horizon (\(horizon)).",
          nl: "De plek gaat open op \(openFrom), na de planningshorizon (\(horizon))."))
    }
  }

  /// "not held", "held at level 2".
  static func held(_ level: Int) -> Message {
    level == 0
      ? Message(en: "not held", nl: "niet aanwezig")
      : Message(en: "held at level \(level)", nl: "nu niveau \(level)")
  }
}

extension KnockOut.Kind {
  /// The code, the disclosure class, the name for counts and an example of each kind.
  ///
  /// Indications and the WOZL rule are health-derived: an indication comes from an
  /// assessment of a person's capacity, and the WOZL rule applies to Wsw employees only. A
  /// knock-out's class says who may read *that it applies*: an employer reads neither its
  /// sentence nor its code, only that a condition not disclosed to employers is not met.
  public var declaration: RuleDeclaration<KnockOut> {
    let day = Day(daysSinceEpoch: 20_454)
    return switch self {
    case .load:
      RuleDeclaration(
        "load", .healthDerived, noun: Message(en: "load capacity", nl: "belastbaarheid"),
        example: .load(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(1)!))
    case .hours:
      RuleDeclaration(
        "hours", .public, noun: Message(en: "hours per week", nl: "uren per week"),
        example: .hours(place: HoursRange(min: 32, max: 36), person: HoursRange(min: 8, max: 16)))
    case .travel:
      RuleDeclaration(
        "travel", .public, noun: Message(en: "travel time", nl: "reistijd"),
        example: .travel(minutes: 47.5, maximum: 30))
    case .competency:
      RuleDeclaration(
        "competency", .public,
        noun: Message(en: "a required competency", nl: "een vereiste competentie"),
        example: .competency("forklift-driving", required: CompetencyLevel(2)!, held: 0))
    case .competencyPace:
      // The months follow from the person's development pace, which is not health data.
      RuleDeclaration(
        "competency-pace", .public,
        noun: Message(
          en: "a competency not learnable in time",
          nl: "een competentie die niet op tijd te leren is"),
        example: .competencyPace(
          "forklift-driving", required: CompetencyLevel(3)!, held: 1, monthsNeeded: 12,
          offerMonths: 6))
    case .language:
      RuleDeclaration(
        "language", .public, noun: Message(en: "Dutch language level", nl: "niveau Nederlands"),
        example: .language(required: .b1, held: .a1))
    case .languagePace:
      RuleDeclaration(
        "language-pace", .public,
        noun: Message(en: "Dutch not learnable in time", nl: "Nederlands niet op tijd te leren"),
        example: .languagePace(required: .b2, held: .a0, monthsNeeded: 30, offerMonths: 12))
    case .indication:
      RuleDeclaration(
        "indication", .healthDerived,
        noun: Message(en: "a required indication", nl: "een vereiste indicatie"),
        example: .indication(required: [.wsw], held: [.banenafspraak]))
    case .wswOtherProvider:
      RuleDeclaration(
        "wsw-other-provider", .healthDerived,
        noun: Message(
          en: "Wsw served by another body (WOZL)",
          nl: "Wsw bij een ander werkvoorzieningsschap (WOZL)"),
        example: .wswOtherProvider("vaals"))
    case .wageSubsidy:
      RuleDeclaration(
        "wage-subsidy", .healthDerived,
        noun: Message(
          en: "wage value without wage-cost subsidy", nl: "loonwaarde zonder loonkostensubsidie"),
        example: .wageSubsidy(wageValue: 60))
    case .support:
      RuleDeclaration(
        "support", .healthDerived, noun: Message(en: "support needed", nl: "benodigde begeleiding"),
        example: .support(need: .intensive, offered: .colleague))
    case .noFreeSlot:
      RuleDeclaration(
        "no-free-slot", .public, noun: Message(en: "no free slot", nl: "geen vrije plek"),
        example: .noFreeSlot)
    case .sectorExcluded:
      // The person's own exclusion: theirs to tell an employer, not Plek's.
      RuleDeclaration(
        "sector-excluded", .aboutThePerson,
        noun: Message(en: "an excluded sector", nl: "een uitgesloten sector"),
        example: .sectorExcluded("cleaning"))
    case .notYetAvailable:
      RuleDeclaration(
        "not-yet-available", .public,
        noun: Message(en: "not yet available", nl: "nog niet beschikbaar"),
        example: .notYetAvailable(availableFrom: day.adding(days: 200), horizon: day))
    case .notYetOpen:
      RuleDeclaration(
        "not-yet-open", .public, noun: Message(en: "place not yet open", nl: "plek nog niet open"),
        example: .notYetOpen(openFrom: day.adding(days: 200), horizon: day))
    }
  }
}

// MARK: - What advice and carving make of a knock-out

extension KnockOut {
  /// The least step of the person that removes this knock-out of `place` asked on `day`, or
  /// `nil` when no step does (the knock-out is about who the person is, their wishes, or a
  /// capacity more than one level short).
  func adviceNeed(person: Participant, place: Place, day: Day, policy: Policy) -> AdviceNeed? {
    switch self {
    case .travel(let minutes, let maximum):
      return AdviceNeed.travel(minutes: minutes, maximum: maximum, policy: policy)
    case .hours(let offered, let wanted):
      return offered.min > wanted.max ? .hoursMaximum(offered.min) : .hoursMinimum(offered.max)
    case .notYetOpen(let openFrom, _):
      return AdviceNeed.planning(days: Int(openFrom.daysSinceEpoch - day.daysSinceEpoch))
    case .notYetAvailable(let availableFrom, _):
      return AdviceNeed.planning(days: Int(availableFrom.daysSinceEpoch - day.daysSinceEpoch))
    case .competency(let id, let required, _):
      return .competency(id, required)
    case .competencyPace(let id, let required, let held, _, let offerMonths):
      // The route teaches `offerMonths / monthsPerLevel` levels in time: the person must
      // reach the rest first.
      let reach = offerMonths / policy.monthsPerLevel[person.developmentPace]
      let level = max(held + 1, Int(required.rawValue) - reach)
      return CompetencyLevel(level).map { .competency(id, $0) }
    case .language(let required, _):
      return .dutch(required)
    case .languagePace(let required, let held, _, let offerMonths):
      let reach = offerMonths / policy.dutchMonthsPerLevel[person.developmentPace]
      let rank = max(held.rank + 1, required.rank - reach)
      return .dutch(DutchLevel.allCases[min(rank, required.rank)])
    case .load(let dimension, let demand, let capacity):
      return demand.rawValue == capacity.rawValue + 1 && !place.adaptable.contains(dimension)
        ? .adaptation(dimension) : nil
    case .wageSubsidy:
      return .wageCostSubsidy
    case .support:
      // A job coach only when the social development company provides them (then too
      // little support is a point to judge, not a knock-out, and the coach is a gain).
      return policy.jobCoaches.provided ? .jobCoach : nil
    case .indication, .wswOtherProvider, .noFreeSlot, .sectorExcluded:
      return nil
    }
  }

  /// The least change of `place` that removes this knock-out for `person`, or `nil` when no
  /// change of the place does.
  func carveNeed(person: Participant, place: Place, policy: Policy) -> CarveNeed? {
    switch self {
    case .load(let dimension, let demand, let capacity):
      let adaptable = place.adaptable.contains(dimension)
      // One level lower fits, or is one level short on an adaptable dimension (a point).
      guard demand.rawValue <= capacity.rawValue + (adaptable ? 2 : 1) else { return nil }
      return .load(
        dimension, atMost: LoadLevel(rawValue: capacity.rawValue + (adaptable ? 1 : 0))!,
        adaptableWorks: !adaptable && demand.rawValue == capacity.rawValue + 1)
    case .competency(let id, _, let held):
      // Not taught to the level required: a lower level may be held, or taught in time.
      var atMost = held
      if let offer = place.learningOffer, let taught = offer.teaches.level(of: id) {
        let reach = offer.months / policy.monthsPerLevel[person.developmentPace]
        atMost = max(held, min(Int(taught.rawValue), held + reach))
      }
      return .competency(id, atMost: atMost)
    case .competencyPace(let id, _, let held, _, let offerMonths):
      return .competency(
        id, atMost: held + offerMonths / policy.monthsPerLevel[person.developmentPace])
    case .hours(let offered, let wanted):
      return offered.min > wanted.max ? .hoursMinimum(wanted.max) : .hoursMaximum(wanted.min)
    case .language(_, let held):
      return .dutch(held)
    case .languagePace(let required, let held, _, let offerMonths):
      let rank = held.rank + offerMonths / policy.dutchMonthsPerLevel[person.developmentPace]
      return .dutch(DutchLevel.allCases[min(rank, required.rank - 1)])
    case .support(let need, _):
      return .support(need.minimumOffer)
    case .wageSubsidy:
      return .wageCostSubsidy
    case .notYetOpen:
      return .openNow
    case .travel, .indication, .wswOtherProvider, .noFreeSlot, .sectorExcluded,
      .notYetAvailable:
      return nil
    }
  }
}
