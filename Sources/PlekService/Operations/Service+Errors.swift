import PlekCore
import PlekIO

/// How failures become JSON-RPC errors: one mapping for every method.
extension Service {
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

  /// Asks the engine something, its errors becoming the protocol's.
  static func asking<Answer>(_ question: () throws(MatchError) -> Answer) throws(RPCError)
    -> Answer
  {
    do {
      return try question()
    } catch {
      throw rpcError(error)
    }
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
    case .unknownPlacement(let id):
      return RPCError(
        code: RPCErrorCode.unknownPlacement, message: "unknown placement \(id)",
        data: .object(["id": .string(id.rawValue)]))
    case .hasPlacements(let id, let placements):
      return RPCError(
        code: RPCErrorCode.hasPlacements,
        message:
          "\(id) has \(placements.count) placements (\(placements.prefix(3).map(\.rawValue).joined(separator: ", "))\(placements.count > 3 ? ", …" : "")): its history would be lost; nothing removed. Keep the record (a place with freeSlots 0), or remove its placements first",
        data: .object([
          "id": .string(id), "placements": .array(placements.map { .string($0.rawValue) }),
        ]))
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
    case .invalidFilter(let problems):
      return Params.invalid(problems, prefix: "filters.")
    case .overBudget:
      return RPCError(
        code: RPCErrorCode.overBudget,
        message:
          "stopped: the work ran past the budget of its line (plek serve --line-budget); nothing of it is an answer. Ask for less (a municipality, a target group), or alone in a line"
      )
    }
  }
}
