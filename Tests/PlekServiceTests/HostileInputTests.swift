import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Synchronization
import Testing

@testable import PlekService

/// Issue 14's hostile-input defects of the service: forged log lines (4) and requests after
/// `shutdown` (12).
@Suite("Service: hostile input")
struct HostileInputTests {
  /// A service whose log lines are kept.
  static func logged() -> (Service, LogSink) {
    var service = ServiceFixtures.service()
    let sink = LogSink()
    service.log = { line in sink.append(line) }
    return (service, sink)
  }

  final class LogSink: Sendable {
    let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
  }

  /// Newlines, escapes and floods in an id, a method or a member name never reach a log line
  /// raw: each request logs one line, without control characters, of bounded length.
  @Test(arguments: [
    #"{"jsonrpc":"2.0","id":"x\nplek serve: stopped after 0 requests","method":"nope"}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"nope\nplek serve: stopped\u001b[2J"}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"health","x\nforged":1}"#,
    #"{"jsonrpc":"2.0","id":"\#(String(repeating: "A", count: 100_000))","method":"nope"}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"\#(String(repeating: "B", count: 100_000))"}"#,
    #"{"jsonrpc":"2.0","id":1,"method":"nope\u2028forged"}"#,
  ])
  func logLinesCannotBeForged(request: String) throws {
    let (service, sink) = Self.logged()
    var served = service
    _ = served.send(request)
    let logged = sink.all
    #expect(logged.count == 1, "\(logged)")
    for line in logged {
      #expect(
        !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x2028 })
      #expect(line.count < 300, "\(line.count) characters")
    }
  }

  /// In a batch, nothing after `shutdown` runs: the upsert after it is answered with an
  /// error and changes nothing.
  @Test func nothingAfterShutdownInABatchRuns() throws {
    var service = ServiceFixtures.service()
    var person = try #require(ServiceFixtures.engine.participant("P-000003"))
    person.id = "P-990077"
    let record = JSONWriter(style: .compact).string(person.json)
    let answer = service.send(
      #"[{"jsonrpc":"2.0","id":1,"method":"shutdown"},{"jsonrpc":"2.0","id":2,"method":"participants.upsert","params":{"participants":[\#(record)]}},{"jsonrpc":"2.0","method":"health"}]"#
    )
    let responses = try #require(answer?.arrayElements)
    #expect(responses.count == 2)
    #expect(responses[1]["error"]?["code"] == .int(RPCErrorCode.shuttingDown))
    #expect(service.engine.participant("P-990077") == nil)
  }

  /// Lines read in the same chunk as `shutdown` are not executed either.
  @Test func nothingAfterShutdownInAChunkRuns() throws {
    var service = ServiceFixtures.service()
    var person = try #require(ServiceFixtures.engine.participant("P-000003"))
    person.id = "P-990078"
    let record = JSONWriter(style: .compact).string(person.json)
    let input =
      #"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"# + "\n"
      + #"{"jsonrpc":"2.0","id":2,"method":"participants.upsert","params":{"participants":[\#(record)]}}"#
      + "\n"
    var toServer: [Int32] = [0, 0]
    var fromServer: [Int32] = [0, 0]
    #expect(pipe(&toServer) == 0 && pipe(&fromServer) == 0)
    _ = input.withCString { write(toServer[1], $0, strlen($0)) }
    close(toServer[1])
    let status = StdioServer.serve(&service, input: toServer[0], output: fromServer[1])
    close(fromServer[1])
    close(toServer[0])
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(fromServer[0], &buffer, buffer.count)
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    close(fromServer[0])
    #expect(status == 0)
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 1, "only the shutdown is answered: \(lines)")
    #expect(service.engine.participant("P-990078") == nil)
  }

  /// Defect 6: a title with ESC, BEL, a line break or a bidirectional override is refused,
  /// naming the field and the character.
  @Test(arguments: ["\u{1B}[2JX", "bell\u{07}", "two\nlines", "\u{202E}txet", "del\u{7F}"])
  func controlCharactersInTextAreRefused(title: String) throws {
    var service = ServiceFixtures.service()
    var place = try #require(ServiceFixtures.engine.place("PL-000090"))
    place.title = title
    let record = JSONWriter(style: .compact).string(place.json)
    let answer = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"places.upsert","params":{"places":[\#(record)]}}"#)
    #expect(answer?["error"]?["code"] == .int(RPCErrorCode.validationFailed))
    let problem = answer?["error"]?["data"]?.arrayElements?.first
    #expect(problem?["path"]?.stringValue == "title", "\(String(describing: answer))")
    #expect(problem?["value"]?.stringValue?.hasPrefix("U+") == true)
    #expect(service.engine.place("PL-000090")?.title != title)
  }

  /// Defect 8: a key named twice inside `filters` (or any nested object) is refused with its
  /// path, as at the top level.
  @Test(arguments: [
    (
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","filters":{"sectors":["cleaning"],"sectors":["hospitality"]}}}"#,
      "filters.sectors"
    ),
    (
      #"{"jsonrpc":"2.0","id":1,"method":"assign","params":{"filters":{"employerKinds":["regular"],"targetGroups":["wsw"],"employerKinds":["internal"]}}}"#,
      "filters.employerKinds"
    ),
    (
      #"{"jsonrpc":"2.0","id":1,"method":"participants.upsert","params":{"participants":[{"id":"P-1","id":"P-2"}]}}"#,
      "participants[0].id"
    ),
  ])
  func duplicateKeysAreRefusedAtEveryLevel(request: String, path: String) throws {
    var service = ServiceFixtures.service()
    let answer = service.send(request)
    #expect(
      answer?["error"]?["code"] == .int(RPCErrorCode.invalidParams), "\(String(describing: answer))"
    )
    let paths = answer?["error"]?["data"]?.arrayElements?.compactMap { $0["path"]?.stringValue }
    #expect(paths?.contains(path) == true, "\(String(describing: paths))")
  }

  /// Defect 2: one batch line cannot make the service build every answer in memory: past
  /// the answer limit, the requests left are answered with -32003 and not executed.
  /// A request with a large answer (a shortlist of 1,000 explained entries).
  static let bigAnswer =
    #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":1000,"explain":true,"date":"2026-11-22"}}"#

  /// A service whose batch answers are limited to `bytes`.
  static func service(answersUpTo bytes: Int) -> Service {
    var options = ServiceOptions.standard
    options.maximumAnswerBytes = bytes
    return ServiceFixtures.service(options: options)
  }

  @Test func aBatchsAnswerIsBounded() throws {
    var service = Self.service(answersUpTo: 1 << 20)
    let options = service.options
    let request = Self.bigAnswer
    let line = "[" + Array(repeating: request, count: 200).joined(separator: ",") + "]"
    let answer = service.handle(line: Array(line.utf8))
    let bytes = try #require(answer)
    #expect(bytes.count < 2 * options.maximumAnswerBytes + (4 << 20))
    let answers = try #require(try JSONParser().parse(bytes).arrayElements)
    #expect(answers.count == 200)
    let refused = answers.filter { $0["error"]?["code"] == .int(RPCErrorCode.payloadTooLarge) }
    #expect(refused.count > 150)
    #expect(answers.first?["result"] != nil)
    // The service goes on.
    #expect(service.send(#"{"jsonrpc":"2.0","id":2,"method":"health"}"#)?["result"] != nil)
  }

  /// Issue 25 item 12: past the answer limit, invalid elements got no answer (a batch of
  /// 700,002 got 645,279). Every element but a valid notification gets exactly one: a
  /// number, a string, an object without a method, with an unknown member, a request.
  @Test func pastTheLimitEveryElementIsAnswered() throws {
    var service = Self.service(answersUpTo: 1 << 16)
    let big = Self.bigAnswer
    let mixed = [
      "1", #""x""#, "null", "[]", #"{"jsonrpc":"2.0","id":7}"#,
      #"{"jsonrpc":"2.0","id":8,"method":"health","extra":1}"#,
      #"{"jsonrpc":"2.0","id":9,"method":"health"}"#, #"{"jsonrpc":"2.0","method":"health"}"#,
      #"{"id":10,"method":"health"}"#,
    ]
    let line =
      "["
      + ([big] + Array(repeating: mixed, count: 50).flatMap { $0 }).joined(
        separator: ",") + "]"
    let handled = service.handle(line: Array(line.utf8))
    let answer = try #require(handled)
    let parsed = try JSONParser().parse(answer)
    let answers = try #require(parsed.arrayElements)
    // One notification in each group of nine: no answer for it.
    #expect(answers.count == 1 + 50 * 8)
    let invalid = answers.filter { $0["error"]?["code"] == .int(RPCErrorCode.invalidRequest) }
    #expect(invalid.count == 50 * 7)
    let tooLarge = answers.filter { $0["error"]?["code"] == .int(RPCErrorCode.payloadTooLarge) }
    #expect(tooLarge.count == 50)
  }
}
