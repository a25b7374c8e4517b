import PlekCore
import PlekIO

extension Service {
  /// The method names, in documentation order.
  public static let methods = [
    "health", "stats", "shortlist", "candidates", "explain", "blockers", "advice", "carve",
    "assign", "congestion", "report",
    "participants.upsert",
    "participants.remove", "places.upsert", "places.remove", "policy.get", "policy.set", "snapshot",
    "shutdown",
  ]

  /// The methods that change the data, refused by a read-only replica.
  static let changingMethods: Set<String> = [
    "participants.upsert", "participants.remove", "places.upsert", "places.remove",
    "policy.set", "snapshot",
  ]

  mutating func dispatch(method: String, params: JSONValue?) -> Result<JSONValue, RPCError> {
    do throws(RPCError) {
      if options.readOnly, Self.changingMethods.contains(method) {
        throw RPCError(
          code: RPCErrorCode.readOnly,
          message:
            "this is a read-only replica (plek serve --read-only): send \(method) to the writer; nothing was changed"
        )
      }
      switch method {
      case "health": return .success(try health(params))
      case "stats": return .success(try stats(params))
      case "shortlist": return .success(try shortlist(params))
      case "candidates": return .success(try list(params, about: Place.self))
      case "explain": return .success(try explain(params))
      case "blockers": return .success(try blockers(params))
      case "advice": return .success(try advice(params))
      case "carve": return .success(try carve(params))
      case "assign": return .success(try assign(params))
      case "congestion": return .success(try congestion(params))
      case "report": return .success(try report(params))
      case "participants.upsert": return .success(try upsert(params, as: Participant.self))
      case "participants.remove": return .success(try remove(params, as: Participant.self))
      case "places.upsert": return .success(try upsert(params, as: Place.self))
      case "places.remove": return .success(try remove(params, as: Place.self))
      case "policy.get": return .success(try policyGet(params))
      case "policy.set": return .success(try policySet(params))
      case "snapshot": return .success(try snapshot(params))
      case "shutdown":
        _ = try Params(params, allowed: []).check()
        isShuttingDown = true
        log("shutdown requested")
        return .success(.object(["ok": true]))
      default:
        var message = "method \"\(String(method.prefix(60)))\" not found"
        if let close = Suggestion.closest(to: method, among: Self.methods) {
          message += "; did you mean \"\(close)\"?"
        }
        return .failure(RPCError(code: RPCErrorCode.methodNotFound, message: message))
      }
    } catch {
      return .failure(error)
    }
  }
}
