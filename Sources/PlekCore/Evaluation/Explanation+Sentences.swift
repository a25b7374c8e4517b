/// Numbers in sentences: a fixed number of decimals, with a decimal comma in Dutch.
public enum NumberText {
  /// `value` rounded to `decimals` places, e.g. `18.8` or `18,8`.
  public static func format(_ value: Double, decimals: Int = 1, _ language: Language = .english)
    -> String
  {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let negative = value < 0 && scaled > 0
    let whole = Int(scaled / scale)
    var text = (negative ? "-" : "") + String(whole)
    if decimals > 0 {
      let fraction = String(Int(scaled) - whole * Int(scale))
      text +=
        (language == .dutch ? "," : ".") + String(repeating: "0", count: decimals - fraction.count)
        + fraction
    }
    return text
  }

  /// A percentage of a share 0–1 without decimals, e.g. `25%`.
  public static func percent(_ share: Double) -> String { format(share * 100, decimals: 0) + "%" }
}

extension Taxonomy {
  /// The display name of a load dimension, from the taxonomy file when it has one.
  public func name(of dimension: LoadDimension, in language: Language) -> String {
    loadDimensions.first { $0.dimension == dimension }?.name(language)
      ?? dimension.label(language).prefix(1).uppercased() + dimension.label(language).dropFirst()
  }
}

extension KnockOut {
  /// A short sentence for officers, naming the two values compared.
  public func sentence(_ language: Language, taxonomy: Taxonomy) -> String {
    let nl = language == .dutch
    switch self {
    case .load(let dimension, let demand, let capacity):
      let name = taxonomy.name(of: dimension, in: language)
      return nl
        ? "\(name): het werk vraagt niveau \(demand), de belastbaarheid is \(capacity)."
        : "\(name): the work demands level \(demand), capacity is \(capacity)."
    case .hours(let placeMinimum, let personMaximum):
      return nl
        ? "Uren: de plek vraagt minstens \(placeMinimum) uur per week, de persoon wil hooguit \(personMaximum)."
        : "Hours: the place needs at least \(placeMinimum) hours a week, the person wants at most \(personMaximum)."
    case .travel(let minutes, let maximum):
      let shown = NumberText.format(minutes, decimals: 0)
      return nl
        ? "Reistijd: ongeveer \(shown) minuten, de grens is \(maximum)."
        : "Travel: about \(shown) minutes, the limit is \(maximum)."
    case .competency(let id, let required, let held):
      let name = taxonomy.name(of: id, in: language)
      let has =
        held == 0
        ? (nl ? "niet aanwezig" : "not held") : (nl ? "nu niveau \(held)" : "held at level \(held)")
      return nl
        ? "\(name): niveau \(required) vereist, \(has), en de plek leert het niet tot dat niveau aan."
        : "\(name): level \(required) required, \(has), and the place does not teach it to that level."
    case .competencyPace(let id, let required, let held, let monthsNeeded, let offerMonths):
      let name = taxonomy.name(of: id, in: language)
      return nl
        ? "\(name): niveau \(required) vereist, nu \(held); in dit ontwikkeltempo kost dat \(monthsNeeded) maanden, het leertraject duurt \(offerMonths)."
        : "\(name): level \(required) required, held \(held); at this pace that takes \(monthsNeeded) months, the route lasts \(offerMonths)."
    case .language(let required, let held):
      return nl
        ? "Nederlands: \(required.rawValue) vereist, \(held.rawValue) aanwezig, en de plek leert geen Nederlands."
        : "Dutch: \(required.rawValue) required, \(held.rawValue) held, and the place does not teach Dutch."
    case .indication(let required, let held):
      let or = nl ? " of " : " or "
      let names = required.map { $0.label(language) }.joined(separator: or)
      let heldNames =
        held.isEmpty
        ? (nl ? "geen" : "none") : held.map { $0.label(language) }.joined(separator: ", ")
      return nl
        ? "Indicatie: de plek vraagt \(names); de persoon heeft: \(heldNames)."
        : "Indication: the place requires \(names); the person has: \(heldNames)."
    case .wswOtherProvider(let municipality):
      let name = taxonomy.name(of: municipality, in: language)
      return nl
        ? "Wsw-medewerkers uit \(name) vallen onder een ander werkvoorzieningsschap (WOZL), niet onder interne Wsw-plekken."
        : "Wsw employees from \(name) are served by another sheltered-work body (WOZL), not on internal Wsw places."
    case .wageSubsidy(let wageValue):
      return nl
        ? "Loonwaarde \(wageValue)%: een reguliere werkgever moet dan loonkostensubsidie accepteren, deze doet dat niet."
        : "Wage value \(wageValue)%: a regular employer must then accept wage-cost subsidy, this one does not."
    case .support(let need, let offered):
      return nl
        ? "Begeleiding: nodig is \(need.label(language)) (\(need.minimumOffer.label(language))), de plek biedt \(offered.label(language))."
        : "Support: needs \(need.label(language)) support (\(need.minimumOffer.label(language))), the place offers \(offered.label(language))."
    case .noFreeSlot:
      return nl ? "Geen vrije plek meer." : "No free slot left."
    case .sectorExcluded(let sector):
      let name = taxonomy.name(of: sector, in: language)
      return nl
        ? "Sector \(name) is door de persoon uitgesloten."
        : "The person excluded the sector \(name)."
    case .notYetAvailable(let availableFrom, let horizon):
      return nl
        ? "Beschikbaar vanaf \(availableFrom.iso), na de planningshorizon (\(horizon.iso))."
        : "Available from \(availableFrom.iso), after the planning horizon (\(horizon.iso))."
    case .notYetOpen(let openFrom, let horizon):
      return nl
        ? "De plek gaat open op \(openFrom.iso), na de planningshorizon (\(horizon.iso))."
        : "The place opens on \(openFrom.iso), after the planning horizon (\(horizon.iso))."
    }
  }
}

