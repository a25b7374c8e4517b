import PlekCore
import PlekIO

extension Service {
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
    guard let policy = decoded.validated else {
      throw Self.validationFailed(
        decoded.problems.map { Params.problemJSON($0, prefix: "policy.") }, count: 1, noun: "policy"
      )
    }
    do {
      try engine.setPolicy(policy)
    } catch {
      throw Self.rpcError(error)
    }
    placesVersion += 1
    log("policy.set: policy replaced")
    return journaled("policy.set", params, [JSONMember("policy", engine.policy.json)])
  }
}
