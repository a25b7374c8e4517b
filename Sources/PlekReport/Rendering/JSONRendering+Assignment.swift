import PlekAssign
import PlekCore
import PlekIO

/// The competition and spread facts of shortlist entries in JSON and CSV.
extension JSONRendering {
  /// The competition at one place.
  public func competition(_ competition: Competition) -> JSONValue {
    .object([
      JSONMember("ahead", .int(competition.ahead)),
      JSONMember("asHigh", .int(competition.asHigh)),
      JSONMember("listedBy", .int(competition.listedBy)),
      JSONMember("freeSlots", .int(competition.freeSlots)),
    ])
  }

  /// The spread facts of one entry.
  public func spread(_ spread: SpreadFacts) -> JSONValue {
    var members = [
      JSONMember("price", Self.points(spread.priceMillionths)),
      JSONMember("costsAPlacement", .bool(spread.costsAPlacement)),
      JSONMember("proposed", .bool(spread.proposed)),
    ]
    if let line = spread.linePosition { members.append(JSONMember("linePosition", .int(line))) }
    return .object(members)
  }
}

/// A proposal and the congestion report in JSON (the service's `assign` and `congestion`
/// results, the CLI's `--format json`).
extension JSONRendering {
  /// A proposal: the notice, the summary, every placement, every person left out and why,
  /// every place someone fits (with who was proposed and how many more fit), and how it was
  /// computed.
  public func assignment(_ presentation: AssignmentPresentation) -> JSONValue {
    let say = localizer
    let assignment = presentation.assignment
    let weight = assignment.certificate.placementWeight
    let total = assignment.placements.reduce(Int64(0)) { $0 + $1.scoreMillionths }
    let work = assignment.work
    return .object([
      JSONMember("date", .string(assignment.day.iso)),
      JSONMember("notice", .string(say(.assignAdvice))),
      JSONMember("objective", "most-people-placed-then-highest-total-score"),
      JSONMember("people", Self.count(presentation.totals.people)),
      JSONMember("placed", Self.count(presentation.totals.placed)),
      JSONMember("withoutFit", Self.count(presentation.totals.withoutFit)),
      JSONMember("outcompeted", Self.count(presentation.totals.outcompeted)),
      JSONMember("placedBeyondShortlist", Self.count(presentation.totals.beyondShortlist)),
      JSONMember("shortlistLength", .int(AssignmentPresentation.shortlistLength)),
      JSONMember("deepestRank", .int(presentation.deepestRank)),
      JSONMember("totalScore", Self.points(total)),
      JSONMember("proven", .bool(assignment.proven)),
      JSONMember(
        "byEmployerKind",
        .array(
          presentation.byEmployerKind.map {
            .object([
              JSONMember("employerKind", .string($0.kind.rawValue)),
              JSONMember("placed", Self.count($0.placed)),
            ])
          })),
      JSONMember(
        "byTargetGroup",
        .array(
          presentation.byTargetGroup.map {
            .object([
              JSONMember("targetGroup", .string($0.group.rawValue)),
              JSONMember("people", Self.count($0.people)),
              JSONMember("placed", Self.count($0.placed)),
              JSONMember("withoutFit", Self.count($0.withoutFit)),
              JSONMember("outcompeted", Self.count($0.outcompeted)),
            ])
          })),
      JSONMember("smallestCountShown", .int(GroupCount.smallestShown)),
      JSONMember(
        "placements",
        .array(
          assignment.placements.map { placement in
            .object([
              JSONMember("participant", .string(placement.participantID.rawValue)),
              JSONMember("place", .string(placement.placeID.rawValue)),
              JSONMember(
                "employerKind",
                presentation.places[placement.placeID].map { .string($0.kind.rawValue) } ?? .null),
              JSONMember("score", Self.points(placement.scoreMillionths)),
              JSONMember("rank", .int(placement.rank)),
            ])
          })),
      JSONMember(
        "unplaced",
        .array(
          assignment.unplaced.map { person in
            var members = [JSONMember("participant", .string(person.participantID.rawValue))]
            switch person.reason {
            case .noFit:
              members.append(JSONMember("reason", "no-fit"))
            case .taken(let places):
              members.append(JSONMember("reason", "taken"))
              members.append(
                JSONMember(
                  "places",
                  .array(
                    places.map { place in
                      .object([
                        JSONMember("place", .string(place.placeID.rawValue)),
                        JSONMember(
                          "score", Self.points(place.scoreMillionths)),
                        JSONMember("freeSlots", .int(place.freeSlots)),
                        JSONMember("fittedBy", .int(place.fittedBy)),
                      ])
                    })))
            }
            members.append(JSONMember("why", .string(localizer.sentence(person.reason))))
            return .object(members)
          })),
      JSONMember(
        "places",
        .array(
          assignment.places.filter { !$0.proposed.isEmpty || $0.fittedBy > 0 }.map { place in
            .object([
              JSONMember("place", .string(place.placeID.rawValue)),
              JSONMember("freeSlots", .int(place.freeSlots)),
              JSONMember("proposed", .array(place.proposed.map { .string($0.rawValue) })),
              JSONMember("moreFitted", .int(max(0, place.fittedBy - place.proposed.count))),
              JSONMember(
                "price",
                Self.points(place.price >= weight ? place.price - weight : place.price)),
              JSONMember("costsAPlacement", .bool(place.price >= weight)),
            ])
          })),
      JSONMember(
        "work",
        .object([
          JSONMember("fitsPerPerson", .int(work.fitsPerPerson)),
          JSONMember("fits", .int(work.fits)),
          JSONMember("peopleWithAllFits", .int(work.peopleWithAllFits)),
          JSONMember("solves", .int(work.solves)),
          JSONMember("searches", .int(work.searches)),
        ])),
    ])
  }

  /// The congestion report: the region's size and the figures of plain and spread lists.
  public func congestion(_ presentation: CongestionPresentation) -> JSONValue {
    let report = presentation.report
    func list(_ list: ListCongestionFigures) -> JSONValue {
      .object([
        JSONMember("peopleWithAList", Self.count(list.peopleWithAList)),
        JSONMember("placedByNumberOnes", Self.count(list.placedByNumberOnes)),
        JSONMember("placedFromTheLists", Self.count(list.placedFromTheLists)),
        JSONMember("overbookedNumberOnes", Self.count(list.overbookedNumberOnes)),
        JSONMember("numberOnePlaces", Self.count(list.numberOnePlaces)),
        JSONMember("overbookedNumberOnePlaces", Self.count(list.overbookedNumberOnePlaces)),
        JSONMember("gini", list.gini.map { Self.rounded($0, 4) } ?? .null),
        JSONMember("fittingButUnlisted", Self.count(list.fittingButUnlisted)),
        JSONMember("meanTopScore", list.meanTopScoreMillionths.map(Self.points) ?? .null),
      ])
    }
    return .object([
      JSONMember("date", .string(report.day.iso)),
      JSONMember("depth", .int(report.depth)),
      JSONMember("people", Self.count(presentation.people)),
      JSONMember("peopleWithAFit", Self.count(presentation.peopleWithAFit)),
      JSONMember("places", Self.count(presentation.places)),
      JSONMember("placesFittingSomeone", Self.count(presentation.placesFittingSomeone)),
      JSONMember("maximumPlaced", Self.count(presentation.maximumPlaced)),
      JSONMember("plain", list(presentation.plain)),
      JSONMember("spread", list(presentation.spread)),
      JSONMember("smallestCountShown", .int(GroupCount.smallestShown)),
      JSONMember("notice", .string(localizer(.congestionSpreadNote))),
    ])
  }
}
