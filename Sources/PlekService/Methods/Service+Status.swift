import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Service {
  func health(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    try Params(params, allowed: []).check()
    var members = [
      JSONMember("status", "ok"),
      JSONMember("version", .string(PlekVersion.current)),
      JSONMember("participants", .int(engine.participantCount)),
      JSONMember("places", .int(engine.placeCount)),
      JSONMember("readOnly", .bool(options.readOnly)),
    ]
    if let state {
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

  func stats(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    try Params(params, allowed: []).check()
    var members =
      JSONRendering(localizer: Localizer(language: .english, taxonomy: engine.taxonomy))
      .statistics(engine.statistics).objectMembers ?? []
    members += [
      JSONMember("residentBytes", .int(Self.residentBytes())),
      JSONMember("requests", .int(requestCount)),
      JSONMember("errors", .int(errorCount)),
      JSONMember("uptimeSeconds", .number((Date().timeIntervalSince(started) * 10).rounded() / 10)),
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
