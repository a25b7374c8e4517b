import PlekCore
import PlekIO

/// Reading the records and filters a request names: validated once, here, on the way in.
extension Service {
  /// A participant given as an id (stored) or an object (inline, validated).
  func participant(_ reader: inout Params, _ name: String) throws(RPCError)
    -> Named<Participant>?
  {
    try record(&reader, name, as: Participant.self)
  }

  /// A place given as an id (stored) or an object (inline, validated).
  func place(_ reader: inout Params, _ name: String) throws(RPCError) -> Named<Place>? {
    try record(&reader, name, as: Place.self)
  }

  func record<Record: ServiceRecord>(
    _ reader: inout Params, _ name: String, as kind: Record.Type
  ) throws(RPCError) -> Named<Record>? {
    let expected = "a \(Record.noun) id or a \(Record.noun) object"
    guard let value = reader.required(name, expected) else { return nil }
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

  /// A shortlist's `filters`: the words are checked by PlekCore's filter parsing, the same
  /// as the CLI's options. `nil` when there were problems (they are in `reader`).
  func placeFilter(_ reader: inout Params) -> PlaceFilter? {
    guard let value = reader.value("filters") else { return PlaceFilter() }
    guard
      let members = reader.object(
        value, "filters", allowed: ["sectors", "employerKinds", "learningOnly", "maxTravelMinutes"])
    else { return nil }
    var sectors: [String] = []
    var kinds: [String] = []
    var learningOnly = false
    var minutes: Int?
    for member in members {
      let path = "filters." + member.key
      switch member.key {
      case "sectors": sectors = reader.strings(member.value, path) ?? []
      case "employerKinds": kinds = reader.strings(member.value, path) ?? []
      case "learningOnly":
        if case .bool(let flag) = member.value {
          learningOnly = flag
        } else {
          reader.fail(path, .wrongType, member.value, "true or false")
        }
      case "maxTravelMinutes": minutes = reader.int(member.value, path, Limits.travelMinutes)
      default: break
      }
    }
    let parsed = PlaceFilter.parse(
      sectors: sectors, employerKinds: kinds, learningOnly: learningOnly,
      maxTravelMinutes: minutes, taxonomy: engine.taxonomy)
    reader.fail(parsed.problems, prefix: "filters.")
    return reader.problems.isEmpty ? parsed.filter : nil
  }

  /// A candidate list's `filters`.
  func participantFilter(_ reader: inout Params) -> ParticipantFilter? {
    guard let value = reader.value("filters") else { return ParticipantFilter() }
    guard
      let members = reader.object(
        value, "filters", allowed: ["municipalities", "maxTravelMinutes"])
    else { return nil }
    var municipalities: [String] = []
    var minutes: Int?
    for member in members {
      let path = "filters." + member.key
      switch member.key {
      case "municipalities": municipalities = reader.strings(member.value, path) ?? []
      case "maxTravelMinutes": minutes = reader.int(member.value, path, Limits.travelMinutes)
      default: break
      }
    }
    let parsed = ParticipantFilter.parse(
      municipalities: municipalities, maxTravelMinutes: minutes, taxonomy: engine.taxonomy)
    reader.fail(parsed.problems, prefix: "filters.")
    return reader.problems.isEmpty ? parsed.filter : nil
  }
}

/// A record a request names: a stored one by its id (queries then use the engine's packed
/// copy), or an inline one, validated on the way in.
struct Named<Record: ServiceRecord> {
  var record: Validated<Record>
  var storedID: Record.ID?
}

/// A kind of record the service reads, upserts and removes: participants and places go
/// through the same code and differ only here.
protocol ServiceRecord: Sendable {
  associatedtype Tag
  typealias ID = Identifier<Tag>
  /// "participant", "place".
  static var noun: String { get }
  /// The parameter of an upsert: "participants", "places".
  static var parameter: String { get }
  /// The error code for an unknown id.
  static var unknownCode: Int { get }
  var id: ID { get }
  static func decode(json: JSONValue, taxonomy: Taxonomy) -> Decoded<Self>
  static func stored(_ id: ID, in engine: MatchEngine) -> Validated<Self>?
  static func upsert(_ batch: [Validated<Self>], into engine: inout MatchEngine)
    throws(MatchError)
  static func remove(_ ids: [ID], from engine: inout MatchEngine) throws(MatchError)
}

extension Participant: ServiceRecord {
  typealias Tag = ParticipantTag
  static var noun: String { "participant" }
  static var parameter: String { "participants" }
  static var unknownCode: Int { RPCErrorCode.unknownParticipant }
  static func stored(_ id: ParticipantID, in engine: MatchEngine) -> Validated<Participant>? {
    engine.validatedParticipant(id)
  }
  static func upsert(_ batch: [Validated<Participant>], into engine: inout MatchEngine)
    throws(MatchError)
  {
    try engine.upsert(participants: batch)
  }
  static func remove(_ ids: [ParticipantID], from engine: inout MatchEngine) throws(MatchError) {
    try engine.remove(participants: ids)
  }
}

extension Place: ServiceRecord {
  typealias Tag = PlaceTag
  static var noun: String { "place" }
  static var parameter: String { "places" }
  static var unknownCode: Int { RPCErrorCode.unknownPlace }
  static func stored(_ id: PlaceID, in engine: MatchEngine) -> Validated<Place>? {
    engine.validatedPlace(id)
  }
  static func upsert(_ batch: [Validated<Place>], into engine: inout MatchEngine)
    throws(MatchError)
  {
    try engine.upsert(places: batch)
  }
  static func remove(_ ids: [PlaceID], from engine: inout MatchEngine) throws(MatchError) {
    try engine.remove(places: ids)
  }
}
