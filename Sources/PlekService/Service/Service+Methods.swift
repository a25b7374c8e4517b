import Foundation
import PlekCore
import PlekIO

extension Service {
  /// The method names, in documentation order.
  public static let methods = [
    "health", "stats", "shortlist", "candidates", "explain", "blockers", "participants.upsert",
    "participants.remove", "places.upsert", "places.remove", "policy.get", "policy.set", "shutdown",
  ]

  mutating func dispatch(method: String, params: JSONValue?) -> Result<JSONValue, RPCError> {
    do throws(RPCError) {
      switch method {
      case "health": return .success(try health(params))
      case "stats": return .success(try stats(params))
      case "shortlist": return .success(try shortlist(params))
      case "candidates": return .success(try candidates(params))
      case "explain": return .success(try explain(params))
      case "blockers": return .success(try blockers(params))
      case "participants.upsert": return .success(try upsertParticipants(params))
      case "participants.remove": return .success(try removeParticipants(params))
      case "places.upsert": return .success(try upsertPlaces(params))
      case "places.remove": return .success(try removePlaces(params))
      case "policy.get": return .success(try policyGet(params))
      case "policy.set": return .success(try policySet(params))
      case "shutdown":
        _ = try Params(params, allowed: []).check()
        isShuttingDown = true
        log("shutdown requested")
        return .success(.object(["ok": true]))
      default:
        var message = "method \"\(String(method.prefix(60)))\" not found"
        if let close = Self.methods.first(where: { Self.distance($0, method) <= 2 }) {
          message += "; did you mean \"\(close)\"?"
        }
        return .failure(RPCError(code: RPCErrorCode.methodNotFound, message: message))
      }
    } catch {
      return .failure(error)
    }
  }

  // MARK: Status

  func health(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    try Params(params, allowed: []).check()
    return .object([
      JSONMember("status", "ok"),
      JSONMember("version", .string(PlekVersion.current)),
      JSONMember("participants", .int(engine.participantCount)),
      JSONMember("places", .int(engine.placeCount)),
    ])
  }

  func stats(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    try Params(params, allowed: []).check()
    var members =
      ResultEncoder(taxonomy: engine.taxonomy).statistics(engine.statistics).objectMembers ?? []
    members += [
      JSONMember("residentBytes", .int(Self.residentBytes())),
      JSONMember("requests", .int(requestCount)),
      JSONMember("errors", .int(errorCount)),
      JSONMember("uptimeSeconds", .number((Date().timeIntervalSince(started) * 10).rounded() / 10)),
    ]
    return .object(members)
  }

  /// Resident memory of this process in bytes (Linux), 0 where unknown.
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  // MARK: Queries

  /// Options shared by the query methods.
  struct QueryParams {
    var k: Int
    var day: Day
    var explain: Bool
    var view: ResultView
    var language: Language
  }

  func queryParams(_ reader: inout Params) -> QueryParams {
    QueryParams(
      k: reader.int("k", 0...options.maximumK, default: 10),
      day: reader.day("date", default: today()),
      explain: reader.bool("explain", default: false),
      view: reader.choice("view", default: ResultView.officer),
      language: reader.choice("lang", default: Language.english))
  }

  /// A participant given as an id (stored) or an object (inline, validated).
  func participant(_ reader: inout Params, _ name: String) throws(RPCError) -> Participant? {
    guard let value = reader.required(name, "a participant id or a participant object") else {
      return nil
    }
    switch value {
    case .string(let text):
      guard let id = ParticipantID(text) else {
        reader.fail(name, .badID, value, "a participant id matching \(ParticipantID.pattern)")
        return nil
      }
      try reader.check()
      guard let person = engine.participant(id) else {
        throw RPCError(
          code: RPCErrorCode.unknownParticipant, message: "unknown participant \(id)",
          data: .object(["id": .string(text)]))
      }
      return person
    case .object:
      let decoded = Participant.decode(json: value, taxonomy: engine.taxonomy)
      for problem in decoded.problems {
        reader.fail(
          name + "." + problem.path, problem.kind, problem.value.map { .string($0) },
          problem.expected)
      }
      return decoded.value
    default:
      reader.fail(name, .wrongType, value, "a participant id or a participant object")
      return nil
    }
  }

