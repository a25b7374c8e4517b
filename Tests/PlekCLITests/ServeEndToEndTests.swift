import Foundation
import PlekTestSupport
import Testing

/// A running `plek serve` with pipes on all three streams.
final class ServeProcess: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSCondition()
  private var buffer = Data()
  private var finished = false
  private let errorBox = DataBox()
  private let group = DispatchGroup()

  /// Starts `plek serve arguments`; with `readingErrors` false nobody reads its standard
  /// error (a case server that ignores the log), so the pipe fills.
  init(_ arguments: [String] = [], readingErrors: Bool = true) throws {
    process.executableURL = Executable.plek
    process.arguments = ["serve"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: Executable.repositoryRoot)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputHandle = output.fileHandleForReading
    group.enter()
    Thread.detachNewThread { [self] in
      while true {
        let data = outputHandle.availableData
        lock.lock()
        if data.isEmpty { finished = true } else { buffer.append(data) }
        lock.broadcast()
        lock.unlock()
        if data.isEmpty { break }
      }
      group.leave()
    }
    guard readingErrors else { return }
    group.enter()
    let errorHandle = errors.fileHandleForReading
    DispatchQueue.global().async { [errorBox, group] in
      errorBox.data = errorHandle.readDataToEndOfFile()
      group.leave()
    }
  }

  func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }
  func send(_ bytes: [UInt8]) { input.fileHandleForWriting.write(Data(bytes)) }
  func closeInput() { try? input.fileHandleForWriting.close() }

  /// The next output line, waiting up to `timeout` seconds.
  func readLine(timeout: TimeInterval = 20) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    lock.lock()
    defer { lock.unlock() }
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...newline)
        return line
      }
      if finished || !lock.wait(until: deadline) { return nil }
    }
  }

  /// Waits for the process to exit; returns the status, all remaining output lines and stderr.
  func finish(timeout: TimeInterval = 60) -> (status: Int32, lines: [String], errors: String) {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    _ = group.wait(timeout: .now() + 10)
    lock.lock()
    let rest = String(decoding: buffer, as: UTF8.self)
    buffer.removeAll()
    lock.unlock()
    let lines = rest.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    return (process.terminationStatus, lines, String(decoding: errorBox.data, as: UTF8.self))
  }
}

func json(_ line: String?) -> [String: Any]? {
  guard let line, let data = line.data(using: .utf8) else { return nil }
  return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}

