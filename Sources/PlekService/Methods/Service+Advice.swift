import PlekCore
import PlekIO
import PlekReport

extension Service {
  /// A person's development advice (officers only: it has no `view`): `participant` by id or
  /// inline, `date`, `horizonDays`, `lang`.
  func advice(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participant", "date", "horizonDays", "lang"])
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    let language = reader.choice("lang", default: Language.english)
    let person = try participant(&reader, "participant")
    try reader.check()
    guard let person else {
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    let options = QueryOptions(day: day, threads: threads, horizonDays: horizon)
    let presentation: AdvicePresentation?
    do throws(MatchError) {
      let advice: Advice
      if let id = person.storedID {
        advice = try engine.advice(for: id, options: options)
      } else {
        advice = try engine.advice(for: person.record, options: options)
      }
      presentation = Presenter(audience: .officer).advice(advice, for: person.record, in: engine)
    } catch {
      throw Self.rpcError(error)
    }
    guard let presentation else {
      throw RPCError(code: RPCErrorCode.internalError, message: "advice not presented")
    }
    return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
      .advice(presentation)
  }

  /// Job carving for a place: `place` by id or inline, `date`, `horizonDays`, `view`, `lang`.
  func carve(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["place", "date", "horizonDays", "view", "lang"])
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    let audience = reader.choice("view", default: Audience.officer)
    let language = reader.choice("lang", default: Language.english)
    let place = try place(&reader, "place")
    try reader.check()
    guard let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "place missing")
    }
    let options = QueryOptions(day: day, threads: threads, horizonDays: horizon)
    let carving: Carving
    do throws(MatchError) {
      if let id = place.storedID {
        carving = try engine.carve(for: id, options: options)
      } else {
        carving = try engine.carve(for: place.record, options: options)
      }
    } catch {
      throw Self.rpcError(error)
    }
    return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
      .carving(Presenter(audience: audience).carving(carving, for: place.record))
  }
}
