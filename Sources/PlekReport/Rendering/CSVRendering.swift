import PlekCore
import PlekIO

/// Plek's answers as spreadsheet rows: numbers with a decimal comma in Dutch, codes as the
/// data files write them in the machine layouts, words in the sheet layout.
public struct CSVRendering: Sendable {
  /// Words and number format.
  public let localizer: Localizer

  /// Creates a renderer.
  public init(localizer: Localizer) {
    self.localizer = localizer
  }

  func number(_ value: Double, _ decimals: Int) -> String {
    localizer.number(value, decimals: decimals)
  }

  /// Millionths of a point as a sheet shows them (``PrintedScore/points(_:decimals:)``).
  func points(_ millionths: Int64, decimals: Int = 2) -> String {
    localizer.score(millionths, decimals: decimals)
  }

  /// The headings of some columns: their keys in English, words in Dutch.
  func headings(_ columns: [SheetColumn]) -> [String] {
    columns.map { $0.heading(localizer.language) }
  }

  /// A value of a vocabulary: its code in English (what programs read), its name in Dutch.
  func code<Value: Vocabulary & Labelled>(_ value: Value) -> String {
    localizer.language == .dutch ? localizer.label(value) : value.rawValue
  }

  /// Sectors: codes joined by `|` in English, names joined by `, ` in Dutch.
  func sectors(_ ids: [SectorID]) -> String {
    localizer.language == .dutch
      ? ids.map(localizer.name).joined(separator: ", ")
      : ids.map(\.rawValue).joined(separator: "|")
  }

  /// A yes or no: `true`/`false` in English, `ja`/`nee` in Dutch.
  func yesNo(_ value: Bool) -> String {
    localizer.language == .dutch ? (value ? "ja" : "nee") : String(value)
  }

  /// A shortlist or candidate list: one row per entry, column keys as header (in Dutch,
  /// headings and values in words).
  public func list(_ list: ListPresentation) -> (header: [String], rows: [[String]]) {
    switch list.subject {
    case .participant:
      let header = headings([
        .rank, .place, .title, .employer, .employerKind, .sectors, .hoursMin, .hoursMax,
        .travelMinutes,
      ])
      let scored = list.audience == .officer
      let competed = list.entries.contains { $0.competition != nil }
      let rows = list.entries.compactMap { entry -> [String]? in
        guard let place = entry.place else { return nil }
        return [
          String(entry.rank), place.id.rawValue, place.title ?? "", place.employer.rawValue,
          code(place.kind), sectors(place.sectors),
          String(place.hours.min), String(place.hours.max),
          number(entry.match.travelMinutes, 1),
        ] + outcome(entry.match)
          + [entry.reasons.prefix(3).map(localizer.phrase).joined(separator: "; ")]
          + (competed ? competitionCells(entry.competition, spread: list.spread) : [])
      }
      return (
        header + headings(scored ? [.score, .assessmentPoints] : [.status])
          + headings([.reasons])
          + (competed ? competitionHeader(spread: list.spread) : []), rows
      )
    case .place:
      let officer = list.audience == .officer
      let header = headings(
        officer
          ? [
            .rank, .participant, .municipality, .targetGroup, .travelMinutes, .score,
            .assessmentPoints,
          ]
          : [.rank, .participant, .municipality, .travelMinutes, .status])
      let rows = list.entries.compactMap { entry -> [String]? in
        guard let person = entry.participant else { return nil }
        let municipality =
          localizer.language == .dutch
          ? localizer.name(person.municipality) : person.municipality.rawValue
        return [String(entry.rank), person.id.rawValue, municipality]
          + (person.targetGroup.map { [code($0)] } ?? [])
          + [number(entry.match.travelMinutes, 1)] + outcome(entry.match)
      }
      return (header, rows)
    }
  }

  /// Score and points, or the status for an audience without scores.
  func outcome(_ match: DisclosedMatch) -> [String] {
    if let score = match.scoreMillionths, let points = match.assessmentPoints {
      return [self.points(score), String(points)]
    }
    return [status(match.status)]
  }

  /// A status: its code in English, in words in Dutch.
  func status(_ status: FitStatus) -> String {
    localizer.language == .dutch
      ? localizer(status == .fits ? .statusFits : .statusNeedsAssessment) : status.rawValue
  }

