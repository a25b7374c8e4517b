import PlekCore
import PlekIO

extension Service {
  /// Adds or replaces records of one kind, all or nothing: every record is decoded and
  /// validated, each id may occur once, and any problem changes nothing.
  mutating func upsert<Record: ServiceRecord>(_ params: JSONValue?, as kind: Record.Type)
    throws(RPCError) -> JSONValue
  {
    var reader = try Params(params, allowed: [Record.parameter])
    let expected = "an array of \(Record.noun) objects"
    let records = reader.required(Record.parameter, expected)
    try reader.check()
    guard case .array(let elements)? = records else {
      throw Params.invalid([
        ModelProblem(path: Record.parameter, kind: .wrongType, value: nil, expected: expected)
      ])
    }
    var batch: [Validated<Record>] = []
    var problems: [JSONValue] = []
    var first: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      let decoded = Record.decode(json: element, taxonomy: engine.taxonomy)
      let id = element["id"]?.stringValue
      problems += decoded.problems.map { Params.problemJSON($0, index: index, id: id) }
      guard let record = decoded.validated else { continue }
      // Duplicates are reported with the decoding problems, so that one answer lists all.
      if let earlier = first[record.value.id.rawValue] {
        problems.append(
          Params.problemJSON(
            ModelProblem(
              path: "id", kind: .duplicateID, value: record.value.id.rawValue,
              expected: "each id once in a batch (first at index \(earlier))"), index: index,
            id: id))
      } else {
        first[record.value.id.rawValue] = index
      }
      batch.append(record)
    }
    guard problems.isEmpty else {
      throw Self.validationFailed(problems, count: elements.count, noun: Record.noun)
    }
    let created = batch.filter { Record.stored($0.value.id, in: engine) == nil }.count
    Record.willChange(batch.map(\.value.id), in: &self)
    do {
      try Record.upsert(batch, into: &engine)
    } catch {
      throw Self.rpcError(error)
    }
    Record.noteChanged(batch.map(\.value.id), in: &self)
    log("\(Record.parameter).upsert: \(batch.count) records (\(created) new)")
    return journaled(
      "\(Record.parameter).upsert", params,
      [
        JSONMember("upserted", .int(batch.count)), JSONMember("created", .int(created)),
        JSONMember("replaced", .int(batch.count - created)),
      ])
  }

  /// Removes records of one kind by id, all or nothing.
  mutating func remove<Record: ServiceRecord>(_ params: JSONValue?, as kind: Record.Type)
    throws(RPCError) -> JSONValue
  {
    var reader = try Params(params, allowed: ["ids"])
    guard let value = reader.required("ids", "an array of ids") else {
      try reader.check()
      return .object(["removed": .int(0)])
    }
    var ids: [Record.ID] = []
    if let texts = reader.strings(value, "ids") {
      for (index, text) in texts.enumerated() {
        if let id = Record.ID(text) {
          ids.append(id)
        } else {
          reader.fail("ids[\(index)]", .badID, .string(text), "an id matching \(Record.ID.pattern)")
        }
      }
    }
    try reader.check()
    let unknown = ids.filter { Record.stored($0, in: engine) == nil }
    guard unknown.isEmpty else {
      throw RPCError(
        code: Record.unknownCode,
        message:
          "unknown \(Record.noun) \(unknown[0])\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); nothing removed",
        data: .object(["ids": .array(unknown.map { .string($0.rawValue) })]))
    }
    let unique = Array(Set(ids))
    Record.willChange(unique, in: &self)
    do {
      try Record.remove(unique, from: &engine)
    } catch {
      throw Self.rpcError(error)
    }
    Record.noteChanged(unique, in: &self)
    log("\(Record.parameter).remove: \(unique.count) records")
    return journaled(
      "\(Record.parameter).remove", params, [JSONMember("removed", .int(unique.count))])
  }
}
