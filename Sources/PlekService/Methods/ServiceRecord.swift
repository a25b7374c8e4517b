import PlekCore
import PlekIO
import PlekReport

/// A record a request names: a stored one by its id (queries then use the engine's packed
/// copy), or an inline one, validated on the way in.
struct Named<Record: ServiceRecord> {
  var record: Validated<Record>
  var storedID: Record.ID?
}

/// A kind of record the service reads, queries, upserts and removes: participants and places
/// go through the same code and differ only here.
protocol ServiceRecord: Sendable {
  associatedtype Tag
  associatedtype Filter: Equatable & Sendable
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
  /// Tells the service's region cache what changed.
  static func noteChanged(_ ids: [ID], in service: inout Service)
  /// Tells the service which records are about to change (before the change).
  static func willChange(_ ids: [ID], in service: inout Service)

  /// The members a query's `filters` may have.
  static var filterMembers: [String] { get }
  /// A query's filter from its members' words.
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: Filter, problems: [ModelProblem]
  )
  /// The list for a stored record (from the engine's packed copy) or an inline one.
  static func list(
    for subject: Named<Self>, filter: Filter, options: QueryOptions, in engine: MatchEngine
  ) throws(MatchError) -> Shortlist
  /// The presentation of that list.
  static func present(
    _ list: Shortlist, for subject: Validated<Self>, options: QueryOptions, explain: Bool,
    by presenter: Presenter, in engine: MatchEngine
  ) -> ListPresentation
}

extension Participant: ServiceRecord {
  typealias Tag = ParticipantTag
  static var noun: String { "participant" }
  static var parameter: String { "participants" }
  static var unknownCode: Int { RPCErrorCode.unknownParticipant }
  static func stored(_ id: ParticipantID, in engine: MatchEngine) -> Validated<Participant>? {
    engine.validatedParticipant(id)
  }
  static func noteChanged(_ ids: [ParticipantID], in service: inout Service) {
    service.noteChange(people: ids)
  }
  static func willChange(_ ids: [ParticipantID], in service: inout Service) {
    service.willChange(people: ids)
  }
  static func upsert(_ batch: [Validated<Participant>], into engine: inout MatchEngine)
    throws(MatchError)
  {
    try engine.upsert(participants: batch)
  }
  static func remove(_ ids: [ParticipantID], from engine: inout MatchEngine) throws(MatchError) {
    try engine.remove(participants: ids)
  }
  static var filterMembers: [String] {
    ["sectors", "employerKinds", "learningOnly", "maxTravelMinutes"]
  }
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: PlaceFilter, problems: [ModelProblem]
  ) {
    PlaceFilter.parse(
      sectors: members.words["sectors"] ?? [], employerKinds: members.words["employerKinds"] ?? [],
      learningOnly: members.learningOnly, maxTravelMinutes: members.maxTravelMinutes,
      taxonomy: taxonomy)
  }
  static func list(
    for subject: Named<Participant>, filter: PlaceFilter, options: QueryOptions,
    in engine: MatchEngine
  ) throws(MatchError) -> Shortlist {
    if let id = subject.storedID {
      return try engine.shortlist(for: id, filter: filter, options: options)
    }
    return try engine.shortlist(for: subject.record, filter: filter, options: options)
  }
  static func present(
    _ list: Shortlist, for subject: Validated<Participant>, options: QueryOptions, explain: Bool,
    by presenter: Presenter, in engine: MatchEngine
  ) -> ListPresentation {
    presenter.shortlist(
      list, for: subject, day: options.day, horizonDays: options.horizonDays, explain: explain,
      profile: false, in: engine)
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
  static func noteChanged(_ ids: [PlaceID], in service: inout Service) {
    service.placesVersion += 1
  }
  static func willChange(_ ids: [PlaceID], in service: inout Service) {}
  static func upsert(_ batch: [Validated<Place>], into engine: inout MatchEngine)
    throws(MatchError)
  {
    try engine.upsert(places: batch)
  }
  static func remove(_ ids: [PlaceID], from engine: inout MatchEngine) throws(MatchError) {
    try engine.remove(places: ids)
  }
  static var filterMembers: [String] { ["municipalities", "maxTravelMinutes"] }
  static func filter(_ members: FilterMembers, taxonomy: Taxonomy) -> (
    filter: ParticipantFilter, problems: [ModelProblem]
  ) {
    ParticipantFilter.parse(
      municipalities: members.words["municipalities"] ?? [],
      maxTravelMinutes: members.maxTravelMinutes, taxonomy: taxonomy)
  }
  static func list(
    for subject: Named<Place>, filter: ParticipantFilter, options: QueryOptions,
    in engine: MatchEngine
  ) throws(MatchError) -> Shortlist {
    if let id = subject.storedID {
      return try engine.candidates(for: id, filter: filter, options: options)
    }
    return try engine.candidates(for: subject.record, filter: filter, options: options)
  }
  static func present(
    _ list: Shortlist, for subject: Validated<Place>, options: QueryOptions, explain: Bool,
    by presenter: Presenter, in engine: MatchEngine
  ) -> ListPresentation {
    presenter.candidates(
      list, for: subject, day: options.day, horizonDays: options.horizonDays, explain: explain,
      in: engine)
  }
}
