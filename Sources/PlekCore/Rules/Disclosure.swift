/// How far a fact may travel: every kind of rule outcome declares its class, and the
/// disclosure of every output is computed from the declarations.
///
/// There is no default: a new kind of knock-out, point, reason or note does not compile until
/// it says which class it is in, and an employer sees only what is declared ``public``. What
/// is not declared public is not shown (it *fails closed*).
public enum Disclosure: Hashable, Sendable, CaseIterable {
  /// The place's own facts, and what follows from the person's competencies, Dutch, hours,
  /// travel and dates: what an employer may read.
  case `public`
  /// About the person, not health data: their own exclusions and the like. Officers only.
  case aboutThePerson
  /// Health data or derived from it: load capacity, wage value, support need, indications
  /// (they come from an assessment of a person's capacity) and the target group (it tells of
  /// an indication). Officers only; aggregates show them only as protected counts.
  case healthDerived

  /// Whether `audience` may see a fact of this class.
  public func isShown(to audience: Audience) -> Bool {
    switch audience {
    case .officer: true
    case .employer: self == .public
    }
  }
}

/// What a rule outcome (a knock-out, a point to judge, a reason, a note, an adjustment) is:
/// the kind it is of, the values it compares and the sentence that says them.
///
/// Each outcome type declares everything about itself in its own file: its cases, a
/// ``Kind`` per case with its stable code and ``Disclosure`` class (and an example, so that
/// tests and documents can walk every kind), the values of each case by name, and its
/// sentences in English and Dutch. Disclosure, JSON, sheets and tables are derived from the
/// declaration; nothing else lists the kinds.
public protocol RuleOutcome: Hashable, Sendable {
  /// The kinds of outcome of this type, in the order of `Scoring.md`.
  associatedtype Kind: RuleKind where Kind.Outcome == Self
  /// The kind of this outcome.
  var kind: Kind { get }
  /// The values compared, by name, and the sentence that says them.
  var statement: RuleStatement { get }
}

extension RuleOutcome {
  /// The stable code, as the service returns it and `Scoring.md` documents it.
  public var code: String { kind.declaration.code }
  /// Who may read it.
  public var disclosure: Disclosure { kind.declaration.disclosure }
  /// What it says, in both languages.
  public var sentence: Message { statement.sentence }
  /// The values compared, by name, as programs read them.
  public var parameters: [RuleParameter] { statement.parameters }

  /// Every code of this type, in the order of `Scoring.md`.
  public static var codes: [String] { Kind.allCases.map(\.declaration.code) }
}

extension RuleKind {
  /// The stable code of the kind.
  public var code: String { declaration.code }
  /// The kind in a few words.
  public var label: Message { declaration.noun }
}

/// A kind of rule outcome: a case of the table its outcomes index into. A sentence names it
/// by its noun.
public protocol RuleKind: CaseIterable, Hashable, Sendable, Labelled {
  /// The outcome type.
  associatedtype Outcome: RuleOutcome
  /// The kind's code, class, name and example.
  var declaration: RuleDeclaration<Outcome> { get }
}

/// What a kind of outcome declares once: its code, its disclosure class, what it is called
/// when counted ("travel time", "reistijd"), and an example of it.
public struct RuleDeclaration<Outcome: Sendable>: Sendable {
  /// The stable code.
  public let code: String
  /// Who may read an outcome of this kind.
  public let disclosure: Disclosure
  /// The kind in a few words, for counts ("travel time: 12 places").
  public let noun: Message
  /// An outcome of this kind, for tests and documentation that walk every kind.
  public let example: Outcome

  /// A declaration.
  public init(_ code: String, _ disclosure: Disclosure, noun: Message, example: Outcome) {
    (self.code, self.disclosure, self.noun, self.example) = (code, disclosure, noun, example)
  }
}

/// The values of one outcome and what it says: a rule's statement.
public struct RuleStatement: Hashable, Sendable {
  /// The values compared, by name, in the order programs read them.
  public var parameters: [RuleParameter]
  /// The sentence, in both languages.
  public var sentence: Message

  /// A statement of values and a sentence.
  public init(_ parameters: [RuleParameter], _ sentence: Message) {
    (self.parameters, self.sentence) = (parameters, sentence)
  }

  /// A statement without values.
  public init(_ sentence: Message) {
    self.init([], sentence)
  }
}

/// One value an outcome compares, by name, as programs read it (the service's JSON).
public struct RuleParameter: Hashable, Sendable {
  /// A value, typed as programs read it.
  public enum Value: Hashable, Sendable {
    /// A code or an id: a vocabulary code, a taxonomy id, a level name.
    case code(String)
    /// Codes.
    case codes([String])
    /// A whole number.
    case integer(Int)
    /// A number with a fixed number of decimals.
    case decimal(Double, decimals: Int)
    /// A day, written `YYYY-MM-DD`.
    case day(Day)
  }

  /// The name (the JSON member).
  public var name: String
  /// The value.
  public var value: Value

  /// A parameter.
  public init(_ name: String, _ value: Value) { (self.name, self.value) = (name, value) }

  /// A vocabulary value or an id, by its code.
  public static func code<Value: RawRepresentable>(_ name: String, _ value: Value) -> Self
  where Value.RawValue == String {
    RuleParameter(name, .code(value.rawValue))
  }

  /// A level as a number.
  public static func level(_ name: String, _ value: some RawRepresentable<UInt8>) -> Self {
    RuleParameter(name, .integer(Int(value.rawValue)))
  }

  /// A whole number.
  public static func integer(_ name: String, _ value: Int) -> Self {
    RuleParameter(name, .integer(value))
  }
}
