import PlekAssign
import PlekCore

/// The competition and spread cells of shortlist rows, the proposal and the congestion
/// report as spreadsheet tables.
extension CSVRendering {
  /// The column keys of the competition (and spread) cells.
  func competitionHeader(spread: Bool) -> [String] {
    headings(
      [.ahead, .asHigh, .listedBy, .freeSlots]
        + (spread ? [.price, .costsAPlacement, .proposed, .linePosition] : []))
  }

  /// The competition (and spread) cells of an entry; empty cells when it has none.
  func competitionCells(_ competition: EntryCompetition?, spread: Bool) -> [String] {
    guard let competition else {
      return Array(repeating: "", count: competitionHeader(spread: spread).count)
    }
    var cells = [
      String(competition.competition.ahead), String(competition.competition.asHigh),
      String(competition.competition.listedBy),
      String(competition.competition.freeSlots),
    ]
    if spread {
      if let facts = competition.spread {
        cells += [
          points(facts.priceMillionths), yesNo(facts.costsAPlacement),
          yesNo(facts.proposed), facts.linePosition.map(String.init) ?? "",
        ]
      } else {
        cells += ["", "", "", ""]
      }
    }
    return cells
  }
}

extension CSVRendering {
  /// A proposal, one row per person in id order: their target group, `placed` with the
  /// place, its kind, the score, its rank in the person's list and "proposed; an officer
  /// decides"; or `no-fit` or `taken` with why in words (for `taken`, the places and how many
  /// fit each).
  public func assignment(_ presentation: AssignmentPresentation) -> (
    header: [String], rows: [[String]]
  ) {
    let assignment = presentation.assignment
    let header = [
      "participant", "targetGroup", "status", "place", "employerKind", "score", "rank", "why",
    ]
    var byPerson: [ParticipantID: [String]] = [:]
    for placement in assignment.placements {
      byPerson[placement.participantID] = [
        "placed", placement.placeID.rawValue,
        presentation.places[placement.placeID]?.kind.rawValue ?? "",
        points(placement.scoreMillionths), String(placement.rank),
        localizer(.assignProposedRow),
      ]
    }
    for person in assignment.unplaced {
      let status: String
      if case .noFit = person.reason { status = "no-fit" } else { status = "taken" }
      byPerson[person.participantID] = [
        status, "", "", "", "", localizer.sentence(person.reason),
      ]
    }
    let rows = assignment.participantIDs.map { id in
      [id.rawValue, presentation.targetGroups[id]?.rawValue ?? ""] + (byPerson[id] ?? [])
    }
    return (header, rows)
  }

  /// The congestion report: one row per figure, the plain and spread lists' values side by
  /// side (a count withheld to protect small groups written `•`).
  public func congestion(_ presentation: CongestionPresentation) -> (
    header: [String], rows: [[String]]
  ) {
    let report = presentation.report
    let count = localizer.count
    let figures: [(String, (ListCongestionFigures) -> String)] = [
      ("placedByNumberOnes", { count($0.placedByNumberOnes) }),
      ("placedFromTheLists", { count($0.placedFromTheLists) }),
      ("overbookedNumberOnes", { count($0.overbookedNumberOnes) }),
      ("peopleWithAList", { count($0.peopleWithAList) }),
      ("overbookedNumberOnePlaces", { count($0.overbookedNumberOnePlaces) }),
      ("numberOnePlaces", { count($0.numberOnePlaces) }),
      ("gini", { self.number($0.gini, 4) }),
      ("fittingButUnlisted", { count($0.fittingButUnlisted) }),
      ("meanTopScore", { self.points($0.meanTopScoreMillionths) }),
    ]
    var rows = [
      ["date", report.day.iso, report.day.iso],
      ["depth", String(report.depth), String(report.depth)],
      ["people", count(presentation.people), count(presentation.people)],
      [
        "placesFittingSomeone", count(presentation.placesFittingSomeone),
        count(presentation.placesFittingSomeone),
      ],
      ["maximumPlaced", count(presentation.maximumPlaced), count(presentation.maximumPlaced)],
    ]
    for (key, value) in figures {
      rows.append([key, value(presentation.plain), value(presentation.spread)])
    }
    let notice = localizer(.congestionSpreadNote)
    rows.append(["notice", notice, notice])
    rows.append(["withheld", localizer(.withheldFootnote), localizer(.withheldFootnote)])
    return (["figure", "plain", "spread"], rows)
  }
}
