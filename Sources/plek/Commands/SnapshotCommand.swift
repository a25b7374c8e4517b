import Foundation
import PlekCore
import PlekIO

extension Commands {
  static let snapshot = Command(
    name: "snapshot",
    summary: Message(
      en: "Write a dataset and its policy as one binary snapshot file (loads faster).",
      nl: "Schrijf een dataset en het beleid als één binair snapshotbestand (laadt sneller)."),
    usage: "plek snapshot [--data DIR | --state DIR] [--policy FILE] --out FILE",
    positionals: 0...0,
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE",
        en: "the snapshot file to write", nl: "het snapshotbestand om te schrijven")
    ],
    details: Message(
      en: """
        The snapshot holds every record and the policy, each section checksummed (CRC-32C),
        written against the taxonomy (it is read only with the same one). Every command reads
        it with --data FILE; plek export --dataset DIR --data FILE turns it back into the JSON
        files. plek serve --state keeps its snapshots in this format.
        """,
      nl: """
        De snapshot bevat elk record en het beleid, elk deel met een controlesom (CRC-32C),
        geschreven tegen de taxonomie (hij wordt alleen met dezelfde gelezen). Elke opdracht
        leest hem met --data BESTAND; plek export --dataset MAP --data BESTAND maakt er weer de
        JSON-bestanden van. plek serve --state bewaart zijn snapshots in deze vorm.
        """)
  ) { invocation in
    let out = try invocation.requiredOut()
    let started = Date()
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let bytes = BinarySnapshot.bytes(of: engine)
    try writeOutput(bytes, to: out)
    wrote(
      Message(
        en:
          "\(engine.participantCount) participants, \(engine.placeCount) places, \(engine.placements.count) placements and the policy (\(bytes.count) bytes)",
        nl:
          "\(engine.participantCount) deelnemers, \(engine.placeCount) plekken, \(engine.placements.count) plaatsingen en het beleid (\(bytes.count) bytes)"
      ), to: out, since: started, (try? invocation.language()) ?? .english)
    return ExitCode.success
  }
}
