import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport
import PlekStore

/// The dataset, taxonomy and policy a command works on, loaded, validated once and compiled.
struct DataSession {
  var dataDirectory: String
  var engine: MatchEngine
  /// Where competition indexes of this engine are kept between commands (beside its entry
  /// in the engine cache), if anywhere.
  var keptIndexes: KeptIndexes? = nil

  /// A workspace over the engine, keeping its competition indexes where the session says.
  func workspace() -> Workspace {
    var workspace = Workspace(engine: engine)
    workspace.keptIndexes = keptIndexes
    return workspace
  }

  /// Loads `--data`, `--taxonomy` and `--policy` (or their defaults) and builds the engine,
  /// or fails listing the problems (at most 20 of them, then a count).
  static func load(_ invocation: Invocation) throws -> DataSession {
    if let state = invocation.value("state"), invocation.command != "serve" {
      // What the service holds: its snapshot and journal, read without a lock (PlekStore).
      let taxonomy = try DataLocator.taxonomyDirectory(
        invocation.value("taxonomy"),
        data: try DataLocator.dataDirectory(invocation.value("data")))
      do {
        let (engine, version) = try StateDirectory.read(
          ofState: state, taxonomyDirectory: taxonomy)
        var session = DataSession(dataDirectory: state, engine: engine)
        if !invocation.flag("no-cache"), let cache = engineCache(invocation),
          let entry = cache.entry(forState: version)
        {
          session.keep(in: cache, beside: entry)
        }
        return session
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
    let build = { () throws -> MatchEngine in
      try compile(data, taxonomyDirectory: taxonomyDirectory, policyFile: policyFile)
    }
    guard !invocation.flag("no-cache"), let cache = engineCache(invocation),
      let taxonomy = DatasetLoader.loadTaxonomy(directory: taxonomyDirectory).taxonomy
    else { return DataSession(dataDirectory: data, engine: try build()) }
    let inputs =
      DatasetLoader.recordFiles(in: data) + [policyFile].compactMap { $0 }
      + TaxonomyCodec.File.allCases.map { Path.join(taxonomyDirectory, $0.rawValue) }
    let (engine, _, entry) = try cache.engine(files: inputs, taxonomy: taxonomy, build: build)
    var session = DataSession(dataDirectory: data, engine: engine)
    if let entry { session.keep(in: cache, beside: entry) }
    return session
  }

  /// Keeps the session's competition indexes in `cache` beside `entry`.
  mutating func keep(in cache: EngineCache, beside entry: EngineCache.Entry) {
    keptIndexes = KeptIndexes(
      load: { name in cache.kept(name, of: entry).flatMap(CompetitionIndex.init(bytes:)) },
      save: { name, index in cache.keep(index.bytes, as: name, of: entry) })
  }

  /// The user's engine cache (``EngineCache``), or `nil` when there is no place for one or
  /// it cannot be trusted (then said on standard error, in the officer's language: the
  /// command goes on without it).
  static func engineCache(_ invocation: Invocation) -> EngineCache? {
    guard let directory = EngineCache.defaultDirectory() else { return nil }
    do {
      return try EngineCache(directory: directory)
    } catch {
      status(
        Message(
          en:
            "plek: the engine cache \(text: directory) is not used: it must be a directory of yours that nobody else may write (chmod 700 \(text: directory)); the data is compiled without it",
          nl:
            "plek: de cache \(text: directory) wordt niet gebruikt: het moet een map van jou zijn waarin niemand anders mag schrijven (chmod 700 \(text: directory)); de data wordt zonder de cache gecompileerd"
        ), (try? invocation.language()) ?? .english)
      return nil
    }
  }

  /// Reads, validates and compiles a dataset directory, or fails listing the problems.
  static func compile(_ data: String, taxonomyDirectory: String, policyFile: String?) throws
    -> MatchEngine
  {
    let loaded: (report: DatasetReport, engine: MatchEngine?)
    do {
      // Compiled as it is decoded: a large dataset's decoded records are never all held.
      loaded = try DatasetLoader.loadEngine(
        directory: data, taxonomyDirectory: taxonomyDirectory, policyFile: policyFile)
    } catch {
      throw CommandFailure(message: "cannot build the engine: \(error)")
    }
    guard loaded.report.issues.isEmpty, let engine = loaded.engine else {
      throw refusal(loaded.report.issues, in: data)
    }
    return engine
  }

  /// The failure of a command whose data has `issues`: the first twenty, and where to see
  /// them all.
  static func refusal(_ issues: [ValidationIssue], in data: String) -> CommandFailure {
    var list = issues.prefix(20).map { "  " + $0.description }.joined(separator: "\n")
    if issues.count > 20 { list += "\n  … +\(issues.count - 20)" }
    let problems = counted(
      issues.count, Message(en: "problem", nl: "probleem"), Message(en: "problems", nl: "problemen")
    )
    return CommandFailure(
      Message(
        en:
          "the data in \(text: data) has \(issues.count) \(problems); run 'plek validate \(text: data)' for all of them:\n\(text: list)",
        nl:
          "de data in \(text: data) heeft \(issues.count) \(problems); 'plek validate \(text: data)' noemt ze allemaal:\n\(text: list)"
      ))
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
