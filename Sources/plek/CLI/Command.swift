import Foundation
import PlekCore
import PlekReport

/// Exit codes, as documented in `plek help`.
enum ExitCode {
  /// The command did what was asked.
  static let success: Int32 = 0
  /// Not found, or invalid data.
  static let failure: Int32 = 1
  /// A usage mistake.
  static let usage: Int32 = 2
}

/// A failure that is not a usage mistake: a missing id, invalid data, an unwritable file;
/// written in the language of `--lang` or `PLEK_LANG` (a message quoting another error,
/// from the system or a file's validation, quotes it as it is).
struct CommandFailure: Error {
  var message: Message

  init(_ message: Message) { self.message = message }

  /// A failure whose words come from elsewhere (the system's, a decoder's), the same in both
  /// languages.
  init(message: String) { self.message = Message(en: "\(text: message)", nl: "\(text: message)") }
}

/// One `plek` command.
struct Command: Sendable {
  var name: String
  var summary: Message
  var usage: String
  var positionals: ClosedRange<Int> = 0...0
  var options: [OptionSpec]
  var details: Message? = nil
  var run: @Sendable (Invocation) throws -> Int32

  /// The help text of this command, in `language`, fitted to the terminal (100 columns
  /// when it is not one): option help wraps under its own column.
  func help(_ language: Language) -> String {
    let say = PlekCLI.usageWords(language)
    let limit = Terminal.width ?? 100
    var text =
      say(summary) + "\n\n" + say(Message(en: "Usage:", nl: "Gebruik:")) + " "
      + Self.placeholders(usage, language) + "\n"
    if let details { text += "\n" + say(details) + "\n" }
    if !options.isEmpty {
      text += "\n" + say(Message(en: "Options:", nl: "Opties:")) + "\n"
      let labels = options.map {
        "--\($0.name)" + ($0.value.map { " " + Self.placeholders($0, language) } ?? "")
      }
      let width = (labels.map(\.count).max() ?? 0) + 2
      let indent = String(repeating: " ", count: 2 + width)
      for (label, option) in zip(labels, options) {
        let wrapped = TextFitting.fit(
          indent + say(option.help), width: max(limit, indent.count + 30))
        text +=
          "  " + label.padding(toLength: width, withPad: " ", startingAt: 0)
          + wrapped.dropFirst(indent.count).replacingOccurrences(of: "\n  ", with: "\n")
          + "\n"
      }
    }
    return TextFitting.fit(text, width: limit)
  }

  /// The placeholders of a usage line or an option's value, in Dutch in Dutch (`MAP` for
  /// `DIR`, `<deelnemer-id>`): the syntax stays, the words are the officer's.
  static func placeholders(_ text: String, _ language: Language) -> String {
    guard language == .dutch else { return text }
    let dutch = [
      ("<participant-id>", "<deelnemer-id>"), ("<place-id>", "<plek-id>"),
      ("[options]", "[opties]"), ("[arguments]", "[argumenten]"), ("DIR", "MAP"),
      ("FILE", "BESTAND"), ("DAYS", "DAGEN"), ("DATE", "DATUM"), ("FORMAT", "VORM"),
      ("LANG", "TAAL"), ("NAME", "NAAM"), ("PARTICIPANT", "DEELNEMER"), ("PERIOD", "PERIODE"),
      ("PART", "DEEL"), ("FORM", "VORM"), ("REASON", "REDEN"), ("<placement-id>", "<plaatsing-id>"),
    ]
    return dutch.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }
}

/// Options shared by commands that read a dataset.
enum CommonOptions {
  static let data = OptionSpec(
    name: "data", value: "DIR",
    en: "dataset directory (default: Datasets/sample)",
    nl: "map met de dataset (standaard: Datasets/sample)")
  static let taxonomy = OptionSpec(
    name: "taxonomy", value: "DIR",
    en: "taxonomy directory (default: found next to the data)",
    nl: "map met de taxonomie (standaard: naast de data gevonden)")
  static let policy = OptionSpec(
    name: "policy", value: "FILE",
    en: "scoring policy (default: the dataset's policy.json, else Datasets/policy/default.json)",
    nl:
      "beleid voor de score (standaard: policy.json van de dataset, anders Datasets/policy/default.json)"
  )
  static let format = OptionSpec(
    name: "format", value: "FORMAT",
    en: "table, json or csv (default: table)", nl: "table, json of csv (standaard: table)")
  static let language = OptionSpec(
    name: "lang", value: "LANG",
    en: "nl or en (default: $PLEK_LANG, else en)",
    nl: "nl of en (standaard: $PLEK_LANG, anders en)")
  static let state = OptionSpec(
    name: "state", value: "DIR",
    en: "read what plek serve --state DIR holds (its snapshot and journal) instead of --data",
    nl: "lees wat plek serve --state MAP bewaart (snapshot en journaal) in plaats van --data")
  static let noCache = OptionSpec.flag(
    "no-cache",
    en: "compile the data again, without the engine cache (~/.cache/plek, $PLEK_CACHE_DIR)",
    nl:
      "compileer de data opnieuw, zonder de cache van eerder gecompileerde data (~/.cache/plek, $PLEK_CACHE_DIR)"
  )
  static let dataset = [data, taxonomy, policy, state, noCache]
  /// `--format` of a command that writes a table or JSON.
  static let tableOrJSON = OptionSpec(
    name: "format", value: "FORMAT", en: "table or json (default: table)",
    nl: "table of json (standaard: table)")
}

/// Writes to standard error, control characters escaped (``terminalSafe(_:)``): messages
/// quote paths, ids and file content.
enum StandardError {
  static func write(_ text: String) {
    let safe = terminalSafe(text)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }
}
