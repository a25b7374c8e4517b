import Foundation
import PlekCore
import PlekIO

/// The command table.
enum Commands {
  static var all: [Command] {
    [
      demo, shortlist, candidates, explain, advise, carve, assign, report, batch, snapshot,
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

  static var overview: String {
    var text = """
      plek \(version): match participants with places where their talent counts.

      Usage: plek <command> [arguments] [options]

      Commands:

      """
    let width = (Commands.all.map(\.name.count).max() ?? 0) + 2
    for command in Commands.all {
      text +=
        "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary
        + "\n"
    }
    text += """

      Run 'plek help <command>' for a command's options. Every command reads Datasets/sample
      unless given --data DIR. Exit codes: 0 done, 1 not found or invalid data, 2 usage error.

      """
    return text
  }

  /// Runs the tool and returns its exit code.
  static func run(_ arguments: [String]) -> Int32 {
    var words = Array(arguments.dropFirst())
    guard let first = words.first else {
      print(overview, terminator: "")
      return ExitCode.success
    }
    words.removeFirst()
    switch first {
    case "--version", "version":
      print("plek \(version)")
      return ExitCode.success
    case "help", "--help", "-h":
      guard let topic = words.first else {
        print(overview, terminator: "")
        return ExitCode.success
      }
      guard let command = Commands.all.first(where: { $0.name == topic }) else {
        return usageFailure(unknownCommand(topic), command: nil)
      }
      print(command.help, terminator: "")
      return ExitCode.success
    default:
      break
    }
    guard let command = Commands.all.first(where: { $0.name == first }) else {
      return usageFailure(unknownCommand(first), command: nil)
    }
    do {
      let invocation = try ArgumentParser.parse(
        words, command: command.name, options: command.options)
      if invocation.flag("help") {
        print(command.help, terminator: "")
        return ExitCode.success
      }
      guard command.positionals.contains(invocation.positionals.count) else {
        let expected =
          command.positionals.upperBound == 0
          ? "no arguments"
          : command.positionals.lowerBound == command.positionals.upperBound
            ? "\(command.positionals.lowerBound) argument\(command.positionals.lowerBound == 1 ? "" : "s")"
            : "\(command.positionals.lowerBound)–\(command.positionals.upperBound) arguments"
        throw UsageError(
          message: "expected \(expected), got \(invocation.positionals.count)"
            + (invocation.positionals.isEmpty
              ? "" : " (\(invocation.positionals.joined(separator: " ")))"),
          hint: nil)
      }
      return try command.run(invocation)
    } catch let error as UsageError {
      return usageFailure(error, command: command)
    } catch let error as CommandFailure {
      StandardError.write("plek \(command.name): \(error.message)")
      return ExitCode.failure
    } catch let error as DataLocator.NotFound {
      StandardError.write("plek \(command.name): \(error.description)")
      return ExitCode.failure
    } catch {
      StandardError.write("plek \(command.name): \(error)")
      return ExitCode.failure
    }
  }

  static func unknownCommand(_ word: String) -> UsageError {
    var message = "unknown command '\(word)'"
    if let suggestion = Suggestion.closest(to: word, among: Commands.all.map(\.name) + ["help"]) {
      message += " (did you mean '\(suggestion)'?)"
    }
    return UsageError(message: message, hint: nil)
  }

  static func usageFailure(_ error: UsageError, command: Command?) -> Int32 {
    let prefix = command.map { "plek \($0.name)" } ?? "plek"
    StandardError.write("\(prefix): \(error.message)")
    StandardError.write(
      error.hint ?? "Run 'plek help\(command.map { " " + $0.name } ?? "")' for usage.")
    return ExitCode.usage
  }
}