extension AssessmentPoint {
  /// A short sentence for officers.
  public func sentence(_ language: Language, taxonomy: Taxonomy) -> String {
    let nl = language == .dutch
    switch self {
    case .loadNotAssessed(let dimension, let demand):
      let name = taxonomy.name(of: dimension, in: language)
      return nl
        ? "\(name): het werk vraagt niveau \(demand), de belastbaarheid is niet vastgesteld."
        : "\(name): the work demands level \(demand), capacity not assessed."
    case .loadAdaptation(let dimension, let demand, let capacity):
      let name = taxonomy.name(of: dimension, in: language)
      return nl
        ? "\(name): het werk vraagt niveau \(demand), de belastbaarheid is \(capacity); de werkgever kan dit aanpassen."
        : "\(name): the work demands level \(demand), capacity is \(capacity); the employer can adapt this."
    case .dutchNotAssessed(let required):
      return nl
        ? "Nederlands: \(required.rawValue) vereist, het niveau is niet vastgesteld."
        : "Dutch: \(required.rawValue) required, level not assessed."
    case .wageValueNotAssessed:
      return nl
        ? "Loonwaarde niet vastgesteld, bij een reguliere werkgever zonder loonkostensubsidie."
        : "Wage value not established, at a regular employer without wage-cost subsidy."
    }
  }

  /// The employer-facing sentence: says that something needs assessment, without health data.
  public func employerSentence(_ language: Language) -> String {
    switch self {
    case .dutchNotAssessed(let required):
      return language == .dutch
        ? "Nederlands: \(required.rawValue) vereist, het niveau wordt nog beoordeeld."
        : "Dutch: \(required.rawValue) required, level to be assessed."
    case .loadNotAssessed, .loadAdaptation, .wageValueNotAssessed:
      return language == .dutch
        ? "Een punt vraagt beoordeling door de consulent."
        : "A point needs assessment by the officer."
    }
  }
}

extension ScoreComponentKind {
  /// What the component measures, in a few words.
  public func meaning(_ language: Language) -> String {
    let nl = language == .dutch
    switch self {
    case .loadHeadroom:
      return nl
        ? "belastbaarheid die overblijft boven wat het werk vraagt"
        : "capacity left above what the work demands"
    case .competency:
      return nl
        ? "vereiste competenties aanwezig (met marge), gewenste gedekt"
        : "required competencies held (with margin), desired ones covered"
    case .development:
      return nl
        ? "wat het leertraject in dit tempo oplevert, en de wens voor een certificaat"
        : "what the learning route teaches at this pace, and the certificate wish"
    case .wishes:
      return nl
        ? "voorkeur voor de sector, uren en reistijd" : "sector preference, hours and travel time"
    case .placementOrder:
      return nl
        ? "regulier waar het kan, intern waar het moet"
        : "regular work where it can be, internal where it must"
    case .support:
      return nl
        ? "geboden begeleiding tegenover wat nodig is" : "support offered against support needed"
    }
  }
}

extension ScoreComponent {
  /// "Competencies: 0.75 × 25% = 18.8 points (required competencies held …)".
  public func sentence(_ language: Language) -> String {
    let label = kind.label(language)
    let points = language == .dutch ? "punten" : "points"
    return
      "\(label.prefix(1).uppercased() + label.dropFirst()): \(NumberText.format(value, decimals: 2, language)) × "
      + "\(NumberText.percent(weight)) = \(NumberText.format(contribution, decimals: 1, language)) \(points) "
      + "(\(kind.meaning(language)))"
  }
}
