/// How results are grouped in time: by calendar month, quarter or year.
public enum OutcomeInterval: String, Vocabulary {
  /// Calendar months.
  case month
  /// Calendar quarters (January–March, …).
  case quarter
  /// Calendar years.
  case year

  /// The periods from `from` to `to` (both included), calendar-aligned, the first and last
  /// cut to the range; empty when `to` is before `from`.
  public func periods(from: Day, to: Day) -> [OutcomePeriod] {
    var periods: [OutcomePeriod] = []
    var start = from
    while start <= to {
      let (year, month, _) = start.components
      let months = self == .month ? 1 : self == .quarter ? 3 : 12
      let firstMonth = self == .year ? 1 : (month - 1) / months * months + 1
      let nextMonth = firstMonth + months
      let next =
        nextMonth > 12
        ? Day(year: year + 1, month: nextMonth - 12, day: 1)
        : Day(year: year, month: nextMonth, day: 1)
      let end = min(to, (next ?? to.adding(days: 1)).adding(days: -1))
      let label =
        switch self {
        case .month: start.iso.prefix(7).description
        case .quarter: "\(year)-Q\((month - 1) / 3 + 1)"
        case .year: String(year)
        }
      periods.append(OutcomePeriod(label: label, from: start, to: end))
      start = end.adding(days: 1)
    }
    return periods
  }
}

extension OutcomeInterval: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .month: Message(en: "month", nl: "maand")
    case .quarter: Message(en: "quarter", nl: "kwartaal")
    case .year: Message(en: "year", nl: "jaar")
    }
  }
}

/// A stretch of days the results count in: `2025-07`, `2025-Q3`, `2025`, or the whole range.
public struct OutcomePeriod: Hashable, Sendable {
  /// The period's name: `YYYY-MM`, `YYYY-Qn`, `YYYY`, or `from–to` for a whole range.
  public var label: String
  /// The first day.
  public var from: Day
  /// The last day.
  public var to: Day

  /// Creates a period.
  public init(label: String, from: Day, to: Day) {
    (self.label, self.from, self.to) = (label, from, to)
  }

  /// Whether `day` lies in the period.
  public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}
