/// The two kinds of competency the diagnosis distinguishes.
public enum CompetencyKind: String, Vocabulary {
  /// Werknemersvaardigheden: punctuality, following instructions, working together, ...
  case employee
  /// Vakvaardigheden: forklift driving, cleaning, welding, cooking, ...
  case vocational
}

/// A competency level 1–3. A competency a person does not hold has no level at all.
///
/// 1 *basic*: does it with guidance; 2 *independent*: does it alone to standard;
/// 3 *proficient*: does it fluently and can instruct others.
public struct CompetencyLevel: ScaleLevel {
  /// The level, 1–3.
  public let rawValue: UInt8

  /// The valid range of levels.
  public static var range: ClosedRange<Int> { 1...3 }
  /// Level 1, basic.
  public static let basic = CompetencyLevel(uncheckedRawValue: 1)
  /// Level 2, independent.
  public static let independent = CompetencyLevel(uncheckedRawValue: 2)
  /// Level 3, proficient.
  public static let proficient = CompetencyLevel(uncheckedRawValue: 3)

  /// A level known to be 1–3.
  public init(uncheckedRawValue: UInt8) { self.rawValue = uncheckedRawValue }
}

/// A competency with a level: held by a person, or required, desired or taught by a place.
public struct CompetencyEntry: Hashable, Sendable {
  /// The competency.
  public var id: CompetencyID
  /// The level held, required, desired or taught up to.
  public var level: CompetencyLevel

  /// Creates an entry.
  public init(id: CompetencyID, level: CompetencyLevel) { (self.id, self.level) = (id, level) }
}

extension Array where Element == CompetencyEntry {
  /// The level listed for `id`, or `nil` when it is not listed.
  public func level(of id: CompetencyID) -> CompetencyLevel? {
    first { $0.id == id }?.level
  }
}

/// Dutch language level on the CEFR scale, A0 (none) to C1.
public enum DutchLevel: String, Vocabulary, Comparable {
  /// No Dutch.
  case a0 = "A0"
  /// Breakthrough.
  case a1 = "A1"
  /// Waystage.
  case a2 = "A2"
  /// Threshold.
  case b1 = "B1"
  /// Vantage.
  case b2 = "B2"
  /// Effective operational proficiency.
  case c1 = "C1"

  /// The position on the scale, 0 (A0) to 5 (C1).
  public var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

extension CompetencyKind: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .employee: Message(en: "employee skill", nl: "werknemersvaardigheid")
    case .vocational: Message(en: "vocational skill", nl: "vakvaardigheid")
    }
  }
}