  /// A place given as an id (stored) or an object (inline, validated).
  func place(_ reader: inout Params, _ name: String) throws(RPCError) -> Place? {
    guard let value = reader.required(name, "a place id or a place object") else { return nil }
    switch value {
    case .string(let text):
      guard let id = PlaceID(text) else {
        reader.fail(name, .badID, value, "a place id matching \(PlaceID.pattern)")
        return nil
      }
      try reader.check()
      guard let place = engine.place(id) else {
        throw RPCError(
          code: RPCErrorCode.unknownPlace, message: "unknown place \(id)",
          data: .object(["id": .string(text)]))
      }
      return place
    case .object:
      let decoded = Place.decode(json: value, taxonomy: engine.taxonomy)
      for problem in decoded.problems {
        reader.fail(
          name + "." + problem.path, problem.kind, problem.value.map { .string($0) },
          problem.expected)
      }
      return decoded.value
    default:
      reader.fail(name, .wrongType, value, "a place id or a place object")
      return nil
    }
  }

  func placeFilter(_ reader: inout Params) -> PlaceFilter {
    var filter = PlaceFilter()
    guard let value = reader.value("filters"),
      let members = reader.object(
        value, "filters", allowed: ["sectors", "employerKinds", "learningOnly", "maxTravelMinutes"])
    else { return filter }
    for member in members {
      let path = "filters." + member.key
      switch member.key {
      case "sectors":
        for (index, text) in (reader.strings(member.value, path) ?? []).enumerated() {
          guard let id = SectorID(text), engine.taxonomy.index(of: id) != nil else {
            reader.fail(
              "\(path)[\(index)]", .unknownSector, .string(text), "a sector id from the taxonomy")
            continue
          }
          filter.sectors.insert(id)
        }
      case "employerKinds":
        for (index, text) in (reader.strings(member.value, path) ?? []).enumerated() {
          guard let kind = EmployerKind(rawValue: text) else {
            reader.fail(
              "\(path)[\(index)]", .invalidValue, .string(text),
              "one of: " + EmployerKind.allCodes.joined(separator: ", "))
            continue
          }
          filter.employerKinds.insert(kind)
        }
      case "learningOnly":
        if case .bool(let flag) = member.value {
          filter.learningOnly = flag
        } else {
          reader.fail(path, .wrongType, member.value, "true or false")
        }
      case "maxTravelMinutes":
        filter.maxTravelMinutes = reader.int(member.value, path, Wishes.validTravelMinutes)
      default:
        break
      }
    }
    return filter
  }

  func participantFilter(_ reader: inout Params) -> ParticipantFilter {
    var filter = ParticipantFilter()
    guard let value = reader.value("filters"),
      let members = reader.object(
        value, "filters", allowed: ["municipalities", "maxTravelMinutes"])
    else { return filter }
    for member in members {
      let path = "filters." + member.key
      switch member.key {
      case "municipalities":
        for (index, text) in (reader.strings(member.value, path) ?? []).enumerated() {
          guard let id = MunicipalityID(text), engine.taxonomy.index(of: id) != nil else {
            reader.fail(
              "\(path)[\(index)]", .unknownMunicipality, .string(text),
              "a municipality id of the region")
            continue
          }
          filter.municipalities.insert(id)
        }
      case "maxTravelMinutes":
        filter.maxTravelMinutes = reader.int(member.value, path, Wishes.validTravelMinutes)
      default:
        break
      }
    }
    return filter
  }

