import Foundation
import PlekTestSupport
import Testing

/// The engine cache (issue 27): a command on a dataset directory compiles it once; the next
/// ones start from the cached engine and answer exactly the same; a changed file, a changed
/// or damaged entry and an untrusted cache directory are never used.
@Suite("Engine cache of dataset directories")
struct EngineCacheTests {
  /// A copy of the sample dataset and a cache of its own.
  struct Setup {
    let scratch = ScratchDirectory()
    var data: String { scratch.path + "/data" }
    var cache: String { scratch.path + "/cache" }

    init() throws {
      try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
      for file in ["participants.json", "places.json"] {
        try FileManager.default.copyItem(
          atPath: Executable.repositoryRoot + "/Datasets/sample/" + file,
          toPath: data + "/" + file)
      }
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
      try runPlek(
        arguments + [
          "--data", data, "--taxonomy", Executable.repositoryRoot + "/Datasets/taxonomy",
        ],
        environment: ["PLEK_CACHE_DIR": cache])
    }

    var entries: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [])
        .filter { $0.hasPrefix("engine-") && $0.hasSuffix(".plek") }.sorted()
    }
  }

  static let question = ["candidates", "PL-000002", "--top", "5", "--date", "2026-11-22"]

  /// The first run writes one owner-only entry; the second reads it; both answer as a run
  /// without the cache does, byte for byte.
  @Test func theSecondRunAnswersFromTheCacheAsTheFirst() throws {
    let setup = try Setup()
    let first = try setup.run(Self.question)
    #expect(first.status == 0, "\(first.standardError)")
    #expect(setup.entries.count == 1)
    var status = stat()
    #expect(stat(setup.cache + "/" + setup.entries[0], &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
    #expect(stat(setup.cache, &status) == 0 && status.st_mode & 0o777 == 0o700)
    let second = try setup.run(Self.question)
    let uncached = try setup.run(Self.question + ["--no-cache"])
    #expect(second.standardOutput == first.standardOutput)
    #expect(uncached.standardOutput == first.standardOutput)
    #expect(second.standardError.isEmpty)
    #expect(setup.entries.count == 1)
  }

  /// A changed byte in a data file names another entry: the answer follows the file.
  @Test func aChangedFileIsCompiledAgain() throws {
    let setup = try Setup()
    let before = try setup.run(["explain", "P-000001", "PL-000002", "--format", "json"])
    #expect(before.status == 0)
    let file = setup.data + "/participants.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    // The first participant's travel limit, whatever it was, becomes 5 minutes.
    let changed = try #require(
      text.range(of: "\"maxTravelMinutes\"\\s*:\\s*[0-9]+", options: .regularExpression))
    try text.replacingCharacters(in: changed, with: "\"maxTravelMinutes\": 5")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let after = try setup.run(["explain", "P-000001", "PL-000002", "--format", "json"])
    let uncached = try setup.run([
      "explain", "P-000001", "PL-000002", "--format", "json", "--no-cache",
    ])
    #expect(after.standardOutput == uncached.standardOutput)
    #expect(after.standardOutput != before.standardOutput)
    #expect(setup.entries.count == 2)
  }

  /// An entry changed on disk (its seal no longer holds) is not used: it is removed, the
  /// data compiled again and the entry written anew.
  @Test func aDamagedEntryIsNotUsed() throws {
    let setup = try Setup()
    let first = try setup.run(Self.question)
    let entry = setup.cache + "/" + setup.entries[0]
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
    bytes[bytes.count / 2] ^= 0x10
    try Data(bytes).write(to: URL(fileURLWithPath: entry))
    let second = try setup.run(Self.question)
    #expect(second.status == 0)
    #expect(second.standardOutput == first.standardOutput)
    let rewritten = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
    #expect(rewritten != bytes)
  }

  /// A cache directory others may write is refused, said on standard error; the command
  /// answers without it. `--no-cache` writes nothing.
  @Test func anUntrustedCacheIsNotUsedAndNoCacheWritesNothing() throws {
    let setup = try Setup()
    let plain = try setup.run(Self.question + ["--no-cache"])
    #expect(plain.status == 0)
    #expect(!FileManager.default.fileExists(atPath: setup.cache))
    #expect(mkdir(setup.cache, 0o700) == 0 && chmod(setup.cache, 0o777) == 0)
    let refused = try setup.run(Self.question)
    #expect(refused.status == 0)
    #expect(refused.standardOutput == plain.standardOutput)
    #expect(refused.standardError.contains("the engine cache \(setup.cache) is not used"))
    #expect(refused.standardError.contains("chmod 700"))
    let dutch = try setup.run(Self.question + ["--lang", "nl"])
    #expect(dutch.standardError.contains("de cache \(setup.cache) wordt niet gebruikt"))
    #expect(setup.entries.isEmpty)
  }

  /// A shortlist's competition column needs everybody's top 10: the index is kept beside the
  /// cached engine, per day, and the next shortlist of that day reads it. A kept index that
  /// was changed on disk is not used.
  @Test func theCompetitionIndexIsKeptPerDay() throws {
    let setup = try Setup()
    let ask = ["shortlist", "P-000001", "--top", "5", "--date", "2026-11-22"]
    let first = try setup.run(ask)
    #expect(first.status == 0, "\(first.standardError)")
    let kept = try FileManager.default.contentsOfDirectory(atPath: setup.cache)
      .filter { $0.contains(".competition-") }
    #expect(kept.count == 1)
    let second = try setup.run(ask)
    let uncached = try setup.run(ask + ["--no-cache"])
    #expect(second.standardOutput == first.standardOutput)
    #expect(uncached.standardOutput == first.standardOutput)
    // Another day, another index.
    #expect(try setup.run(["shortlist", "P-000001", "--date", "2026-11-23"]).status == 0)
    let path = setup.cache + "/" + kept[0]
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: setup.cache)
        .filter { $0.contains(".competition-") }.count == 2)
    bytes[bytes.count / 2] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let afterDamage = try setup.run(ask)
    #expect(afterDamage.standardOutput == first.standardOutput)
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) != bytes)
  }

  /// `--state DIR`: no engine is cached (the state starts from its own image), but the day's
  /// competition index is kept for the version of the data read (directory, generation,
  /// last change); a change makes another version, computed afresh.
  @Test func aStatesCompetitionIndexIsKeptPerVersion() throws {
    let setup = try Setup()
    let state = setup.scratch.path + "/state"
    let environment = ["PLEK_CACHE_DIR": setup.cache]
    let health = Data((#"{"jsonrpc":"2.0","id":1,"method":"health"}"# + "\n").utf8)
    #expect(try runPlek(["serve", "--state", state], input: health).status == 0)
    let ask = ["shortlist", "P-000001", "--top", "5", "--date", "2026-11-22", "--state", state]
    let first = try runPlek(ask, environment: environment)
    #expect(first.status == 0, "\(first.standardError)")
    func kept() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: setup.cache)
        .filter { $0.hasPrefix("state-") && $0.contains(".competition-") }
    }
    #expect(try kept().count == 1)
    #expect(setup.entries.isEmpty)
    let second = try runPlek(ask, environment: environment)
    #expect(second.standardOutput == first.standardOutput)
    let removal =
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000002"]}}"#
    #expect(
      try runPlek(["serve", "--state", state], input: Data((removal + "\n").utf8)).status == 0)
    let afterChange = try runPlek(ask, environment: environment)
    let uncached = try runPlek(ask + ["--no-cache"], environment: environment)
    #expect(afterChange.standardOutput == uncached.standardOutput)
    #expect(try kept().count == 2)
  }
}
