import Foundation
import PlekCore
import PlekIO
import PlekReport
import PlekStore

/// `health`: the service is up; its counts and, with a state, its durable sequence.
enum Health: ServiceMethod {
  static let method = "health"
  static let parameters: [Parameter] = []

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    var members = [
      JSONMember("status", "ok"),
      JSONMember("version", .string(PlekVersion.current)),
      JSONMember("participants", .int(service.engine.participantCount)),
      JSONMember("places", .int(service.engine.placeCount)),
      JSONMember("readOnly", .bool(service.options.readOnly)),
      JSONMember("logLinesDropped", .int(ServiceLog.droppedLines)),
    ]
    if let state = service.state {
      members.append(
        JSONMember(
          "state",
          .object([
            JSONMember("generation", .int(state.directory.generation)),
            JSONMember("journalBytes", .int(state.journal.bytes)),
            JSONMember("durableSequence", .int(Int(state.journal.durableSequence))),
          ])))
    }
    return .object(members)
  }
}

/// `stats`: the engine's size, memory and the requests answered.
enum Stats: ServiceMethod {
  static let method = "stats"
  static let parameters: [Parameter] = []

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    var members = service.json(.english).statistics(service.engine.statistics).objectMembers ?? []
    members += [
      JSONMember("residentBytes", .int(residentBytes())),
      JSONMember("requests", .int(service.requestCount)),
      JSONMember("errors", .int(service.errorCount)),
      JSONMember(
        "uptimeSeconds", .number((Date().timeIntervalSince(service.started) * 10).rounded() / 10)),
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
}

/// `policy.get`: the scoring policy in force.
enum PolicyGet: ServiceMethod {
  static let method = "policy.get"
  static let parameters: [Parameter] = []

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    return .object(["policy": service.engine.policy.json])
  }
}

/// `policy.set`: replaces the scoring policy, all or nothing.
enum PolicySet: ChangingMethod {
  static let change = Mutation.Kind.setPolicy
  static let parameters: [Parameter] = [.policy]

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    let value = reader.required(.policy, "a policy object")
    try reader.check()
    guard let value else {
      throw RPCError(code: RPCErrorCode.internalError, message: "policy missing")
    }
    let decoded = Policy.decode(json: value, taxonomy: service.engine.taxonomy)
    guard let policy = decoded.validated else {
      throw Service.validationFailed(
        decoded.problems.map { Params.problemJSON($0, prefix: "policy.") }, count: 1, noun: "policy"
      )
    }
    do {
      try Mutation.setPolicy(policy).apply(to: &service.workspace.engine)
    } catch {
      throw Service.rpcError(error)
    }
    service.workspace.noteChangedPlacesOrPolicy()
    service.log("policy.set: policy replaced")
    return service.journaled(
      .setPolicy, reader.params, [JSONMember("policy", service.engine.policy.json)])
  }
}

/// `snapshot`: compaction on request (a state directory only).
enum Snapshot: ServiceMethod {
  static let method = "snapshot"
  static let effect = Effect.compacts
  static let parameters: [Parameter] = []

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    guard let state = service.state else {
      throw RPCError(
        code: RPCErrorCode.invalidRequest,
        message: "snapshot needs a state directory: start plek serve with --state DIR")
    }
    do {
      try service.compact()
    } catch {
      throw RPCError(code: RPCErrorCode.internalError, message: "snapshot failed: \(error)")
    }
    service.log(
      "snapshot: generation \(state.directory.generation), sequence \(state.journal.sequence)")
    return .object([
      JSONMember("generation", .int(state.directory.generation)),
      JSONMember("sequence", .int(Int(state.journal.sequence))),
    ])
  }
}

/// `shutdown`: answers, then the transport stops.
enum Shutdown: ServiceMethod {
  static let method = "shutdown"
  static let effect = Effect.stops
  static let parameters: [Parameter] = []

  static func answer(_ reader: inout Params, in service: inout Service) throws(RPCError)
    -> JSONValue
  {
    try reader.check()
    service.isShuttingDown = true
    service.log("shutdown requested")
    return .object(["ok": true])
  }
}
