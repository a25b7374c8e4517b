import Foundation
import PlekCore
import PlekIO

/// What an employer must never read, built from the rules' declarations: the codes of every
/// kind of knock-out, point, reason, note and adjustment not declared ``Disclosure/public``,
/// the words of their sentences in both languages, and the labels and codes of the
/// vocabularies their values come from (indications, target groups, support). A kind added
/// tomorrow is covered the day it is added.
public enum EmployerDisclosure {
  /// The forbidden codes (as JSON `code` values and sheet codes).
  public static let codes: Set<String> = forbidden.codes
  /// Phrases of non-public sentences and names, English and Dutch (matched as text).
  public static let phrases: [String] = forbidden.phrases
  /// Labels of the values non-public outcomes carry, English and Dutch (matched as words).
  public static let words: [String] = forbidden.words
  /// Codes of those values (matched as JSON string values: `"wsw"`).
  public static let valueCodes: Set<String> = forbidden.valueCodes

  /// What `text` shows that it must not: a forbidden phrase, a word, or a code written as a
  /// code (a JSON string, a sheet cell).
  public static func leaks(in text: String) -> [String] {
    var found = phrases.filter { text.contains($0) }
    found += words.filter { containsWord($0, in: text) }
    found += codes.union(valueCodes).filter {
      text.contains("\"\($0)\"") || text.contains(",\($0),") || text.contains(";\($0);")
    }.sorted()
    return found
  }

  /// Whether `word` stands in `text` as a word of its own (not inside a longer word).
  static func containsWord(_ word: String, in text: String) -> Bool {
    var searchRange = text.startIndex..<text.endIndex
    while let range = text.range(of: word, range: searchRange) {
      let before =
        range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
      let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
      if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber {
        return true
      }
      searchRange = range.upperBound..<text.endIndex
    }
    return false
  }

  // MARK: From the declarations

  struct Forbidden {
    var codes: Set<String> = []
    var phrases: [String] = []
    var words: [String] = []
    var valueCodes: Set<String> = []
  }

  static let forbidden: Forbidden = {
    var result = Forbidden()
    var publicText: [String] = []
    var hiddenPhrases: [String] = []
    func walk<Kind: RuleKind>(_ kind: Kind.Type) {
      for kind in Kind.allCases {
        let declaration = kind.declaration
        // The sentences, not the nouns: a noun ("a workplace adaptation") may name what the
        // place could change, which an employer may read.
        let texts = [declaration.example.sentence.english, declaration.example.sentence.dutch]
        guard declaration.disclosure != .public else {
          publicText += texts.map(\.literalText)
          continue
        }
        result.codes.insert(declaration.code)
        hiddenPhrases += texts.flatMap(fragments)
        collectValues(of: declaration.example, into: &result)
      }
    }
    walk(KnockOut.Kind.self)
    walk(AssessmentPoint.Kind.self)
    walk(Reason.Kind.self)
    walk(FitNote.Kind.self)
    walk(ScoreAdjustment.Kind.self)
    // A fragment a public kind says too is not a leak ("the work demands level" is only said
    // of load, but "required" is said of competencies as well).
    result.phrases = Array(
      Set(hiddenPhrases.filter { fragment in !publicText.contains { $0.contains(fragment) } })
    ).sorted()
    result.words = Array(Set(result.words)).sorted()
    return result
  }()

  /// The literal pieces of a phrase worth matching: two words or more, or ten characters.
  static func fragments(_ phrase: Phrase) -> [String] {
    phrase.parts.compactMap { part -> String? in
      guard case .text(let text) = part else { return nil }
      let trimmed = text.trimmingCharacters(
        in: .whitespacesAndNewlines.union(.punctuationCharacters))
      return trimmed.split(separator: " ").count >= 2 || trimmed.count >= 10 ? trimmed : nil
    }
  }

  /// The labels and codes of every value of the vocabularies an outcome's values come from
  /// (all of them: an employer may not read any target group), found by reflection, so that
  /// a new kind's values are covered without naming them here.
  static func collectValues(of value: Any, into result: inout Forbidden) {
    for child in Mirror(reflecting: value).children {
      let value = child.value
      // A load dimension is the place's demand as much as the person's capacity: the
      // sentences' words catch what is said of the capacity.
      if let labelled = value as? any Labelled & CaseIterable {
        addVocabulary(of: labelled, into: &result)
      } else {
        collectValues(of: value, into: &result)
      }
    }
  }

  static func addVocabulary<Value: Labelled & CaseIterable>(
    of value: Value, into result: inout Forbidden
  ) {
    for each in Value.allCases {
      // Short labels that are ordinary words ("none", "light", "geen") say nothing alone.
      for label in [each.label.english.literalText, each.label.dutch.literalText]
      where label.count >= 8 || label.first?.isUppercase == true {
        result.words.append(label)
      }
      // A code that is an ordinary word ("none") is not a code of its own.
      if let code = (each as? any RawRepresentable)?.rawValue as? String, code != "none" {
        result.valueCodes.insert(code)
      }
    }
  }
}
