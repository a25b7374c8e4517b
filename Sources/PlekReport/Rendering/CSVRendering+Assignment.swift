import PlekAssign
import PlekCore

/// The competition and spread cells of shortlist rows, the proposal and the congestion
/// report as spreadsheet tables.
extension CSVRendering {
  /// The column keys of the competition (and spread) cells.
  static func competitionHeader(spread: Bool) -> [String] {
    ["ahead", "listedBy", "freeSlots"]
      + (spread ? ["price", "costsAPlacement", "proposed", "linePosition"] : [])
  }

  /// The competition (and spread) cells of an entry; empty cells when it has none.
  func competitionCells(_ competition: EntryCompetition?, spread: Bool) -> [String] {
    guard let competition else {
      return Array(repeating: "", count: Self.competitionHeader(spread: spread).count)
    }
    var cells = [
      String(competition.competition.ahead), String(competition.competition.listedBy),
      String(competition.competition.freeSlots),
    ]
    if spread {
      if let facts = competition.spread {
        cells += [
          number(Double(facts.priceMillionths) / 1_000_000, 2), String(facts.costsAPlacement),
          String(facts.proposed), facts.linePosition.map(String.init) ?? "",
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
        number(Double(placement.scoreMillionths) / 1_000_000, 2), String(placement.rank),
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
  /// side (counts below 5 written `<5`).
  public func congestion(_ presentation: CongestionPresentation) -> (
    header: [String], rows: [[String]]
  ) {
    let report = presentation.report
    func count(_ value: Int) -> String {
      GroupCount(suppressing: value).shown.map(String.init) ?? "<\(GroupCount.smallestShown)"
    }
    let figures: [(String, (ListCongestion) -> String)] = [
      ("placedByNumberOnes", { count($0.placedByNumberOnes) }),
      ("placedFromTheLists", { count($0.placedFromTheLists) }),
      ("overbookedNumberOnes", { count($0.overbookedNumberOnes) }),
      ("peopleWithAList", { count($0.peopleWithAList) }),
      ("overbookedNumberOnePlaces", { String($0.overbookedNumberOnePlaces) }),
      ("numberOnePlaces", { String($0.numberOnePlaces) }),
      ("gini", { self.number($0.gini, 4) }),
      ("fittingButUnlisted", { String($0.fittingButUnlisted) }),
      ("meanTopScore", { self.number(Double($0.meanTopScoreMillionths) / 1_000_000, 2) }),
    ]
    var rows = [
      ["date", report.day.iso, report.day.iso],
      ["depth", String(report.depth), String(report.depth)],
      ["people", count(report.people), count(report.people)],
      [
        "placesFittingSomeone", String(report.placesFittingSomeone),
        String(report.placesFittingSomeone),
      ],
      ["maximumPlaced", count(report.maximumPlaced), count(report.maximumPlaced)],
    ]
    for (key, value) in figures { rows.append([key, value(report.plain), value(report.spread)]) }
    let notice = localizer(.congestionSpreadNote)
    rows.append(["notice", notice, notice])
    return (["figure", "plain", "spread"], rows)
  }
}
