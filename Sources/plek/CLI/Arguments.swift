import Foundation
import PlekCore

/// A command-line mistake: a one-line message, and a hint how to get it right, each in both
/// languages (written in the language of `--lang` or `PLEK_LANG`).
struct UsageError: Error {
  var message: Message
  var hint: Message?

  init(_ message: Message, hint: Message? = nil) { (self.message, self.hint) = (message, hint) }

  /// "unknown option --tpo (did you mean --top?)": an unknown `word` (as the officer wrote
  /// it, `shown` with its dashes or quotes) and the nearest of `candidates`, shown alike.
  static func unknown(
    _ noun: Message, _ word: String, among candidates: [String],
    shown: (String) -> String = { $0 }, suggested: ((String) -> String)? = nil
  ) -> UsageError {
    let typed = shown(word)
    if let suggestion = Suggestion.closest(to: word, among: candidates) {
      let nearest = suggested.map { $0(suggestion) } ?? shown(suggestion)
      return UsageError(
        Message(
          en: "unknown \(noun) \(text: typed) (did you mean \(text: nearest)?)",
          nl: "onbekende \(noun) \(text: typed) (bedoelt u \(text: nearest)?)"))
    }
    return UsageError(
      Message(en: "unknown \(noun) \(text: typed)", nl: "onbekende \(noun) \(text: typed)"))
  }
}

/// An option a command accepts: `--name VALUE` or a flag `--name`.
struct OptionSpec: Sendable {
  /// The name without dashes.
  var name: String
  /// The placeholder of its value (`N`, `DIR`), or `nil` for a flag.
  var value: String?
  /// What it does, for help.
  var help: Message

  /// An option and what it does, in both languages.
  init(name: String, value: String?, en: Phrase, nl: Phrase) {
    (self.name, self.value, help) = (name, value, Message(en: en, nl: nl))
  }

  /// A flag (an option without a value) and what it does.
  static func flag(_ name: String, en: Phrase, nl: Phrase) -> OptionSpec {
    OptionSpec(name: name, value: nil, en: en, nl: nl)
  }
}

/// A command's parsed arguments.
struct Invocation: Sendable {
  var command: String
  var positionals: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []

  func value(_ name: String) -> String? { values[name] }
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// An integer option within `range`, or `defaultValue` when absent.
  func int(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws(UsageError)
    -> Int
  {
    guard let text = values[name] else { return defaultValue }
    guard let number = Int(text) else {
      throw UsageError(
        Message(
          en: "--\(text: name) needs a whole number, not '\(text: text)'",
          nl: "--\(text: name) vraagt een heel getal, niet '\(text: text)'"))
    }
    guard range.contains(number) else {
      throw UsageError(
        Message(
          en:
            "--\(text: name) \(number) is out of range; use \(range.lowerBound)–\(range.upperBound)",
          nl:
            "--\(text: name) \(number) valt buiten het bereik; gebruik \(range.lowerBound)–\(range.upperBound)"
        ))
    }
    return number
  }

  /// One of a closed set of words, or `defaultValue` when absent.
  func choice(_ name: String, of choices: [String], default defaultValue: String) throws(UsageError)
    -> String
  {
    guard let text = values[name] else { return defaultValue }
    guard choices.contains(text) else {
      let list = choices.joined(separator: ", ")
      let message =
        if let suggestion = Suggestion.closest(to: text, among: choices) {
          Message(
            en:
              "--\(text: name) must be one of \(text: list), not '\(text: text)' (did you mean \(text: suggestion)?)",
            nl:
              "--\(text: name) moet een van \(text: list) zijn, niet '\(text: text)' (bedoelt u \(text: suggestion)?)"
          )
        } else {
          Message(
            en: "--\(text: name) must be one of \(text: list), not '\(text: text)'",
            nl: "--\(text: name) moet een van \(text: list) zijn, niet '\(text: text)'")
        }
      throw UsageError(message)
    }
    return text
  }
}

/// Splits argument words into positionals, options with values and flags, against a spec.
enum ArgumentParser {
  static func parse(_ words: [String], command: String, options: [OptionSpec]) throws(UsageError)
    -> Invocation
  {
    var invocation = Invocation(command: command)
    var index = 0
    var onlyPositionals = false
    while index < words.count {
      let word = words[index]
      index += 1
      if onlyPositionals || !word.hasPrefix("-") || word == "-" {
        invocation.positionals.append(word)
        continue
      }
      if word == "--" {
        onlyPositionals = true
        continue
      }
      if word == "-h" {
        invocation.flags.insert("help")
        continue
      }
      guard word.hasPrefix("--") else {
        let bare = String(word.dropFirst())
        throw UsageError(
          Message(
            en:
              "unknown option \(text: word); options are written with two dashes, like --\(text: bare)",
            nl: "onbekende optie \(text: word); opties hebben twee streepjes, zoals --\(text: bare)"
          ))
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if name == "help" {
        invocation.flags.insert("help")
        continue
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        throw UsageError.unknown(
          Message(en: "option", nl: "optie"), name, among: options.map(\.name) + ["help"],
          shown: { "--" + $0 })
      }
      if spec.value == nil {
        if inlineValue != nil {
          throw UsageError(
            Message(
              en: "--\(text: name) takes no value", nl: "--\(text: name) neemt geen waarde"))
        }
        invocation.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < words.count, !words[index].hasPrefix("--") else {
          throw UsageError(
            Message(
              en: "--\(text: name) needs a value (\(text: spec.value!))",
              nl: "--\(text: name) vraagt een waarde (\(text: spec.value!))"))
        }
        value = words[index]
        index += 1
      }
      guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw UsageError(
          Message(
            en: "--\(text: name) needs a value (\(text: spec.value!)), not an empty one",
            nl: "--\(text: name) vraagt een waarde (\(text: spec.value!)), geen lege"))
      }
      if invocation.values[name] != nil {
        throw UsageError(
          Message(
            en: "--\(text: name) is given twice; give it once (lists are comma-separated)",
            nl: "--\(text: name) staat er twee keer; geef het één keer (lijsten met komma's)"))
      }
      invocation.values[name] = value
    }
    return invocation
  }
}
