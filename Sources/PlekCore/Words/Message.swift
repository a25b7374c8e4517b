/// Something Plek says to people, in English and Dutch side by side: one declaration holds
/// both languages, and its values keep their types until the reader's language names them.
///
/// A message is declared once, as a static function or constant whose parameters are its
/// placeholders, so that a missing or wrongly typed value does not compile:
///
/// ```swift
/// extension Message {
///   static func knockOutTravel(minutes: Double, maximum: Int) -> Message {
///     Message(
///       en: "Travel: about \(minutes, decimals: 0) minutes, the limit is \(maximum).",
///       nl: "Reistijd: ongeveer \(minutes, decimals: 0) minuten, de grens is \(maximum).")
///   }
/// }
/// ```
///
/// The rules declare their sentences in PlekCore (a knock-out says what it compares);
/// PlekReport declares the words of its outputs, a file per subject, and its `Localizer`
/// names the values (taxonomy names, vocabulary labels, dates, numbers) in one language.
public struct Message: Hashable, Sendable {
  /// The English sentence.
  public let english: Phrase
  /// The Dutch sentence.
  public let dutch: Phrase

  /// A message from its English and Dutch forms.
  public init(en english: Phrase, nl dutch: Phrase) {
    (self.english, self.dutch) = (english, dutch)
  }

  /// The sentence in `language`.
  public func callAsFunction(_ language: Language) -> Phrase {
    language == .dutch ? dutch : english
  }
}

/// A sentence in one language: literal text and typed values, in order.
///
/// Written as a string literal with interpolations. Only values Plek can name are accepted
/// (numbers, days, taxonomy ids, vocabulary values, identifiers, other messages); text that
/// is already words is passed as `\(text: …)`, so that no value becomes text by accident.
public struct Phrase: Hashable, Sendable, ExpressibleByStringInterpolation {
  /// A piece of a phrase.
  public enum Part: Hashable, Sendable {
    /// Literal words of the phrase.
    case text(String)
    /// A value, named by the reader's language.
    case term(Term)
  }

  /// The pieces, in order.
  public let parts: [Part]

  /// A phrase of pieces.
  public init(parts: [Part]) { self.parts = parts }

  public init(stringLiteral value: String) { parts = value.isEmpty ? [] : [.text(value)] }

  public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

  /// The literal words of the phrase, without its values: what a test of the words reads.
  public var literalText: String {
    parts.map { part in
      if case .text(let text) = part { return text }
      return " "
    }.joined()
  }

  /// Builds a phrase from a string literal with typed interpolations.
  public struct StringInterpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      parts.reserveCapacity(2 * interpolationCount + 1)
    }

    public mutating func appendLiteral(_ literal: String) {
      if !literal.isEmpty { parts.append(.text(literal)) }
    }

    /// A value Plek can name: a number, a level, a day, a taxonomy id, a vocabulary value, an
    /// identifier, a count of people or another message.
    public mutating func appendInterpolation<Value: Nameable>(_ value: Value) {
      parts.append(.term(value.term))
    }

    /// A value in a style: a taxonomy name in lower case (`.lowercased`), or with a capital
    /// first letter (`.capitalized`).
    public mutating func appendInterpolation<Value: Nameable>(_ value: Value, _ style: Term.Style) {
      parts.append(.term(.styled(value.term, style)))
    }

    /// A number with a fixed number of decimals (a decimal comma in Dutch).
    public mutating func appendInterpolation(_ value: Double, decimals: Int) {
      parts.append(.term(.decimal(value, decimals: decimals)))
    }

    /// A share 0–1 as a whole percentage: `25%`.
    public mutating func appendInterpolation(percent share: Double) {
      parts.append(.term(.percent(share)))
    }

    /// Values joined by a separator of this language (`", "`, `" or "`).
    public mutating func appendInterpolation<Value: Nameable>(
      _ values: [Value], separator: String, _ style: Term.Style? = nil
    ) {
      let terms = values.map { value in style.map { Term.styled(value.term, $0) } ?? value.term }
      parts.append(.term(.list(terms, separator: separator)))
    }

    /// Text that is already words (a rendered list, a coloured verdict) or data as the files
    /// give it (a job title): put in as it is.
    public mutating func appendInterpolation(text: String) {
      parts.append(.term(.verbatim(text)))
    }
  }
}

/// A value in a sentence, before a language names it.
public indirect enum Term: Hashable, Sendable {
  /// How a name is written inside a sentence.
  public enum Style: Hashable, Sendable {
    /// All lower case: "forklift driving".
    case lowercased
    /// The first letter in upper case: "Competencies".
    case capitalized
  }

  /// A whole number.
  case integer(Int)
  /// A number with a fixed number of decimals.
  case decimal(Double, decimals: Int)
  /// A share 0–1 as a whole percentage.
  case percent(Double)
  /// A day: `2026-12-31` in English, `31-12-2026` in Dutch.
  case day(Day)
  /// The name of a load dimension, from the taxonomy.
  case dimension(LoadDimension)
  /// The name of a competency, from the taxonomy.
  case competency(CompetencyID)
  /// The name of a sector, from the taxonomy.
  case sector(SectorID)
  /// The name of a municipality, from the taxonomy.
  case municipality(MunicipalityID)
  /// Another message: a vocabulary label, a phrase within a sentence.
  case message(Message)
  /// Values joined by a separator.
  case list([Term], separator: String)
  /// Text as it is.
  case verbatim(String)
  /// A term in a style.
  case styled(Term, Style)
}

/// A value a ``Phrase`` can hold: it knows the ``Term`` a language names it by.
public protocol Nameable {
  /// The term for this value.
  var term: Term { get }
}

extension Int: Nameable {
  public var term: Term { .integer(self) }
}

extension Message: Nameable {
  public var term: Term { .message(self) }
}

extension Day: Nameable {
  public var term: Term { .day(self) }
}

extension LoadDimension: Nameable {
  public var term: Term { .dimension(self) }
}

extension Identifier: Nameable {
  /// A record's id is written as it is.
  public var term: Term { .verbatim(rawValue) }
}

extension TaxonomyID: Nameable where Tag: TaxonomyTag {
  /// A taxonomy id is named by the taxonomy.
  public var term: Term { Tag.term(self) }
}

extension LoadLevel: Nameable {
  public var term: Term { .integer(Int(rawValue)) }
}

extension CompetencyLevel: Nameable {
  public var term: Term { .integer(Int(rawValue)) }
}

extension DutchLevel: Nameable {
  /// The level as the European framework writes it, the same in every language.
  public var term: Term { .verbatim(rawValue) }
}

/// A value of a closed vocabulary with a name in both languages: a sentence says its label.
public protocol Labelled: Nameable {
  /// What the value is called, in English and Dutch.
  var label: Message { get }
}

extension Labelled {
  public var term: Term { .message(label) }
}
