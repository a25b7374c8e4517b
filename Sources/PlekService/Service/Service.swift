import Foundation
import PlekCore
import PlekIO
import PlekReport

/// How a service runs.
public struct ServiceOptions: Sendable {
  /// The longest message accepted, in bytes.
  public var maximumMessageBytes: Int
  /// Threads for each query (0: every core; ``Limits/threads``). Results do not depend on it.
  public var threads: Int
  /// The deepest JSON nesting accepted.
  public var maximumDepth: Int
  /// The most bytes the answers of one batch may take; the requests left after that are
  /// answered with -32003 and not executed.
  public var maximumAnswerBytes = Limits.answerBytes
  /// A read-only replica: every method that would change the data (upserts, removes,
  /// `policy.set`, `snapshot`) is answered with -32006 and changes nothing. For many officers
  /// at once: replicas answer the queries, one writer takes the changes.
  public var readOnly = false
  /// The time one line may hold the service: once a batch has run this long, the requests
  /// left in it are answered with -32007 and not executed (send them again), so that one
  /// line cannot hold every other client for minutes. A question running when the budget
  /// runs out stops at its next chunk of work and is answered -32007 too (everybody's
  /// lists, the fit graph, the region's advice, the protection of the report's counts look
  /// at the deadline, ``QueryOptions/deadline``); a change that has started finishes.
  public var lineBudgetSeconds = Limits.lineBudgetSeconds

  /// The default limits. A query's `k` is limited by ``Limits/k``, as everywhere.
  public static let standard = ServiceOptions(
    maximumMessageBytes: Limits.messageBytes, threads: 0, maximumDepth: Limits.jsonDepth)

  /// Creates options.
  public init(maximumMessageBytes: Int, threads: Int, maximumDepth: Int) {
    (self.maximumMessageBytes, self.threads, self.maximumDepth) = (
      maximumMessageBytes, threads, maximumDepth
    )
  }
}

/// The JSON-RPC 2.0 service: one message in, at most one message out, with no transport.
///
/// `plek serve` wraps it in a stdin/stdout loop; tests call ``handle(_:)`` directly. Every
/// request gets exactly one response and notifications none; no input stops the service,
/// and a failed request changes nothing.
public struct Service: Sendable {
  /// Threads per query, from the options.
  var threads: Int { options.threads }
  /// The engine and what the service keeps between requests (the region's proposal and
  /// competition index, kept current as the data changes).
  public internal(set) var workspace: Workspace
  /// The engine answering queries.
  public var engine: MatchEngine { workspace.engine }
  /// The state directory and its journal, with `plek serve --state`; `nil` keeps nothing.
  public var state: ServiceState?
  /// Limits and threads.
  public let options: ServiceOptions
  /// The day used when a request gives no `date`.
  public var today: @Sendable () -> Day
  /// Writes one log line (to standard error in `plek serve`): ids and counts, never profiles.
  public var log: @Sendable (String) -> Void
  /// Set by `shutdown`: the transport stops after writing the response.
  public internal(set) var isShuttingDown = false
  /// Requests answered so far.
  public internal(set) var requestCount = 0
  /// Requests answered with an error so far.
  public internal(set) var errorCount = 0
  /// When the work of the line being answered must stop (uptime nanoseconds): its start
  /// plus ``ServiceOptions/lineBudgetSeconds``.
  var lineDeadline: UInt64?
  let started = Date()

  /// Creates a service over an engine.
  public init(
    engine: MatchEngine, options: ServiceOptions = .standard,
    today: @escaping @Sendable () -> Day = Day.today,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    workspace = Workspace(engine: engine)
    workspace.threads = options.threads
    self.options = options
    self.today = today
    self.log = log
  }

  /// Handles one framed message; returns the response line (without newline), or `nil` when
  /// nothing is to be sent (notifications).
  public mutating func handle(_ frame: Frame) -> [UInt8]? {
    switch frame {
    case .tooLong(let count):
      requestCount += 1
      errorCount += 1
      log("message of \(count) bytes over the limit of \(options.maximumMessageBytes), skipped")
      let error = RPCError(
        code: RPCErrorCode.payloadTooLarge,
        message:
          "message of \(count) bytes is over the limit of \(options.maximumMessageBytes) bytes; it was skipped",
        data: .object(["bytes": .int(count), "limit": .int(options.maximumMessageBytes)]))
      return JSONWriter().bytes(Self.response(id: .null, error: error))
    case .line(let bytes):
      return handle(line: bytes)
    }
  }

