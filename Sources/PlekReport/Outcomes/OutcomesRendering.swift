import PlekCore
import PlekIO

extension OutcomesPresentation {
  /// The werkbehoud rows a reader is shown: every placement, each kind of employer, and the
  /// target groups with placements (a group of none says nothing; a withheld one is shown).
  public var retentionShown: [RetentionRow] {
    retention.filter { row in
      if case .targetGroup = row.group { return row.placements != .exact(0) }
      return true
    }
  }

  /// An estimate of werkbehoud as a percentage: whole, never `0%` or `100%` unless it is
  /// exactly that; `—` when not known or not shown.
  static func estimate(_ share: Double?) -> String {
    guard let share else { return "—" }
    let percent = (share * 100).rounded()
    if percent == 0 && share > 0 { return "< 1%" }
    if percent == 100 && share < 1 { return "> 99%" }
    return NumberText.percent(share)
  }
}

extension TextRendering {
  /// The results as text: the starts by kind and by form, the ends, werkbehoud, and notes.
  public func outcomes(_ presentation: OutcomesPresentation) -> String {
    let say = localizer
    var text =
      paint(
        say(
          .outcomesTitle(
            from: presentation.from, to: presentation.to, interval: presentation.interval)),
        .bold) + "\n"
    text += wrapped(say(outcomesScope(presentation.cohort))) + "\n"
    let rows =
      (presentation.periods + (presentation.periods.count > 1 ? [presentation.total] : [])).map {
        ($0.period == presentation.total.period ? say(.outcomesTotal) : $0.period.label, $0)
      }
    let parts = presentation.parts.map { (partName($0.part), $0.row) }
    /// A table of `figures` for named rows: the periods', or the parts'.
    func table(
      _ title: Message, _ heading: Message, _ rows: [(String, OutcomesPresentation.Row)],
      _ figures: [OutcomeFigure]
    ) -> String {
      var table = TextTable(
        columns: [.init(header: Self.headed(say(heading)), minimumWidth: 12)]
          + figures.map { .init(header: Self.headed(say($0.heading)), alignRight: true) })
      for (name, row) in rows {
        table.append(
          [.init(text: name)] + figures.map { .init(text: say.count(row.counts[$0] ?? .withheld)) })
      }
      return "\n" + wrapped(say(title)) + "\n" + table.render(width: width, colour: colour)
    }
    let ends: [OutcomeFigure] = [.ended, .toRegularWork, .doorstroom, .fellBack, .caughtByVangnet]
    let learning: [OutcomeFigure] = [.learningEnded, .certificates, .praktijkverklaringen]
    text += table(
      .outcomesStarts, .columnPeriod, rows,
      [.started, .firstPlacements] + OutcomeFigure.byKind + [.startedSROI])
    text += table(.outcomesForms, .columnPeriod, rows, OutcomeFigure.byForm)
    text += table(.outcomesEnds, .columnPeriod, rows, ends)
    text += table(.outcomesLearning, .columnPeriod, rows, learning)
    text += medians(rows + parts)
    if !parts.isEmpty {
      text += table(
        .outcomesParts, .columnGroup, parts, [.started, .firstPlacements, .startedSROI] + ends)
      text += table(.outcomesPartsLearning, .columnGroup, parts, learning)
    }
    /// A werkbehoud table of named rows.
    func retentionTable(_ rows: [(String, OutcomesPresentation.RetentionRow)]) -> String {
      var table = TextTable(
        columns: [.init(header: Self.headed(say(.columnGroup)), minimumWidth: 12)]
          + [OutcomeFigure.started.heading, .columnLost, .columnSixMonths, .columnTwelveMonths]
          .map { .init(header: Self.headed(say($0)), alignRight: true) })
      for (name, row) in rows {
        table.append([
          .init(text: name), .init(text: say.count(row.placements)),
          .init(text: say.count(row.losses)),
          .init(text: OutcomesPresentation.estimate(row.sixMonths)),
          .init(text: OutcomesPresentation.estimate(row.twelveMonths)),
        ])
      }
      return table.render(width: width, colour: colour)
    }
    text += "\n" + wrapped(say(.outcomesRetention)) + "\n"
    text += retentionTable(presentation.retentionShown.map { (groupName($0.group), $0) })
    if !presentation.partRetention.isEmpty {
      text += "\n" + wrapped(say(.outcomesPartsRetention)) + "\n"
      text += retentionTable(presentation.partRetention.map { (partName($0.part), $0.retention) })
    }
    text += paint(wrapped(say(.outcomesNotKnown)), .dim) + "\n"
    text += paint(wrapped(say(.withheldFootnote)), .dim) + "\n"
    if presentation.protectionStopped {
      text += paint(wrapped(say(.outcomesProtectionStopped)), .yellow) + "\n"
    }
    text += paint(wrapped(say(.outcomesNotAScore)), .dim) + "\n"
    return text
  }

