import Foundation
import PlekTestSupport
import Testing

/// `plek serve --state` from the command line: what one run acknowledges the next run, the
/// CLI's `--state` and `plek export --dataset` see; one server per directory.
@Suite("plek serve --state and the CLI")
struct StateCommandTests {
  @Test func theCLISeesWhatTheServiceKept() throws {
    let scratch = ScratchDirectory()
    let state = scratch.path + "/state"
    // P-000003's placement first: a person with placements is not removed (their history
    // would be lost).
    let removal = [
      #"{"jsonrpc":"2.0","id":1,"method":"participants.remove","params":{"ids":["P-000003"]}}"#,
      #"{"jsonrpc":"2.0","id":2,"method":"placements.remove","params":{"ids":["PM-000002"]}}"#,
      #"{"jsonrpc":"2.0","id":3,"method":"participants.remove","params":{"ids":["P-000003"]}}"#,
    ].joined(separator: "\n")
    let first = try runPlek(["serve", "--state", state], input: Data((removal + "\n").utf8))
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardOutput.contains(#""code":-32009"#))
    #expect(first.standardOutput.contains(#""seq":2"#))
    #expect(first.standardError.contains("created from the data"))
    let shortlist = try runPlek(["shortlist", "P-000003", "--state", state])
    #expect(shortlist.status == 1)
    #expect(shortlist.standardError.contains("no participant P-000003"))
    let export = scratch.path + "/export"
    #expect(try runPlek(["export", "--state", state, "--dataset", export]).status == 0)
    let validation = try runPlek(["validate", export])
    #expect(validation.standardOutput.contains("299 valid participants"))
    #expect(validation.standardOutput.contains("280 valid placements"))
    let health = #"{"jsonrpc":"2.0","id":2,"method":"health"}"#
    let second = try runPlek(["serve", "--state", state], input: Data((health + "\n").utf8))
    #expect(second.standardOutput.contains(#""durableSequence":2"#))
    #expect(second.standardOutput.contains(#""participants":299"#))
  }

  @Test func oneServerPerDirectory() throws {
    let scratch = ScratchDirectory()
    let state = scratch.path + "/state"
    let process = Process()
    process.executableURL = Executable.plek
    process.arguments = ["serve", "--state", state]
    process.currentDirectoryURL = URL(fileURLWithPath: Executable.repositoryRoot)
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    // Wait until the first server answers: it holds the lock then.
    input.fileHandleForWriting.write(
      Data((#"{"jsonrpc":"2.0","id":1,"method":"health"}"# + "\n").utf8))
    var answered = Data()
    while !answered.contains(0x0A) { answered += output.fileHandleForReading.availableData }
    let second = try runPlek(["serve", "--state", state], input: Data())
    #expect(second.status == 1)
    #expect(second.standardError.contains("another plek serve is using the state directory"))
    // A change from the command line (issue 26's `plek place --state`) is a writer too:
    // refused while the server runs, nothing written.
    let placing = try runPlek(
      ["place", "P-000010", "PL-000003", "--form", "trial", "--hours", "16", "--state", state],
      input: Data())
    #expect(placing.status == 1, "\(placing.standardError)")
    #expect(placing.standardError.contains("another plek serve is using the state directory"))
  }

  @Test func repairAndJournalLimitNeedState() throws {
    #expect(try runPlek(["serve", "--repair"], input: Data()).status == 2)
  }
}

/// `plek snapshot` and `--data FILE`: the binary snapshot gives the same answers as the JSON
/// files it was written from, and turns back into them.
@Suite("plek snapshot")
struct SnapshotCommandTests {
  @Test func aSnapshotAnswersAsTheFilesDo() throws {
    let scratch = ScratchDirectory()
    let file = scratch.path + "/sample.plek"
    let written = try runPlek(["snapshot", "--out", file])
    #expect(written.status == 0, "\(written.standardError)")
    let fromFiles = try runPlek(["batch", "--out", "-", "--top", "3", "--date", "2026-11-22"])
    let fromSnapshot = try runPlek([
      "batch", "--data", file, "--out", "-", "--top", "3", "--date", "2026-11-22",
    ])
    #expect(fromSnapshot.status == 0, "\(fromSnapshot.standardError)")
    #expect(fromSnapshot.standardOutput == fromFiles.standardOutput)
    let back = scratch.path + "/back"
    #expect(try runPlek(["export", "--data", file, "--dataset", back]).status == 0)
    #expect(try runPlek(["validate", back]).standardOutput.contains("no problems"))
    // A damaged snapshot is refused with the reason.
    var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: file))
    let damaged = try runPlek(["shortlist", "P-000003", "--data", file])
    #expect(damaged.status == 1)
    #expect(damaged.standardError.contains("fails its checksum"))
  }
}
