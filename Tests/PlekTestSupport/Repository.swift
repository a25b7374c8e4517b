import Foundation
import Synchronization

/// Where the repository is, found from this file's path, for tests that read its data and
/// documentation.
public enum Repository {
  /// The repository root (the directory holding `Package.swift`).
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url.path
      }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  /// `Datasets/`.
  public static var datasets: String { root + "/Datasets" }
  /// `Datasets/taxonomy/`.
  public static var taxonomy: String { datasets + "/taxonomy" }
  /// `Datasets/sample/`.
  public static var sample: String { datasets + "/sample" }

  /// A file of the repository as text.
  public static func text(_ path: String) throws -> String {
    try String(contentsOfFile: root + "/" + path, encoding: .utf8)
  }
}

/// Examples in documentation: the code block that follows a marker comment.
public enum DocumentedExample {
  /// Why an example cannot be read.
  public struct Missing: Error, CustomStringConvertible {
    public var description: String
  }

  /// The JSON code block that follows `<!-- example: NAME -->` in `text`.
  public static func json(_ name: String, in text: String) throws -> String {
    try block(after: "<!-- example: \(name) -->", in: text)
  }

  /// The body of the first ```` ```json ```` block after `marker` in `text`.
  public static func block(after marker: String, in text: String) throws -> String {
    guard let markerRange = text.range(of: marker),
      let open = text.range(of: "```json\n", range: markerRange.upperBound..<text.endIndex),
      let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex)
    else { throw Missing(description: "no JSON block after \(marker)") }
    return String(text[open.upperBound..<close.lowerBound])
  }
}

/// A scratch directory, removed when the value goes away, or when the test process exits
/// (a suite's static one is never released).
public final class ScratchDirectory: Sendable {
  /// Its path.
  public let path: String

  /// Creates an empty directory under the system's temporary directory.
  public init(prefix: String = "plek-test-") {
    path = NSTemporaryDirectory() + prefix + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    ScratchDirectory.removeAtExit(path)
  }

  /// Removes `path` (a file or a directory tree) when the process exits, if it is still there.
  public static func removeAtExit(_ path: String) {
    _ = registered
    leftOver.withLock { _ = $0.insert(path) }
  }

  /// The paths to remove at exit.
  private static let leftOver = Mutex<Set<String>>([])

  /// Registers the removal at exit, once.
  private static let registered: Void = {
    atexit {
      for path in ScratchDirectory.leftOver.withLock({ $0 }) {
        try? FileManager.default.removeItem(atPath: path)
      }
    }
  }()

  /// Writes a text file into the directory.
  public func write(_ name: String, _ text: String) {
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
  }

  /// Writes a file of bytes into the directory.
  public func write(_ name: String, _ bytes: [UInt8]) {
    try! Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
    _ = ScratchDirectory.leftOver.withLock { $0.remove(path) }
  }
}
