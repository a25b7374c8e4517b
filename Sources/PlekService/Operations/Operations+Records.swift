import PlekCore
import PlekIO
import PlekReport
import PlekStore

/// `participants.upsert`, `places.upsert`: adds or replaces records of one kind, all or
/// nothing: every record is decoded and validated, each id may occur once, and any problem
/// changes nothing.
enum UpsertMethod<Record: ServiceRecord>: ChangingMethod {
  static var change: Mutation.Kind { Record.upsertKind }
  static var parameters: [Parameter] { [Record.records] }

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let name = Record.records.name
    let expected = "an array of \(Record.noun) objects"
    let records = reader.required(Record.records, expected)
    try reader.check()
    guard case .array(let elements)? = records else {
      throw Params.invalid([
        ModelProblem(path: name, kind: .wrongType, value: nil, expected: expected)
      ])
    }
    let decoded = RecordBatch<Record>.decode(elements, taxonomy: service.engine.taxonomy)
    guard decoded.problems.isEmpty else {
      throw Service.validationFailed(
        decoded.problems.map { Params.problemJSON($0.problem, index: $0.index, id: $0.id) },
        count: elements.count, noun: Record.noun)
    }
    let batch = decoded.batch
    let created = batch.filter { Record.stored($0.value.id, in: service.engine) == nil }.count
    let ids = batch.map(\.value.id)
    try service.change(Record.upsert(batch), willChange: ids, as: Record.self)
    service.log("\(name).upsert: \(batch.count) records (\(created) new)")
    return service.journaled(
      Record.upsertKind, reader.params,
      [
        JSONMember("upserted", .int(batch.count)), JSONMember("created", .int(created)),
        JSONMember("replaced", .int(batch.count - created)),
      ])
  }
}

/// `participants.remove`, `places.remove`: removes records of one kind by id, all or nothing.
enum RemoveMethod<Record: ServiceRecord>: ChangingMethod {
  static var change: Mutation.Kind { Record.removeKind }
  static var parameters: [Parameter] { [.ids] }

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    guard let value = reader.required(.ids, "an array of ids") else {
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
    let unknown = ids.filter { Record.stored($0, in: service.engine) == nil }
    guard unknown.isEmpty else {
      throw RPCError(
        code: Record.unknownCode,
        message:
          "unknown \(Record.noun) \(unknown[0])\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); nothing removed",
        data: .object(["ids": .array(unknown.map { .string($0.rawValue) })]))
    }
    let unique = Array(Set(ids)).sorted()
    try service.change(Record.remove(unique), willChange: unique, as: Record.self)
    service.log("\(Record.records.name).remove: \(unique.count) records")
    return service.journaled(
      Record.removeKind, reader.params, [JSONMember("removed", .int(unique.count))])
  }
}

extension Service {
  /// Makes a change of records, keeping the workspace's region cache current.
  mutating func change<Record: ServiceRecord>(
    _ mutation: Mutation, willChange ids: [Record.ID], as kind: Record.Type
  ) throws(RPCError) {
    Record.willChange(ids, in: &workspace)
    do {
      try mutation.apply(to: &workspace.engine)
    } catch {
      throw Self.rpcError(error)
    }
    Record.noteChanged(ids, in: &workspace)
  }
}