  /// The medians of the time from registration to a placement, for named rows.
  func medians(_ rows: [(String, OutcomesPresentation.Row)]) -> String {
    let say = localizer
    var table = TextTable(
      columns: [.init(header: Self.headed(say(.columnGroup)), minimumWidth: 12)]
        + [Message.columnDaysTo(regular: false), .columnDaysTo(regular: true)].map {
          .init(header: Self.headed(say($0)), alignRight: true)
        })
    for (name, row) in rows {
      table.append(
        [.init(text: name)]
          + [row.medianDaysToFirst, row.medianDaysToRegular].map {
            .init(text: $0.map(String.init) ?? "—")
          })
    }
    return "\n" + wrapped(say(.outcomesTimeToPlacement)) + "\n"
      + table.render(width: width, colour: colour)
  }

  /// A column heading as the tables write it: with a capital (the sheet keeps the words as
  /// they are).
  static func headed(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// The scope line's message.
  func outcomesScope(_ cohort: Cohort) -> Message {
    let say = localizer
    let places =
      cohort.municipalities.isEmpty
      ? say(.outcomesWholeRegion)
      : cohort.municipalities.sorted { $0.rawValue < $1.rawValue }.map { say.name($0) }
        .joined(separator: ", ")
    let groups =
      cohort.targetGroups.isEmpty
      ? say(.outcomesAll)
      : TargetGroup.allCases.filter(cohort.targetGroups.contains).map(say.label).joined(
        separator: ", ")
    return .outcomesScope(municipalities: places, groups: groups)
  }

  /// A part of a breakdown, in words.
  func partName(_ part: OutcomesPresentation.Part) -> String {
    switch part {
    case .municipality(let id): localizer.name(id)
    case .targetGroup(let group): localizer.label(group)
    }
  }

  /// A werkbehoud row's group, in words.
  func groupName(_ group: OutcomesPresentation.RetentionGroup) -> String {
    switch group {
    case .all: localizer(.outcomesAll)
    case .kind(let kind): localizer.label(kind)
    case .targetGroup(let targetGroup): localizer.label(targetGroup)
    }
  }
}

extension CSVRendering {
  /// The results as a sheet: a row per period and one for the whole range, then one per
  /// part of a breakdown (its name in the group column), a column per figure (headings in
  /// the reader's language), withheld counts as `•`.
  public func outcomes(_ presentation: OutcomesPresentation) -> (
    header: [String], rows: [[String]]
  ) {
    let say = localizer
    let text = TextRendering(localizer: localizer, width: nil, colour: false)
    let header =
      [say(.columnPeriod), say(.columnGroup), say(.columnFrom), say(.columnTo)]
      + OutcomeFigure.allCases.map { say($0.heading) }
      + [say(.columnDaysTo(regular: false)), say(.columnDaysTo(regular: true))]
    func cells(_ row: OutcomesPresentation.Row, _ group: String) -> [String] {
      [row.period.label, group, row.period.from.iso, row.period.to.iso]
        + OutcomeFigure.allCases.map { say.count(row.counts[$0] ?? .withheld) }
        + [row.medianDaysToFirst, row.medianDaysToRegular].map { $0.map(String.init) ?? "" }
    }
    let rows =
      (presentation.periods + [presentation.total]).map { cells($0, "") }
      + presentation.parts.map { cells($0.row, text.partName($0.part)) }
    return (header, rows)
  }
}

extension JSONRendering {
  /// The results as JSON: the range and scope, every period's counts and the whole range's
  /// (`null` where withheld), and werkbehoud (estimates 0–1, `null` where not known or not
  /// shown).
  public func outcomes(_ presentation: OutcomesPresentation) -> JSONValue {
    func count(_ count: GroupCount?) -> JSONValue { count?.shown.map { .int($0) } ?? .null }
    /// A werkbehoud row's counts and estimates (0–1, `null` where not known or not shown).
    func retentionJSON(_ row: OutcomesPresentation.RetentionRow) -> JSONValue {
      .object([
        JSONMember("placements", count(row.placements)),
        JSONMember("losses", count(row.losses)),
        JSONMember("sixMonths", row.sixMonths.map { Self.rounded($0, 4) } ?? .null),
        JSONMember("twelveMonths", row.twelveMonths.map { Self.rounded($0, 4) } ?? .null),
      ])
    }
    /// A row's counts and medians (`null` where withheld or not shown).
    func figures(_ row: OutcomesPresentation.Row) -> [JSONMember] {
      OutcomeFigure.allCases.map { JSONMember($0.key, count(row.counts[$0])) } + [
        JSONMember("medianDaysToFirstPlacement", row.medianDaysToFirst.map { .int($0) } ?? .null),
        JSONMember(
          "medianDaysToRegularPlacement", row.medianDaysToRegular.map { .int($0) } ?? .null),
      ]
    }
    func row(_ row: OutcomesPresentation.Row) -> JSONValue {
      .object(
        [
          JSONMember("period", .string(row.period.label)),
          JSONMember("from", .string(row.period.from.iso)),
          JSONMember("to", .string(row.period.to.iso)),
        ] + figures(row))
    }
    let retention = presentation.retentionShown.map { row -> JSONValue in
      let group: (String, String?) =
        switch row.group {
        case .all: ("all", nil)
        case .kind(let kind): ("employerKind", kind.rawValue)
        case .targetGroup(let targetGroup): ("targetGroup", targetGroup.rawValue)
        }
      return .object(
        [
          JSONMember("group", .string(group.0)),
          JSONMember("value", group.1.map { .string($0) } ?? .null),
        ] + (retentionJSON(row).objectMembers ?? []))
    }
    return .object([
      JSONMember("from", .string(presentation.from.iso)),
      JSONMember("to", .string(presentation.to.iso)),
      JSONMember("by", .string(presentation.interval.rawValue)),
      JSONMember(
        "municipalities",
        .array(presentation.cohort.municipalities.map(\.rawValue).sorted().map { .string($0) })),
      JSONMember(
        "targetGroups",
        .array(
          TargetGroup.allCases.filter(presentation.cohort.targetGroups.contains).map {
            .string($0.rawValue)
          })),
      JSONMember("periods", .array(presentation.periods.map(row))),
      JSONMember("total", row(presentation.total)),
      JSONMember("werkbehoud", .array(retention)),
      JSONMember("protectionStopped", .bool(presentation.protectionStopped)),
      JSONMember(
        "per",
        .array(
          presentation.parts.map { part, shown -> JSONValue in
            let (name, value) =
              switch part {
              case .municipality(let id): ("municipality", id.rawValue)
              case .targetGroup(let group): ("targetGroup", group.rawValue)
              }
            let retention = presentation.partRetention.first { $0.part == part }?.retention
            return .object(
              [JSONMember(name, .string(value))] + figures(shown)
                + (retention.map { [JSONMember("werkbehoud", retentionJSON($0))] } ?? []))
          })),
    ])
  }
}
