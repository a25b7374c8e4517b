import PlekCore
import PlekIO
import PlekReport

/// The options questions share, each read when the method declares it: a list's length
/// (`k`, default 10), the day (today), the planning horizon (the policy's), explanations
/// (none), the view (the officer's) and the language (English).
struct Asked {
  var k = 10
  var day: Day
  var horizonDays: Int?
  var explain = false
  var audience = Audience.officer
  var language = Language.english
  /// The line's deadline (``Service/lineDeadline``): questions stop past it.
  var deadline: UInt64?
  /// Threads per question (``ServiceOptions/threads``).
  var threads = 0

  /// Reads the shared options the method declares, in this order (the order its problems
  /// are reported in).
  init(_ reader: inout Params, service: Service) {
    let declared = reader.declared
    if declared.contains(.k) { k = reader.int(.k, default: 10) }
    day = reader.day(.date, default: service.today())
    horizonDays = reader.optionalInt(.horizonDays)
    if declared.contains(.explain) { explain = reader.bool(.explain, default: false) }
    if declared.contains(.view) { audience = reader.choice(.view, default: Audience.officer) }
    if declared.contains(.language) {
      language = reader.choice(.language, default: Language.english)
    }
    deadline = service.lineDeadline
    threads = service.threads
  }

  /// The query options.
  var options: QueryOptions {
    var options = QueryOptions(k: k, day: day, threads: threads, horizonDays: horizonDays)
    options.deadline = deadline
    return options
  }
}

extension Service {
  /// The JSON rendering in a language.
  func json(_ language: Language) -> JSONRendering {
    JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
  }

  /// A question's answer: `present` makes its presentation on the workspace (which may keep
  /// what it worked out), `render` its JSON in `language`; the engine's refusals become RPC
  /// errors. Every question method answers through here.
  mutating func answer<Presentation>(
    in language: Language, _ present: (inout Workspace) throws(MatchError) -> Presentation,
    as render: (JSONRendering) -> (Presentation) -> JSONValue
  ) throws(RPCError) -> JSONValue {
    let rendering = json(language)
    let presentation = try Self.asking { () throws(MatchError) in try present(&workspace) }
    return render(rendering)(presentation)
  }
}

/// `shortlist`: the places that fit a participant best, with, for an officer, the
/// competition at each place and why the list is empty; `spread` orders by score minus the
/// place's congestion price in the region's proposal (stored participants, officers only).
enum ShortlistMethod: ServiceMethod {
  static let method = "shortlist"
  static let parameters: [Parameter] = [
    .participant, .k, .placeFilters, .explain, .view, .language, .date, .horizonDays, .spread,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let filter = service.filter(&reader, about: Participant.self)
    let person = try service.participant(&reader)
    let spread = reader.bool(.spread, default: false)
    if spread, let person, person.storedID == nil {
      reader.fail(
        "spread", .invalidValue, .bool(true),
        "false for an inline participant: spread lists are for stored participants, who are in the region's proposal"
      )
    }
    if spread && asked.audience != .officer {
      reader.fail("spread", .invalidValue, .bool(true), "false for the employer view")
    }
    let subject = try reader.checked(person)
    var query = ShortlistQuery(
      person: subject.record, storedID: subject.storedID,
      options: asked.options)
    query.filter = try reader.checked(filter)
    query.audience = asked.audience
    query.explain = asked.explain
    query.spread = spread
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: &workspace) },
      as: JSONRendering.list)
  }
}

/// `candidates`: the participants who fit a place best.
enum CandidatesMethod: ServiceMethod {
  static let method = "candidates"
  static let parameters: [Parameter] = [
    .place, .k, .peopleFilters, .explain, .view, .language, .date, .horizonDays,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let filter = service.filter(&reader, about: Place.self)
    let givenPlace = try service.place(&reader)
    let place = try reader.checked(givenPlace)
    var query = CandidatesQuery(
      place: place.record, storedID: place.storedID,
      options: asked.options)
    query.filter = try reader.checked(filter)
    query.audience = asked.audience
    query.explain = asked.explain
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: workspace) },
      as: JSONRendering.list)
  }
}

/// `explain`: one pair in plain words.
enum ExplainMethod: ServiceMethod {
  static let method = "explain"
  static let parameters: [Parameter] = [
    .participant, .place, .view, .language, .date, .horizonDays,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let person = try service.participant(&reader)
    let givenPlace = try service.place(&reader)
    let place = try reader.checked(givenPlace)
    let subject = try reader.checked(person)
    var query = ExplainQuery(
      person: subject.record, place: place.record, day: asked.day, horizonDays: asked.horizonDays)
    query.audience = asked.audience
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: workspace) },
      as: JSONRendering.explanation)
  }
}

/// `blockers`: what knocks out the places for a stored participant, counted by kind.
enum BlockersMethod: ServiceMethod {
  static let method = "blockers"
  static let parameters: [Parameter] = [.storedParticipant, .date, .horizonDays]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    guard let value = reader.required(.storedParticipant, "a participant id") else {
      try reader.check()
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    guard case .string(let text) = value, let id = ParticipantID(text) else {
      reader.fail("participant", .badID, value, "a stored participant's id")
      try reader.check()
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    try reader.check()
    do {
      return service.json(.english).summary(
        try service.engine.knockOutSummary(
          for: id, on: asked.day, horizonDays: asked.horizonDays))
    } catch {
      throw Service.rpcError(error)
    }
  }
}

extension Service {
  /// The filter of a query about one kind of record, from its `filters` (`nil` when they are
  /// not an object; problems reported with their paths).
  func filter<Subject: ServiceRecord>(_ reader: inout Params, about kind: Subject.Type)
    -> Subject.Filter?
  {
    guard let members = filterMembers(&reader, Subject.filters) else { return nil }
    let parsed = Subject.filter(members, taxonomy: engine.taxonomy)
    reader.fail(parsed.problems, prefix: "filters.")
    return parsed.filter
  }
}
