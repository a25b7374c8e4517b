import Dispatch
import PlekCore
import PlekIO
import PlekReport
import PlekStore

/// `placements.upsert`: adds or replaces placements, all or nothing: each decoded and
/// validated, each naming a stored participant and place, none overlapping another of the
/// same person at the same place.
enum PlacementsUpsert: ChangingMethod {
  static let change = Mutation.Kind.upsertPlacements
  static let parameters: [Parameter] = [.placementRecords]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let expected = "an array of placement objects"
    let records = reader.required(.placementRecords, expected)
    try reader.check()
    guard case .array(let elements)? = records else {
      throw Params.invalid([
        ModelProblem(path: "placements", kind: .wrongType, value: nil, expected: expected)
      ])
    }
    let decoded = RecordBatch<Placement>.decode(elements, taxonomy: service.engine.taxonomy)
    guard decoded.problems.isEmpty else {
      throw Service.validationFailed(
        decoded.problems.map { Params.problemJSON($0.problem, index: $0.index, id: $0.id) },
        count: elements.count, noun: "placement")
    }
    let batch = decoded.batch
    let created = batch.filter { service.engine.placements.placement($0.value.id) == nil }.count
    try service.changePlacements(.upsertPlacements(batch))
    service.log("placements.upsert: \(batch.count) records (\(created) new)")
    return service.journaled(
      change, reader.params,
      [
        JSONMember("upserted", .int(batch.count)), JSONMember("created", .int(created)),
        JSONMember("replaced", .int(batch.count - created)),
      ])
  }
}

/// `placements.end`: ends a running placement on a day, for a reason.
enum PlacementsEnd: ChangingMethod {
  static let change = Mutation.Kind.endPlacement
  static let parameters: [Parameter] = [.placement, .endDay, .endReason, .earned]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    let decoded = PlacementEnd.decode(
      json: reader.params ?? .object([]), taxonomy: service.engine.taxonomy)
    guard let end = decoded.end else { throw Params.invalid(decoded.problems) }
    try service.changePlacements(.endPlacement(end))
    service.log("placements.end: \(end.placement) (\(end.reason.rawValue))")
    let ended = service.engine.placements.placement(end.placement)
    return service.journaled(
      change, reader.params, [JSONMember("placement", ended?.json ?? .null)])
  }
}

/// `placements.remove`: removes placements by id, all or nothing (a record entered by
/// mistake; a placement that ended is ended, not removed).
enum PlacementsRemove: ChangingMethod {
  static let change = Mutation.Kind.removePlacements
  static let parameters: [Parameter] = [.ids]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let ids: [PlacementID] = service.ids(
      reader.required(.ids, "an array of ids").flatMap { reader.strings($0, "ids") } ?? [],
      "ids", &reader)
    try reader.check()
    let unknown = ids.filter { service.engine.placements.placement($0) == nil }
    guard unknown.isEmpty else {
      throw RPCError(
        code: RPCErrorCode.unknownPlacement,
        message:
          "unknown placement \(unknown[0])\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); nothing removed",
        data: .object(["ids": .array(unknown.map { .string($0.rawValue) })]))
    }
    let unique = Array(Set(ids)).sorted()
    try service.changePlacements(.removePlacements(unique))
    service.log("placements.remove: \(unique.count) records")
    return service.journaled(
      change, reader.params, [JSONMember("removed", .int(unique.count))])
  }
}

/// `placements.get`: the placements of one person, of one place, or one placement.
enum PlacementsGet: ServiceMethod {
  static let method = "placements.get"
  static let parameters: [Parameter] = [.placementsOf, .placementsAt, .placement]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let given = parameters.compactMap { parameter in
      reader.value(parameter).map { (parameter.name, reader.string($0, parameter.name, "an id")) }
    }
    guard given.count == 1, let (name, found) = given.first else {
      try reader.check()
      throw RPCError(
        code: RPCErrorCode.invalidParams,
        message: "invalid params: give exactly one of participant, place, placement")
    }
    // A malformed id is invalid params; a well-formed one not stored is unknown.
    let text = found ?? ""
    if found != nil, Identifier<PlacementTag>(text) == nil {
      reader.fail(name, .badID, .string(text), "an id")
    }
    try reader.check()
    let ledger = service.engine.placements
    let list: [Placement]
    switch name {
    case "participant":
      let id = ParticipantID(text)!
      guard service.engine.participant(id) != nil else {
        throw Service.rpcError(.unknownParticipant(id))
      }
      list = ledger.placements(of: id)
    case "place":
      let id = PlaceID(text)!
      guard service.engine.place(id) != nil else { throw Service.rpcError(.unknownPlace(id)) }
      list = ledger.placements(at: id)
    default:
      let id = PlacementID(text)!
      guard let placement = ledger.placement(id) else {
        throw Service.rpcError(.unknownPlacement(id))
      }
      list = [placement]
    }
    return .object(["placements": .array(list.map(\.json))])
  }
}

/// `outcomes`: the results over time (``OutcomesPresentation``), small groups protected, as
/// `plek outcomes --format json` gives them.
enum OutcomesMethod: ServiceMethod {
  static let method = "outcomes"
  static let parameters: [Parameter] = [
    .fromDay, .toDay, .interval, .cohortFilters, .breakdown, .language,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let taxonomy = service.engine.taxonomy
    let to = reader.day(.toDay, default: service.today())
    let from = reader.day(
      .fromDay, default: Day(year: to.components.year, month: 1, day: 1) ?? to)
    let interval = reader.choice(.interval, default: OutcomeInterval.quarter)
    let breakdown: OutcomesPresentation.Breakdown? =
      reader.value(.breakdown) == nil
      ? nil : reader.choice(.breakdown, default: OutcomesPresentation.Breakdown.municipality)
    let language = reader.choice(.language, default: Language.english)
    var cohort = Cohort()
    if let members = service.filterMembers(&reader, .cohortFilters) {
      let parsed = Cohort.parse(
        municipalities: members.words["municipalities"] ?? [],
        targetGroups: members.words["targetGroups"] ?? [], taxonomy: taxonomy)
      reader.fail(parsed.problems, prefix: "filters.")
      cohort = parsed.cohort
    }
    if from > to || to.daysSinceEpoch - from.daysSinceEpoch >= 20 * 366 {
      reader.fail(
        "from", .conflict, .string(from.iso), "a day on or before to, at most 20 years before it")
    }
    try reader.check()
    let history = service.engine.placementHistory()
    let presentation = OutcomesPresentation(
      history: history, from: from, to: to, interval: interval, cohort: cohort,
      breakdown: breakdown, municipalities: taxonomy.region.municipalities.map(\.id),
      deadline: service.lineDeadline
        ?? DispatchTime.now().uptimeNanoseconds + UInt64(Limits.protectionSeconds * 1e9))
    return service.json(language).outcomes(presentation)
  }
}

extension Service {
  /// Makes a change of placements.
  mutating func changePlacements(_ mutation: Mutation) throws(RPCError) {
    do {
      try mutation.apply(to: &workspace.engine)
    } catch {
      throw Self.rpcError(error)
    }
    // Who is placed decides who takes part in a proposal: the cached one is made anew.
    workspace.noteChangedPlacesOrPolicy()
  }
}
