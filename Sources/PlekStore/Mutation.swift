import PlekCore
import PlekIO

/// A change of the data: what the journal records, what a restart replays, and what the
/// service applies when it acknowledges an upsert, a removal or a new policy.
///
/// The journal keeps each change as the request that made it (its kind and parameters, as
/// JSON); ``decode(_:params:taxonomy:)`` reads one back with the same validation the service
/// applied when it acknowledged it, and ``apply(to:)`` makes it, all or nothing.
public enum Mutation: Sendable {
  /// Participants added or replaced.
  case upsertParticipants([Validated<Participant>])
  /// Participants removed (each stored, each once).
  case removeParticipants([ParticipantID])
  /// Places added or replaced.
  case upsertPlaces([Validated<Place>])
  /// Places removed (each stored, each once).
  case removePlaces([PlaceID])
  /// The scoring policy replaced.
  case setPolicy(Validated<Policy>)
  /// Placements added or replaced.
  case upsertPlacements([Validated<Placement>])
  /// A running placement ended.
  case endPlacement(PlacementEnd)
  /// Placements removed (each stored, each once).
  case removePlacements([PlacementID])

  /// The kinds of change: the journal's record kinds, written as the service's method names.
  public enum Kind: CaseIterable, Sendable {
    case upsertParticipants, removeParticipants, upsertPlaces, removePlaces, setPolicy
    case upsertPlacements, endPlacement, removePlacements

    /// The method name the journal writes (the service's method that makes the change).
    public var method: String {
      switch self {
      case .upsertParticipants: "participants.upsert"
      case .removeParticipants: "participants.remove"
      case .upsertPlaces: "places.upsert"
      case .removePlaces: "places.remove"
      case .setPolicy: "policy.set"
      case .upsertPlacements: "placements.upsert"
      case .endPlacement: "placements.end"
      case .removePlacements: "placements.remove"
      }
    }

    /// The kind a journal record names, if it names one.
    public init?(method: String) {
      guard let kind = Self.allCases.first(where: { $0.method == method }) else { return nil }
      self = kind
    }
  }

  /// The kind of this change.
  public var kind: Kind {
    switch self {
    case .upsertParticipants: .upsertParticipants
    case .removeParticipants: .removeParticipants
    case .upsertPlaces: .upsertPlaces
    case .removePlaces: .removePlaces
    case .setPolicy: .setPolicy
    case .upsertPlacements: .upsertPlacements
    case .endPlacement: .endPlacement
    case .removePlacements: .removePlacements
    }
  }

  /// Makes the change, all or nothing.
  public func apply(to engine: inout MatchEngine) throws(MatchError) {
    switch self {
    case .upsertParticipants(let batch): try engine.upsert(participants: batch)
    case .removeParticipants(let ids): try engine.remove(participants: ids)
    case .upsertPlaces(let batch): try engine.upsert(places: batch)
    case .removePlaces(let ids): try engine.remove(places: ids)
    case .setPolicy(let policy): try engine.setPolicy(policy)
    case .upsertPlacements(let batch): try engine.upsert(placements: batch)
    case .endPlacement(let end):
      try engine.end(
        placement: end.placement, on: end.end, reason: end.reason, earned: end.earned)
    case .removePlacements(let ids): try engine.remove(placements: ids)
    }
  }

