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
    (self.language, self.taxonomy) = (language, taxonomy)
  }

  /// A message in this language, its values named.
  public func callAsFunction(_ message: Message) -> String {
    render(message(language))
  }

  /// A phrase with its values named in this language.
  public func render(_ phrase: Phrase) -> String {
    var text = ""
    for part in phrase.parts {
      switch part {
      case .text(let literal): text += literal
      case .term(let term): text += render(term)
      }
    }
    return text
  }

  /// A value in this language: a number with its decimal sign, a day as people here write
  /// it, a name from the taxonomy, a label of Plek's own vocabularies.
  public func render(_ term: Term) -> String {
    switch term {
    case .integer(let value): String(value)
    case .decimal(let value, let decimals): number(value, decimals: decimals)
    case .percent(let share): NumberText.percent(share)
    case .day(let day): date(day)
    case .dimension(let dimension): name(dimension)
    case .competency(let id): name(id)
    case .sector(let id): name(id)
    case .municipality(let id): name(id)
    case .message(let message): self(message)
    case .list(let terms, let separator): terms.map(render).joined(separator: separator)
    case .verbatim(let text): text
    case .styled(let term, .lowercased): render(term).lowercased()
    case .styled(let term, .capitalized): render(term).capitalizedFirst
    }
  }

  // MARK: Vocabularies

  /// The name of a value of Plek's own vocabularies (a target group, an employer kind, …).
  public func label(_ value: some Labelled) -> String { self(value.label) }

  /// "by bike", "met de fiets", …
  public func travel(_ mode: TransportMode) -> String { self(.travel(mode)) }

  /// What a score component measures, in a few words.
  public func meaning(_ kind: ScoreComponentKind) -> String { self(kind.meaning) }

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

  /// A share of people as an aggregate writes it (``NumberText/share(_:of:)``): the mark of a
  /// withheld count when either count is withheld, `—` for a share of nobody.
  public func share(_ part: GroupCount, of whole: GroupCount) -> String {
    if let text = NumberText.share(part, of: whole) { return text }
    return part.shown == nil || whole.shown == nil ? GroupCount.mark : "—"
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

  /// A share of people as an aggregate writes it: a whole percentage, but never `0%` or
  /// `100%` unless it is exactly that (`< 1%`, `> 99%`: "100%" of 207 people when one has
  /// none would say something untrue, and tell who); `nil` when either count is withheld.
  public static func share(_ part: GroupCount, of whole: GroupCount) -> String? {
    guard let share = GroupCount.share(part, of: whole), let count = part.shown,
      let total = whole.shown
    else { return nil }
    let percent = (share * 100).rounded()
    if percent == 0 && count > 0 { return "< 1%" }
    if percent == 100 && count < total { return "> 99%" }
    return format(percent, decimals: 0) + "%"
  }
}

extension String {
  /// The text with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
