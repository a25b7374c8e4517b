import PlekAssign
import PlekCore
import PlekIO
import PlekReport

/// A regional question: its day, horizon, language and the people and places it is about.
struct RegionAsked {
  var asked: Asked
  var scope: AssignmentScope

  /// Reads `date`, `horizonDays`, `lang`, `filters`, `participants` and `places`, and checks
  /// the reader.
  init(_ reader: inout Params, service: Service) throws(RPCError) {
    asked = Asked(&reader, service: service)
    scope = service.scope(&reader)
    try reader.check()
  }
}

extension Service {
  /// A scope from `filters`, `participants` and `places` (ids).
  func scope(_ reader: inout Params) -> AssignmentScope {
    var scope = AssignmentScope()
    if let members = filterMembers(&reader, .scopeFilters) {
      let cohort = Cohort.parse(
        municipalities: members.words["municipalities"] ?? [],
        targetGroups: members.words["targetGroups"] ?? [], taxonomy: engine.taxonomy)
      reader.fail(cohort.problems, prefix: "filters.")
      let places = PlaceFilter.parse(
        sectors: members.words["sectors"] ?? [],
        employerKinds: members.words["employerKinds"] ?? [],
        learningOnly: members.learningOnly, maxTravelMinutes: members.maxTravelMinutes,
        taxonomy: engine.taxonomy)
      reader.fail(places.problems, prefix: "filters.")
      scope.cohort = cohort.cohort
      scope.places = places.filter
    }
    if let value = reader.value(.scopeParticipants),
      let texts = reader.strings(value, "participants")
    {
      scope.participantIDs = ids(texts, "participants", &reader)
    }
    if let value = reader.value(.scopePlaces), let texts = reader.strings(value, "places") {
      scope.placeIDs = ids(texts, "places", &reader)
    }
    // A proposal leaves people with a running placement out unless asked.
    if reader.declared.contains(.includePlaced) {
      scope.includePlaced = reader.bool(.includePlaced, default: false)
    }
    return scope
  }

  func ids<Tag>(_ texts: [String], _ path: String, _ reader: inout Params) -> [Identifier<Tag>] {
    texts.enumerated().compactMap { index, text in
      guard let id = Identifier<Tag>(text) else {
        reader.fail("\(path)[\(index)]", .badID, .string(text), "an id")
        return nil
      }
      return id
    }
  }
}

/// `assign`: a regional placement proposal (officers only).
enum AssignMethod: ServiceMethod {
  static let method = "assign"
  static let parameters: [Parameter] = [
    .scopeFilters, .scopeParticipants, .scopePlaces, .includePlaced, .date, .horizonDays,
    .language,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let region = try RegionAsked(&reader, service: service)
    let query = AssignQuery(
      scope: region.scope, options: region.asked.options)
    do throws(MatchError) {
      let (assignment, presentation) = try query.present(in: &service.workspace)
      service.log(
        "assign: \(assignment.participantIDs.count) people, \(assignment.placedCount) placed, proven \(assignment.proven)"
      )
      return service.json(region.asked.language).assignment(presentation)
    } catch {
      throw Service.rpcError(error)
    }
  }
}

/// `congestion`: plain and spread shortlists side by side with the proposal; `k` is the
/// lists' length.
enum CongestionMethod: ServiceMethod {
  static let method = "congestion"
  static let parameters: [Parameter] = [
    .scopeFilters, .scopeParticipants, .scopePlaces, .depth, .date, .horizonDays, .language,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let depth = reader.int(.depth, default: CompetitionIndex.standardDepth)
    let region = try RegionAsked(&reader, service: service)
    var query = CongestionQuery(
      scope: region.scope, options: region.asked.options)
    query.depth = depth
    return try service.answer(
      in: region.asked.language,
      { (workspace) throws(MatchError) in try query.present(in: &workspace) },
      as: JSONRendering.congestion)
  }
}

/// `report`: the region report's figures (an aggregate: counts below 5 withheld).
enum ReportMethod: ServiceMethod {
  static let method = "report"
  static let parameters: [Parameter] = [.date, .horizonDays, .language]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    try reader.check()
    let query = ReportQuery(options: asked.options)
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: workspace) },
      as: JSONRendering.report)
  }
}
