import Foundation
import PlekTestSupport
import Testing

/// Issue 26: `plek place` and `plek end` in a dataset directory and in a state, in Dutch
/// words; refused changes change nothing; the engine cache sees the changed file.
@Suite("plek place and plek end")
struct PlacementChangeCommandTests {
  /// A copy of the sample dataset (placements included) and a cache of its own.
  struct Setup {
    let scratch = ScratchDirectory()
    var data: String { scratch.path + "/data" }
    var placements: String { data + "/placements.json" }

    init() throws {
      try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
      for file in ["participants.json", "places.json", "placements.json"] {
        try FileManager.default.copyItem(
          atPath: Repository.sample + "/" + file, toPath: data + "/" + file)
      }
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
      try runPlek(
        arguments + ["--taxonomy", Repository.taxonomy],
        environment: ["PLEK_CACHE_DIR": scratch.path + "/cache"])
    }

    func bytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: placements)) }
  }

  /// P-000010 (no placements in the sample) begins a trial at PL-000002, typed in Dutch, and
  /// falls back: the file holds both steps, the cached engine of the first `plek placements`
  /// is not used once the file changed, and the validator accepts the result.
  @Test func aTrialBegunAndEndedInDutch() throws {
    let setup = try Setup()
    let before = try setup.run(["placements", "P-000010", "--data", setup.data])
    #expect(before.status == 0 && !before.standardOutput.contains("PL-000002"))
    let placed = try setup.run([
      "place", "P-000010", "PL-000002", "--form", "proefplaatsing", "--hours", "20",
      "--start", "2026-12-01", "--job-coach", "--data", setup.data, "--lang", "nl",
    ])
    #expect(placed.status == 0, "\(placed.standardError)")
    #expect(placed.standardError.contains("vastgelegd: plaatsing PM-000282"))
    let listed = try setup.run([
      "placements", "P-000010", "--data", setup.data, "--lang", "nl", "--date", "2026-12-02",
    ])
    #expect(listed.standardOutput.contains("PM-000282  P-000010"))
    #expect(listed.standardOutput.contains("proefplaatsing"))
    let ended = try setup.run([
      "end", "PM-000282", "--reason", "terugval-geen-match", "--on", "2026-12-20", "--data",
      setup.data,
    ])
    #expect(ended.status == 0, "\(ended.standardError)")
    let json = try setup.run([
      "placements", "PM-000282", "--data", setup.data, "--format", "json",
    ])
    #expect(json.status == 2, "a placement id is not a person or a place")
    let person = try setup.run([
      "placements", "P-000010", "--data", setup.data, "--format", "json",
    ])
    #expect(person.standardOutput.contains(#""endReason": "fell-back-mismatch""#))
    #expect(person.standardOutput.contains(#""jobCoach": true"#))
    let validation = try setup.run(["validate", setup.data])
    #expect(validation.standardOutput.contains("282 valid placements"))
  }

  /// Refused: an overlap, a second end, an unknown person, an unknown word; each exits 1 (2
  /// for a usage error) and leaves the file as it was.
  @Test(arguments: [
    (
      [
        "place", "P-000003", "PL-000193", "--form", "employment", "--hours", "20", "--start",
        "2024-01-01",
      ], Int32(1), "PM-000002"
    ),
    (["end", "PM-000002", "--reason", "other"], 1, "ended on"),
    (["place", "P-999999", "PL-000193", "--form", "trial", "--hours", "20"], 1, "participant"),
    (["place", "P-000010", "PL-000002", "--form", "stage", "--hours", "20"], 2, "stage"),
    (["end", "PM-000002", "--reason", "ontslag"], 2, "ontslag"),
    (["place", "P-000010", "PL-000002", "--form", "trial"], 2, "--hours"),
  ])
  func refusedChangesChangeNothing(arguments: [String], status: Int32, says: String) throws {
    let setup = try Setup()
    let before = try setup.bytes()
    let result = try setup.run(arguments + ["--data", setup.data])
    #expect(result.status == status, "\(result.standardError)")
    #expect(result.standardError.contains(says), "\(result.standardError)")
    #expect(try setup.bytes() == before)
  }

  /// With `--state`: journaled like the service's own change (its sequence number is
  /// durable), seen by the next reader; a directory that holds no state is refused and not
  /// created.
  @Test func aStateIsChangedThroughItsJournal() throws {
    let setup = try Setup()
    let state = setup.scratch.path + "/state"
    let created = try setup.run(["serve", "--state", state, "--data", setup.data])
    #expect(created.status == 0, "\(created.standardError)")
    let placed = try setup.run([
      "place", "P-000010", "PL-000003", "--form", "trial", "--hours", "16", "--start",
      "2026-12-05", "--state", state,
    ])
    #expect(placed.status == 0, "\(placed.standardError)")
    let listed = try setup.run(["placements", "P-000010", "--state", state])
    #expect(listed.standardOutput.contains("PL-000003"))
    let health = #"{"jsonrpc":"2.0","id":1,"method":"health"}"#
    let served = try runPlek(
      ["serve", "--state", state, "--taxonomy", Repository.taxonomy],
      input: Data((health + "\n").utf8))
    #expect(served.standardOutput.contains(#""durableSequence":1"#))
    let missing = setup.scratch.path + "/none"
    let refused = try setup.run([
      "place", "P-000010", "PL-000003", "--form", "trial", "--hours", "16", "--state", missing,
    ])
    #expect(refused.status == 1)
    #expect(!FileManager.default.fileExists(atPath: missing))
  }
}