  /// Handles one line of JSON: a request, a notification or a batch.
  public mutating func handle(line bytes: [UInt8]) -> [UInt8]? {
    let value: JSONValue
    do {
      value = try JSONParser(maximumDepth: options.maximumDepth).parse(bytes)
    } catch {
      requestCount += 1
      errorCount += 1
      return JSONWriter().bytes(
        Self.response(
          id: .null,
          error: RPCError(
            code: RPCErrorCode.parseError,
            message: "parse error at column \(error.column): \(error.message)")))
    }
    if case .array(let elements) = value {
      guard !elements.isEmpty else {
        requestCount += 1
        errorCount += 1
        return JSONWriter().bytes(
          Self.response(
            id: .null, error: RPCError(code: RPCErrorCode.invalidRequest, message: "empty batch")))
      }
      // Nothing after `shutdown` runs: the rest of its batch is answered, not executed. Each
      // answer is written out at once, and once the batch's answer is over its limit, the
      // requests left are answered with -32003 and not executed: one line cannot make the
      // service hold more than about `options.maximumAnswerBytes`.
      var output: [UInt8] = [UInt8(ascii: "[")]
      var answered = 0
      let started = DispatchTime.now().uptimeNanoseconds
      lineDeadline = Self.deadline(from: started, seconds: options.lineBudgetSeconds)
      defer { lineDeadline = nil }
      for element in elements {
        let response: JSONValue?
        let spent = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if isShuttingDown {
          response = refusedAfterShutdown(element)
        } else if output.count > options.maximumAnswerBytes {
          response = refusedOverLimit(element, bytes: output.count)
        } else if spent > options.lineBudgetSeconds {
          response = refused(
            element,
            RPCError(
              code: RPCErrorCode.overBudget,
              message:
                "not executed: this batch ran for \(Int(spent)) s, over the budget of \(options.lineBudgetSeconds) s for one line; send the rest in another line",
              data: .object([
                "seconds": .number((spent * 10).rounded() / 10),
                "limit": .number(options.lineBudgetSeconds),
              ])))
        } else {
          response = handle(request: element)
        }
        guard let response else { continue }
        if answered > 0 { output.append(UInt8(ascii: ",")) }
        output += JSONWriter().bytes(response)
        answered += 1
      }
      output.append(UInt8(ascii: "]"))
      return answered == 0 ? nil : output
    }
    lineDeadline = Self.deadline(
      from: DispatchTime.now().uptimeNanoseconds, seconds: options.lineBudgetSeconds)
    defer { lineDeadline = nil }
    return handle(request: value).map { JSONWriter().bytes($0) }
  }

  /// `seconds` after `start` in uptime nanoseconds (a budget below 0 is 0; one past a
  /// year is none).
  static func deadline(from start: UInt64, seconds: Double) -> UInt64? {
    guard seconds < 365 * 86_400 else { return nil }
    return start + UInt64(max(0, seconds) * 1e9)
  }

  /// The answer to a request of a batch whose answer is over the limit: an error, or nothing
  /// for a notification.
  mutating func refusedOverLimit(_ element: JSONValue, bytes: Int) -> JSONValue? {
    refused(
      element,
      RPCError(
        code: RPCErrorCode.payloadTooLarge,
        message:
          "not executed: the answers of this batch reached \(bytes) bytes, over the limit of \(options.maximumAnswerBytes); send the rest in another line",
        data: .object(["bytes": .int(bytes), "limit": .int(options.maximumAnswerBytes)])))
  }

  /// The answer to a request of a batch that came after `shutdown`: an error, or nothing for a
  /// notification.
  mutating func refusedAfterShutdown(_ element: JSONValue) -> JSONValue? {
    refused(
      element,
      RPCError(
        code: RPCErrorCode.shuttingDown,
        message: "not executed: the service is shutting down (shutdown came earlier in this batch)")
    )
  }

  /// A request of a batch answered with `error` and not executed (counted as an error). An
  /// element that is no valid request (not an object, a bad envelope) gets the answer it
  /// would get anyway, invalid request; only a valid notification gets none: every other
  /// element of a batch gets exactly one answer.
  mutating func refused(_ element: JSONValue, _ error: RPCError) -> JSONValue? {
    requestCount += 1
    errorCount += 1
    guard case .object(let members) = element else {
      return Self.response(id: .null, error: Self.notAnObject(element))
    }
    let id = members.first(where: { $0.key == "id" })?.value
    if case .failure(let invalid) = Self.envelope(members) {
      return Self.response(id: id.map { Self.validID($0) ? $0 : .null } ?? .null, error: invalid)
    }
    guard let id else { return nil }
    return Self.response(id: Self.validID(id) ? id : .null, error: error)
  }

