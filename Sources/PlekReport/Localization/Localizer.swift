import PlekCore

/// Puts Plek's words into one language: messages of the table with their values filled in,
/// vocabulary labels, taxonomy names and numbers.
public struct Localizer: Sendable {
  /// The language.
  public let language: Language
  /// The taxonomy, for the names of sectors, competencies, dimensions and municipalities.
  public let taxonomy: Taxonomy

  /// Creates a localizer.
  public init(language: Language, taxonomy: Taxonomy) {
    self.language = language
    self.taxonomy = taxonomy
  }

  /// A message with its `{name}` placeholders filled in from `values`.
  public func callAsFunction(_ message: Message, _ values: [String: String] = [:]) -> String {
    let templates = message.templates
    return Self.fill(language == .dutch ? templates.dutch : templates.english, values)
  }

  /// A template with its placeholders filled in; a placeholder without a value stays as it
  /// is, so that a missing value is visible rather than silently dropped.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      result += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      result += values[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The placeholders of a template, in order.
  static func placeholders(_ template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  func pick(_ pair: (english: String, dutch: String)) -> String {
    language == .dutch ? pair.dutch : pair.english
  }

  // MARK: Vocabularies

  /// The name of a target group.
  public func label(_ value: TargetGroup) -> String { pick(VocabularyLabels.targetGroup(value)) }
  /// The name of an indication.
  public func label(_ value: Indication) -> String { pick(VocabularyLabels.indication(value)) }
  /// The name of a development pace.
  public func label(_ value: DevelopmentPace) -> String { pick(VocabularyLabels.pace(value)) }
  /// The name of a support need.
  public func label(_ value: SupportNeed) -> String { pick(VocabularyLabels.supportNeed(value)) }
  /// The name of a support offer.
  public func label(_ value: SupportOffer) -> String { pick(VocabularyLabels.supportOffer(value)) }
  /// The name of a transport mode.
  public func label(_ value: TransportMode) -> String { pick(VocabularyLabels.transport(value)) }
  /// The name of an employer kind.
  public func label(_ value: EmployerKind) -> String {
    pick(VocabularyLabels.employerKind(value))
  }

  /// "by bike", "met de fiets", …
  public func travel(_ mode: TransportMode) -> String {
    switch mode {
    case .walk: self(.travelOnFoot)
    case .bike: self(.travelByBike)
    case .publicTransport: self(.travelByPublicTransport)
    case .car: self(.travelByCar)
    }
  }

  /// The name of a score component, lower case.
  public func label(_ kind: ScoreComponentKind) -> String {
    switch kind {
    case .loadHeadroom: self(.componentLoadHeadroom)
    case .competency: self(.componentCompetency)
    case .development: self(.componentDevelopment)
    case .wishes: self(.componentWishes)
    case .placementOrder: self(.componentPlacementOrder)
    case .support: self(.componentSupport)
    }
  }

  /// What a score component measures, in a few words.
  public func meaning(_ kind: ScoreComponentKind) -> String {
    switch kind {
    case .loadHeadroom: self(.meaningLoadHeadroom)
    case .competency: self(.meaningCompetency)
    case .development: self(.meaningDevelopment)
    case .wishes: self(.meaningWishes)
    case .placementOrder: self(.meaningPlacementOrder)
    case .support: self(.meaningSupport)
    }
  }

  /// A knock-out reason code in words ("travel time", "reistijd"), for counts of what blocks.
  public func blocker(_ code: String) -> String {
    switch code {
    case "load": self(.blockerLoad)
    case "hours": self(.blockerHours)
    case "travel": self(.blockerTravel)
    case "competency": self(.blockerCompetency)
    case "competency-pace": self(.blockerCompetencyPace)
    case "language": self(.blockerLanguage)
    case "language-pace": self(.blockerLanguagePace)
    case "indication": self(.blockerIndication)
    case "wsw-other-provider": self(.blockerWswOtherProvider)
    case "wage-subsidy": self(.blockerWageSubsidy)
    case "support": self(.blockerSupport)
    case "no-free-slot": self(.blockerNoFreeSlot)
    case "sector-excluded": self(.blockerSectorExcluded)
    case "not-yet-available": self(.blockerNotYetAvailable)
    case "not-yet-open": self(.blockerNotYetOpen)
    default: code
    }
  }

  // MARK: Taxonomy names

  /// The name of a sector.
  public func name(_ id: SectorID) -> String { taxonomy.name(of: id, in: language) }
  /// The name of a competency.
  public func name(_ id: CompetencyID) -> String { taxonomy.name(of: id, in: language) }
  /// The name of a municipality.
  public func name(_ id: MunicipalityID) -> String { taxonomy.name(of: id, in: language) }
  /// The name of a load dimension.
  public func name(_ dimension: LoadDimension) -> String {
    taxonomy.name(of: dimension, in: language)
  }

  // MARK: Dates and numbers

  /// A day as people write it: `31-12-2026` in Dutch, `2026-12-31` in English.
  public func date(_ day: Day) -> String {
    guard language == .dutch else { return day.iso }
    let (year, month, dayOfMonth) = day.components
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(dayOfMonth))-\(two(month))-\(year)"
  }

  /// `value` rounded to `decimals` places, with a decimal comma in Dutch: `18.8`, `18,8`.
  public func number(_ value: Double, decimals: Int = 1) -> String {
    NumberText.format(value, decimals: decimals, language)
  }
}

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

extension String {
  /// The text with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
