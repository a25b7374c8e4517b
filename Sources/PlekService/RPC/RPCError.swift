import PlekIO

/// A JSON-RPC error: a standard or application code, a one-line message and optional data.
public struct RPCError: Error, Equatable, Sendable {
  /// The code.
  public var code: Int
  /// A one-line message for people.
  public var message: String
  /// Details for programs (for example every invalid field with its path).
  public var data: JSONValue?

  /// Creates an error.
  public init(code: Int, message: String, data: JSONValue? = nil) {
    (self.code, self.message, self.data) = (code, message, data)
  }

  /// The error object of a response.
  public var json: JSONValue {
    var members = [JSONMember("code", .int(code)), JSONMember("message", .string(message))]
    if let data { members.append(JSONMember("data", data)) }
    return .object(members)
  }
}

/// The error codes `plek serve` returns. The first five are JSON-RPC 2.0's; the rest are in
/// the range it reserves for applications.
public enum RPCErrorCode {
  /// The line is not valid JSON (or not valid UTF-8, or nested too deep).
  public static let parseError = -32700
  /// Valid JSON, but not a valid JSON-RPC request.
  public static let invalidRequest = -32600
  /// No such method.
  public static let methodNotFound = -32601
  /// A parameter is missing, unknown, of the wrong type or out of range.
  public static let invalidParams = -32602
  /// A fault in Plek itself.
  public static let internalError = -32603
  /// No participant with that id.
  public static let unknownParticipant = -32001
  /// No place with that id.
  public static let unknownPlace = -32002
  /// The message is longer than `--max-message-bytes`.
  public static let payloadTooLarge = -32003
  /// Records or a policy failed validation; nothing was changed.
  public static let validationFailed = -32004
  /// The request came after `shutdown` (in the same batch): it was not executed.
  public static let shuttingDown = -32005
  /// The service is a read-only replica (`plek serve --read-only`): changes go to the writer.
  public static let readOnly = -32006
  /// The line's work budget was spent (`ServiceOptions.lineBudgetSeconds`): the request was
  /// not executed (the batch had run that long), or it was stopped running past it.
  public static let overBudget = -32007
  /// No placement with that id.
  public static let unknownPlacement = -32008
  /// A participant or place was not removed: placements refer to it (its history).
  public static let hasPlacements = -32009

  /// Every code with its name, for documentation tests.
  public static let all: [(Int, String)] = [
    (parseError, "parse error"), (invalidRequest, "invalid request"),
    (methodNotFound, "method not found"),
    (invalidParams, "invalid params"), (internalError, "internal error"),
    (unknownParticipant, "unknown participant"), (unknownPlace, "unknown place"),
    (payloadTooLarge, "payload too large"), (validationFailed, "validation failed"),
    (shuttingDown, "shutting down"), (readOnly, "read-only replica"),
    (overBudget, "over the work budget"), (unknownPlacement, "unknown placement"),
    (hasPlacements, "has placements"),
  ]
}
