import Foundation
import PlekCore

/// A command-line mistake: a one-line message, and a hint how to get it right.
struct UsageError: Error {
  var message: String
  var hint: String?
}

/// An option a command accepts: `--name VALUE` or a flag `--name`.
struct OptionSpec: Sendable {
  /// The name without dashes.
  var name: String
  /// The placeholder of its value (`N`, `DIR`), or `nil` for a flag.
  var value: String?
  /// What it does, for help.
  var help: String
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
      throw UsageError(message: "--\(name) needs a whole number, not '\(text)'", hint: nil)
    }
    guard range.contains(number) else {
      throw UsageError(
        message: "--\(name) \(number) is out of range; use \(range.lowerBound)–\(range.upperBound)",
        hint: nil)
    }
    return number
  }

  /// One of a closed set of words, or `defaultValue` when absent.
  func choice(_ name: String, of choices: [String], default defaultValue: String) throws(UsageError)
    -> String
  {
    guard let text = values[name] else { return defaultValue }
    guard choices.contains(text) else {
      var message = "--\(name) must be one of \(choices.joined(separator: ", ")), not '\(text)'"
      if let suggestion = Suggestion.closest(to: text, among: choices) {
        message += " (did you mean \(suggestion)?)"
      }
      throw UsageError(message: message, hint: nil)
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
        throw UsageError(
          message:
            "unknown option \(word); options are written with two dashes, like --\(word.dropFirst())",
          hint: nil)
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
        var message = "unknown option --\(name)"
        if let suggestion = Suggestion.closest(to: name, among: options.map(\.name) + ["help"]) {
          message += " (did you mean --\(suggestion)?)"
        }
        throw UsageError(message: message, hint: nil)
      }
      if spec.value == nil {
        if inlineValue != nil { throw UsageError(message: "--\(name) takes no value", hint: nil) }
        invocation.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < words.count, !words[index].hasPrefix("--") else {
          throw UsageError(message: "--\(name) needs a value (\(spec.value!))", hint: nil)
        }
        value = words[index]
        index += 1
      }
      guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw UsageError(
          message: "--\(name) needs a value (\(spec.value!)), not an empty one", hint: nil)
      }
      if invocation.values[name] != nil {
        throw UsageError(
          message: "--\(name) is given twice; give it once (lists are comma-separated)", hint: nil)
      }
      invocation.values[name] = value
    }
    return invocation
  }
}
