import Foundation
import PlekTestSupport
import Testing

@Suite("plek validate and plek generate")
struct ValidateGenerateTests {
  @Test func validateExitsZeroOnTheSample() throws {
    let result = try runPlek(["validate"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("no problems"))
  }

  @Test func validateFindsTheSampleFromAnotherDirectory() throws {
    // The default data is found next to the executable even when run from elsewhere.
    let result = try runPlek(["validate"], directory: NSTemporaryDirectory())
    #expect(result.status == 0, "\(result.standardError)")
  }

  @Test func validateListsEveryErrorAndExitsOne() throws {
    let scratch = Scratch()
    let sample = Executable.repositoryRoot + "/Datasets/sample"
    var people = try String(contentsOfFile: sample + "/participants.json", encoding: .utf8)
    var places = try String(contentsOfFile: sample + "/places.json", encoding: .utf8)
    people = people.replacingOccurrences(
      of: "\"id\":\"P-000002\"", with: "\"id\":\"P-000002\",\"bsn\":\"123456782\"")
    people = people.replacingOccurrences(
      of: "\"transport\":\"car\"", with: "\"transport\":\"rocket\"")
    places = places.replacingOccurrences(
      of: "\"openFrom\":\"2026-10-", with: "\"openFrom\":\"2026-10-4")
    try people.write(toFile: scratch.path + "/participants.json", atomically: true, encoding: .utf8)
    try places.write(toFile: scratch.path + "/places.json", atomically: true, encoding: .utf8)

    let result = try runPlek(
      ["validate", scratch.path, "--taxonomy", Executable.repositoryRoot + "/Datasets/taxonomy"])
    #expect(result.status == 1)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("participants.json[1] (P-000002) bsn: unknown-field") })
    #expect(lines.contains { $0.contains("wishes.transport: invalid-value \"rocket\"") })
    #expect(lines.contains { $0.contains("openFrom: bad-date") })
    let carCount = people.components(separatedBy: "\"rocket\"").count - 1
    #expect(
      lines.filter { $0.contains("wishes.transport") }.count == carCount,
      "every bad record is listed")

    let json = try runPlek(
      [
        "validate", scratch.path, "--taxonomy", Executable.repositoryRoot + "/Datasets/taxonomy",
        "--format", "json",
      ])
    #expect(json.status == 1)
    let parsed =
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
    #expect(parsed?["ok"] as? Bool == false)
  }

  @Test(.tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
  func generateIsDeterministic() throws {
    let first = Scratch()
    let second = Scratch()
    for scratch in [first, second] {
      let result = try runPlek([
        "generate", "--participants", "150", "--places", "400", "--seed", "77", "--out",
        scratch.path,
      ])
      #expect(result.status == 0, "\(result.standardError)")
    }
    for file in ["participants.json", "places.json"] {
      let a = try Data(contentsOf: URL(fileURLWithPath: first.path + "/" + file))
      let b = try Data(contentsOf: URL(fileURLWithPath: second.path + "/" + file))
      #expect(a == b, "\(file) differs between two runs with the same seed")
    }
    let validation = try runPlek(["validate", first.path])
    #expect(validation.status == 0, "\(validation.standardOutput)")
  }

  /// Issue 14, defect 13: generating into a directory that holds anything is refused, and
  /// nothing in it is touched.
  @Test func generateRefusesANonEmptyDirectory() throws {
    let scratch = Scratch()
    try Data("old".utf8).write(to: URL(fileURLWithPath: scratch.path + "/places.json"))
    let result = try runPlek([
      "generate", "--participants", "5", "--places", "5", "--seed", "1", "--out", scratch.path,
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("is not empty"))
    let kept = try String(contentsOfFile: scratch.path + "/places.json", encoding: .utf8)
    #expect(kept == "old")
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/participants.json"))
  }

  /// Issue 14, defect 7: `--out` never writes through a symbolic link, a FIFO or a directory.
  @Test func outRefusesWhatIsNotARegularFile() throws {
    let scratch = Scratch()
    let target = scratch.path + "/target.csv"
    try Data("precious".utf8).write(to: URL(fileURLWithPath: target))
    let link = scratch.path + "/link.csv"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let fifo = scratch.path + "/fifo.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    for path in [link, fifo, scratch.path] {
      let result = try runPlek(["batch", "--out", path, "--top", "1", "--date", "2026-11-22"])
      #expect(result.status == 1, "\(path)")
      #expect(result.standardError.contains("not a regular file"), "\(result.standardError)")
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
    var status = stat()
    #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
    #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    // A regular file is replaced as before.
    #expect(
      try runPlek(["batch", "--out", target, "--top", "1", "--date", "2026-11-22"]).status == 0)
  }

  @Test(arguments: [
    (["generate", "--participants", "10", "--out"], "needs a value"),
    (["generate", "--participants", "ten", "--out", "/tmp/x"], "whole number"),
    (["generate", "--participnts", "10"], "did you mean --participants?"),
    (["validat"], "did you mean 'validate'?"),
    (["validate", "a", "b"], "expected 0–1 arguments"),
    (["validate", "--format", "xml"], "must be one of table, json"),
    (["serve", "--line-budget", "0"], "--line-budget"),
  ])
  func usageErrorsExitTwoWithAHint(_ arguments: [String], _ message: String) throws {
    let result = try runPlek(arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func helpAndVersion() throws {
    let help = try runPlek(["help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("validate"))
    let commandHelp = try runPlek(["help", "generate"])
    #expect(commandHelp.standardOutput.contains("--seed"))
    let version = try runPlek(["--version"])
    #expect(version.standardOutput.hasPrefix("plek "))
  }

  /// Help offers exactly the formats a command takes (issue 14, defect 11): every format the
  /// `--format` line of `plek help validate` names works, and csv is not named.
  @Test func helpOffersTheFormatsThatWork() throws {
    let help = try runPlek(["help", "validate"]).standardOutput
    let line = try #require(help.split(separator: "\n").first { $0.contains("--format") })
    #expect(!line.contains("csv"))
    for format in ["table", "json"] where line.contains(format) {
      #expect(try runPlek(["validate", "--format", format]).status == 0, "\(format)")
    }
    #expect(try runPlek(["validate", "--format", "csv"]).status == 2)
  }

  @Test func aMissingDataDirectoryExitsOne() throws {
    let result = try runPlek(["validate", "/nonexistent/plek"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("does not exist"))
  }
}
