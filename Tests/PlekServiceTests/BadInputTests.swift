import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekService

/// A bad input and the error it must get; every case is followed by a valid request.
struct BadLine: Sendable, CustomTestStringConvertible {
  var name: String
  var line: [UInt8]
  var code: Int?
  var message: String = ""
  var testDescription: String { name }

  init(_ name: String, _ text: String, _ code: Int?, _ message: String = "") {
    self.name = name
    self.line = Array(text.utf8)
    self.code = code
    self.message = message
  }

  init(_ name: String, bytes: [UInt8], _ code: Int?, _ message: String = "") {
    self.name = name
    self.line = bytes
    self.code = code
    self.message = message
  }
}

@Suite("Bad input never stops the service")
struct BadInputTests {
  static let person = Fixtures.participantJSONText

  static let cases: [BadLine] = [
    BadLine("not JSON", "hello", RPCErrorCode.parseError),
    BadLine("truncated", #"{"jsonrpc":"2.0","id":1,"method":"health""#, RPCErrorCode.parseError),
    BadLine(
      "trailing garbage", #"{"jsonrpc":"2.0","id":1,"method":"health"} x"#, RPCErrorCode.parseError),
    BadLine(
      "invalid UTF-8",
      bytes: Array(#"{"jsonrpc":"2.0","id":1,"method":""#.utf8) + [0xC3, 0x28, 0x22, 0x7D],
      RPCErrorCode.parseError),
    BadLine(
      "lone surrogate", #"{"jsonrpc":"2.0","id":1,"method":"\ud800"}"#, RPCErrorCode.parseError),
    BadLine(
      "deep nesting", String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
      RPCErrorCode.parseError, "nesting"),
    BadLine(
      "non-finite number", #"{"jsonrpc":"2.0","id":1e999,"method":"health"}"#,
      RPCErrorCode.parseError, "out of range"),
    BadLine("NaN", #"{"jsonrpc":"2.0","id":NaN,"method":"health"}"#, RPCErrorCode.parseError),
    BadLine("a number, not an object", "42", RPCErrorCode.invalidRequest),
    BadLine("a string, not an object", #""health""#, RPCErrorCode.invalidRequest),
    BadLine("empty batch", "[]", RPCErrorCode.invalidRequest, "empty batch"),
    BadLine("missing jsonrpc", #"{"id":1,"method":"health"}"#, RPCErrorCode.invalidRequest),
    BadLine(
      "wrong jsonrpc", #"{"jsonrpc":"1.0","id":1,"method":"health"}"#, RPCErrorCode.invalidRequest),
    BadLine(
      "method not a string", #"{"jsonrpc":"2.0","id":1,"method":7}"#, RPCErrorCode.invalidRequest),
    BadLine(
      "object id", #"{"jsonrpc":"2.0","id":{"a":1},"method":"health"}"#, RPCErrorCode.invalidRequest
    ),
    BadLine(
      "params a string", #"{"jsonrpc":"2.0","id":1,"method":"health","params":"x"}"#,
      RPCErrorCode.invalidRequest),
    BadLine(
      "unknown member", #"{"jsonrpc":"2.0","id":1,"method":"health","trace":"x"}"#,
      RPCErrorCode.invalidRequest),
    BadLine(
      "unknown method", #"{"jsonrpc":"2.0","id":1,"method":"healthz"}"#,
      RPCErrorCode.methodNotFound, "did you mean"),
    BadLine(
      "params for health", #"{"jsonrpc":"2.0","id":1,"method":"health","params":{"x":1}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "array params", #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":["P-000003"]}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "missing participant", #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "huge k",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":1000000}}"#,
      RPCErrorCode.invalidParams, "k out-of-range"),
    BadLine(
      "negative k",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":-1}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "fractional k",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":2.5}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "k as a string",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":"10"}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "bad date",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","date":"2026-02-30"}}"#,
      RPCErrorCode.invalidParams, "bad-date"),
    BadLine(
      "bad view",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","view":"public"}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "unknown sector filter",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","filters":{"sectors":["space"]}}}"#,
      RPCErrorCode.invalidParams, "unknown-sector"),
    BadLine(
      "unknown filter",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","filters":{"salary":3000}}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "bad participant id",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P 3"}}"#,
      RPCErrorCode.invalidParams, "bad-id"),
    BadLine(
      "unknown participant",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-999999"}}"#,
      RPCErrorCode.unknownParticipant),
    BadLine(
      "unknown place",
      #"{"jsonrpc":"2.0","id":1,"method":"candidates","params":{"place":"PL-999999"}}"#,
      RPCErrorCode.unknownPlace),
    BadLine(
      "inline participant with a bsn",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":{"id":"P-1","bsn":"123"}}}"#,
      RPCErrorCode.invalidParams, "participant.bsn"),
    BadLine(
      "upsert not an array",
      #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":{}}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "upsert a bad record",
      #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":[{"id":"P-1","name":"Jan"}]}}"#,
      RPCErrorCode.validationFailed),
    BadLine(
      "remove an unknown id",
      #"{"jsonrpc":"2.0","id":1,"method":"places.remove","params":{"ids":["PL-000001","PL-NOPE"]}}"#,
      RPCErrorCode.unknownPlace, "nothing removed"),
    BadLine(
      "remove a malformed id",
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P 1"]}}"#,
      RPCErrorCode.invalidParams),
    BadLine(
      "policy with a negative weight",
      #"{"jsonrpc":"2.0","id":1,"method":"policy.set","params":{"policy":{"weights":{"wishes":-1}}}}"#,
      RPCErrorCode.validationFailed),
    BadLine(
      "policy all zero",
      #"{"jsonrpc":"2.0","id":1,"method":"policy.set","params":{"policy":{"weights":{"loadHeadroom":0,"competency":0,"development":0,"wishes":0,"placementOrder":0,"support":0}}}}"#,
      RPCErrorCode.validationFailed),
    BadLine(
      "policy unknown key",
      #"{"jsonrpc":"2.0","id":1,"method":"policy.set","params":{"policy":{"speed":1}}}"#,
      RPCErrorCode.validationFailed),
    BadLine(
      "horizon beyond a year",
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","horizonDays":366}}"#,
      RPCErrorCode.invalidParams, "horizonDays"),
    BadLine(
      "horizon as text",
      #"{"jsonrpc":"2.0","id":1,"method":"explain","params":{"participant":"P-000003","place":"PL-000723","horizonDays":"90"}}"#,
      RPCErrorCode.invalidParams, "horizonDays"),
    BadLine(
      "horizon as a fraction",
      #"{"jsonrpc":"2.0","id":1,"method":"blockers","params":{"participant":"P-000003","horizonDays":1.5}}"#,
      RPCErrorCode.invalidParams, "horizonDays"),
    BadLine(
      "advice has no view (it is for officers)",
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"P-000003","view":"employer"}}"#,
      RPCErrorCode.invalidParams, "view unknown-field"),
    BadLine(
      "advice for an unknown participant",
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"P-999999"}}"#,
      RPCErrorCode.unknownParticipant),
    BadLine(
      "advice for an inline profile with a name",
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":{"id":"P-1","name":"Jan"}}}"#,
      RPCErrorCode.invalidParams, "participant.name"),
    BadLine(
      "advice without a participant",
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"date":"2026-11-22"}}"#,
      RPCErrorCode.invalidParams, "participant missing-field"),
    BadLine(
      "advice on a day that does not exist",
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"P-000003","date":"2026-13-01"}}"#,
      RPCErrorCode.invalidParams, "bad-date"),
    BadLine(
      "carve for an unknown place",
      #"{"jsonrpc":"2.0","id":1,"method":"carve","params":{"place":"PL-999999"}}"#,
      RPCErrorCode.unknownPlace),
    BadLine(
      "carve in a view that does not exist",
      #"{"jsonrpc":"2.0","id":1,"method":"carve","params":{"place":"PL-000010","view":"public"}}"#,
      RPCErrorCode.invalidParams, "view"),
    BadLine(
      "carve with a horizon beyond a year",
      #"{"jsonrpc":"2.0","id":1,"method":"carve","params":{"place":"PL-000010","horizonDays":400}}"#,
      RPCErrorCode.invalidParams, "horizonDays"),
    BadLine(
      "carve for an inline place with an unknown field",
      #"{"jsonrpc":"2.0","id":1,"method":"carve","params":{"place":{"id":"PL-1","salary":3000}}}"#,
      RPCErrorCode.invalidParams, "place.salary"),
    BadLine("a notification with a bad method", #"{"jsonrpc":"2.0","method":"nope"}"#, nil),
    BadLine("an empty object", "{}", RPCErrorCode.invalidRequest),
    BadLine("no id and no method", #"{"jsonrpc":"2.0","params":{}}"#, RPCErrorCode.invalidRequest),
    BadLine(
      "a batch of notifications",
      #"[{"jsonrpc":"2.0","method":"health"},{"jsonrpc":"2.0","method":"x"}]"#, nil),
  ]

  /// A service that has answered the shortlist below once, so its competition index for the
  /// day is built: every case starts from a copy (the service is a value, its caches too), and
  /// does not build the index again.
  static let warmed: Service = {
    var service = ServiceFixtures.service()
    _ = service.send(
      #"{"jsonrpc":"2.0","id":"warm","method":"shortlist","params":{"participant":"P-000003","k":5,"date":"2026-11-22"}}"#
    )
    return service
  }()

  @Test(arguments: cases)
  func answeredThenTheNextRequestSucceeds(_ bad: BadLine) throws {
    var service = Self.warmed
    let before = service.send(
      #"{"jsonrpc":"2.0","id":"pre","method":"shortlist","params":{"participant":"P-000003","k":5,"date":"2026-11-22"}}"#
    )
    let answer = service.handle(line: bad.line).map { try? JSONParser().parse($0) }
    if let code = bad.code {
      let response = try #require(answer ?? nil, "\(bad.name) was not answered")
      #expect(response["jsonrpc"] == "2.0")
      #expect(response["error"]?["code"] == .int(code), "\(response)")
      #expect(response["result"] == nil)
      let message = response["error"]?["message"]?.stringValue ?? ""
      #expect(bad.message.isEmpty || message.contains(bad.message), "message: \(message)")
      if code == RPCErrorCode.parseError { #expect(response["id"] == .null) }
    } else {
      #expect(answer == nil, "notifications get no answer")
    }
    #expect(!service.isShuttingDown)
    // The service keeps working, and nothing changed.
    let after = service.send(
      #"{"jsonrpc":"2.0","id":"post","method":"shortlist","params":{"participant":"P-000003","k":5,"date":"2026-11-22"}}"#
    )
    #expect(after?["id"] == "post")
    // Both lists exist and are not empty, so that "equal" says something.
    let beforeMatches = try #require(before?["result"]?["matches"]?.arrayElements)
    let afterMatches = try #require(after?["result"]?["matches"]?.arrayElements)
    #expect(!beforeMatches.isEmpty)
    #expect(afterMatches == beforeMatches)
    #expect(service.engine.participantCount == 300)
    #expect(service.engine.placeCount == 1000)
    #expect(service.engine.policy == .default)
  }

  @Test func overLongMessagesAreAnsweredAndSkipped() throws {
    var options = ServiceOptions.standard
    options.maximumMessageBytes = 1024
    var service = ServiceFixtures.service(options: options)
    let handled = service.handle(.tooLong(byteCount: 5000))
    let answer = try #require(handled)
    let response = try JSONParser().parse(answer)
    #expect(response["error"]?["code"] == .int(RPCErrorCode.payloadTooLarge))
    #expect(response["error"]?["data"]?["limit"] == 1024)
    #expect(
      service.send(#"{"jsonrpc":"2.0","id":2,"method":"health"}"#)?["result"]?["status"] == "ok")
  }

  @Test func idsAreEchoedExactly() {
    var service = ServiceFixtures.service()
    for id in [#""abc""#, "0", "-7", "12345678901", "1.5", "null"] {
      let response = service.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"health"}"#)
      #expect(response.map { JSONWriter().string($0["id"]!) } == id)
    }
  }

  @Test func aFailedUpsertChangesNothingAndListsEveryProblem() throws {
    var service = ServiceFixtures.service()
    let good = Fixtures.participantJSONText
    let bad = good.replacingOccurrences(of: "\"P-900001\"", with: "\"P-900002\"")
      .replacingOccurrences(of: "\"vaals\"", with: "\"amsterdam\"")
    let answer = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":[\#(good),\#(bad),\#(good)]}}"#
    )
    let response = try #require(answer)
    let problems = try #require(response["error"]?["data"]?.arrayElements)
    #expect(
      problems.map {
        "\(Int($0["index"]!.numberValue!)) \($0["path"]!.stringValue!) \($0["kind"]!.stringValue!)"
      } == [
        "1 municipality unknown-municipality", "2 id duplicate-id",
      ])
    #expect(service.engine.participant("P-900001") == nil, "all or nothing")
  }
}

/// A valid inline participant, as a request would carry it.
enum Fixtures {
  static let participantJSONText =
    #"{"id":"P-900001","municipality":"vaals","location":{"lat":50.7706,"lon":6.0183},"targetGroup":"participatiewet-within-1y","loadCapacity":{"lifting":2},"developmentPace":"steady","supportNeed":"light","wishes":{"hoursPerWeek":{"min":24,"max":32},"maxTravelMinutes":60,"transport":"public-transport"},"availableFrom":"2026-12-01"}"#
}
