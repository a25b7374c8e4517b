/// A calendar day in the proleptic Gregorian calendar, without time or time zone.
///
/// Plek compares availability dates ("available from", "open from") with the day a query is
/// asked for; a day is all it needs. Stored as the number of days since 1970-01-01, so that
/// comparisons are integer comparisons. The text form is ISO 8601 `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int32

  /// Creates a day from its number of days since 1970-01-01.
  public init(daysSinceEpoch: Int32) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// Creates a day from a year, month and day of month, or returns `nil` if no such day exists
  /// (for example 2026-02-29) or the year is outside 1900–2199.
  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2199).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    daysSinceEpoch = Int32(era * 146_097 + dayOfEra - 719_468)
  }

  /// Parses an ISO 8601 calendar date `YYYY-MM-DD`; returns `nil` for anything else.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Parses a day as people type it: ISO `2026-12-31`, or as a Dutch officer (and Dutch
  /// Excel) writes it, day first: `31-12-2026`, `31/12/2026`, `31.12.2026` (one- or
  /// two-digit day and month, four-digit year). `nil` for anything else, or a day that does
  /// not exist.
  public init?(typed text: String) {
    if let day = Day(iso: text) {
      self = day
      return
    }
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = Int(daysSinceEpoch) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The ISO 8601 text `YYYY-MM-DD`.
  public var iso: String {
    let (year, month, day) = components
    func padded(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  public var description: String { iso }

  /// The day `days` days later (earlier when negative).
  public func adding(days: Int) -> Day {
    Day(daysSinceEpoch: Int32(clamping: Int(daysSinceEpoch) + days))
  }

  /// The same day of the month `months` months earlier (later when negative), or that
  /// month's last day when it is shorter.
  public func subtracting(months: Int) -> Day {
    let (year, month, day) = components
    let index = year * 12 + (month - 1) - months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let monthOfYear = index - newYear * 12 + 1
    return Day(
      year: newYear, month: monthOfYear,
      day: min(day, Self.daysIn(month: monthOfYear, year: newYear))) ?? self
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