  /// The answer to a batch element or line that is not an object.
  static func notAnObject(_ value: JSONValue) -> RPCError {
    RPCError(
      code: RPCErrorCode.invalidRequest,
      message: "a request must be an object, not \(value.typeName)")
  }

  /// Handles one request object; `nil` for a notification.
  mutating func handle(request: JSONValue) -> JSONValue? {
    guard case .object(let members) = request else {
      requestCount += 1
      errorCount += 1
      return Self.response(id: .null, error: Self.notAnObject(request))
    }
    let idMember = members.first { $0.key == "id" }
    let id: JSONValue = idMember?.value ?? .null
    requestCount += 1
    let method: String
    let params: JSONValue?
    switch Self.envelope(members) {
    case .failure(let error):
      // Not a valid request, so not a notification either: always answered (JSON-RPC 2.0 §5).
      errorCount += 1
      log("invalid request \(LogText.id(id)): \(LogText.safe(error.message, limit: 120))")
      return Self.response(id: Self.validID(id) ? id : .null, error: error)
    case .success(let envelope):
      (method, params) = envelope
    }
    let isNotification = idMember == nil
    switch dispatch(method: method, params: params) {
    case .success(let value):
      return isNotification ? nil : Self.response(id: id, result: value)
    case .failure(let error):
      errorCount += 1
      log("request \(LogText.id(id)) \(LogText.safe(method, limit: 40)): error \(error.code)")
      return isNotification ? nil : Self.response(id: id, error: error)
    }
  }

  /// Checks the JSON-RPC 2.0 envelope and returns the method and params.
  static func envelope(_ members: [JSONMember]) -> Result<(String, JSONValue?), RPCError> {
    let allowed = ["jsonrpc", "id", "method", "params"]
    if let unknown = members.first(where: { !allowed.contains($0.key) }) {
      return .failure(
        RPCError(
          code: RPCErrorCode.invalidRequest,
          message: "unknown member \"\(unknown.key)\"; a request has jsonrpc, id, method and params"
        ))
    }
    guard members.first(where: { $0.key == "jsonrpc" })?.value == .string("2.0") else {
      return .failure(
        RPCError(code: RPCErrorCode.invalidRequest, message: "\"jsonrpc\" must be \"2.0\""))
    }
    if let id = members.first(where: { $0.key == "id" })?.value, !validID(id) {
      return .failure(
        RPCError(
          code: RPCErrorCode.invalidRequest, message: "\"id\" must be a string, a number or null"))
    }
    guard case .string(let method)? = members.first(where: { $0.key == "method" })?.value else {
      return .failure(
        RPCError(code: RPCErrorCode.invalidRequest, message: "\"method\" must be a string"))
    }
    let params = members.first { $0.key == "params" }?.value
    switch params {
    case nil, .object?, .array?: return .success((method, params))
    default:
      return .failure(
        RPCError(
          code: RPCErrorCode.invalidRequest, message: "\"params\" must be an object or an array"))
    }
  }

  static func validID(_ id: JSONValue) -> Bool {
    switch id {
    case .string, .number, .null: return true
    default: return false
    }
  }

  static func response(id: JSONValue, result: JSONValue) -> JSONValue {
    .object([JSONMember("jsonrpc", "2.0"), JSONMember("id", id), JSONMember("result", result)])
  }

  static func response(id: JSONValue, error: RPCError) -> JSONValue {
    .object([JSONMember("jsonrpc", "2.0"), JSONMember("id", id), JSONMember("error", error.json)])
  }
}

/// Renders request ids for logs, bounded in length.
/// What a client sent, made safe for a log line: control characters (newlines, escapes,
/// bells, the Unicode line and paragraph separators) written as `\u{…}`, and cut to a few
/// dozen characters with "…", so that no request can print a forged line, move the
/// terminal's cursor or flood the log (issue 14).
enum LogText {
  /// At most `limit` characters of `text`, every control character escaped.
  static func safe(_ text: String, limit: Int = 60) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        result += "…"
        break
      }
      let value = scalar.value
      if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028
        || value == 0x2029
      {
        result += "\\u{" + String(value, radix: 16) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }

  /// A request id for a log line.
  static func id(_ id: JSONValue) -> String {
    switch id {
    case .string(let text): return "\"" + safe(text, limit: 40) + "\""
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    default: return "null"
    }
  }
}
