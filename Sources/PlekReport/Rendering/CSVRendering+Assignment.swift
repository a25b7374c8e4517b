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
    let header = headings([
      .participant, .targetGroup, .status, .place, .employerKind, .score, .rank, .why,
    ])
    let say = localizer
    var byPerson: [ParticipantID: [String]] = [:]
    for placement in assignment.placements {
      byPerson[placement.participantID] = [
        say(Message(en: "placed", nl: "geplaatst")), placement.placeID.rawValue,
        presentation.places[placement.placeID].map { code($0.kind) } ?? "",
        points(placement.scoreMillionths), String(placement.rank),
        localizer(.assignProposedRow),
      ]
    }
    for person in assignment.unplaced {
      let status =
        if case .noFit = person.reason {
          say(Message(en: "no-fit", nl: "geen passende plek"))
        } else {
          say(Message(en: "taken", nl: "bezet door anderen"))
        }
      byPerson[person.participantID] = [
        status, "", "", "", "", localizer.sentence(person.reason),
      ]
    }
    let rows = assignment.participantIDs.map { id in
      [id.rawValue, presentation.targetGroups[id].map { code($0) } ?? ""] + (byPerson[id] ?? [])
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
    // Keys in English (what programs read), the figures in words in Dutch.
    let say = localizer
    let dutch = say.language == .dutch
    func key(_ code: String, _ words: Message) -> String { dutch ? say(words) : code }
    let figures: [(String, (ListCongestionFigures) -> String)] = [
      (key("placedByNumberOnes", .congestionNumberOnes), { count($0.placedByNumberOnes) }),
      (key("placedFromTheLists", .congestionFromLists), { count($0.placedFromTheLists) }),
      (
        key("overbookedNumberOnes", .congestionOverbookedPeople),
        { count($0.overbookedNumberOnes) }
      ),
      (
        key("peopleWithAList", Message(en: "people with a list", nl: "mensen met een lijst")),
        { count($0.peopleWithAList) }
      ),
      (
        key("overbookedNumberOnePlaces", .congestionOverbookedPlaces),
        { count($0.overbookedNumberOnePlaces) }
      ),
      (
        key("numberOnePlaces", Message(en: "number-one places", nl: "nummer-één-plekken")),
        { count($0.numberOnePlaces) }
      ),
      (key("gini", .congestionGini), { $0.gini.map { self.number($0, 4) } ?? GroupCount.mark }),
      (key("fittingButUnlisted", .congestionUnlisted), { count($0.fittingButUnlisted) }),
      (
        key("meanTopScore", .congestionTopScore),
        { $0.meanTopScoreMillionths.map { self.points($0) } ?? GroupCount.mark }
      ),
    ]
    var rows = [
      [key("date", Message(en: "date", nl: "datum")), report.day.iso, report.day.iso],
      [
        key("depth", Message(en: "depth", nl: "lengte van de lijsten")), String(report.depth),
        String(report.depth),
      ],
      [
        key("people", Message(en: "people", nl: "mensen")), count(presentation.people),
        count(presentation.people),
      ],
      [
        key("placesFittingSomeone", Message(en: "places", nl: "plekken die iemand passen")),
        count(presentation.placesFittingSomeone), count(presentation.placesFittingSomeone),
      ],
      [
        key("maximumPlaced", Message(en: "maximum", nl: "hoogstens tegelijk te plaatsen")),
        count(presentation.maximumPlaced), count(presentation.maximumPlaced),
      ],
    ]
    for (key, value) in figures {
      rows.append([key, value(presentation.plain), value(presentation.spread)])
    }
    let notice = localizer(.congestionSpreadNote)
    rows.append([key("notice", Message(en: "notice", nl: "let op")), notice, notice])
    rows.append([
      key("withheld", Message(en: "withheld", nl: "niet getoond")), localizer(.withheldFootnote),
      localizer(.withheldFootnote),
    ])
    let header =
      dutch
      ? [say(.columnFigure), say(.columnPlain), say(.columnSpread)] : ["figure", "plain", "spread"]
    return (header, rows)
  }
}
