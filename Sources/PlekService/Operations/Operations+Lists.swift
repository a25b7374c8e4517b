import PlekCore
import PlekIO
import PlekReport

/// The options every question shares: the day and the planning horizon.
struct Asked {
  var day: Day
  var horizonDays: Int?

  /// Reads `date` and `horizonDays` (absent: today, the policy's horizon).
  init(_ reader: inout Params, service: Service) {
    day = reader.day(.date, default: service.today())
    horizonDays = reader.optionalInt(.horizonDays)
  }

  /// The query options, with a list's length.
  func options(k: Int = 10, threads: Int) -> QueryOptions {
    QueryOptions(k: k, day: day, threads: threads, horizonDays: horizonDays)
  }
}

extension Service {
  /// The JSON rendering in a language.
  func json(_ language: Language) -> JSONRendering {
    JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
  }
}

/// `shortlist`: the places that fit a participant best, with, for an officer, the
/// competition at each place and why the list is empty; `spread` orders by score minus the
/// place's congestion price in the region's proposal (stored participants, officers only).
enum ShortlistMethod: ServiceMethod {
  static let method = "shortlist"
  static let effect = Effect.reads
  static let parameters: [Parameter] = [
    .participant, .k, .placeFilters, .explain, .view, .language, .date, .horizonDays, .spread,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let k = reader.int(.k, default: 10)
    let asked = Asked(&reader, service: service)
    let explain = reader.bool(.explain, default: false)
    let audience = reader.choice(.view, default: Audience.officer)
    let language = reader.choice(.language, default: Language.english)
    let filter = service.filter(&reader, about: Participant.self)
    let person = try service.participant(&reader)
    let spread = reader.bool(.spread, default: false)
    if spread, let person, person.storedID == nil {
      reader.fail(
        "spread", .invalidValue, .bool(true),
        "false for an inline participant: spread lists are for stored participants, who are in the region's proposal"
      )
    }
    if spread && audience != .officer {
      reader.fail("spread", .invalidValue, .bool(true), "false for the employer view")
    }
    try reader.check()
    guard let person, let filter else {
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    var query = ShortlistQuery(
      person: person.record, storedID: person.storedID,
      options: asked.options(k: k, threads: service.threads))
    query.filter = filter
    query.audience = audience
    query.explain = explain
    query.spread = spread
    do throws(MatchError) {
      return service.json(language).list(try query.present(in: &service.workspace))
    } catch {
      throw Service.rpcError(error)
    }
  }
}

/// `candidates`: the participants who fit a place best.
enum CandidatesMethod: ServiceMethod {
  static let method = "candidates"
  static let effect = Effect.reads
  static let parameters: [Parameter] = [
    .place, .k, .peopleFilters, .explain, .view, .language, .date, .horizonDays,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let k = reader.int(.k, default: 10)
    let asked = Asked(&reader, service: service)
    let explain = reader.bool(.explain, default: false)
    let audience = reader.choice(.view, default: Audience.officer)
    let language = reader.choice(.language, default: Language.english)
    let filter = service.filter(&reader, about: Place.self)
    let place = try service.place(&reader)
    try reader.check()
    guard let place, let filter else {
      throw RPCError(code: RPCErrorCode.internalError, message: "place missing")
    }
    var query = CandidatesQuery(
      place: place.record, storedID: place.storedID,
      options: asked.options(k: k, threads: service.threads))
    query.filter = filter
    query.audience = audience
    query.explain = explain
    do throws(MatchError) {
      return service.json(language).list(try query.present(in: service.workspace))
    } catch {
      throw Service.rpcError(error)
    }
  }
}

/// `explain`: one pair in plain words.
enum ExplainMethod: ServiceMethod {
  static let method = "explain"
  static let effect = Effect.reads
  static let parameters: [Parameter] = [
    .participant, .place, .view, .language, .date, .horizonDays,
  ]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let audience = reader.choice(.view, default: Audience.officer)
    let language = reader.choice(.language, default: Language.english)
    let person = try service.participant(&reader)
    let place = try service.place(&reader)
    try reader.check()
    guard let person, let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "pair missing")
    }
    var query = ExplainQuery(
      person: person.record, place: place.record, day: asked.day, horizonDays: asked.horizonDays)
    query.audience = audience
    do throws(MatchError) {
      return service.json(language).explanation(try query.present(in: service.workspace))
    } catch {
      throw Service.rpcError(error)
    }
  }
}

/// `blockers`: what knocks out the places for a stored participant, counted by kind.
enum BlockersMethod: ServiceMethod {
  static let method = "blockers"
  static let effect = Effect.reads
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
