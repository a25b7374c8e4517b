import PlekAssign
import PlekCore

/// A placement proposal and the congestion report as text for a terminal.
extension TextRendering {
  /// The placements and the people left out a table lists; the sheet and JSON list all.
  static let assignmentRowsShown = 40

  /// A proposal: the notice that an officer decides, the summary, the proof, the outcome per
  /// kind of employer and per target group, then the placements and the people left out.
  public func assignment(_ presentation: AssignmentPresentation) -> String {
    let say = localizer
    let assignment = presentation.assignment
    var text =
      paint(say(.assignTitle), .bold) + " · " + say.date(assignment.day) + "\n"
      + paint(wrapped(say(.assignAdvice)), .yellow) + "\n"
    text +=
      wrapped(
        say(
          .assignSummary(
            people: presentation.totals.people, placed: presentation.totals.placed,
            withoutFit: presentation.totals.withoutFit,
            outcompeted: presentation.totals.outcompeted))) + "\n"
    if presentation.deepestRank > AssignmentPresentation.shortlistLength {
      text +=
        wrapped(
          say(
            .assignBeyondShortlist(
              count: presentation.totals.beyondShortlist,
              length: AssignmentPresentation.shortlistLength,
              deepest: presentation.deepestRank))) + "\n"
    }
    let total = assignment.placements.reduce(Int64(0)) { $0 + $1.scoreMillionths }
    text +=
      (assignment.proven
        ? paint(wrapped(say(.assignProven(total: say.score(total)))), .dim)
        : paint(wrapped(say(.assignNotProven)), .red)) + "\n"

    text += "\n" + say(.assignByKind) + ": "
    text +=
      presentation.byEmployerKind.map { say.label($0.kind) + " " + count($0.placed) }
      .joined(separator: " · ") + "\n"

    text += "\n" + say(.assignByGroup) + "\n"
    var groups = TextTable(columns: [
      .init(header: say(.columnTargetGroup), minimumWidth: 10),
      .init(header: say(.columnPeople), alignRight: true),
      .init(header: say(.columnPlaced), alignRight: true),
      .init(header: say(.columnWithoutFit), alignRight: true),
      .init(header: say(.columnOutcompeted), alignRight: true),
    ])
    for group in presentation.byTargetGroup {
      groups.append([
        .init(text: say.label(group.group)), .init(text: count(group.people)),
        .init(text: count(group.placed)), .init(text: count(group.withoutFit)),
        .init(text: count(group.outcompeted)),
      ])
    }
    text += groups.render(width: width, colour: colour)
    text += paint(wrapped(say(.withheldFootnote)), .dim) + "\n"

    if !assignment.placements.isEmpty {
      text += "\n" + say(.assignPlacements) + "\n"
      var table = TextTable(columns: [
        .init(header: say(.columnParticipant)),
        .init(header: say(.columnTargetGroup), minimumWidth: 8, dropRank: 1),
        .init(header: say(.columnPlace)),
        .init(header: say(.columnTitle), minimumWidth: 8, dropRank: 2),
        .init(header: say(.columnKind), minimumWidth: 6, dropRank: 0),
        .init(header: say(.columnScore), alignRight: true),
        .init(header: say(.columnRankInList), alignRight: true),
      ])
      for placement in assignment.placements.prefix(Self.assignmentRowsShown) {
        let place = presentation.places[placement.placeID]
        table.append([
          .init(text: placement.participantID.rawValue),
          .init(text: presentation.targetGroups[placement.participantID].map(say.label) ?? ""),
          .init(text: placement.placeID.rawValue), .init(text: place?.title ?? ""),
          .init(text: place.map { say.label($0.kind) } ?? ""),
          .init(text: say.score(placement.scoreMillionths)),
          .init(text: String(placement.rank)),
        ])
      }
      text += table.render(width: width, colour: colour)
      text += shownLine(assignment.placements.count)
    }
    if !assignment.unplaced.isEmpty {
      text += "\n" + say(.assignUnplaced) + "\n"
      var table = TextTable(columns: [
        .init(header: say(.columnParticipant)),
        .init(header: say(.columnTargetGroup), minimumWidth: 8, dropRank: 0),
        .init(header: say(.columnWhy), minimumWidth: 20),
      ])
      for person in assignment.unplaced.prefix(Self.assignmentRowsShown) {
        table.append([
          .init(text: person.participantID.rawValue),
          .init(text: presentation.targetGroups[person.participantID].map(say.label) ?? ""),
          .init(text: say.sentence(person.reason)),
        ])
      }
      text += table.render(width: width, colour: colour)
      text += shownLine(assignment.unplaced.count)
    }
    return text
  }

