/// The languages Plek speaks to people in: English by default, Dutch for officers.
public enum Language: String, CaseIterable, Sendable {
  /// English.
  case english = "en"
  /// Dutch (Nederlands).
  case dutch = "nl"
}

/// A short text in both of Plek's languages, as data files give it (the names of sectors,
/// competencies and load dimensions in the taxonomy).
///
/// Words that Plek itself says live in PlekReport's localisation table, not here.
public struct LocalizedText: Hashable, Sendable {
  /// The English text.
  public var english: String
  /// The Dutch text.
  public var dutch: String

  /// Creates a text from its English and Dutch forms.
  public init(english: String, dutch: String) { (self.english, self.dutch) = (english, dutch) }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String {
    language == .dutch ? dutch : english
  }
}

/// A closed set of values with stable text codes, as data files and the protocol write them.
///
/// Every closed vocabulary of the model (employer kinds, transport modes, …) conforms, so
/// that decoders can list the allowed codes in their error messages. What a value is called
/// in English and Dutch is presentation: PlekReport's localisation table says it.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String {}

extension Vocabulary {
  /// The codes of all values, in declaration order, for error messages and documentation.
  public static var allCodes: [String] { allCases.map(\.rawValue) }
}
