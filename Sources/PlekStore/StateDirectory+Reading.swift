import Foundation
import PlekCore
import PlekIO

extension StateDirectory {
  /// Replays journal records onto the engine of the snapshot they follow: each must apply as
  /// it did when the service acknowledged it.
  ///
  /// - Throws: ``StateError`` naming the first record that does not apply.
  public static func replay(_ records: [Journal.Record], onto engine: inout MatchEngine) throws {
    for record in records {
      func refused(_ why: String) -> StateError {
        StateError(
          "the journal record at offset \(record.offset) (\(record.method.prefix(40))) does not apply: \(why)"
        )
      }
      guard let kind = Mutation.Kind(method: record.method) else {
        throw refused("it is not a change of the data")
      }
      switch Mutation.decode(kind, params: record.params, engine: engine) {
      case .failure(let error): throw refused(error.description)
      case .success(let mutation):
        do {
          try mutation.apply(to: &engine)
        } catch {
          throw refused("\(error)")
        }
      }
    }
  }

  /// What a state directory holds now (its snapshot and journal), read under the shared
  /// lock, for commands that read it (`plek shortlist --state DIR`): nothing is written, a
  /// torn tail is ignored, damage refused.
  ///
  /// - Throws: ``StateError``.
  public static func engine(ofState path: String, taxonomyDirectory: String) throws
    -> MatchEngine
  {
    let directory = try StateDirectory.openForReading(path)
    var engine = try directory.loadSnapshot(taxonomyDirectory: taxonomyDirectory)
    let contents = try Journal.read(path: directory.journalPath)
    if let damage = contents.damage {
      throw StateError(
        "the journal \(directory.journalPath) is damaged at offset \(damage.offset) (\(damage.reason)); start plek serve --state \(path) --repair"
      )
    }
    try replay(contents.records, onto: &engine)
    return engine
  }
}
