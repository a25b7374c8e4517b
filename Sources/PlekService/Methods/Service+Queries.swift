import PlekCore
import PlekIO
import PlekReport

extension Service {
  /// Options shared by the query methods.
  struct QueryParams {
    var k: Int
    var day: Day
    var horizonDays: Int?
    var explain: Bool
    var audience: Audience
    var language: Language

    func options(threads: Int) -> QueryOptions {
      QueryOptions(k: k, day: day, threads: threads, horizonDays: horizonDays)
    }
  }

  func queryParams(_ reader: inout Params) -> QueryParams {
    QueryParams(
      k: reader.int("k", Limits.k, default: 10),
      day: reader.day("date", default: today()),
      horizonDays: horizonDays(&reader),
      explain: reader.bool("explain", default: false),
      audience: reader.choice("view", default: Audience.officer),
      language: reader.choice("lang", default: Language.english))
  }

  /// A shortlist (places for a participant) or a candidate list (participants for a place):
  /// the subject by id or inline, `k`, `filters`, `explain`, `view`, `lang`, `date`,
  /// `horizonDays`.
  func list<Subject: ServiceRecord>(_ params: JSONValue?, about kind: Subject.Type)
    throws(RPCError) -> JSONValue
  {
    var reader = try Params(
      params,
      allowed: [Subject.noun, "k", "filters", "explain", "view", "lang", "date", "horizonDays"])
    let request = try listRequest(&reader, about: kind)
    try reader.check()
    let presentation = try present(request)
    return JSONRendering(
      localizer: Localizer(language: request.query.language, taxonomy: engine.taxonomy)
    ).list(presentation)
  }

  /// A list request's parts, read from its parameters (the caller checks the reader).
  struct ListRequest<Subject: ServiceRecord> {
    var query: QueryParams
    var filter: Subject.Filter?
    var subject: Named<Subject>?
  }

  func listRequest<Subject: ServiceRecord>(_ reader: inout Params, about kind: Subject.Type)
    throws(RPCError) -> ListRequest<Subject>
  {
    let query = queryParams(&reader)
    var filter: Subject.Filter?
    if let members = filterMembers(&reader, allowed: Subject.filterMembers) {
      let parsed = Subject.filter(members, taxonomy: engine.taxonomy)
      reader.fail(parsed.problems, prefix: "filters.")
      filter = parsed.filter
    }
    let subject = try record(&reader, Subject.noun, as: Subject.self)
    return ListRequest(query: query, filter: filter, subject: subject)
  }

  /// The list a request asks for, as its audience sees it.
  func present<Subject: ServiceRecord>(_ request: ListRequest<Subject>) throws(RPCError)
    -> ListPresentation
  {
    guard let subject = request.subject, let filter = request.filter else {
      throw RPCError(code: RPCErrorCode.internalError, message: "\(Subject.noun) missing")
    }
    let options = request.query.options(threads: threads)
    let list: Shortlist
    do {
      list = try Subject.list(for: subject, filter: filter, options: options, in: engine)
    } catch {
      throw Self.rpcError(error)
    }
    return Subject.present(
      list, for: subject.record, options: options, explain: request.query.explain,
      by: Presenter(audience: request.query.audience), in: engine)
  }

  func explain(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params, allowed: ["participant", "place", "view", "lang", "date", "horizonDays"])
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    let audience = reader.choice("view", default: Audience.officer)
    let language = reader.choice("lang", default: Language.english)
    let person = try participant(&reader, "participant")
    let place = try place(&reader, "place")
    try reader.check()
    guard let person, let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "pair missing")
    }
    do {
      let presentation = try Presenter(audience: audience).explanation(
        person.record, place.record, day: day, horizonDays: horizon, in: engine)
      return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
        .explanation(presentation)
    } catch {
      throw Self.rpcError(error)
    }
  }

  func blockers(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participant", "date", "horizonDays"])
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    guard let value = reader.required("participant", "a participant id") else {
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
      return JSONRendering(localizer: Localizer(language: .english, taxonomy: engine.taxonomy))
        .summary(try engine.knockOutSummary(for: id, on: day, horizonDays: horizon))
    } catch {
      throw Self.rpcError(error)
    }
  }

  /// The optional `horizonDays` of a request (``Limits/horizonDays``); absent: the policy's.
  func horizonDays(_ reader: inout Params) -> Int? {
    reader.optionalInt("horizonDays", Limits.horizonDays)
  }
}