  func shownLine(_ total: Int) -> String {
    guard total > Self.assignmentRowsShown else { return "" }
    return paint(
      localizer(.assignShown(shown: Self.assignmentRowsShown, total: total)), .dim)
      + "\n"
  }

  func count(_ count: GroupCount) -> String { localizer.count(count) }

  /// The congestion report: the region's size, the maximum, and the figures of plain and
  /// spread lists side by side.
  public func congestion(_ presentation: CongestionPresentation) -> String {
    let say = localizer
    let report = presentation.report
    var text = paint(say(.congestionTitle), .bold) + " · " + say.date(report.day) + "\n"
    text +=
      say(
        .congestionPeople(
          people: presentation.people, withFit: presentation.peopleWithAFit,
          places: presentation.places, fitting: presentation.placesFittingSomeone,
          depth: report.depth)) + "\n"
    text += say(.congestionMaximum(maximum: presentation.maximumPlaced)) + "\n\n"
    var table = TextTable(columns: [
      .init(header: say(.columnFigure), minimumWidth: 20),
      .init(header: say(.columnPlain), alignRight: true),
      .init(header: say(.columnSpread), alignRight: true),
    ])
    for row in Self.congestionRows(presentation) {
      table.append([
        .init(text: say(row.message)), .init(text: row.value(presentation.plain, say)),
        .init(text: row.value(presentation.spread, say)),
      ])
    }
    text += table.render(width: width, colour: colour)
    text += paint(wrapped(say(.congestionSpreadNote)), .dim) + "\n"
    text += paint(wrapped(say(.withheldFootnote)), .dim) + "\n"
    return text
  }

  /// The report's rows: what each says and how each list's figure is written.
  static func congestionRows(_ presentation: CongestionPresentation) -> [(
    message: Message, value: (ListCongestionFigures, Localizer) -> String
  )] {
    func share(_ part: GroupCount, _ whole: GroupCount, _ say: Localizer) -> String {
      say.count(part) + (NumberText.share(part, of: whole).map { " (\($0))" } ?? "")
    }
    return [
      (.congestionNumberOnes, { list, say in say.count(list.placedByNumberOnes) }),
      (.congestionFromLists, { list, say in say.count(list.placedFromTheLists) }),
      (
        .congestionOverbookedPeople,
        { list, say in share(list.overbookedNumberOnes, list.peopleWithAList, say) }
      ),
      (
        .congestionOverbookedPlaces,
        { list, say in share(list.overbookedNumberOnePlaces, list.numberOnePlaces, say) }
      ),
      (
        .congestionGini,
        { list, say in list.gini.map { say.number($0, decimals: 2) } ?? GroupCount.mark }
      ),
      (
        .congestionUnlisted,
        { list, say in share(list.fittingButUnlisted, presentation.placesFittingSomeone, say) }
      ),
      (
        .congestionTopScore,
        { list, say in list.meanTopScoreMillionths.map { say.score($0) } ?? GroupCount.mark }
      ),
    ]
  }
}

extension TextRendering {
  /// "8/34, 1 free": others who have the place at least as high, the lists holding it,
  /// the free slots; yellow when as many others have it as high as there are slots.
  func competitionCell(_ competition: EntryCompetition?) -> TextTable.Cell {
    guard let figure = competition?.competition else { return .init(text: "") }
    return .init(
      text: localizer(
        .competitionCell(
          asHigh: figure.asHigh, listed: figure.listedBy, free: figure.freeSlots)),
      paint: figure.asHigh >= figure.freeSlots ? .yellow : nil)
  }

  /// The congestion price in points, "◆" for the proposed place, "‼ +x" when the place costs
  /// a placement, the place in the line for a person the proposal leaves out.
  func priceCell(_ spread: SpreadFacts?) -> TextTable.Cell {
    guard let spread else { return .init(text: "") }
    let say = localizer
    if let line = spread.linePosition {
      return .init(text: say(.lineCell(position: line + 1)), paint: .dim)
    }
    let points = say.score(spread.priceMillionths)
    if spread.costsAPlacement {
      return .init(text: say(.priceCostsPlacement(points: points)), paint: .red)
    }
    return .init(
      text: (spread.proposed ? "◆ " : "") + points, paint: spread.proposed ? .green : nil)
  }
}

extension TextRendering {
  /// `text` broken into lines at spaces so that each fits the width (a word longer than the
  /// width stands alone); unchanged without a width.
  func wrapped(_ text: String) -> String {
    guard let width, width > 20 else { return text }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
