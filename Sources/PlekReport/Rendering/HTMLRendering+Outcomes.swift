import PlekCore

/// The region report's results section (*Resultaten*): the last eight quarters' placements,
/// ends and werkbehoud, per quarter in charts with their tables, and per municipality.
extension HTMLRendering {
  /// The section, from the report's ``OutcomesPresentation`` (every count protected there).
  func results(_ presentation: OutcomesPresentation) -> String {
    let say = localizer
    var body = "<h2>\(escape(say(.reportSection6)))</h2>\n"
    body +=
      "<p class=\"note\">"
      + escape(say(.reportResultsIntro(from: presentation.from, to: presentation.to))) + "</p>\n"
    let periods = presentation.periods
    let rows = periods + [presentation.total]
    // A period's label kept on one line (a non-breaking hyphen: "2025‑Q1").
    func label(_ period: OutcomePeriod) -> String {
      period.label.replacingOccurrences(of: "-", with: "\u{2011}")
    }
    func name(_ row: OutcomesPresentation.Row) -> String {
      row.period == presentation.total.period ? say(.outcomesTotal) : label(row.period)
    }
    func headed(_ message: Message) -> String { TextRendering.headed(say(message)) }
    /// A table of `figures` for named rows.
    func figures(
      _ heading: Message, _ named: [(String, OutcomesPresentation.Row)], _ shown: [OutcomeFigure]
    )
      -> String
    {
      table(
        [headed(heading)] + shown.map { headed($0.heading) },
        named.map { name, row in [name] + shown.map { count(row.counts[$0] ?? .withheld) } })
    }
    func chart(_ figure: OutcomeFigure) -> String {
      bars(periods.map { (label($0.period), $0.counts[figure] ?? .withheld) })
    }
    let quarters = rows.map { (name($0), $0) }
    let ends: [OutcomeFigure] = [.ended, .toRegularWork, .doorstroom, .fellBack, .caughtByVangnet]
    let learning: [OutcomeFigure] = [.learningEnded, .certificates, .praktijkverklaringen]
    body += figure(
      title: say(.reportStartsChart), chart: chart(.started),
      table: figures(
        .columnPeriod, quarters,
        [.started, .firstPlacements] + OutcomeFigure.byKind + [.startedSROI]
      ))
    body += figure(
      title: say(.outcomesForms), chart: nil,
      table: figures(.columnPeriod, quarters, OutcomeFigure.byForm))
    body += figure(
      title: say(.reportUitstroomChart), chart: chart(.toRegularWork),
      table: figures(.columnPeriod, quarters, ends), note: say(.outcomesEnds))
    body += figure(
      title: say(.outcomesLearning), chart: nil,
      table: figures(.columnPeriod, quarters, learning))
    let text = TextRendering(localizer: say, width: nil, colour: false)
    let parts = presentation.parts.map { (text.partName($0.part), $0.row) }
    body += figure(
      title: say(.outcomesTimeToPlacement), chart: nil,
      table: table(
        [
          headed(.columnGroup), headed(.columnDaysTo(regular: false)),
          headed(.columnDaysTo(regular: true)),
        ],
        (quarters + parts).map { name, row in
          [name]
            + [row.medianDaysToFirst, row.medianDaysToRegular].map { $0.map(String.init) ?? "—" }
        }))
    func retention(_ named: [(String, OutcomesPresentation.RetentionRow)]) -> String {
      table(
        [
          headed(.columnGroup), headed(OutcomeFigure.started.heading), headed(.columnLost),
          headed(.columnSixMonths), headed(.columnTwelveMonths),
        ],
        named.map { name, row in
          [
            name, count(row.placements), count(row.losses),
            OutcomesPresentation.estimate(row.sixMonths),
            OutcomesPresentation.estimate(row.twelveMonths),
          ]
        })
    }
    let retained = presentation.retentionShown.map { (text.groupName($0.group), $0) }
    body += figure(
      title: say(.reportRetentionChart),
      chart: shares(
        retained.map { name, row in
          (name, row.sixMonths, OutcomesPresentation.estimate(row.sixMonths))
        }),
      table: retention(retained), note: say(.outcomesRetention) + " " + say(.outcomesNotKnown))
    if !parts.isEmpty {
      body += figure(
        title: say(.outcomesParts), chart: nil,
        table: figures(.columnGroup, parts, [.started, .firstPlacements, .startedSROI] + ends))
      body += figure(
        title: say(.outcomesPartsLearning), chart: nil,
        table: figures(.columnGroup, parts, learning))
    }
    if !presentation.partRetention.isEmpty {
      body += figure(
        title: say(.outcomesPartsRetention), chart: nil,
        table: retention(presentation.partRetention.map { (text.partName($0.part), $0.retention) }))
    }
    if presentation.protectionStopped {
      body += "<p class=\"note\">" + escape(say(.outcomesProtectionStopped)) + "</p>\n"
    }
    return body + "<p class=\"note\">" + escape(say(.outcomesNotAScore)) + "</p>\n"
  }
}
