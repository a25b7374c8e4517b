import Foundation
import PlekCore
import PlekTestSupport
import Testing

/// Issue 16: streamed batches, shards whose merged output is the whole batch's byte for
/// byte, the Scaling article's recipe run as printed, and the national generator profile.
@Suite(
  "Scaling: shards, streamed batches, the national profile", .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct ScalingTests {
  /// A generated region of 1,500 people and 900 places, written once for the suite.
  static let data: String = {
    // Under a scratch directory kept for the process (removed at its exit): the value
    // itself goes away at once, and with it the directory it made, before `generate`
    // writes the data below its path again.
    let directory = ScratchDirectory(prefix: "plek-scaling-").path + "/data"
    ScratchDirectory.removeAtExit((directory as NSString).deletingLastPathComponent)
    let result = try! runPlek([
      "generate", "--participants", "1500", "--places", "900", "--seed", "16", "--out", directory,
    ])
    precondition(result.status == 0, result.standardError)
    return directory
  }()

  static let day = ["--date", "2026-11-22"]

  static func batch(_ arguments: [String], out: String) throws -> [UInt8] {
    let result = try runPlek(["batch", "--data", data, "--out", out] + arguments + day)
    #expect(result.status == 0, "\(result.standardError)")
    return [UInt8](FileManager.default.contents(atPath: out) ?? Data())
  }

  /// The shards' files merged as the Scaling article says.
  static func merge(_ files: [[UInt8]], format: String) -> [UInt8] {
    guard format == "csv" else { return files.flatMap { $0 } }
    return files.enumerated().flatMap { index, file -> [UInt8] in
      index == 0 ? file : Array(file[(file.firstIndex(of: 0x0A)! + 1)...])
    }
  }

  @Test(arguments: [
    ("csv", "on", 3), ("csv", "off", 4), ("ndjson", "on", 2), ("ndjson", "off", 7),
    ("csv", "off", 1),
  ])
  func shardsMergeIntoTheWholeBatch(format: String, competition: String, shards: Int) throws {
    let scratch = ScratchDirectory()
    let options = ["--format", format, "--competition", competition, "--top", "6"]
    let whole = try Self.batch(options, out: scratch.path + "/whole.\(format)")
    #expect(whole.count > 10_000)
    var files: [[UInt8]] = []
    for index in 1...shards {
      files.append(
        try Self.batch(
          options + ["--shard", "\(index)/\(shards)"],
          out: scratch.path + "/shard-\(index).\(format)"))
    }
    // Every shard holds someone (1,500 people), and the merge is the whole batch.
    #expect(files.allSatisfy { $0.count > 100 })
    #expect(Self.merge(files, format: format) == whole)
    // The competition columns are filled with `on` and empty with `off`.
    let text = String(decoding: whole, as: UTF8.self)
    if format == "ndjson" {
      #expect(text.contains("\"competition\"") == (competition == "on"))
    }
  }

  /// Streaming changes nothing: the JSON document of a batch larger than one chunk parses,
  /// holds every participant once in id order, and equals the NDJSON lines.
  @Test func aStreamedDocumentHoldsEveryoneInOrder() throws {
    let scratch = ScratchDirectory()
    let json = try Self.batch(["--top", "3"], out: scratch.path + "/all.json")
    let lines = try Self.batch(["--top", "3"], out: scratch.path + "/all.ndjson")
    let document = try JSONSerialization.jsonObject(with: Data(json)) as! [String: Any]
    let lists = document["shortlists"] as! [[String: Any]]
    #expect(document["participants"] as? Int == 1500)
    #expect(lists.count == 1500)
    let ids = lists.map { $0["participant"] as! String }
    #expect(ids == ids.sorted() && Set(ids).count == ids.count)
    let fromLines = String(decoding: lines, as: UTF8.self).split(separator: "\n").map {
      try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    #expect(fromLines.map { $0["participant"] as! String } == ids)
    #expect(NSArray(array: fromLines).isEqual(to: lists))
  }

  @Test(arguments: [
    (["--shard", "0/4"], "shards count from 1"),
    (["--shard", "5/4"], "1 ≤ I ≤ N"),
    (["--shard", "a/b"], "not 'a/b'"),
    (["--shard", "1/4", "--format", "json"], "cannot be merged"),
    (["--competition", "maybe"], "--competition"),
    (["--format", "xml"], "--format"),
  ])
  func badShardOptionsAreUsageErrors(arguments: [String], message: String) throws {
    let scratch = ScratchDirectory()
    let result = try runPlek(
      ["batch", "--data", Self.data, "--out", scratch.path + "/x.csv"] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/x.csv"))
  }

  /// The recipe in Scaling.md, extracted and run as printed, merges 4 shards into exactly
  /// the unsharded file.
  @Test func theScalingArticlesRecipeRunsAsPrinted() throws {
    let article = try String(
      contentsOfFile: Repository.root + "/Sources/PlekCore/PlekCore.docc/Scaling.md",
      encoding: .utf8)
    let marker = try #require(article.range(of: "<!-- scaling-recipe -->\n```sh\n"))
    let end = try #require(article.range(of: "\n```", range: marker.upperBound..<article.endIndex))
    let scratch = ScratchDirectory()
    scratch.write("run-shards.sh", String(article[marker.upperBound..<end.lowerBound]) + "\n")
    let script = scratch.path + "/run-shards.sh"
    let arguments = ["--top", "5"] + Self.day
    var environment = ProcessInfo.processInfo.environment
    environment["PLEK"] = Executable.plek.path
    environment["DATA"] = Self.data
    environment["N"] = "4"
    environment["OUT"] = scratch.path + "/merged.csv"
    #expect(runShell(script, arguments, environment: environment) == 0)
    let whole = try Self.batch(
      ["--competition", "off", "--top", "5"], out: scratch.path + "/whole.csv")
    #expect(
      [UInt8](FileManager.default.contents(atPath: scratch.path + "/merged.csv") ?? Data())
        == whole)
    // A shard that fails stops the script before anything is merged.
    environment["DATA"] = scratch.path + "/no-such-data"
    environment["OUT"] = scratch.path + "/failed.csv"
    #expect(runShell(script, arguments, environment: environment) != 0)
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/failed.csv"))
  }

  /// `--profile national`: its own taxonomy and policy beside the records, found by every
  /// command; several hundred municipalities, people in many of them; the same seed gives
  /// the same bytes.
  @Test func theNationalProfileIsAWholeDatasetOnItsOwn() throws {
    let scratch = ScratchDirectory()
    var outputs: [[UInt8]] = []
    for run in 1...2 {
      let directory = scratch.path + "/nl-\(run)"
      let result = try runPlek([
        "generate", "--profile", "national", "--participants", "3000", "--places", "2000",
        "--seed", "5", "--out", directory,
      ])
      #expect(result.status == 0, "\(result.standardError)")
      outputs.append(
        ["participants.json", "places.json", "policy.json", "taxonomy/region.json"].flatMap {
          [UInt8](FileManager.default.contents(atPath: directory + "/" + $0) ?? Data())
        })
    }
    #expect(outputs[0] == outputs[1])
    let directory = scratch.path + "/nl-1"
    let region =
      try JSONSerialization.jsonObject(
        with: try Data(contentsOf: URL(fileURLWithPath: directory + "/taxonomy/region.json")))
      as! [String: Any]
    let municipalities = region["municipalities"] as! [[String: Any]]
    #expect(region["id"] as? String == "nederland")
    #expect(municipalities.count == 377)
    let people =
      try JSONSerialization.jsonObject(
        with: try Data(contentsOf: URL(fileURLWithPath: directory + "/participants.json")))
      as! [[String: Any]]
    let homes = Dictionary(grouping: people) { $0["municipality"] as! String }
    #expect(homes.count > 150)
    // Cities are dense: Amsterdam has far more people than the median municipality.
    let sizes = homes.values.map(\.count).sorted()
    #expect((homes["amsterdam"]?.count ?? 0) > 10 * sizes[sizes.count / 2])
    // Every command finds the taxonomy and policy inside the data directory.
    #expect(try runPlek(["validate", directory]).status == 0)
    let batch = try runPlek(
      ["batch", "--data", directory, "--out", scratch.path + "/nl.csv", "--top", "3"] + Self.day)
    #expect(batch.status == 0, "\(batch.standardError)")
    #expect(batch.standardError.contains("for 3000 participants"))
  }
  /// Ctrl-C during a batch leaves neither the output nor its partial file, and exits 130.
  @Test func anInterruptedBatchLeavesNoPartialFile() throws {
    let scratch = ScratchDirectory()
    let data = scratch.path + "/data"
    #expect(
      try runPlek([
        "generate", "--participants", "20000", "--places", "3000", "--seed", "3", "--out", data,
      ]).status == 0)
    let process = Process()
    process.executableURL = Executable.plek
    process.arguments = ["batch", "--data", data, "--out", scratch.path + "/all.csv"] + Self.day
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the partial file is there, then interrupt.
    let deadline = Date().addingTimeInterval(120)
    func partials() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []).filter {
        $0.contains(".partial-")
      }
    }
    while partials().isEmpty && process.isRunning && Date() < deadline {
      usleep(5_000)
    }
    let interrupted = process.isRunning
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    // The batch had not finished when interrupted (else the test proves nothing).
    #expect(interrupted)
    #expect(process.terminationReason == .exit && process.terminationStatus == 130)
    #expect(partials().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/all.csv"))
  }
}
