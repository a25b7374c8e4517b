import Foundation

/// File paths, through `URL` (some `NSString` path methods trap on inputs like "." on Linux).
public enum Path {
  /// `directory/name`.
  public static func join(_ directory: String, _ name: String) -> String {
    URL(fileURLWithPath: directory.isEmpty ? "." : directory).appendingPathComponent(name).path
  }

  /// The directory holding `path` ("/" for the root).
  public static func parent(_ path: String) -> String {
    let url = URL(fileURLWithPath: path.isEmpty ? "." : path).standardizedFileURL
    return url.deletingLastPathComponent().path
  }

  /// The last component of `path`.
  public static func name(_ path: String) -> String {
    URL(fileURLWithPath: path.isEmpty ? "." : path).lastPathComponent
  }

  /// `path` with symbolic links resolved.
  public static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
