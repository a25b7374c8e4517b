import Foundation
import PlekCore

/// The words of the CLI in English and Dutch.
struct Labels {
  let language: Language

  func callAsFunction(_ english: String, _ dutch: String) -> String {
    language == .dutch ? dutch : english
  }
}

/// Options shared by the commands that answer questions.
enum QueryOptionSpecs {
  static let date = OptionSpec(
    name: "date", value: "YYYY-MM-DD", help: "the day to ask for (default: today)")
  static let top = OptionSpec(
    name: "top", value: "N", help: "how many matches (default 10, at most 1000)")
  static let why = OptionSpec(name: "why", value: nil, help: "add the breakdown of every score")
  static let view = OptionSpec(
    name: "view", value: "VIEW",
    help: "officer (everything) or employer (no health data); default officer")
  static let threads = OptionSpec(
    name: "threads", value: "N", help: "threads, 0 for every core (default 0)")
}

extension Invocation {
  /// `--lang`, else `PLEK_LANG`, else English.
  func language() throws(UsageError) -> Language {
    if let text = value("lang") {
      guard let language = Language(rawValue: text.lowercased()) else {
        throw UsageError(message: "--lang must be nl or en, not '\(text)'", hint: nil)
      }
      return language
    }
    if let text = ProcessInfoEnvironment.value("PLEK_LANG"), !text.isEmpty {
      guard let language = Language(rawValue: String(text.lowercased().prefix(2))) else {
        throw UsageError(message: "PLEK_LANG=\(text) is not supported; use nl or en", hint: nil)
      }
      return language
    }
    return .english
  }

  /// `--date`, else today.
  func day(today: () -> Day) throws(UsageError) -> Day {
    guard let text = value("date") else { return today() }
    guard let day = Day(iso: text) else {
      throw UsageError(message: "--date must be a real day YYYY-MM-DD, not '\(text)'", hint: nil)
    }
    return day
  }

  /// `--format`, one of `allowed`.
  func format(_ allowed: [String] = ["table", "json", "csv"]) throws(UsageError) -> String {
    try choice("format", of: allowed, default: "table")
  }

  /// A comma-separated list option.
  func list(_ name: String) -> [String] {
    (value(name) ?? "").split(separator: ",").map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    .filter { !$0.isEmpty }
  }
}

enum ProcessInfoEnvironment {
  static func value(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
}
