import Foundation
import PlekCore

/// Exit codes, as documented in `plek help`.
enum ExitCode {
  /// The command did what was asked.
  static let success: Int32 = 0
  /// Not found, or invalid data.
  static let failure: Int32 = 1
  /// A usage mistake.
  static let usage: Int32 = 2
}

/// A failure that is not a usage mistake: a missing id, invalid data, an unwritable file.
struct CommandFailure: Error {
  var message: String
}

/// One `plek` command.
struct Command: Sendable {
  var name: String
  var summary: String
  var usage: String
  var positionals: ClosedRange<Int> = 0...0
  var options: [OptionSpec]
  var details: String = ""
  var run: @Sendable (Invocation) throws -> Int32

  /// The help text of this command.
  var help: String {
    var text = "\(summary)\n\nUsage: \(usage)\n"
    if !details.isEmpty { text += "\n\(details)\n" }
    if !options.isEmpty {
      text += "\nOptions:\n"
      let labels = options.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
      let width = (labels.map(\.count).max() ?? 0) + 2
      for (label, option) in zip(labels, options) {
        text +=
          "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + option.help + "\n"
      }
    }
    return text
  }
}

/// Options shared by commands that read a dataset.
enum CommonOptions {
  static let data = OptionSpec(
    name: "data", value: "DIR", help: "dataset directory (default: Datasets/sample)")
  static let taxonomy = OptionSpec(
    name: "taxonomy", value: "DIR", help: "taxonomy directory (default: found next to the data)")
  static let policy = OptionSpec(
    name: "policy", value: "FILE",
    help: "scoring policy (default: the dataset's policy.json, else Datasets/policy/default.json)")
  static let format = OptionSpec(
    name: "format", value: "FORMAT", help: "table, json or csv (default: table)")
  static let language = OptionSpec(
    name: "lang", value: "LANG", help: "nl or en (default: $PLEK_LANG, else en)")
  static let state = OptionSpec(
    name: "state", value: "DIR",
    help: "read what plek serve --state DIR holds (its snapshot and journal) instead of --data")
  static let dataset = [data, taxonomy, policy, state]
}

/// Writes to standard error.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
