import Dispatch
import PlekCore

/// The results of a range of days, as a reader beyond the officer may see them: every count
/// of every period and of the whole range, and werkbehoud, protected together against small
/// groups (SmallGroups.md); the estimates of werkbehoud only where their counts are shown.
public struct OutcomesPresentation: Sendable {
  /// One row: a period's figures (or the whole range's), as they may be shown.
  public struct Row: Sendable {
    /// The period.
    public var period: OutcomePeriod
    /// The counts, by ``OutcomeFigure``.
    public var counts: [OutcomeFigure: GroupCount]
    /// The median days from registration to a first placement of the people whose first
    /// placement started in the period (``PeriodFigures/daysToFirst``); `nil` when fewer
    /// than ``medianSmallest`` people are known (a median of a few tells about them).
    public var medianDaysToFirst: Int? = nil
    /// The same to a first placement at a regular employer.
    public var medianDaysToRegular: Int? = nil
  }

  /// The fewest people a median is shown for.
  public static let medianSmallest = 10

  /// The median of `days` (the lower middle of an even count, a whole day), when there are
  /// at least ``medianSmallest``.
  static func median(_ days: [Int]) -> Int? {
    guard days.count >= medianSmallest else { return nil }
    return days.sorted()[(days.count - 1) / 2]
  }

  /// What a werkbehoud row is about.
  public enum RetentionGroup: Hashable, Sendable {
    /// Every placement that started in the range.
    case all
    /// Those at places of one kind of employer.
    case kind(EmployerKind)
    /// Those of people of one target group.
    case targetGroup(TargetGroup)
  }

  /// A part of the cohort a breakdown counts on its own.
  public enum Part: Hashable, Sendable {
    /// The people living in one municipality.
    case municipality(MunicipalityID)
    /// The people of one target group.
    case targetGroup(TargetGroup)

    /// The key of its counts.
    var key: String {
      switch self {
      case .municipality(let id): "municipality \(id.rawValue)"
      case .targetGroup(let group): "target group \(group.rawValue)"
      }
    }

  }

  /// How the whole range is broken down: by municipality (the funding is per municipality)
  /// or by target group.
  public enum Breakdown: String, Vocabulary {
    case municipality
    case targetGroup = "target-group"
  }

  /// Werkbehoud of one group, as it may be shown.
  public struct RetentionRow: Sendable {
    /// The group.
    public var group: RetentionGroup
    /// The placements that started in the range.
    public var placements: GroupCount
    /// Of those, the placements lost.
    public var losses: GroupCount
    /// The estimated share still running 6 months after the start; `nil` when not known yet
    /// or when a count it is made of is withheld.
    public var sixMonths: Double?
    /// The same at 12 months.
    public var twelveMonths: Double?
  }

  /// The first day counted.
  public var from: Day
  /// The last day counted, and the day the history is read as of.
  public var to: Day
  /// How the periods are cut.
  public var interval: OutcomeInterval
  /// Whose placements are counted.
  public var cohort: Cohort
  /// A row per period, in order.
  public var periods: [Row]
  /// The whole range.
  public var total: Row
  /// Werkbehoud of every placement started in the range, by kind and by target group.
  public var retention: [RetentionRow]
  /// Whether the protection ran past its deadline and withheld every count it had not yet
  /// proven safe to show (then many more are withheld than need be).
  public var protectionStopped = false
  /// The whole range's figures per part (municipality or target group), when asked for.
  public var parts: [(part: Part, row: Row)]
  /// Werkbehoud per municipality, with `--per municipality` (per target group it is in
  /// ``retention`` already).
  public var partRetention: [(part: Part, retention: RetentionRow)]

