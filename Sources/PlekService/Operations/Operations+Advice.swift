import PlekCore
import PlekIO
import PlekReport

/// `advice`: a person's development advice (officers only: it has no `view`).
enum AdviceMethod: ServiceMethod {
  static let method = "advice"
  static let parameters: [Parameter] = [.participant, .date, .horizonDays, .language]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let given = try service.participant(&reader)
    let person = try reader.checked(given)
    let query = AdviceQuery(
      person: person.record, storedID: person.storedID, options: asked.options)
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: workspace) },
      as: JSONRendering.advice)
  }
}

/// `carve`: job carving for a place, for an officer or (counts only) an employer.
enum CarveMethod: ServiceMethod {
  static let method = "carve"
  static let parameters: [Parameter] = [.place, .date, .horizonDays, .view, .language]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let asked = Asked(&reader, service: service)
    let givenPlace = try service.place(&reader)
    let place = try reader.checked(givenPlace)
    var query = CarveQuery(
      place: place.record, storedID: place.storedID,
      options: asked.options)
    query.audience = asked.audience
    return try service.answer(
      in: asked.language, { (workspace) throws(MatchError) in try query.present(in: workspace) },
      as: JSONRendering.carving)
  }
}
