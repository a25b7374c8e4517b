import Foundation
import PlekCore
import PlekIO
import PlekReport

/// The command table.
enum Commands {
  static var all: [Command] {
    [
      demo, shortlist, candidates, explain, advise, carve, assign, report, outcomes, placements,
      place, end,
      batch,
      snapshot,
      importSheet,
      export,
      validate,
      generate, serve,
    ]
  }
}

/// The `plek` command-line tool.
enum PlekCLI {
  static let version = PlekVersion.current

  /// The list of commands, in `language`.
  static func overview(_ language: Language) -> String {
    let say = usageWords(language)
    var text =
      say(
        Message(
          en: "plek \(text: version): match participants with places where their talent counts.",
          nl:
            "plek \(text: version): deelnemers en plekken waar hun talent telt bij elkaar brengen."
        )) + "\n\n"
      + say(
        Message(
          en: "Usage: plek <command> [arguments] [options]",
          nl: "Gebruik: plek <opdracht> [argumenten] [opties]")) + "\n\n"
      + say(Message(en: "Commands:", nl: "Opdrachten:")) + "\n"
    let width = (Commands.all.map(\.name.count).max() ?? 0) + 2
    let indent = String(repeating: " ", count: 2 + width)
    let limit = max(Terminal.width ?? 100, indent.count + 30)
    for command in Commands.all {
      // Each summary wraps under its own column.
      let wrapped = TextFitting.fit(indent + say(command.summary), width: limit)
      text +=
        "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0)
        + wrapped.dropFirst(indent.count).replacingOccurrences(of: "\n  ", with: "\n") + "\n"
    }
    text +=
      "\n"
      + say(
        Message(
          en:
            "Run 'plek help <command>' for a command's options. Every command reads Datasets/sample unless given --data DIR. Exit codes: 0 done, 1 not found or invalid data, 2 usage error. --lang nl (or PLEK_LANG=nl) for Dutch.",
          nl:
            "Zie 'plek help <opdracht>' voor de opties van een opdracht. Elke opdracht leest Datasets/sample, tenzij --data MAP. Afsluitcodes: 0 klaar, 1 niet gevonden of ongeldige data, 2 fout in het gebruik. --lang en (of PLEK_LANG=en) voor Engels."
        )) + "\n"
    return TextFitting.fit(text, width: Terminal.width ?? 100)
  }

  /// Runs the tool and returns its exit code.
  static func run(_ arguments: [String]) -> Int32 {
    var words = Array(arguments.dropFirst())
    guard let first = words.first else {
      print(overview(language(of: words)), terminator: "")
      return ExitCode.success
    }
    words.removeFirst()
    switch first {
    case "--version", "version":
      print("plek \(version)")
      return ExitCode.success
    case "help", "--help", "-h":
      let language = language(of: words)
      // The topic: the first word that is not an option or the value of --lang.
      let topics = words.enumerated().filter { index, word in
        !word.hasPrefix("-") && (index == 0 || words[index - 1] != "--lang")
      }
      guard let topic = topics.first?.element else {
        print(overview(language), terminator: "")
        return ExitCode.success
      }
      guard let command = Commands.all.first(where: { $0.name == topic }) else {
        return usageFailure(unknownCommand(topic), command: nil, language: language)
      }
      print(command.help(language), terminator: "")
      return ExitCode.success
    default:
      break
    }
    guard let command = Commands.all.first(where: { $0.name == first }) else {
      return usageFailure(unknownCommand(first), command: nil, language: language(of: words))
    }
    do {
      let invocation = try ArgumentParser.parse(
        words, command: command.name, options: command.options)
      if invocation.flag("help") {
        print(command.help(language(of: words)), terminator: "")
        return ExitCode.success
      }
      guard command.positionals.contains(invocation.positionals.count) else {
        let (least, most) = (command.positionals.lowerBound, command.positionals.upperBound)
        let given = invocation.positionals.count
        let words =
          invocation.positionals.isEmpty
          ? "" : " (" + invocation.positionals.joined(separator: " ") + ")"
        throw UsageError(
          most == 0
            ? Message(
              en: "expected no arguments, got \(given)\(text: words)",
              nl: "geen argumenten verwacht, wel \(given)\(text: words)")
            : least == most
              ? Message(
                en:
                  "expected \(least) \(counted(least, Message(en: "argument", nl: "argument"), Message(en: "arguments", nl: "argumenten"))), got \(given)\(text: words)",
                nl:
                  "\(least) \(counted(least, Message(en: "argument", nl: "argument"), Message(en: "arguments", nl: "argumenten"))) verwacht, niet \(given)\(text: words)"
              )
              : Message(
                en: "expected \(least)–\(most) arguments, got \(given)\(text: words)",
                nl: "\(least)–\(most) argumenten verwacht, niet \(given)\(text: words)"))
      }
      return try command.run(invocation)
    } catch let error as UsageError {
      return usageFailure(error, command: command, language: language(of: words))
    } catch let error as CommandFailure {
      StandardError.write("plek \(command.name): \(usageWords(language(of: words))(error.message))")
      return ExitCode.failure
    } catch let error as DataLocator.NotFound {
      StandardError.write("plek \(command.name): \(usageWords(language(of: words))(error.message))")
      return ExitCode.failure
    } catch {
      StandardError.write("plek \(command.name): \(error)")
      return ExitCode.failure
    }
  }

  static func unknownCommand(_ word: String) -> UsageError {
    UsageError.unknown(
      Message(en: "command", nl: "opdracht"), word, among: Commands.all.map(\.name) + ["help"],
      shown: { "'\($0)'" })
  }

  /// The language a usage error is written in: `--lang` among the words (even when the
  /// words are wrong otherwise), else `PLEK_LANG`, else English.
  static func language(of words: [String]) -> Language {
    for (index, word) in words.enumerated() {
      var value: String?
      if word == "--lang", index + 1 < words.count { value = words[index + 1] }
      if word.hasPrefix("--lang=") { value = String(word.dropFirst(7)) }
      if let value, let language = Language(rawValue: value.lowercased()) { return language }
    }
    let variable = ProcessInfo.processInfo.environment["PLEK_LANG"] ?? ""
    return Language(rawValue: String(variable.lowercased().prefix(2))) ?? .english
  }

  /// The words of usage errors: messages without taxonomy names need no taxonomy.
  static func usageWords(_ language: Language) -> Localizer {
    Localizer(
      language: language,
      taxonomy: Taxonomy(
        sectors: [], competencies: [], loadDimensions: [],
        region: Region(
          id: "none", bounds: GeoBounds(south: 0, north: 0, west: 0, east: 0),
          municipalities: [])))
  }

  static func usageFailure(_ error: UsageError, command: Command?, language: Language) -> Int32 {
    let say = usageWords(language)
    let prefix = command.map { "plek \($0.name)" } ?? "plek"
    StandardError.write("\(prefix): \(say(error.message))")
    let topic = command.map { " " + $0.name } ?? ""
    StandardError.write(
      error.hint.map { say($0) }
        ?? say(
          Message(
            en: "Run 'plek help\(text: topic)' for usage.",
            nl: "Zie 'plek help\(text: topic)' voor het gebruik.")))
    return ExitCode.usage
  }
}