  /// The results of `history` from `from` to `to` by `interval`, for `cohort`, protected.
  ///
  /// - Complexity: a pass over the history per period, then the protection's search.
  /// With `breakdown`, also the whole range per municipality of `municipalities` (in the
  /// cohort) or per target group (in the cohort). Past `deadline` (uptime nanoseconds) the
  /// protection stops searching and withholds every count it has not proven safe to show:
  /// many small parts (hundreds of municipalities of a few hundred people) take it long.
  public init(
    history: PlacementHistory, from: Day, to: Day, interval: OutcomeInterval,
    cohort: Cohort, breakdown: Breakdown? = nil, municipalities: [MunicipalityID] = [],
    deadline: UInt64? = nil
  ) {
    (self.from, self.to, self.interval, self.cohort) = (from, to, interval, cohort)
    let range = OutcomePeriod(label: "\(from.iso)–\(to.iso)", from: from, to: to)
    let cut = interval.periods(from: from, to: to)
    let tally = history.tally(periods: cut, range: range, asOf: to, cohort: cohort)
    let figures = tally.periods
    let whole = tally.total
    let groups: [(RetentionGroup, Retention)] =
      [(.all, tally.retention)]
      + zip(EmployerKind.allCases, tally.retentionByKind).map { (.kind($0), $1) }
      + TargetGroup.allCases.map {
        (.targetGroup($0), tally.retentionByTargetGroup[$0] ?? Retention())
      }
    let parts: [Part] =
      switch breakdown {
      case nil: []
      case .municipality:
        municipalities.filter {
          cohort.municipalities.isEmpty || cohort.municipalities.contains($0)
        }
        .map(Part.municipality)
      case .targetGroup:
        TargetGroup.allCases.filter {
          cohort.targetGroups.isEmpty || cohort.targetGroups.contains($0)
        }
        .map(Part.targetGroup)
      }
    let partRetentions = parts.compactMap { part -> (Part, Retention)? in
      guard case .municipality(let id) = part else { return nil }
      return (part, tally.retentionByMunicipality[id] ?? Retention())
    }
    let partFigures = parts.map { part -> (Part, PeriodFigures) in
      switch part {
      case .municipality(let id): (part, tally.byMunicipality[id] ?? PeriodFigures())
      case .targetGroup(let group): (part, tally.byTargetGroup[group] ?? PeriodFigures())
      }
    }
    (periods, total, retention, self.parts, partRetention) = CountTables.protected(
      deadline: deadline
    ) { tables in
      let (periods, total, retention) = Self.declare(
        &tables, cut: cut, figures: figures, range: range, whole: whole, groups: groups)
      let rows = Self.declare(&tables, parts: partFigures, range: range)
      return (
        periods, total, retention, rows, Self.declare(&tables, partRetentions: partRetentions)
      )
    }
    protectionStopped = deadline.map { DispatchTime.now().uptimeNanoseconds > $0 } ?? false
  }

  /// Declares the parts' counts: each part's row, and every figure's parts adding up to the
  /// total (every person lives in one municipality and belongs to one target group).
  private static func declare(
    _ tables: inout CountTables, parts: [(Part, PeriodFigures)], range: OutcomePeriod
  ) -> [(part: Part, row: Row)] {
    guard !parts.isEmpty else { return [] }
    let rows = parts.map { part, figures in
      (part, row(&tables, part.key, range, figures))
    }
    for figure in OutcomeFigure.allCases {
      tables.sum(parts.map { "\($0.0.key):\(figure.key)" }, is: "total:\(figure.key)")
    }
    return rows
  }

  /// Declares werkbehoud per part: a part's placements are its row's starts (the same
  /// counts), its losses part of them, and the parts' losses add up to all losses.
  private static func declare(
    _ tables: inout CountTables, partRetentions: [(Part, Retention)]
  ) -> [(part: Part, retention: RetentionRow)] {
    guard !partRetentions.isEmpty else { return [] }
    var rows: [(part: Part, retention: RetentionRow)] = []
    for (part, figures) in partRetentions {
      let cohort = "\(part.key):\(OutcomeFigure.started.key)"
      let losses = "retention:\(part.key):losses"
      let placements = tables.count(cohort, figures.placements)
      let lost = tables.count(losses, figures.losses)
      tables.parts([losses], of: cohort, rest: losses + "-rest")
      rows.append(
        (
          part,
          RetentionRow(
            group: .all, placements: placements, losses: lost,
            sixMonths: shownEstimate(figures, 0, placements, lost),
            twelveMonths: shownEstimate(figures, 1, placements, lost))
        ))
    }
    tables.sum(
      partRetentions.map { "retention:\($0.0.key):losses" }, is: "retention:total:started:losses")
    return rows
  }

