import PlekCore
import PlekIO

/// Reading the records and filters a request names: validated once, here, on the way in.
extension Service {
  /// A participant given as an id (stored) or an object (inline, validated).
  func participant(_ reader: inout Params) throws(RPCError) -> Named<Participant>? {
    try record(&reader, .participant, as: Participant.self)
  }

  /// A place given as an id (stored) or an object (inline, validated).
  func place(_ reader: inout Params) throws(RPCError) -> Named<Place>? {
    try record(&reader, .place, as: Place.self)
  }

  func record<Record: ServiceRecord>(
    _ reader: inout Params, _ parameter: Parameter, as kind: Record.Type
  ) throws(RPCError) -> Named<Record>? {
    let name = parameter.name
    let expected = "a \(Record.noun) id or a \(Record.noun) object"
    guard let value = reader.required(parameter, expected) else { return nil }
    switch value {
    case .string(let text):
      guard let id = Identifier<Record.Tag>(text) else {
        reader.fail(name, .badID, value, "a \(Record.noun) id matching \(Record.ID.pattern)")
        return nil
      }
      try reader.check()
      guard let stored = Record.stored(id, in: engine) else {
        throw RPCError(
          code: Record.unknownCode, message: "unknown \(Record.noun) \(id)",
          data: .object(["id": .string(text)]))
      }
      return Named(record: stored, storedID: id)
    case .object:
      let decoded = Record.decode(json: value, taxonomy: engine.taxonomy)
      for problem in decoded.problems {
        reader.fail(
          name + "." + problem.path, problem.kind, problem.value.map { .string($0) },
          problem.expected)
      }
      return decoded.validated.map { Named(record: $0, storedID: nil) }
    default:
      reader.fail(name, .wrongType, value, expected)
      return nil
    }
  }

  /// The members of `filters`: lists of words, the learning-only flag and a travel limit,
  /// each checked for its type; their meaning is checked by PlekCore's filter parsing, the
  /// same as the CLI's options. `nil` when `filters` is not an object.
  func filterMembers(_ reader: inout Params, _ parameter: Parameter) -> FilterMembers? {
    let allowed = parameter.members
    guard let value = reader.value(parameter) else { return FilterMembers() }
    guard let members = reader.object(value, "filters", allowed: allowed) else { return nil }
    var found = FilterMembers()
    for member in members where allowed.contains(member.key) {
      let path = "filters." + member.key
      switch member.key {
      case "learningOnly":
        if case .bool(let flag) = member.value {
          found.learningOnly = flag
        } else {
          reader.fail(path, .wrongType, member.value, "true or false")
        }
      case "maxTravelMinutes":
        found.maxTravelMinutes = reader.int(member.value, path, Limits.travelMinutes)
      default:
        found.words[member.key] = reader.strings(member.value, path) ?? []
      }
    }
    return found
  }
}

/// What a request's `filters` holds, before it is given meaning.
struct FilterMembers {
  var words: [String: [String]] = [:]
  var learningOnly = false
  var maxTravelMinutes: Int?
}
