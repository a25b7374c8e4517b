/// The languages Plek speaks to people in: English by default, Dutch for officers.
public enum Language: String, CaseIterable, Sendable {
  /// English.
  case english = "en"
  /// Dutch (Nederlands).
  case dutch = "nl"
}

/// A short text in both of Plek's languages.
public struct LocalizedText: Hashable, Sendable {
  /// The English text.
  public var english: String
  /// The Dutch text.
  public var dutch: String

  /// Creates a text from its English and Dutch forms.
  public init(english: String, dutch: String) {
    self.english = english
    self.dutch = dutch
  }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String {
    language == .dutch ? dutch : english
  }
}

/// A value with a stable text code used in data files and with names in both languages.
///
/// Every closed vocabulary of the model (employer kinds, transport modes, ...) conforms, so
/// that decoders can list the allowed codes in their error messages and the CLI can print
/// labels in Dutch or English.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String {
  /// The label of this value for people.
  var label: LocalizedText { get }
}

extension Vocabulary {
  /// The codes of all values, in declaration order, for error messages and documentation.
  public static var allCodes: [String] { allCases.map(\.rawValue) }
}
