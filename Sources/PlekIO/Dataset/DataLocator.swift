import Foundation
import PlekCore

/// Finds the dataset, taxonomy and policy a command should use when the user did not say.
///
/// Plek's default data is the committed sample, `Datasets/sample`. It is looked for in the
/// current directory and its parents, then next to the executable and its parents (so that
/// `.build/debug/plek` run from anywhere still finds the repository's data), unless the
/// `PLEK_DATA` environment variable names a dataset directory.
public enum DataLocator {
  /// A reason the data could not be found.
  public struct NotFound: Error, CustomStringConvertible {
    /// What was looked for and where, in both languages.
    public var message: Message
    /// The message in English (its values are paths and names, put in as they are).
    public var description: String {
      message(.english).parts.map { part in
        switch part {
        case .text(let text): text
        case .term(.verbatim(let text)): text
        case .term: ""
        }
      }.joined()
    }

    init(_ message: Message) { self.message = message }

    /// "‹what› ‹path› does not exist", e.g. "data directory /x does not exist".
    static func missing(_ what: Message, _ path: String) -> NotFound {
      NotFound(
        Message(
          en: "\(what) \(text: path) does not exist", nl: "\(what) \(text: path) bestaat niet"))
    }
  }

  /// The `Datasets` directory of the repository, if it can be found.
  public static func datasetsRoot() -> String? {
    var starts = [FileManager.default.currentDirectoryPath]
    if let executable = Bundle.main.executablePath {
      starts.append(Path.parent(executable))
      let resolved = Path.resolved(executable)
      starts.append(Path.parent(resolved))
    }
    for start in starts {
      var directory = start
      for _ in 0..<8 {
        let candidate = Path.join(directory, "Datasets")
        if isDirectory(Path.join(candidate, "taxonomy")) {
          return candidate
        }
        let parent = Path.parent(directory)
        if parent == directory || parent.isEmpty { break }
        directory = parent
      }
    }
    return nil
  }

  /// Whether `path` is an existing directory.
  public static func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }

  /// The dataset directory: `explicit`, else `$PLEK_DATA`, else the sample.
  public static func dataDirectory(_ explicit: String?) throws(NotFound) -> String {
    if let explicit {
      guard isDirectory(explicit) else {
        throw .missing(Message(en: "data directory", nl: "de map met data"), explicit)
      }
      return explicit
    }
    if let fromEnvironment = ProcessInfo.processInfo.environment["PLEK_DATA"],
      !fromEnvironment.isEmpty
    {
      guard isDirectory(fromEnvironment) else {
        throw NotFound(
          Message(
            en: "PLEK_DATA=\(text: fromEnvironment) is not a directory",
            nl: "PLEK_DATA=\(text: fromEnvironment) is geen map"))
      }
      return fromEnvironment
    }
    guard let root = datasetsRoot() else {
      throw NotFound(
        Message(
          en:
            "no dataset given and Datasets/sample not found from the current directory; pass --data DIR",
          nl:
            "geen dataset gegeven en Datasets/sample niet gevonden vanuit de huidige map; geef --data MAP"
        ))
    }
    return Path.join(root, "sample")
  }

  /// The taxonomy directory for a dataset: `explicit`, else `DATA/taxonomy`, else a
  /// `taxonomy` directory next to `DATA`, else the repository's `Datasets/taxonomy`.
  public static func taxonomyDirectory(_ explicit: String?, data: String) throws(NotFound) -> String
  {
    if let explicit {
      guard isDirectory(explicit) else {
        throw .missing(Message(en: "taxonomy directory", nl: "de map met de taxonomie"), explicit)
      }
      return explicit
    }
    let inside = Path.join(data, "taxonomy")
    if isDirectory(inside) { return inside }
    let beside = Path.join(Path.parent(data), "taxonomy")
    if isDirectory(beside) { return beside }
    if let root = datasetsRoot() { return Path.join(root, "taxonomy") }
    throw NotFound(
      Message(
        en: "no taxonomy found for \(text: data); pass --taxonomy DIR",
        nl: "geen taxonomie gevonden voor \(text: data); geef --taxonomy MAP"))
  }

  /// The taxonomy when no dataset is involved (an import): `explicit`, else the
  /// repository's `Datasets/taxonomy`.
  public static func taxonomyDirectory(_ explicit: String?) throws(NotFound) -> String {
    if let explicit { return try taxonomyDirectory(explicit, data: explicit) }
    guard let root = datasetsRoot() else {
      throw NotFound(
        Message(
          en: "Datasets/taxonomy not found from the current directory; pass --taxonomy DIR",
          nl: "Datasets/taxonomy niet gevonden vanuit de huidige map; geef --taxonomy MAP"))
    }
    return Path.join(root, "taxonomy")
  }

  /// The policy file: `explicit`, else the dataset's own `DATA/policy.json` (a national
  /// dataset carries one: the default names the region's municipalities), else the
  /// repository's `Datasets/policy/default.json`, else `nil` (the built-in default, which
  /// that file equals).
  public static func policyFile(_ explicit: String?, data: String? = nil) throws(NotFound)
    -> String?
  {
    if let explicit {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw .missing(Message(en: "policy file", nl: "het beleidsbestand"), explicit)
      }
      return explicit
    }
    if let data, FileManager.default.fileExists(atPath: Path.join(data, "policy.json")) {
      return Path.join(data, "policy.json")
    }
    guard let root = datasetsRoot() else { return nil }
    let path = Path.join(Path.join(root, "policy"), "default.json")
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }
}
