import Foundation
import PlekCore
import PlekIO

/// Options shared by the commands that answer questions.
enum QueryOptionSpecs {
  static let date = OptionSpec(
    name: "date", value: "DATE",
    en: "the day to ask for, 2026-12-31 or 31-12-2026 (default: today)",
    nl: "de dag van de vraag, 31-12-2026 of 2026-12-31 (standaard: vandaag)")
  static let horizon = OptionSpec(
    name: "horizon", value: "DAYS",
    en:
      "plan ahead: list places opening and people available within DAYS days, with the date (default: the policy's planning horizon, at most \(Limits.horizonDays.upperBound))",
    nl:
      "vooruit plannen: ook plekken die binnen DAGEN dagen opengaan en mensen die dan beschikbaar zijn, met de datum (standaard: de planningshorizon van het beleid, hoogstens \(Limits.horizonDays.upperBound))"
  )
  static let top = OptionSpec(
    name: "top", value: "N",
    en: "how many matches (default 10, at most \(Limits.maximumK))",
    nl: "hoeveel matches (standaard 10, hoogstens \(Limits.maximumK))")
  static let why = OptionSpec.flag(
    "why", en: "add the breakdown of every score", nl: "voeg de opbouw van elke score toe")
  static let view = OptionSpec(
    name: "view", value: "VIEW",
    en: "officer (everything) or employer (no health data); default officer",
    nl: "officer (alles) of employer (geen gezondheidsgegevens); standaard officer")
  static let threads = OptionSpec(
    name: "threads", value: "N",
    en: "threads, 0 for every core (default 0, at most \(Limits.maximumThreads))",
    nl: "threads, 0 voor elke kern (standaard 0, hoogstens \(Limits.maximumThreads))")
}

extension Invocation {
  /// `--lang`, else `PLEK_LANG`, else English.
  func language() throws(UsageError) -> Language {
    if let text = value("lang") {
      guard let language = Language(rawValue: text.lowercased()) else {
        throw UsageError(
          Message(
            en: "--lang must be nl or en, not '\(text: text)'",
            nl: "--lang moet nl of en zijn, niet '\(text: text)'"))
      }
      return language
    }
    if let text = ProcessInfo.processInfo.environment["PLEK_LANG"], !text.isEmpty {
      guard let language = Language(rawValue: String(text.lowercased().prefix(2))) else {
        throw UsageError(
          Message(
            en: "PLEK_LANG=\(text: text) is not supported; use nl or en",
            nl: "PLEK_LANG=\(text: text) kan niet; gebruik nl of en"))
      }
      return language
    }
    return .english
  }

  /// `--date` (or the day option `option`), else `fallback` (today).
  func day(_ option: String = "date", else fallback: @autoclosure () -> Day = Day.today())
    throws(UsageError) -> Day
  {
    guard let text = value(option) else { return fallback() }
    guard let day = Day(typed: text) else {
      throw UsageError(
        Message(
          en:
            "--\(text: option) must be a real day, like 2026-12-31 or 31-12-2026, not '\(text: text)'",
          nl:
            "--\(text: option) moet een echte dag zijn, zoals 31-12-2026 of 2026-12-31, niet '\(text: text)'"
        ))
    }
    return day
  }

  /// `--horizon`, if given, within the shared limit.
  func horizon() throws(UsageError) -> Int? {
    guard value("horizon") != nil else { return nil }
    return try int("horizon", in: Limits.horizonDays, default: 0)
  }

  /// `--format`, one of `allowed`.
  /// `--out` and `--format` of a command that writes a report: the format defaults to the
  /// file name's (.json, .csv), else csv for a file and a table for the terminal.
  func reportOutput() throws(UsageError) -> (out: String?, format: String) {
    let out = value("out")
    let lower = out?.lowercased() ?? ""
    let defaultFormat =
      lower.hasSuffix(".json") ? "json" : lower.hasSuffix(".csv") || out != nil ? "csv" : "table"
    return (out, try choice("format", of: ["table", "csv", "json"], default: defaultFormat))
  }

  func format(_ allowed: [String] = ["table", "json", "csv"]) throws(UsageError) -> String {
    try choice("format", of: allowed, default: "table")
  }

  /// `--view`: officer or employer.
  func audience() throws(UsageError) -> Audience {
    Audience(
      rawValue: try choice("view", of: Audience.allCases.map(\.rawValue), default: "officer"))!
  }

  /// `--top` within the shared limit.
  func top(minimum: Int = 0) throws(UsageError) -> Int {
    try int("top", in: minimum...Limits.maximumK, default: 10)
  }

  /// `--threads` within the shared limit.
  func threads() throws(UsageError) -> Int {
    try int("threads", in: Limits.threads, default: 0)
  }

  /// `--max-travel`, within the shared limit, if given.
  func maxTravel() throws(UsageError) -> Int? {
    guard value("max-travel") != nil else { return nil }
    return try int("max-travel", in: Limits.travelMinutes, default: 60)
  }

  /// The positional argument at `index` as a participant id.
  func participantID(at index: Int) throws(UsageError) -> ParticipantID {
    try id(at: index, Message(en: "participant", nl: "deelnemer"))
  }

  /// The positional argument at `index` as a place id.
  func placeID(at index: Int) throws(UsageError) -> PlaceID {
    try id(at: index, Message(en: "place", nl: "plek"))
  }

  private func id<Tag>(at index: Int, _ noun: Message) throws(UsageError) -> Identifier<Tag> {
    let text = positionals[index]
    guard let id = Identifier<Tag>(text) else {
      throw UsageError(
        Message(
          en: "'\(text: text)' is not a \(noun) id (\(text: Identifier<Tag>.pattern))",
          nl: "'\(text: text)' is geen id van een \(noun) (\(text: Identifier<Tag>.pattern))"))
    }
    return id
  }

  /// A comma-separated list option.
  func list(_ name: String) -> [String] {
    (value(name) ?? "").split(separator: ",").map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    .filter { !$0.isEmpty }
  }
}