@Suite(
  "plek serve end to end", .serialized, .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct ServeEndToEndTests {
  @Test func aSessionOfUpsertsQueriesAndRemovals() throws {
    let serve = try ServeProcess()
    let person =
      #"{"id":"P-E2E-1","municipality":"maastricht","location":{"lat":50.8514,"lon":5.691},"targetGroup":"participatiewet-direct","loadCapacity":{},"developmentPace":"fast","supportNeed":"none","wishes":{"hoursPerWeek":{"min":16,"max":40},"maxTravelMinutes":45,"transport":"bike"},"availableFrom":"2026-11-01"}"#
    serve.send(#"{"jsonrpc":"2.0","id":1,"method":"health"}"# + "\n")
    #expect((json(serve.readLine())?["result"] as? [String: Any])?["participants"] as? Int == 300)
    serve.send(
      #"{"jsonrpc":"2.0","id":2,"method":"participants.upsert","params":{"participants":[\#(person)]}}"#
        + "\n")
    #expect((json(serve.readLine())?["result"] as? [String: Any])?["created"] as? Int == 1)
    serve.send(
      #"{"jsonrpc":"2.0","id":3,"method":"shortlist","params":{"participant":"P-E2E-1","k":5,"date":"2026-11-22"}}"#
        + "\n")
    let list = json(serve.readLine())
    let matches = (list?["result"] as? [String: Any])?["matches"] as? [[String: Any]]
    #expect(matches?.isEmpty == false, "the new participant is found right after the upsert")
    // Unknown capacity everywhere: every match needs assessment, none is a plain fit.
    #expect(matches?.allSatisfy { ($0["assessmentPoints"] as? Int ?? 0) > 0 } == true)
    serve.send(
      #"{"jsonrpc":"2.0","id":4,"method":"participants.remove","params":{"ids":["P-E2E-1"]}}"#
        + "\n")
    #expect((json(serve.readLine())?["result"] as? [String: Any])?["removed"] as? Int == 1)
    serve.send(
      #"{"jsonrpc":"2.0","id":5,"method":"shortlist","params":{"participant":"P-E2E-1"}}"# + "\n")
    #expect((json(serve.readLine())?["error"] as? [String: Any])?["code"] as? Int == -32001)
    serve.send(#"{"jsonrpc":"2.0","id":6,"method":"shutdown"}"# + "\n")
    #expect(json(serve.readLine())?["id"] as? Int == 6)
    // Input is still open: shutdown alone ends the process.
    let result = serve.finish(timeout: 20)
    #expect(result.status == 0)
    #expect(result.lines.isEmpty)
    #expect(result.errors.contains("ready"))
    #expect(!result.errors.contains("P-E2E-1\",\"municipality"), "no profile data in logs")
  }

  @Test func tenThousandPipelinedRequestsAreEachAnsweredOnce() throws {
    let serve = try ServeProcess(["--threads", "1"])
    var requests = ""
    for id in 1...10_000 {
      let participant = String(format: "P-%06d", 1 + id % 300)
      requests +=
        id % 2 == 0
        ? #"{"jsonrpc":"2.0","id":\#(id),"method":"shortlist","params":{"participant":"\#(participant)","k":3,"date":"2026-11-22"}}"#
          + "\n"
        : #"{"jsonrpc":"2.0","id":\#(id),"method":"health"}"# + "\r\n"
    }
    // Write from another thread while this one reads, as a real client would.
    let text = requests
    DispatchQueue.global().async {
      serve.send(text)
      serve.closeInput()
    }
    var ids: [Int] = []
    while let line = serve.readLine(timeout: 60) {
      guard let object = json(line), let id = object["id"] as? Int, object["result"] != nil else {
        Issue.record("not a result: \(line.prefix(200))")
        break
      }
      ids.append(id)
    }
    let result = serve.finish()
    #expect(result.status == 0)
    #expect(ids == Array(1...10_000), "every request answered exactly once, in order")
  }

  /// Issue 25 item 13: a standard error nobody reads blocked the server after about 1,200
  /// logged requests. Now every request is answered and the lines dropped are counted.
  @Test func aLogNobodyReadsNeverBlocksAnswers() throws {
    let server = try ServeProcess(["--data", "Datasets/sample"], readingErrors: false)
    let count = 4_000
    var lines = ""
    for index in 0..<count {
      lines += #"{"jsonrpc":"2.0","id":\#(index),"method":"no.such.method"}"# + "\n"
    }
    lines += #"{"jsonrpc":"2.0","id":"h","method":"health"}"# + "\n"
    let input = lines
    DispatchQueue.global().async { server.send(input) }
    var answered = 0
    var health: [String: Any]?
    while let line = server.readLine(timeout: 30) {
      answered += 1
      if let answer = json(line), answer["id"] as? String == "h" {
        health = answer["result"] as? [String: Any]
        break
      }
    }
    #expect(answered == count + 1)
    #expect((health?["logLinesDropped"] as? Int ?? 0) > 0, "\(String(describing: health))")
    server.closeInput()
    _ = server.finish(timeout: 30)
  }

  @Test func endOfInputFinishesTheLastRequestAndExitsCleanly() throws {
    let serve = try ServeProcess()
    serve.send(
      #"{"jsonrpc":"2.0","id":1,"method":"health"}"# + "\n"
        + #"{"jsonrpc":"2.0","id":2,"method":"health"}"#)
    serve.closeInput()
    let result = serve.finish()
    #expect(result.status == 0)
    #expect(result.lines.compactMap { json($0)?["id"] as? Int } == [1, 2])
    #expect(result.errors.contains("stopped after 2 requests"))
  }

  @Test func badDataStopsBeforeReadingAnything() throws {
    let scratch = Scratch()
    try Data("[{\"id\":\"P-1\"}]".utf8).write(
      to: URL(fileURLWithPath: scratch.path + "/participants.json"))
    try Data("[]".utf8).write(to: URL(fileURLWithPath: scratch.path + "/places.json"))
    let serve = try ServeProcess([
      "--data", scratch.path, "--taxonomy", Executable.repositoryRoot + "/Datasets/taxonomy",
    ])
    let result = serve.finish(timeout: 20)
    #expect(result.status == 1)
    #expect(result.lines.isEmpty, "nothing on standard output")
    #expect(result.errors.contains("participants.json[0] (P-1) municipality: missing-field"))
    let policy = try ServeProcess(["--policy", "/nonexistent/policy.json"])
    let policyResult = policy.finish(timeout: 20)
    #expect(policyResult.status == 1)
    #expect(policyResult.errors.contains("does not exist"))
  }

  @Test func thousandsOfRandomByteLinesNeverStopTheService() throws {
    let serve = try ServeProcess(["--max-message-bytes", "4096"])
    var random = UInt64(0x5EED)
    func next() -> UInt64 {
      random &+= 0x9E37_79B9_7F4A_7C15
      var z = random
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    var stream: [UInt8] = []
    var expectedAnswers = 0
    let fragments = [
      #"{"jsonrpc":"2.0","id":1,"#, #""method":"#, "[", "]", "{", "}", #"":""#, "\u{FEFF}", "null",
      "\\u00",
    ]
    for line in 0..<3000 {
      var bytes: [UInt8] = []
      let length = Int(next() % 120)
      for _ in 0..<length {
        if next() % 4 == 0 {
          bytes += Array(fragments[Int(next() % UInt64(fragments.count))].utf8)
        } else {
          var byte = UInt8(truncatingIfNeeded: next())
          if byte == 0x0A { byte = 0x20 }
          bytes.append(byte)
        }
      }
      // Now and then a line over the 4096-byte limit.
      if line % 500 == 0 { bytes = Array(repeating: UInt8(ascii: "{"), count: 6000) }
      let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if !blank { expectedAnswers += 1 }
      stream += bytes + [0x0A]
    }
    stream += Array(#"{"jsonrpc":"2.0","id":"last","method":"health"}"#.utf8) + [0x0A]
    let bytes = stream
    DispatchQueue.global().async {
      serve.send(bytes)
      serve.closeInput()
    }
    var answers: [[String: Any]] = []
    while let line = serve.readLine(timeout: 60) {
      guard let object = json(line) else {
        Issue.record("standard output carried something that is not JSON: \(line.prefix(100))")
        break
      }
      answers.append(object)
    }
    let result = serve.finish()
    #expect(result.status == 0)
    #expect(answers.count == expectedAnswers + 1, "one answer per non-blank line")
    #expect((answers.last?["result"] as? [String: Any])?["status"] as? String == "ok")
    #expect(answers.count > 1)
    #expect(answers.dropLast().allSatisfy { $0["error"] != nil })
  }
}
