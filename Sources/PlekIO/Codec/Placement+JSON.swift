import PlekCore

extension Placement: DataRecord {
  /// The data-file field names of a placement, in the order they are written.
  public static let jsonFields = [
    "id", "participant", "place", "start", "plannedEnd", "end", "endReason", "form",
    "hoursPerWeek", "wageCostSubsidy", "jobCoach", "earned",
  ]

  /// Decodes a placement, with placeholders for fields that failed; `nil` only when `json`
  /// is not an object.
  static func decode(_ json: JSONValue, log: DecodeLog) -> Placement? {
    guard let fields = log.object(json, "", allowed: jsonFields) else { return nil }
    let id = fields.required("id").flatMap { log.identifier($0, "id", as: PlacementID.self) }
    let participant = fields.required("participant").flatMap {
      log.identifier($0, "participant", as: ParticipantID.self)
    }
    let place = fields.required("place").flatMap { log.identifier($0, "place", as: PlaceID.self) }
    let start = fields.required("start").flatMap { log.day($0, "start") }
    let plannedEnd = fields.optional("plannedEnd").flatMap { log.day($0, "plannedEnd") }
    let end = fields.optional("end").flatMap { log.day($0, "end") }
    let endReason = fields.optional("endReason").flatMap {
      log.code($0, "endReason", as: PlacementEndReason.self)
    }
    let form = fields.required("form").flatMap { log.code($0, "form", as: PlacementForm.self) }
    let hours = fields.required("hoursPerWeek").flatMap {
      log.int($0, "hoursPerWeek", Placement.validHours)
    }
    let subsidy = fields.optional("wageCostSubsidy").flatMap { log.bool($0, "wageCostSubsidy") }
    let coach = fields.optional("jobCoach").flatMap { log.bool($0, "jobCoach") }
    let earned = fields.optional("earned").flatMap { LearningResult.decode($0, "earned", log: log) }
    // Placeholders (and absent optionals) where a field failed: its problem is in the log,
    // so the record is dropped.
    return Placement(
      id: id ?? "x-placeholder", participant: participant ?? "x-placeholder",
      place: place ?? "x-placeholder", start: start ?? Day(daysSinceEpoch: 0),
      plannedEnd: plannedEnd, end: end, endReason: endReason,
      form: form ?? .employment, hoursPerWeek: hours ?? 1, wageCostSubsidy: subsidy ?? false,
      jobCoach: coach ?? false, earned: earned)
  }

  /// Decodes a placement from JSON and validates it against `taxonomy`, once, collecting
  /// every problem with its field path (the checks against the rest of the dataset are
  /// ``Placement/crossProblems(_:participants:places:)``).
  public static func decode(json: JSONValue, taxonomy: Taxonomy) -> Decoded<Placement> {
    decode(json: json, taxonomy: taxonomy, values: nil)
  }

  /// The placement as a JSON object, fields in ``jsonFields`` order; absent values `null`.
  public var json: JSONValue {
    .object([
      JSONMember("id", .string(id.rawValue)),
      JSONMember("participant", .string(participant.rawValue)),
      JSONMember("place", .string(place.rawValue)),
      JSONMember("start", .string(start.iso)),
      JSONMember("plannedEnd", plannedEnd.map { .string($0.iso) } ?? .null),
      JSONMember("end", end.map { .string($0.iso) } ?? .null),
      JSONMember("endReason", endReason.map { .string($0.rawValue) } ?? .null),
      JSONMember("form", .string(form.rawValue)),
      JSONMember("hoursPerWeek", .int(hoursPerWeek)),
      JSONMember("wageCostSubsidy", .bool(wageCostSubsidy)),
      JSONMember("jobCoach", .bool(jobCoach)),
      JSONMember("earned", earned?.json ?? .null),
    ])
  }
}

extension LearningResult {
  /// The data-file field names of a learning result.
  static let jsonFields = ["certificate", "praktijkverklaring", "competencies"]

  static func decode(_ json: JSONValue, _ path: String, log: DecodeLog) -> LearningResult? {
    guard let fields = log.object(json, path, allowed: jsonFields) else { return nil }
    let certificate = fields.required("certificate").flatMap {
      log.bool($0, fields.path("certificate"))
    }
    let statement = fields.required("praktijkverklaring").flatMap {
      log.bool($0, fields.path("praktijkverklaring"))
    }
    let competencies =
      fields.optional("competencies").map { log.competencies($0, fields.path("competencies")) }
      ?? []
    return LearningResult(
      certificate: certificate ?? false, praktijkverklaring: statement ?? false,
      competencies: competencies ?? [])
  }

  var json: JSONValue {
    .object([
      JSONMember("certificate", .bool(certificate)),
      JSONMember("praktijkverklaring", .bool(praktijkverklaring)),
      JSONMember("competencies", competencies.json),
    ])
  }
}

/// The end of a running placement, as `placements.end` gives it: which placement, its last
/// day, why it ended and, for a learning-work route, what it earned.
public struct PlacementEnd: Sendable, Equatable {
  /// The placement that ended.
  public var placement: PlacementID
  /// Its last day.
  public var end: Day
  /// Why it ended.
  public var reason: PlacementEndReason
  /// What a learning-work route earned.
  public var earned: LearningResult?

  /// Creates an end.
  public init(
    placement: PlacementID, end: Day, reason: PlacementEndReason, earned: LearningResult? = nil
  ) {
    (self.placement, self.end, self.reason, self.earned) = (placement, end, reason, earned)
  }

  /// The field names, in the order they are written.
  public static let jsonFields = ["placement", "end", "reason", "earned"]

  /// Decodes an end from JSON, every field checked (competency ids against `taxonomy`; the
  /// rest of what it earned is checked with the placement it ends, by the engine); `nil`
  /// with every problem when it does not decode.
  public static func decode(json: JSONValue, taxonomy: Taxonomy) -> (
    end: PlacementEnd?, problems: [ModelProblem]
  ) {
    let log = DecodeLog(sharing: taxonomy)
    guard let fields = log.object(json, "", allowed: jsonFields) else { return (nil, log.problems) }
    let id = fields.required("placement").flatMap {
      log.identifier($0, "placement", as: PlacementID.self)
    }
    let end = fields.required("end").flatMap { log.day($0, "end") }
    let reason = fields.required("reason").flatMap {
      log.code($0, "reason", as: PlacementEndReason.self)
    }
    let earned = fields.optional("earned").flatMap { LearningResult.decode($0, "earned", log: log) }
    guard log.problems.isEmpty, let id, let end, let reason else { return (nil, log.problems) }
    return (PlacementEnd(placement: id, end: end, reason: reason, earned: earned), [])
  }

  /// The end as a JSON object (`earned` left out when there is none).
  public var json: JSONValue {
    var members = [
      JSONMember("placement", .string(placement.rawValue)),
      JSONMember("end", .string(end.iso)), JSONMember("reason", .string(reason.rawValue)),
    ]
    if let earned { members.append(JSONMember("earned", earned.json)) }
    return .object(members)
  }
}