  /// A shortlist for people to read in a spreadsheet: headers and kinds in words, sector
  /// names, hours as a range, travel and score rounded (for an audience without scores, the
  /// status in words instead of score and points).
  public func sheet(_ list: ListPresentation) -> (header: [String], rows: [[String]]) {
    let say = localizer
    let scored = list.audience == .officer
    let header =
      [
        say(.sheetRank), say(.sheetPlace), say(.sheetTitle), say(.sheetEmployer),
        say(.sheetKind), say(.sheetSector), say(.sheetHours), say(.sheetTravelMinutes),
      ] + (scored ? [say(.sheetScore), say(.sheetPointsToJudge)] : [say(.sheetStatus)])
    let rows = list.entries.compactMap { entry -> [String]? in
      guard let place = entry.place else { return nil }
      let outcome: [String]
      if let score = entry.match.scoreMillionths, let points = entry.match.assessmentPoints {
        outcome = [self.points(score, decimals: 1), String(points)]
      } else {
        outcome = [
          say(entry.match.status == .fits ? .statusFits : .statusNeedsAssessment)
        ]
      }
      return [
        String(entry.rank), place.id.rawValue, place.title ?? "", place.employer.rawValue,
        say.label(place.kind), place.sectors.map(say.name).joined(separator: ", "),
        "\(place.hours.min)–\(place.hours.max)", number(entry.match.travelMinutes, 0),
      ] + outcome
    }
    return (header, rows)
  }

  /// The header of ``batchRows(_:)``: keys in English, headings in words in Dutch.
  public var batchHeader: [String] {
    headings([
      .participant, .rank, .place, .title, .employer, .employerKind, .sectors, .score,
      .travelMinutes, .assessmentPoints,
    ]) + competitionHeader(spread: false)
  }

  /// The rows of one participant's shortlist in a batch file: one row per match.
  public func batchRows(_ list: ListPresentation) -> [[String]] {
    guard case .participant(let id) = list.subject else { return [] }
    return list.entries.compactMap { entry in
      guard let place = entry.place else { return nil }
      return [
        id.rawValue, String(entry.rank), place.id.rawValue, place.title ?? "",
        place.employer.rawValue, code(place.kind), sectors(place.sectors),
        entry.match.scoreMillionths.map { points($0) } ?? status(entry.match.status),
        number(entry.match.travelMinutes, 1),
        entry.match.assessmentPoints.map(String.init) ?? "",
      ] + competitionCells(entry.competition, spread: false)
    }
  }

  /// An explanation as sheet rows: one per knock-out, component, point to judge and
  /// learning step.
  public func explanation(_ presentation: ExplanationPresentation) -> (
    header: [String], rows: [[String]]
  ) {
    let say = localizer
    var rows: [[String]] = []
    switch presentation.explanation.outcome {
    case .knockedOut(let knockOuts):
      for reason in knockOuts.reasons {
        rows.append(["knock-out", reason.code, "", "", "", say.sentence(reason)])
      }
      if knockOuts.withheld { rows.append(["knock-out", "not-disclosed", "", "", "", ""]) }
    case .fit(let fit):
      if let printed = PrintedScore(fit, decimals: 2) {
        // The printed contributions less the adjustments add up to the printed score.
        rows.append(["score", "", number(printed.score, 2), "", "", ""])
        for (component, contribution) in zip(fit.components, printed.contributions) {
          rows.append([
            "component", component.kind.rawValue, number(component.value, 4),
            number(component.weight, 4), number(contribution, 2), say.sentence(component),
          ])
        }
        for (adjustment, points) in zip(fit.adjustments, printed.adjustments) {
          rows.append([
            "adjustment", adjustment.code, "", "", number(points, 2), say.sentence(adjustment),
          ])
        }
        for point in fit.pointsSaidOneByOne {
          rows.append(["to-judge", point.code, "", "", "", say.sentence(point)])
        }
        if let unassessed = fit.mostlyUnassessed {
          rows.append([
            "to-judge", "load-mostly-not-assessed", "\(unassessed.dimensions.count)", "", "",
            say.sentence(unassessed),
          ])
        }
      } else {
        rows.append(["status", fit.status.rawValue, "", "", "", ""])
      }
      for step in fit.learningSteps {
        let code =
          switch step.subject {
          case .competency(let id): id.rawValue
          case .dutch: "nl"
          }
        let levels = step.levelNames
        rows.append(["learning", code, "\(levels.from)→\(levels.to)", "", "", say.sentence(step)])
      }
      if fit.monthsToProductive > 0 {
        rows.append([
          "productive-after", "", "\(fit.monthsToProductive)", "", "",
          say(.productiveAfter(months: fit.monthsToProductive)),
        ])
      }
      for note in fit.notes {
        rows.append(["note", note.code, "", "", "", say.sentence(note)])
      }
    }
    return (["part", "code", "value", "weight", "contribution", "sentence"], rows)
  }

  /// The bytes of a table for this language: `;` and a decimal comma in Dutch (Dutch
  /// Excel), `,` otherwise.
  public func bytes(header: [String], rows: [[String]], byteOrderMark: Bool) -> [UInt8] {
    writer(byteOrderMark: byteOrderMark).bytes(header: header, rows: rows)
  }

  /// The CSV writer for this language, for a table written in pieces.
  public func writer(byteOrderMark: Bool) -> CSVWriter {
    CSVWriter(
      delimiter: UInt8(ascii: localizer.language == .dutch ? ";" : ","),
      byteOrderMark: byteOrderMark)
  }
}