  func shortlist(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params, allowed: ["participant", "k", "filters", "explain", "view", "lang", "date"])
    let query = queryParams(&reader)
    let filter = placeFilter(&reader)
    let person = try participant(&reader, "participant")
    try reader.check()
    guard let person else {
      throw RPCError(code: RPCErrorCode.internalError, message: "participant missing")
    }
    let options = QueryOptions(k: query.k, day: query.day, threads: self.options.threads)
    let stored = engine.participant(person.id) == person
    let list: Shortlist
    do {
      list =
        stored
        ? try engine.shortlist(for: person.id, filter: filter, options: options)
        : try engine.shortlist(for: person, filter: filter, options: options)
    } catch {
      throw Self.rpcError(error)
    }
    let encoder = ResultEncoder(
      taxonomy: engine.taxonomy, language: query.language, view: query.view)
    let engine = engine
    return encoder.shortlist(
      list, subject: JSONMember("participant", .string(person.id.rawValue)), day: query.day,
      place: { engine.place($0) },
      explanation: query.explain
        ? { match in
          engine.place(match.placeID).flatMap { try? engine.explain(person, $0, on: query.day) }
        } : nil)
  }

  func candidates(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params, allowed: ["place", "k", "filters", "explain", "view", "lang", "date"])
    let query = queryParams(&reader)
    let filter = participantFilter(&reader)
    let place = try place(&reader, "place")
    try reader.check()
    guard let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "place missing")
    }
    let options = QueryOptions(k: query.k, day: query.day, threads: self.options.threads)
    let stored = engine.place(place.id) == place
    let list: Shortlist
    do {
      list =
        stored
        ? try engine.candidates(for: place.id, filter: filter, options: options)
        : try engine.candidates(for: place, filter: filter, options: options)
    } catch {
      throw Self.rpcError(error)
    }
    let encoder = ResultEncoder(
      taxonomy: engine.taxonomy, language: query.language, view: query.view)
    let engine = engine
    return encoder.shortlist(
      list, subject: JSONMember("place", .string(place.id.rawValue)), day: query.day,
      place: { _ in nil },
      explanation: query.explain
        ? { match in
          engine.participant(match.participantID).flatMap {
            try? engine.explain($0, place, on: query.day)
          }
        }
        : nil)
  }

  func explain(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participant", "place", "view", "lang", "date"])
    let day = reader.day("date", default: today())
    let view = reader.choice("view", default: ResultView.officer)
    let language = reader.choice("lang", default: Language.english)
    let person = try participant(&reader, "participant")
    let place = try place(&reader, "place")
    try reader.check()
    guard let person, let place else {
      throw RPCError(code: RPCErrorCode.internalError, message: "pair missing")
    }
    let explanation: Explanation
    do {
      explanation = try engine.explain(person, place, on: day)
    } catch {
      throw Self.rpcError(error)
    }
    return ResultEncoder(taxonomy: engine.taxonomy, language: language, view: view)
      .explanationResult(
        explanation, day: day)
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
      return ResultEncoder(taxonomy: engine.taxonomy).summary(
        try engine.knockOutSummary(for: id, on: day))
    } catch {
      throw Self.rpcError(error)
    }
  }

  // MARK: Updates

  mutating func upsertParticipants(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["participants"])
    let records = reader.required("participants", "an array of participant objects")
    try reader.check()
    guard case .array(let elements)? = records else {
      throw Params.invalid([
        ModelProblem(
          path: "participants", kind: .wrongType, value: nil,
          expected: "an array of participant objects")
      ])
    }
    var people: [Participant] = []
    var problems: [JSONValue] = []
    var seen: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      let decoded = Participant.decode(json: element, taxonomy: engine.taxonomy)
      let id = element["id"]?.stringValue
      problems += decoded.problems.map { Params.problemJSON($0, index: index, id: id) }
      if let person = decoded.value {
        if let first = seen[person.id.rawValue] {
          problems.append(
            Params.problemJSON(
              ModelProblem(
                path: "id", kind: .duplicateID, value: person.id.rawValue,
                expected: "each id once in a batch (first at index \(first))"), index: index, id: id
            ))
        }
        seen[person.id.rawValue] = index
        people.append(person)
      }
    }
    guard problems.isEmpty else {
      throw Self.validationFailed(problems, count: elements.count, noun: "participant")
    }
    let created = people.filter { engine.participant($0.id) == nil }.count
    do {
      try engine.upsert(participants: people)
    } catch {
      throw Self.rpcError(error)
    }
    log("participants.upsert: \(people.count) records (\(created) new)")
    return .object([
      "upserted": .int(people.count), "created": .int(created),
      "replaced": .int(people.count - created),
    ])
  }

  mutating func upsertPlaces(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["places"])
    let records = reader.required("places", "an array of place objects")
    try reader.check()
    guard case .array(let elements)? = records else {
      throw Params.invalid([
        ModelProblem(
          path: "places", kind: .wrongType, value: nil, expected: "an array of place objects")
      ])
    }
    var places: [Place] = []
    var problems: [JSONValue] = []
    var seen: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      let decoded = Place.decode(json: element, taxonomy: engine.taxonomy)
      let id = element["id"]?.stringValue
      problems += decoded.problems.map { Params.problemJSON($0, index: index, id: id) }
      if let place = decoded.value {
        if let first = seen[place.id.rawValue] {
          problems.append(
            Params.problemJSON(
              ModelProblem(
                path: "id", kind: .duplicateID, value: place.id.rawValue,
                expected: "each id once in a batch (first at index \(first))"), index: index, id: id
            ))
        }
        seen[place.id.rawValue] = index
        places.append(place)
      }
    }
    guard problems.isEmpty else {
      throw Self.validationFailed(problems, count: elements.count, noun: "place")
    }
    let created = places.filter { engine.place($0.id) == nil }.count
    do {
      try engine.upsert(places: places)
    } catch {
      throw Self.rpcError(error)
    }
    log("places.upsert: \(places.count) records (\(created) new)")
    return .object([
      "upserted": .int(places.count), "created": .int(created),
      "replaced": .int(places.count - created),
    ])
  }

  func ids<Tag>(_ params: JSONValue?, as type: Identifier<Tag>.Type) throws(RPCError)
    -> [Identifier<Tag>]
  {
    var reader = try Params(params, allowed: ["ids"])
    guard let value = reader.required("ids", "an array of ids") else {
      try reader.check()
      return []
    }
    var ids: [Identifier<Tag>] = []
    if let texts = reader.strings(value, "ids") {
      for (index, text) in texts.enumerated() {
        if let id = Identifier<Tag>(text) {
          ids.append(id)
        } else {
          reader.fail(
            "ids[\(index)]", .badID, .string(text), "an id matching \(Identifier<Tag>.pattern)")
        }
      }
    }
    try reader.check()
    return ids
  }

  mutating func removeParticipants(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    let ids = try ids(params, as: ParticipantID.self)
    let unknown = ids.filter { engine.participant($0) == nil }
    guard unknown.isEmpty else {
      throw RPCError(
        code: RPCErrorCode.unknownParticipant,
        message:
          "unknown participant \(unknown[0])\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); nothing removed",
        data: .object(["ids": .array(unknown.map { .string($0.rawValue) })]))
    }
    let unique = Array(Set(ids))
    do {
      try engine.remove(participants: unique)
    } catch {
      throw Self.rpcError(error)
    }
    log("participants.remove: \(unique.count) records")
    return .object(["removed": .int(unique.count)])
  }

  mutating func removePlaces(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    let ids = try ids(params, as: PlaceID.self)
    let unknown = ids.filter { engine.place($0) == nil }
    guard unknown.isEmpty else {
      throw RPCError(
        code: RPCErrorCode.unknownPlace,
        message:
          "unknown place \(unknown[0])\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); nothing removed",
        data: .object(["ids": .array(unknown.map { .string($0.rawValue) })]))
    }
    let unique = Array(Set(ids))
    do {
      try engine.remove(places: unique)
    } catch {
      throw Self.rpcError(error)
    }
    log("places.remove: \(unique.count) records")
    return .object(["removed": .int(unique.count)])
  }

  // MARK: Policy

  func policyGet(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    try Params(params, allowed: []).check()
    return .object(["policy": engine.policy.json])
  }

  mutating func policySet(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["policy"])
    let value = reader.required("policy", "a policy object")
    try reader.check()
    guard let value else {
      throw RPCError(code: RPCErrorCode.internalError, message: "policy missing")
    }
    let decoded = Policy.decode(json: value, taxonomy: engine.taxonomy)
    guard let policy = decoded.value else {
      throw Self.validationFailed(
        decoded.problems.map { Params.problemJSON($0, prefix: "policy.") }, count: 1, noun: "policy"
      )
    }
    do {
      try engine.setPolicy(policy)
    } catch {
      throw Self.rpcError(error)
    }
    log("policy.set: policy replaced")
    return .object(["policy": engine.policy.json])
  }

  // MARK: Errors

  static func validationFailed(_ problems: [JSONValue], count: Int, noun: String) -> RPCError {
    let records = Set(problems.compactMap { $0["index"]?.numberValue }).count
    let what =
      noun == "policy" ? "the policy" : "\(records) of \(count) \(noun)\(count == 1 ? "" : "s")"
    let first =
      problems.first.map { problem -> String in
        let path = problem["path"]?.stringValue ?? ""
        let kind = problem["kind"]?.stringValue ?? ""
        let index = problem["index"]?.numberValue.map { "[\(Int($0))] " } ?? ""
        return "\(index)\(path) \(kind)"
      } ?? ""
    return RPCError(
      code: RPCErrorCode.validationFailed,
      message:
        "validation failed for \(what): \(problems.count) problem\(problems.count == 1 ? "" : "s"), first \(first); nothing was changed",
      data: .array(problems))
  }

  static func rpcError(_ error: MatchError) -> RPCError {
    switch error {
    case .unknownParticipant(let id):
      return RPCError(
        code: RPCErrorCode.unknownParticipant, message: "unknown participant \(id)",
        data: .object(["id": .string(id.rawValue)]))
    case .unknownPlace(let id):
      return RPCError(
        code: RPCErrorCode.unknownPlace, message: "unknown place \(id)",
        data: .object(["id": .string(id.rawValue)]))
    case .invalidRecords(let records):
      let problems = records.flatMap { record in
        record.problems.map { Params.problemJSON($0, index: record.index, id: record.id) }
      }
      return validationFailed(problems, count: records.count, noun: "record")
    case .invalidPolicy(let problems):
      return validationFailed(
        problems.map { Params.problemJSON($0, prefix: "policy.") }, count: 1, noun: "policy")
    case .invalidTaxonomy(let problems):
      return RPCError(
        code: RPCErrorCode.internalError,
        message: "the taxonomy is invalid: \(problems.count) problems")
    case .invalidOption(let message):
      return RPCError(code: RPCErrorCode.invalidParams, message: message)
    }
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty, abs(a.count - b.count) <= 3 else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// The version of Plek, reported by `health` and `plek --version`.
public enum PlekVersion {
  /// The version string.
  public static let current = "0.1.0"
}
