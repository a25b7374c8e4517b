import PlekCore
import PlekIO
import PlekReport
import PlekStore

/// A record a request names: a stored one by its id (queries then use the engine's packed
/// copy), or an inline one, validated on the way in.
struct Named<Record: ServiceRecord> {
  var record: Validated<Record>
  var storedID: Record.ID?
}

/// A kind of record the service reads, queries, upserts and removes: participants and places
/// go through the same code and differ only here.
protocol ServiceRecord: JournaledRecord {
  associatedtype Filter: Equatable & Sendable
  typealias ID = Identifier<Tag>
  /// "participant", "place".
  static var noun: String { get }
  /// The parameter naming one record of this kind: `participant`, `place`.
  static var subject: Parameter { get }
  /// The parameter of an upsert: `participants`, `places`.
  static var records: Parameter { get }
  /// The changes of an upsert and of a removal.
  static var upsertKind: Mutation.Kind { get }
  static var removeKind: Mutation.Kind { get }
  /// The change that adds or replaces a batch, and the one that removes ids.
  static func upsert(_ batch: [Validated<Self>]) -> Mutation
  static func remove(_ ids: [ID]) -> Mutation
  /// The error code for an unknown id.
  static var unknownCode: Int { get }
  static func stored(_ id: ID, in engine: MatchEngine) -> Validated<Self>?
  /// Tells the workspace's region cache what changed.
  static func noteChanged(_ ids: [ID], in workspace: inout Workspace)
  /// Tells the workspace which records are about to change (before the change).
  static func willChange(_ ids: [ID], in workspace: inout Workspace)

  /// The `filters` a query about this kind of record takes.
  static var filters: Parameter { get }
  /// A query's filter from its members' words.
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: Filter, problems: [ModelProblem]
  )
}

extension Participant: ServiceRecord {
  static var noun: String { "participant" }
  static var subject: Parameter { .participant }
  static var records: Parameter { .participantRecords }
  static var upsertKind: Mutation.Kind { .upsertParticipants }
  static var removeKind: Mutation.Kind { .removeParticipants }
  static func upsert(_ batch: [Validated<Participant>]) -> Mutation { .upsertParticipants(batch) }
  static func remove(_ ids: [ParticipantID]) -> Mutation { .removeParticipants(ids) }
  static var unknownCode: Int { RPCErrorCode.unknownParticipant }
  static func stored(_ id: ParticipantID, in engine: MatchEngine) -> Validated<Participant>? {
    engine.validatedParticipant(id)
  }
  static func noteChanged(_ ids: [ParticipantID], in workspace: inout Workspace) {
    workspace.noteChange(people: ids)
  }
  static func willChange(_ ids: [ParticipantID], in workspace: inout Workspace) {
    workspace.willChange(people: ids)
  }
  static var filters: Parameter { .placeFilters }
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: PlaceFilter, problems: [ModelProblem]
  ) {
    PlaceFilter.parse(
      sectors: members.words["sectors"] ?? [], employerKinds: members.words["employerKinds"] ?? [],
      learningOnly: members.learningOnly, maxTravelMinutes: members.maxTravelMinutes,
      taxonomy: taxonomy)
  }
}

extension Place: ServiceRecord {
  static var noun: String { "place" }
  static var subject: Parameter { .place }
  static var records: Parameter { .placeRecords }
  static var upsertKind: Mutation.Kind { .upsertPlaces }
  static var removeKind: Mutation.Kind { .removePlaces }
  static func upsert(_ batch: [Validated<Place>]) -> Mutation { .upsertPlaces(batch) }
  static func remove(_ ids: [PlaceID]) -> Mutation { .removePlaces(ids) }
  static var unknownCode: Int { RPCErrorCode.unknownPlace }
  static func stored(_ id: PlaceID, in engine: MatchEngine) -> Validated<Place>? {
    engine.validatedPlace(id)
  }
  static func noteChanged(_ ids: [PlaceID], in workspace: inout Workspace) {
    workspace.noteChangedPlacesOrPolicy()
  }
  static func willChange(_ ids: [PlaceID], in workspace: inout Workspace) {}
  static var filters: Parameter { .peopleFilters }
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: ParticipantFilter, problems: [ModelProblem]
  ) {
    ParticipantFilter.parse(
      municipalities: members.words["municipalities"] ?? [],
      maxTravelMinutes: members.maxTravelMinutes, taxonomy: taxonomy)
  }
}