  /// Declares one row's counts and the relations among them (``OutcomeFigure``), under `key`.
  private static func row(
    _ tables: inout CountTables, _ key: String, _ period: OutcomePeriod, _ figures: PeriodFigures
  ) -> Row {
    var counts: [OutcomeFigure: GroupCount] = [:]
    for figure in OutcomeFigure.allCases {
      counts[figure] = tables.count("\(key):\(figure.key)", figure.value(figures))
    }
    for relation in OutcomeFigure.relations {
      let parts = relation.parts.map { "\(key):\($0.key)" }
      let whole = "\(key):\(relation.whole.key)"
      if relation.complete {
        tables.sum(parts, is: whole)
      } else {
        tables.parts(parts, of: whole, rest: whole + "-rest-" + relation.parts[0].key)
      }
    }
    return Row(
      period: period, counts: counts, medianDaysToFirst: median(figures.daysToFirst),
      medianDaysToRegular: median(figures.daysToFirstRegular))
  }

  /// Declares every count and relation (the first pass) or reads them back as they may be
  /// shown (the second).
  private static func declare(
    _ tables: inout CountTables, cut: [OutcomePeriod], figures: [PeriodFigures],
    range: OutcomePeriod, whole: PeriodFigures, groups: [(RetentionGroup, Retention)]
  ) -> ([Row], Row, [RetentionRow]) {
    func row(_ key: String, _ period: OutcomePeriod, _ figures: PeriodFigures) -> Row {
      Self.row(&tables, key, period, figures)
    }
    // One period is the whole range: one row, declared once.
    let periodKeys = cut.count == 1 ? ["total"] : cut.map(\.label)
    let periods = zip(zip(periodKeys, cut), figures).map { row($0.0, $0.1, $1) }
    let total = cut.count == 1 ? periods[0] : row("total", range, whole)
    if cut.count > 1 {
      for figure in OutcomeFigure.allCases {
        tables.sum(periodKeys.map { "\($0):\(figure.key)" }, is: "total:\(figure.key)")
      }
    }
    var retention: [RetentionRow] = []
    var kindKeys: [String] = []
    var groupKeys: [String] = []
    for (group, figures) in groups {
      // The placements that started in the range are the whole range's starts: the same
      // counts, under the same keys.
      let cohort: String
      switch group {
      case .all: cohort = "total:started"
      case .kind(let kind):
        cohort = "total:\(OutcomeFigure.startedAt(kind).key)"
      case .targetGroup(let targetGroup): cohort = "retention:\(targetGroup.rawValue):placements"
      }
      let losses = "retention:\(cohort):losses"
      let placements = tables.count(cohort, figures.placements)
      let lost = tables.count(losses, figures.losses)
      tables.parts([losses], of: cohort, rest: losses + "-rest")
      switch group {
      case .all: break
      case .kind: kindKeys.append(losses)
      case .targetGroup: groupKeys += [cohort, losses]
      }
      retention.append(
        RetentionRow(
          group: group, placements: placements, losses: lost,
          sixMonths: Self.shownEstimate(figures, 0, placements, lost),
          twelveMonths: Self.shownEstimate(figures, 1, placements, lost)))
    }
    let allLosses = "retention:total:started:losses"
    tables.sum(kindKeys, is: allLosses)
    tables.sum(
      stride(from: 0, to: groupKeys.count, by: 2).map { groupKeys[$0] }, is: "total:started")
    tables.sum(stride(from: 1, to: groupKeys.count, by: 2).map { groupKeys[$0] }, is: allLosses)
    return (periods, total, retention)
  }

  /// An estimate of werkbehoud as it may be shown: only where its group's placements and
  /// losses are shown, and where neither the losses before the day nor the rest of the
  /// group is a small group (1–4): on a group followed to that day, the estimate times the
  /// placements would give that number away.
  static func shownEstimate(
    _ retention: Retention, _ index: Int, _ placements: GroupCount, _ losses: GroupCount
  ) -> Double? {
    guard let count = placements.shown, count > 0, losses.shown != nil else { return nil }
    let before = retention.lostBefore[index]
    let small = GroupCount.smallestShown
    guard before == 0 || before >= small, count - before == 0 || count - before >= small else {
      return nil
    }
    return index == 0 ? retention.sixMonths : retention.twelveMonths
  }
}
