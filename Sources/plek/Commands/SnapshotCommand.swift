import Foundation
import PlekCore
import PlekIO

extension Commands {
  static let snapshot = Command(
    name: "snapshot",
    summary: "Write a dataset and its policy as one binary snapshot file (loads faster).",
    usage: "plek snapshot [--data DIR | --state DIR] [--policy FILE] --out FILE",
    positionals: 0...0,
    options: CommonOptions.dataset + [
      OptionSpec(name: "out", value: "FILE", help: "the snapshot file to write")
    ],
    details: """
      The snapshot holds every record and the policy, each section checksummed (CRC-32C),
      written against the taxonomy (it is read only with the same one). Every command reads
      it with --data FILE; plek export --dataset DIR --data FILE turns it back into the JSON
      files. plek serve --state keeps its snapshots in this format.
      """
  ) { invocation in
    guard let out = invocation.value("out") else {
      throw UsageError(Message(en: "--out FILE is required", nl: "--out BESTAND is nodig"))
    }
    let started = Date()
    let engine = try DataSession.load(invocation).engine
    let bytes = BinarySnapshot.bytes(of: engine)
    try writeOutput(bytes, to: out)
    status(
      Message(
        en:
          "Wrote \(engine.participantCount) participants, \(engine.placeCount) places and the policy to \(text: out) (\(bytes.count) bytes) in \(Date().timeIntervalSince(started), decimals: 2) s.",
        nl:
          "\(engine.participantCount) deelnemers, \(engine.placeCount) plekken en het beleid staan in \(text: out) (\(bytes.count) bytes, \(Date().timeIntervalSince(started), decimals: 2) s)."
      ), (try? invocation.language()) ?? .english)
    return ExitCode.success
  }
}