  /// A journal record read back as a change of `engine`'s data: the same checks the service
  /// made before it acknowledged the change (the parameters' shape, every record valid for
  /// the taxonomy, each id once, removed ids stored).
  ///
  /// - Returns: the change, or why it does not apply (one line).
  public static func decode(_ kind: Kind, params: JSONValue?, engine: MatchEngine)
    -> Result<Mutation, JournalRecordError>
  {
    let taxonomy = engine.taxonomy
    func member(_ name: String) -> JSONValue? {
      guard case .object(let members)? = params, members.count == 1, members[0].key == name
      else { return nil }
      return members[0].value
    }
    switch kind {
    case .upsertParticipants, .upsertPlaces:
      let name = kind == .upsertPlaces ? "places" : "participants"
      guard case .array(let elements)? = member(name) else {
        return .failure(JournalRecordError("params must be {\"\(name)\": [...]}"))
      }
      if kind == .upsertPlaces {
        let decoded = RecordBatch<Place>.decode(elements, taxonomy: taxonomy)
        guard decoded.problems.isEmpty else { return .failure(decoded.error) }
        return .success(.upsertPlaces(decoded.batch))
      }
      let decoded = RecordBatch<Participant>.decode(elements, taxonomy: taxonomy)
      guard decoded.problems.isEmpty else { return .failure(decoded.error) }
      return .success(.upsertParticipants(decoded.batch))
    case .removeParticipants:
      return ids(member("ids"), stored: { engine.participant($0) != nil }).map {
        .removeParticipants($0)
      }
    case .removePlaces:
      return ids(member("ids"), stored: { engine.place($0) != nil }).map { .removePlaces($0) }
    case .setPolicy:
      guard let value = member("policy") else {
        return .failure(JournalRecordError("params must be {\"policy\": {...}}"))
      }
      let decoded = Policy.decode(json: value, taxonomy: taxonomy)
      guard let policy = decoded.validated else {
        return .failure(
          JournalRecordError(
            "the policy has \(decoded.problems.count) problems, first \(decoded.problems.first.map { "\($0.path) \($0.kind.rawValue)" } ?? "")"
          ))
      }
      return .success(.setPolicy(policy))
    case .upsertPlacements:
      guard case .array(let elements)? = member("placements") else {
        return .failure(JournalRecordError("params must be {\"placements\": [...]}"))
      }
      let decoded = RecordBatch<Placement>.decode(elements, taxonomy: taxonomy)
      guard decoded.problems.isEmpty else { return .failure(decoded.error) }
      return .success(.upsertPlacements(decoded.batch))
    case .endPlacement:
      let decoded = PlacementEnd.decode(json: params ?? .object([]), taxonomy: taxonomy)
      guard let end = decoded.end else {
        return .failure(
          JournalRecordError(
            "the end has \(decoded.problems.count) problems, first \(decoded.problems.first.map { "\($0.path) \($0.kind.rawValue)" } ?? "")"
          ))
      }
      guard engine.placements.placement(end.placement) != nil else {
        return .failure(JournalRecordError("unknown id \(end.placement)"))
      }
      return .success(.endPlacement(end))
    case .removePlacements:
      return ids(member("ids"), stored: { engine.placements.placement($0) != nil }).map {
        .removePlacements($0)
      }
    }
  }

  /// The ids of a removal, each valid and stored, each once.
  static func ids<Tag>(_ value: JSONValue?, stored: (Identifier<Tag>) -> Bool)
    -> Result<[Identifier<Tag>], JournalRecordError>
  {
    guard case .array(let elements)? = value else {
      return .failure(JournalRecordError("params must be {\"ids\": [...]}"))
    }
    var ids: [Identifier<Tag>] = []
    for element in elements {
      guard case .string(let text) = element, let id = Identifier<Tag>(text) else {
        return .failure(JournalRecordError("an id is not valid"))
      }
      guard stored(id) else { return .failure(JournalRecordError("unknown id \(id)")) }
      ids.append(id)
    }
    return .success(Array(Set(ids)).sorted())
  }
}

/// Why a journal record does not apply.
public struct JournalRecordError: Error, Sendable, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

/// A record kind the journal holds: participants and places are decoded, stored and removed
/// by the same code.
public protocol JournaledRecord: Sendable {
  /// The id type.
  associatedtype Tag
  /// The record's id.
  var id: Identifier<Tag> { get }
  /// Decodes and validates a record.
  static func decode(json: JSONValue, taxonomy: Taxonomy) -> Decoded<Self>
}

extension Participant: JournaledRecord {}
extension Place: JournaledRecord {}
extension Placement: JournaledRecord {}

/// The records of an upsert, decoded: the valid ones and every problem, by index.
public struct RecordBatch<Record: JournaledRecord>: Sendable {
  /// The valid records, in order (duplicates included: they are problems too).
  public var batch: [Validated<Record>]
  /// Every problem: the element's index, its `id` as given, the problem.
  public var problems: [(index: Int, id: String?, problem: ModelProblem)]

  /// Decodes every element, and refuses an id given twice (naming the first).
  public static func decode(_ elements: [JSONValue], taxonomy: Taxonomy) -> RecordBatch {
    var result = RecordBatch(batch: [], problems: [])
    var first: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      let decoded = Record.decode(json: element, taxonomy: taxonomy)
      let id = element["id"]?.stringValue
      result.problems += decoded.problems.map { (index, id, $0) }
      guard let record = decoded.validated else { continue }
      // Duplicates are reported with the decoding problems, so that one answer lists all.
      if let earlier = first[record.value.id.rawValue] {
        result.problems.append(
          (
            index, id,
            ModelProblem(
              path: "id", kind: .duplicateID, value: record.value.id.rawValue,
              expected: "each id once in a batch (first at index \(earlier))")
          ))
      } else {
        first[record.value.id.rawValue] = index
      }
      result.batch.append(record)
    }
    return result
  }

  /// The first problem as a journal record's error.
  var error: JournalRecordError {
    guard let first = problems.first else { return JournalRecordError("no problem") }
    return JournalRecordError(
      "record \(first.index): \(first.problem.path) \(first.problem.kind.rawValue) (\(problems.count) problems)"
    )
  }
}
