import PlekAssign
import PlekCore

/// The region report as one self-contained HTML file: inline CSS and SVG charts, no script,
/// nothing fetched; readable on screen and printed on A4. Every chart has a title and its
/// numbers in a table beside it. The file is also well-formed XML (every SVG too), and the
/// same report gives the same bytes.
public struct HTMLRendering: Sendable {
  /// Words.
  public let localizer: Localizer

  /// Creates a renderer.
  public init(localizer: Localizer) {
    self.localizer = localizer
  }

  /// The report page.
  public func report(_ report: RegionReport) -> String {
    let say = localizer
    let weights = report.policy.weights
    var body = "<h1>\(escape(say(.reportTitle)))</h1>\n"
    body +=
      "<p class=\"facts\">"
      + escape(
        say(
          .reportFacts(date: report.day, participants: report.participants, places: report.places)))
      + "</p>\n"
    body +=
      "<p class=\"facts\">"
      + escape(
        say(
          .reportPolicy(
            load: weights.loadHeadroom, competency: weights.competency,
            development: weights.development, wishes: weights.wishes, order: weights.placementOrder,
            support: weights.support, horizon: report.policy.planningHorizonDays,
            coaches: say(
              report.policy.jobCoaches.provided
                ? .reportCoachesProvided : .reportCoachesNotProvided)))) + "</p>\n"
    body += "<p class=\"note\">" + escape(say(.reportSmallCounts)) + "</p>\n"
    body += "<p class=\"note\">" + escape(say(.withheldFootnote)) + "</p>\n"

    // 1. Caseload and places.
    body += "<h2>\(escape(say(.reportSection1)))</h2>\n"
    body += figure(
      title: say(.reportMapTitle), chart: map(report),
      table: table(
        [say(.columnMunicipality), say(.columnPeople), say(.columnPlaces), say(.columnFreeSlots)],
        report.municipalities.map {
          [$0.name, count($0.people), count($0.places), count($0.freeSlots)]
        }), note: say(.reportMapNote))
    body += figure(
      title: say(.reportGroupsPerMunicipality), chart: nil,
      table: table(
        [say(.columnTargetGroup)] + report.municipalities.map(\.name),
        report.peopleByTargetGroup.enumerated().map { index, group in
          [say.label(group.group)] + report.municipalities.map { count($0.targetGroups[index]) }
        }))
    body += figure(
      title: say(.reportGroupsTitle),
      chart: bars(report.peopleByTargetGroup.map { (say.label($0.group), $0.people) }),
      table: table(
        [say(.columnTargetGroup), say(.columnPeople)],
        report.peopleByTargetGroup.map { [say.label($0.group), count($0.people)] }))
    body += figure(
      title: say(.reportKindsTitle),
      chart: bars(report.placesByKind.map { (say.label($0.kind), $0.places) }),
      table: table(
        [say(.columnKind), say(.columnPlaces), say(.columnFreeSlots)],
        report.placesByKind.map { [say.label($0.kind), count($0.places), count($0.freeSlots)] }))
    body += figure(
      title: say(.reportSectorsTitle),
      chart: bars(report.placesBySector.map { (say.name($0.sector), $0.places) }),
      table: table(
        [say(.columnSector), say(.columnPlaces), say(.columnFreeSlots)],
        report.placesBySector.map { [say.name($0.sector), count($0.places), count($0.freeSlots)] }))

    // 2. Fit.
    body += "<h2>\(escape(say(.reportSection2)))</h2>\n"
    body += figure(
      title: say(.reportFitTitle),
      chart: shares(
        report.fit.map { (say.label($0.group), $0.fitShare, say.share($0.withFit, of: $0.people)) }),
      table: table(
        [say(.columnTargetGroup), say(.columnPeople), say(.columnWithFit), say(.columnShare)],
        report.fit.map {
          [
            say.label($0.group), count($0.people), count($0.withFit),
            say.share($0.withFit, of: $0.people),
          ]
        }))
    let bands = RegionReport.scoreBands.enumerated().map { index, low in
      index + 1 < RegionReport.scoreBands.count
        ? "\(low)–\(RegionReport.scoreBands[index + 1])" : "≥ \(low)"
    }
    body += figure(
      title: say(.reportBandsTitle), chart: nil,
      table: table(
        [say(.columnTargetGroup)] + bands,
        report.fit.map { [say.label($0.group)] + $0.bestScoreBands.map(count) }))
    body += figure(
      title: say(.reportKnockOutsTitle), chart: nil,
      table: table(
        [say(.columnTargetGroup), say(.columnReason), say(.columnPeople)],
        report.fit.flatMap { group in
          group.commonKnockOuts.map {
            [say.label(group.group), say.name($0.blocker), count($0.people)]
          } + [
            [say.label(group.group), say(.reportOtherFirstStep), count(group.otherFirstSteps)],
            [say.label(group.group), say(.reportNoSingleStep), count(group.withoutStep)],
          ]
        }), note: say(.reportKnockOutsNote))

    // 3. Development.
    body += "<h2>\(escape(say(.reportSection3)))</h2>\n"
    let steps = report.developmentSteps
    body += figure(
      title: say(.reportStepsTitle),
      chart: bars(steps.map { (say.sentence($0.step), $0.people) }),
      table: table(
        [say(.columnStep), say(.columnPeople), say(.columnPlacesOpened), say(.sheetRoutes)],
        steps.map {
          [
            say.sentence($0.step), count($0.people),
            "\($0.placesOpened)", CSVRendering.routes($0).isEmpty ? "—" : CSVRendering.routes($0),
          ]
        }))
    body +=
      "<p>"
      + escape(
        say(
          .reportLearning(
            places: count(report.learningPlaces), slots: count(report.learningSlots),
            proposed: count(report.learningSlotsProposed)))) + "</p>\n"

    // 4. The proposal.
    body += "<h2>\(escape(say(.reportSection4)))</h2>\n"
    body += "<p class=\"note\">" + escape(say(.reportAdvice)) + "</p>\n"
    body += figure(
      title: say(.reportProposalGroupTitle),
      chart: bars(report.proposalByGroup.map { (say.label($0.group), $0.placed) }),
      table: table(
        [say(.columnTargetGroup), say(.columnPeople), say(.columnPlaced)],
        report.proposalByGroup.map { [say.label($0.group), count($0.people), count($0.placed)] }))
    body += figure(
      title: say(.reportProposalKindTitle),
      chart: bars(report.proposalByKind.map { (say.label($0.kind), $0.placed) }),
      table: table(
        [say(.columnKind), say(.columnPlaced)],
        report.proposalByKind.map { [say.label($0.kind), count($0.placed)] }))
    body +=
      "<p>"
      + escape(
        say(
          .reportInternal(
            internal: count(report.proposedInternal), regular: count(report.internalWithRegularFit))
        )) + "</p>\n"

    // 5. Congestion.
    body += "<h2>\(escape(say(.reportSection5)))</h2>\n"
    body += figure(
      title: say(.reportLorenzTitle), chart: lorenz(report.lorenz),
      table: table(
        [say(.columnPlacesShare), say(.columnListingsShare)],
        report.lorenz.enumerated().map { index, share in
          ["\(index * 10)%", say.number(100 * share, decimals: 0) + "%"]
        }))
    let congestion = report.congestion
    body += figure(
      title: say(.reportCongestionTitle), chart: nil,
      table: table(
        [say(.columnFigure), say(.columnPlain), say(.columnSpread)],
        TextRendering.congestionRows(congestion).map { row in
          [say(row.message), row.value(congestion.plain, say), row.value(congestion.spread, say)]
        }), note: say(.reportGiniNote))
    body += figure(
      title: say(.reportNobodyTitle(count: count(report.placesNobodyFits))), chart: nil,
      table: table(
        [say(.columnReason), say(.columnPlaces)],
        report.nobodyFitsBlockers.map { [say.name($0.blocker), count($0.places)] } + [
          [say(.reportNobodyNoStep), count(report.nobodyFitsWithoutStep)]
        ]), note: say(.reportNobodyNote))

    // 6. Results, when the data holds placements.
    if let results = report.results { body += self.results(results) }

    return """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(say.language == .dutch ? "nl" : "en")">
      <head>
      <meta charset="utf-8"/>
      <title>\(escape(say(.reportTitle))) · \(escape(say.date(report.day)))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  static let style = """
    @page { size: A4; margin: 15mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; max-width: 180mm; margin: 0 auto; }
    h1 { font-size: 18pt; margin-bottom: 2mm; }
    h2 { font-size: 13pt; margin-top: 8mm; border-bottom: 1px solid #999; break-after: avoid; }
    h3 { font-size: 11pt; margin: 4mm 0 2mm; }
    .facts, .note { color: #444; }
    .figure { break-inside: avoid; margin-bottom: 5mm; }
    .figure svg { display: block; max-width: 100%; height: auto; }
    table { border-collapse: collapse; margin-top: 2mm; font-size: 9.5pt; }
    th, td { border-bottom: 1px solid #ddd; padding: 1mm 2.5mm; text-align: left; }
    td.n, th.n { text-align: right; }
    """

  // MARK: Parts

  /// A figure: its title, the chart (titled inside too, for screen readers), its table and
  /// what a reader needs to read it.
  func figure(title: String, chart: String?, table: String, note: String? = nil) -> String {
    let titled = chart.map { svg -> String in
      guard let end = svg.firstIndex(of: ">") else { return svg }
      return String(svg[...end]) + "<title>\(escape(title))</title>"
        + String(svg[svg.index(after: end)...])
    }
    return "<div class=\"figure\">\n<h3>\(escape(title))</h3>\n" + (titled.map { $0 + "\n" } ?? "")
      + table + (note.map { "<p class=\"note\">\(escape($0))</p>\n" } ?? "") + "</div>\n"
  }

  func table(_ header: [String], _ rows: [[String]]) -> String {
    var text = "<table>\n<tr>"
    for (index, cell) in header.enumerated() {
      text += index == 0 ? "<th>\(escape(cell))</th>" : "<th class=\"n\">\(escape(cell))</th>"
    }
    text += "</tr>\n"
    for row in rows {
      text += "<tr>"
      for (index, cell) in row.enumerated() {
        text += index == 0 ? "<td>\(escape(cell))</td>" : "<td class=\"n\">\(escape(cell))</td>"
      }
      text += "</tr>\n"
    }
    return text + "</table>\n"
  }

  func count(_ value: GroupCount) -> String { localizer.count(value) }

  /// Horizontal bars, one per row, labelled in full (a long label takes two or more lines);
  /// every bar has its value beside it, a withheld count its mark and no bar.
  func bars(_ rows: [(label: String, value: GroupCount)]) -> String {
    let largest = max(1, rows.compactMap(\.value.shown).max() ?? 1)
    let heights = rows.map { 18 + 12 * (lines($0.label, 40).count - 1) }
    var svg = svgOpen(width: 640, height: heights.reduce(8, +))
    var y = 4
    for (row, height) in zip(rows, heights) {
      svg += label(row.label, x: 0, y: y + 13, limit: 40)
      if let shown = row.value.shown {
        let width = Int((Double(shown) / Double(largest) * 320).rounded())
        if width > 0 {
          svg +=
            "<rect x=\"260\" y=\"\(y + 2)\" width=\"\(width)\" height=\"13\" fill=\"#3b6ea5\"/>"
        }
        svg += "<text x=\"\(266 + width)\" y=\"\(y + 13)\" font-size=\"11\">\(shown)</text>"
      } else {
        svg +=
          "<text x=\"264\" y=\"\(y + 13)\" font-size=\"11\" fill=\"#777\">\(GroupCount.mark)</text>"
      }
      y += height
    }
    return svg + "</svg>"
  }

  /// Shares as bars of 0–100%, each with its value, or the mark of a withheld count.
  func shares(_ rows: [(label: String, share: Double?, text: String)]) -> String {
    let heights = rows.map { 18 + 12 * (lines($0.label, 40).count - 1) }
    var svg = svgOpen(width: 640, height: heights.reduce(8, +))
    var y = 4
    for (row, height) in zip(rows, heights) {
      svg += label(row.label, x: 0, y: y + 13, limit: 40)
      svg += "<rect x=\"260\" y=\"\(y + 2)\" width=\"320\" height=\"13\" fill=\"#eee\"/>"
      if let share = row.share {
        let width = Int((share * 320).rounded())
        svg += "<rect x=\"260\" y=\"\(y + 2)\" width=\"\(width)\" height=\"13\" fill=\"#3b6ea5\"/>"
      }
      svg += "<text x=\"586\" y=\"\(y + 13)\" font-size=\"11\">\(escape(row.text))</text>"
      y += height
    }
    return svg + "</svg>"
  }

  /// The municipalities as bubbles at their centres, each bubble's area proportional to the
  /// people living there (a withheld count: no bubble, the mark beside the name), named.
  func map(_ report: RegionReport) -> String {
    let points = report.municipalities.map(\.centre)
    guard let south = points.map(\.latitude).min(), let north = points.map(\.latitude).max(),
      let west = points.map(\.longitude).min(), let east = points.map(\.longitude).max()
    else { return svgOpen(width: 640, height: 40) + "</svg>" }
    let largest = Double(max(1, report.municipalities.compactMap(\.people.shown).max() ?? 1))
    let width = 640.0
    let height = 320.0
    func x(_ longitude: Double) -> Double {
      60 + (longitude - west) / max(1e-9, east - west) * (width - 220)
    }
    func y(_ latitude: Double) -> Double {
      40 + (north - latitude) / max(1e-9, north - south) * (height - 80)
    }
    var svg = svgOpen(width: Int(width), height: Int(height))
    for municipality in report.municipalities {
      let cx = x(municipality.centre.longitude)
      let cy = y(municipality.centre.latitude)
      // Area ∝ count: the radius grows with the square root, from 0.
      let radius = 30 * (Double(municipality.people.shown ?? 0) / largest).squareRoot()
      if radius > 0 {
        svg +=
          "<circle cx=\"\(NumberText.format(cx, decimals: 1))\" cy=\"\(NumberText.format(cy, decimals: 1))\" r=\"\(NumberText.format(radius, decimals: 2))\" fill=\"#3b6ea5\" fill-opacity=\"0.45\" stroke=\"#3b6ea5\"/>"
      }
      svg +=
        "<text x=\"\(Int(cx + max(radius, 2) + 3))\" y=\"\(Int(cy + 4))\" font-size=\"11\">\(escape(municipality.name)) (\(count(municipality.people)))</text>"
    }
    return svg + "</svg>"
  }

  /// The Lorenz curve against the line of equality, with its axes titled.
  func lorenz(_ shares: [Double]) -> String {
    let size = 260.0
    var svg = svgOpen(width: 320, height: 320)
    svg += "<rect x=\"50\" y=\"10\" width=\"260\" height=\"260\" fill=\"none\" stroke=\"#999\"/>"
    svg +=
      "<line x1=\"50\" y1=\"270\" x2=\"310\" y2=\"10\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"
    let points = shares.enumerated().map { index, share in
      "\(Int(50 + Double(index) / Double(max(1, shares.count - 1)) * size)),\(Int(270 - share * size))"
    }
    svg +=
      "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#3b6ea5\" stroke-width=\"2\"/>"
    svg += "<text x=\"50\" y=\"284\" font-size=\"10\">0%</text>"
    svg += "<text x=\"288\" y=\"284\" font-size=\"10\">100%</text>"
    svg += "<text x=\"44\" y=\"268\" font-size=\"10\" text-anchor=\"end\">0%</text>"
    svg += "<text x=\"44\" y=\"18\" font-size=\"10\" text-anchor=\"end\">100%</text>"
    svg +=
      "<text x=\"180\" y=\"304\" font-size=\"11\" text-anchor=\"middle\">\(escape(localizer(.columnPlacesShare)))</text>"
    svg +=
      "<text x=\"14\" y=\"140\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 14 140)\">\(escape(localizer(.columnListingsShare)))</text>"
    return svg + "</svg>"
  }

  func svgOpen(width: Int, height: Int) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
  }

  /// A label in lines of at most `limit` characters, broken at spaces (a longer word
  /// stands alone): no word of a label is cut.
  func lines(_ text: String, _ limit: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > limit {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return line.isEmpty ? lines : lines + [line]
  }

  /// A label as SVG text at `x`, its lines from `y` down, 12 units apart.
  func label(_ text: String, x: Int, y: Int, limit: Int) -> String {
    let parts = lines(text, limit)
    var svg = "<text x=\"\(x)\" y=\"\(y)\" font-size=\"11\">"
    for (index, line) in parts.enumerated() {
      svg += "<tspan x=\"\(x)\" dy=\"\(index == 0 ? 0 : 12)\">\(escape(line))</tspan>"
    }
    return svg + "</text>"
  }

  /// Text for HTML and XML.
  func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
