import Foundation
import PlekAssign
import PlekCore
import PlekIO

/// The placement proposal on a crowded region (issue 27, item 3): the region of
/// `plek generate --participants 20000 --places 10000 --seed 3` (two people per place, with
/// its placements), `plek assign` as an officer runs it, and beside it in the same run the
/// route through a general-purpose solver: a batch of top-1,000 shortlists and OR-Tools'
/// min-cost flow on those fits (`Benchmarks/mincostflow.py`, run as a child process).
extension Scenarios {
  mutating func assignCrowded() throws {
    let people = sizes.isFull ? 20_000 : 2_000
    let places = people / 2
    let label = "assign crowded \(people.formatted()) × \(places.formatted()) (seed 3)"
    guard let plek = Self.plekExecutable() else {
      measurements.append(
        Measurement(
          scenario: label, metric: "skipped", unit: "", median: .nan, p99: nil, runs: 0,
          note: "no release plek next to plek-bench: run swift build -c release"))
      return
    }
    let directory = NSTemporaryDirectory() + "plek-bench-crowded-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    log("• \(label): writing the dataset")
    try DatasetGenerator(taxonomy: taxonomy, seed: 3).write(
      participants: people, places: places, to: directory)
    let taxonomyDirectory = repository + "/Datasets/taxonomy"

    // The whole command, as an officer runs it: load the JSON, validate, compile, propose,
    // write the proposal.
    var command: [Double] = []
    for _ in 0..<max(3, sizes.runs) {
      let started = now()
      try Self.run(
        plek,
        [
          "assign", "--data", directory, "--taxonomy", taxonomyDirectory, "--date", day.iso,
          "--format", "json", "--out", directory + "/proposal.json", "--no-cache",
        ])
      command.append(now() - started)
    }
    let whole = Summary(command)

    // In the process: the proposal, the batch of top-1,000 lists, and the fits for OR-Tools.
    let loaded = try DatasetLoader.loadEngine(
      directory: directory, taxonomyDirectory: taxonomyDirectory, policyFile: nil)
    guard let engine = loaded.engine else {
      throw CheckFailed(description: "the crowded region did not validate")
    }
    let options = QueryOptions(k: 10, day: day, threads: 0)
    var proposal: Assignment?
    var inProcess: [Double] = []
    for _ in 0..<max(3, sizes.runs) {
      // As `plek assign` does: people with a placement running on the day hold a place.
      inProcess.append(
        try time {
          proposal = try engine.assign(
            scope: AssignmentScope(includePlaced: false), options: options)
        })
    }
    let work = proposal!.work
    var listOptions = options
    listOptions.k = 1_000
    var lists: [BatchShortlist] = []
    let batch = try time {
      lists = try engine.batchShortlists(for: proposal!.participantIDs, options: listOptions)
    }
    let placedScore = proposal!.placements.reduce(Int64(0)) { $0 + $1.scoreMillionths }
    measurements.append(
      Measurement(
        scenario: label, metric: "plek assign, the whole command", unit: "s",
        median: whole.median, p99: whole.samples.last, runs: whole.count,
        target: sizes.isFull ? 10 : nil, direction: .lowerIsBetter,
        note:
          "loading the JSON included, --no-cache; p99 column: slowest; \(proposal!.placedCount.formatted()) of \(proposal!.participantIDs.count.formatted()) placed"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "the proposal in the process (graph, solves, proof)", unit: "s",
        median: Summary(inProcess).median, p99: Summary(inProcess).samples.last,
        runs: inProcess.count, direction: .lowerIsBetter,
        note:
          "graph \(format(work.graphSeconds, 2)) s, solves \(format(work.solveSeconds, 2)) s (\(work.solves), \(work.solvesFromScratch) from scratch), proof \(format(work.certificateSeconds, 2)) s; \(work.fits.formatted()) fits, \(work.peopleWithAllFits.formatted()) people read to the last fit"
      ))
    guard let solver = try Self.minCostFlow(lists, proposal!, directory: directory) else {
      measurements.append(
        Measurement(
          scenario: label, metric: "batch top 1,000 (same run)", unit: "s", median: batch,
          p99: nil, runs: 1, direction: .lowerIsBetter,
          note: "OR-Tools not measured: python3 with ortools not found (pip install ortools)"))
      return
    }
    let anchor = batch + solver.solveSeconds
    measurements.append(
      Measurement(
        scenario: label, metric: "batch top 1,000 + OR-Tools min-cost flow (same run)",
        unit: "s", median: anchor, p99: nil, runs: 1, direction: .lowerIsBetter,
        note:
          "batch \(format(batch, 2)) s, OR-Tools solve \(format(solver.solveSeconds, 2)) s on \(solver.fits.formatted()) fits (building its network \(format(solver.buildSeconds, 2)) s more); it places \(solver.placed.formatted()) (total \(format(Double(solver.totalScore) / 1e6, 1))), plek \(proposal!.placedCount.formatted()) (total \(format(Double(placedScore) / 1e6, 1)), optimal over every fit)"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "in-process proposal ÷ (batch top 1,000 + OR-Tools)", unit: "×",
        median: Summary(inProcess).median / anchor, p99: nil, runs: 1,
        direction: .lowerIsBetter, note: "same run"))
  }

  typealias MinCostFlowAnswer = (
    placed: Int, totalScore: Int64, fits: Int, buildSeconds: Double, solveSeconds: Double
  )

  /// What OR-Tools' min-cost flow makes of the lists' fits: `nil` when python3 or ortools is
  /// missing.
  static func minCostFlow(_ lists: [BatchShortlist], _ proposal: Assignment, directory: String)
    throws -> MinCostFlowAnswer?
  {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("mincostflow.py").path
    var column: [PlaceID: Int32] = [:]
    var slots: [Int32] = []
    for place in proposal.places {
      column[place.placeID] = Int32(slots.count)
      slots.append(Int32(place.freeSlots))
    }
    var offsets: [Int64] = [0]
    var columns: [Int32] = []
    var scores: [Int64] = []
    for list in lists {
      for match in list.shortlist.matches {
        guard let index = column[match.placeID] else { continue }
        columns.append(index)
        scores.append(match.scoreMillionths)
      }
      offsets.append(Int64(columns.count))
    }
    var bytes = Data()
    func append<T>(_ values: [T]) { values.withUnsafeBytes { bytes.append(contentsOf: $0) } }
    append([Int32(lists.count), Int32(slots.count)])
    append(slots)
    append(offsets)
    append(columns)
    append(scores)
    let file = directory + "/fits.bin"
    try bytes.write(to: URL(fileURLWithPath: file))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, file]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let answer = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let json = try JSONSerialization.jsonObject(with: answer) as? [String: Any],
      let placed = json["placed"] as? Int, let total = json["totalScoreMillionths"] as? Int,
      let fits = json["fits"] as? Int, let build = json["buildSeconds"] as? Double,
      let solve = json["solveSeconds"] as? Double
    else { return nil }
    return (placed, Int64(total), fits, build, solve)
  }
}
