import Foundation
import PlekCore
import PlekIO
import PlekStore

/// The dataset, taxonomy and policy a command works on, loaded, validated once and compiled.
struct DataSession {
  var dataDirectory: String
  var engine: MatchEngine

  /// Loads `--data`, `--taxonomy` and `--policy` (or their defaults) and builds the engine,
  /// or fails listing the problems (at most 20 of them, then a count).
  static func load(_ invocation: Invocation) throws -> DataSession {
    if let state = invocation.value("state"), invocation.command != "serve" {
      // What the service holds: its snapshot and journal, read without a lock (PlekStore).
      let taxonomy = try DataLocator.taxonomyDirectory(
        invocation.value("taxonomy"),
        data: try DataLocator.dataDirectory(invocation.value("data")))
      do {
        return DataSession(
          dataDirectory: state,
          engine: try StateDirectory.engine(ofState: state, taxonomyDirectory: taxonomy))
      } catch let error as StateError {
        throw CommandFailure(message: error.description)
      }
    }
    if let file = invocation.value("data"), !DataLocator.isDirectory(file),
      FileManager.default.fileExists(atPath: file)
    {
      return try loadSnapshot(file, invocation)
    }
    let data = try DataLocator.dataDirectory(invocation.value("data"))
    let taxonomyDirectory = try DataLocator.taxonomyDirectory(
      invocation.value("taxonomy"), data: data)
    let policyFile = try DataLocator.policyFile(invocation.value("policy"), data: data)
    let loaded: (report: DatasetReport, engine: MatchEngine?)
    do {
      // Compiled as it is decoded: a large dataset's decoded records are never all held.
      loaded = try DatasetLoader.loadEngine(
        directory: data, taxonomyDirectory: taxonomyDirectory, policyFile: policyFile)
    } catch {
      throw CommandFailure(message: "cannot build the engine: \(error)")
    }
    let issues = loaded.report.issues
    guard issues.isEmpty, let engine = loaded.engine else {
      var list = issues.prefix(20).map { "  " + $0.description }.joined(separator: "\n")
      if issues.count > 20 { list += "\n  … +\(issues.count - 20)" }
      let problems = counted(
        issues.count, Message(en: "problem", nl: "probleem"),
        Message(en: "problems", nl: "problemen"))
      throw CommandFailure(
        Message(
          en:
            "the data in \(text: data) has \(issues.count) \(problems); run 'plek validate \(text: data)' for all of them:\n\(text: list)",
          nl:
            "de data in \(text: data) heeft \(issues.count) \(problems); 'plek validate \(text: data)' noemt ze allemaal:\n\(text: list)"
        ))
    }
    return DataSession(dataDirectory: data, engine: engine)
  }

  /// `--data FILE`: a binary snapshot (``BinarySnapshot``), with its own policy.
  static func loadSnapshot(_ file: String, _ invocation: Invocation) throws -> DataSession {
    let taxonomyDirectory = try DataLocator.taxonomyDirectory(invocation.value("taxonomy"))
    let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: taxonomyDirectory)
    guard let taxonomy else {
      throw CommandFailure(
        message: "the taxonomy \(taxonomyDirectory) has \(issues.count) problems")
    }
    // Only the records are read (a state's snapshot also holds an engine image, which is
    // used only inside its state directory: `--state DIR`).
    do {
      let loaded = try BinarySnapshot.loadEngine(path: file, taxonomy: taxonomy, key: nil)
      return DataSession(dataDirectory: file, engine: loaded.engine)
    } catch {
      throw CommandFailure(message: "\(file): \(error)")
    }
  }
}
