import Foundation
import PlekCore
import PlekIO
import PlekService

extension Commands {
  static let serve = Command(
    name: "serve",
    summary: "Serve JSON-RPC 2.0 over standard input and output, for the case server.",
    usage:
      "plek serve [--data DIR] [--taxonomy DIR] [--policy FILE] [--threads N] [--max-message-bytes N]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "threads", value: "N", help: "threads per query, 0 for every core (default 0)"),
      OptionSpec(
        name: "max-message-bytes", value: "N",
        help: "longest request line accepted (default 8388608)"),
    ],
    details: """
      One JSON-RPC message per line on standard input, one response per line on standard
      output; logs on standard error (ids and counts only). Bad data or policy at start-up: a
      message on standard error and exit code 1 before anything is read. The protocol is
      documented in Sources/PlekService/PlekService.docc/Protocol.md.
      """
  ) { invocation in
    let threads = try invocation.int("threads", in: 0...256, default: 0)
    let maximumBytes = try invocation.int(
      "max-message-bytes", in: 1024...(1 << 30), default: 8 << 20)
    let started = Date()
    let loaded = try DataSession.load(invocation)
    var options = ServiceOptions.standard
    options.threads = threads
    options.maximumMessageBytes = maximumBytes
    var service = Service(
      engine: loaded.engine, options: options, log: { StandardError.write("plek serve: " + $0) })
    StandardError.write(
      "plek serve: ready, \(loaded.engine.participantCount) participants, \(loaded.engine.placeCount) places from \(loaded.dataDirectory) in \(Int(Date().timeIntervalSince(started) * 1000)) ms"
    )
    return StdioServer.run(&service)
  }
}
