import PlekCore
import PlekIO
import PlekReport

/// `advice`: a person's development advice (officers only: it has no `view`).
enum AdviceMethod: ServiceMethod {
  static let method = "advice"
  static let effect = Effect.reads
  static let parameters: [Parameter] = [.participant, .date, .horizonDays, .language]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let language = reader.choice(.language, default: Language.english)
    let person = try service.participant(&reader)
    try reader.check()
    guard let person else {
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    let query = AdviceQuery(
      person: person.record, storedID: person.storedID,
      options: asked.options(threads: service.threads))
    do throws(MatchError) {
      return service.json(language).advice(try query.present(in: service.workspace))
    } catch {
      throw Service.rpcError(error)
    }
  }
}

/// `carve`: job carving for a place, for an officer or (counts only) an employer.
enum CarveMethod: ServiceMethod {
  static let method = "carve"
  static let effect = Effect.reads
  static let parameters: [Parameter] = [.place, .date, .horizonDays, .view, .language]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let audience = reader.choice(.view, default: Audience.officer)
    let language = reader.choice(.language, default: Language.english)
    let place = try service.place(&reader)
    try reader.check()
    guard let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "place missing")
    }
    var query = CarveQuery(
      place: place.record, storedID: place.storedID,
      options: asked.options(threads: service.threads))
    query.audience = audience
    do throws(MatchError) {
      return service.json(language).carving(try query.present(in: service.workspace))
    } catch {
      throw Service.rpcError(error)
    }
  }
}
