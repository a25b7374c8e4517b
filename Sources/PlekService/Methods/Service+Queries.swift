import PlekCore
import PlekIO
import PlekReport

extension Service {
  /// Options shared by the query methods.
  struct QueryParams {
    var k: Int
    var day: Day
    var explain: Bool
    var audience: Audience
    var language: Language

    var options: (Int) -> QueryOptions {
      { threads in QueryOptions(k: k, day: day, threads: threads) }
    }
  }

  func queryParams(_ reader: inout Params) -> QueryParams {
    QueryParams(
      k: reader.int("k", Limits.k, default: 10),
      day: reader.day("date", default: today()),
      explain: reader.bool("explain", default: false),
      audience: reader.choice("view", default: Audience.officer),
      language: reader.choice("lang", default: Language.english))
  }

  func presenter(_ query: QueryParams) -> (Presenter, JSONRendering) {
    (
      Presenter(audience: query.audience),
      JSONRendering(localizer: Localizer(language: query.language, taxonomy: engine.taxonomy))
    )
  }

  func shortlist(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params, allowed: ["participant", "k", "filters", "explain", "view", "lang", "date"])
    let query = queryParams(&reader)
    let filter = placeFilter(&reader)
    let person = try participant(&reader, "participant")
    try reader.check()
    guard let person, let filter else {
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    let list: Shortlist
    do {
      let options = query.options(threads)
      if let id = person.storedID {
        list = try engine.shortlist(for: id, filter: filter, options: options)
      } else {
        list = try engine.shortlist(for: person.record, filter: filter, options: options)
      }
    } catch {
      throw Self.rpcError(error)
    }
    let (presenter, json) = presenter(query)
    return json.list(
      presenter.shortlist(
        list, for: person.record, day: query.day, explain: query.explain, profile: false, in: engine
      ))
  }

  func candidates(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params, allowed: ["place", "k", "filters", "explain", "view", "lang", "date"])
    let query = queryParams(&reader)
    let filter = participantFilter(&reader)
    let place = try place(&reader, "place")
    try reader.check()
    guard let place, let filter else {
      throw RPCError(code: RPCErrorCode.internalError, message: "place missing")
    }
    let list: Shortlist
    do {
      let options = query.options(threads)
      if let id = place.storedID {
        list = try engine.candidates(for: id, filter: filter, options: options)
      } else {
        list = try engine.candidates(for: place.record, filter: filter, options: options)
      }
    } catch {
      throw Self.rpcError(error)
    }
    let (presenter, json) = presenter(query)
    return json.list(
      presenter.candidates(
        list, for: place.record, day: query.day, explain: query.explain, in: engine))
  }

  func explain(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participant", "place", "view", "lang", "date"])
    let day = reader.day("date", default: today())
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
        person.record, place.record, day: day, in: engine)
      return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
        .explanation(presentation)
    } catch {
      throw Self.rpcError(error)
    }
  }

  func blockers(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participant", "date"])
    let day = reader.day("date", default: today())
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
        .summary(try engine.knockOutSummary(for: id, on: day))
    } catch {
      throw Self.rpcError(error)
    }
  }
}
