import Foundation
import PlekCore
import PlekIO

/// The commands as an officer runs them, in child processes: `plek batch` end to end, and
/// `plek serve` driven over its pipes.
extension Scenarios {
  // MARK: 8. plek batch, end to end

  /// `plek batch` as an officer runs it: load the JSON files, validate, compile, a shortlist
  /// for everyone, write the CSV. At 1 thread and at every core, so that the scaling of the
  /// whole command shows (its progress bar must not cost parallelism).
  mutating func cliBatch() throws {
    guard let plek = Self.plekExecutable() else {
      measurements.append(
        Measurement(
          scenario: "plek batch", metric: "skipped", unit: "", median: .nan, p99: nil, runs: 0,
          note: "no release plek next to plek-bench: run swift build -c release"))
      return
    }
    let directory = NSTemporaryDirectory() + "plek-bench-cli-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let label =
      "plek batch \(sizes.cliParticipants.formatted()) × \(sizes.cliPlaces.formatted()), top 10"
    log("• \(label): writing the dataset")
    try generator().write(
      participants: sizes.cliParticipants, places: sizes.cliPlaces, to: directory)
    let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    var medians: [Int: Double] = [:]
    for threads in [1, 0] {
      var seconds: [Double] = []
      for _ in 0..<max(2, sizes.runs - 1) {
        let started = now()
        try Self.run(
          plek,
          [
            "batch", "--data", directory, "--taxonomy", repository + "/Datasets/taxonomy",
            "--out", directory + "/out.csv", "--threads", String(threads),
            "--date", "2026-11-22", "--no-cache",
          ])
        seconds.append(now() - started)
      }
      let summary = Summary(seconds)
      medians[threads] = summary.median
      measurements.append(
        Measurement(
          scenario: label,
          metric: "load + batch + write, \(threads == 1 ? "1 thread" : "\(cores) threads")",
          unit: "s", median: summary.median, p99: summary.samples.last, runs: summary.count,
          direction: .lowerIsBetter, note: "p99 column: slowest run"))
    }
    if let one = medians[1], let all = medians[0] {
      measurements.append(
        Measurement(
          scenario: label, metric: "speed-up, \(cores) threads over 1", unit: "×",
          median: one / all, p99: nil, runs: sizes.runs,
          note: "the whole command, loading included"))
    }
  }

  // MARK: 8b. An officer's questions one after another (the engine cache, issue 27)

  /// Scenario `officer`: an officer's questions on one dataset from its JSON files, each a
  /// process of its own, as issue 27 describes them: `plek validate` (loading the data, the
  /// anchor), then the first `plek shortlist` of the day with an empty engine cache, then
  /// `shortlist`, `explain` and `candidates` again (they start from the cache), and a
  /// shortlist with `--no-cache` (load and compile every time). The cache is a directory of
  /// this run's own (`PLEK_CACHE_DIR`), emptied before each round.
  mutating func officer() throws {
    guard let plek = Self.plekExecutable() else { return }
    let people = sizes.isFull ? 100_000 : sizes.cliParticipants
    let places = sizes.isFull ? 100_000 : sizes.cliPlaces
    let directory = NSTemporaryDirectory() + "plek-bench-officer-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let label = "officer: plek on \(people.formatted()) × \(places.formatted()) from JSON"
    log("• \(label): writing the dataset")
    try generator().write(participants: people, places: places, to: directory + "/data")
    func run(_ arguments: [String], date: Bool = true) throws -> Double {
      let started = now()
      let data = ["--data", directory + "/data", "--taxonomy", repository + "/Datasets/taxonomy"]
      try Self.run(
        plek, arguments + data + (date ? ["--date", "2026-11-22"] : []),
        environment: ["PLEK_CACHE_DIR": directory + "/cache"])
      return now() - started
    }
    let steps: [(metric: String, arguments: [String], date: Bool)] = [
      ("plek validate (loading the data)", ["validate"], false),
      ("plek shortlist, the day's first, empty cache", ["shortlist", "P-000001"], true),
      ("plek shortlist again", ["shortlist", "P-000001"], true),
      ("plek explain", ["explain", "P-000001", "PL-000001"], true),
      ("plek candidates", ["candidates", "PL-000001"], true),
      ("plek shortlist --no-cache", ["shortlist", "P-000001", "--no-cache"], true),
    ]
    var seconds = [[Double]](repeating: [], count: steps.count)
    for _ in 0..<max(2, sizes.runs - 1) {
      try? FileManager.default.removeItem(atPath: directory + "/cache")
      for (index, step) in steps.enumerated() {
        seconds[index].append(try run(step.arguments, date: step.date))
      }
    }
    let load = Summary(seconds[0]).median
    for (index, step) in steps.enumerated() {
      let summary = Summary(seconds[index])
      // Issue 27's targets: the first answer at most 1 s more than loading the data, the
      // next ones 0.5 s in all.
      let target: Double? =
        !sizes.isFull || index == 0 || index == 5 ? nil : index == 1 ? load + 1 : 0.5
      measurements.append(
        Measurement(
          scenario: label, metric: step.metric, unit: "s", median: summary.median,
          p99: summary.samples.last, runs: summary.count, target: target,
          direction: .lowerIsBetter,
          note: "p99 column: slowest round; each a process, in this order every round"
            + (index == 1 ? "; target: loading + 1 s" : "")))
    }
  }

  /// Runs `plek` with `arguments` (and `environment` added to this one's), its output
  /// dropped; a failure stops the benchmark.
  static func run(_ plek: String, _ arguments: [String], environment: [String: String] = [:])
    throws
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: plek)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CheckFailed(
        description: "plek \(arguments[0]) failed with \(process.terminationStatus)")
    }
  }

  /// The release `plek` next to this executable.
  static func plekExecutable() -> String? {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidate = directory.appendingPathComponent("plek").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
  }
}

/// `plek serve` in a child process, with line-buffered reading of its answers.
///
/// `@unchecked Sendable` for its read buffer: one scenario drives one server from one thread
/// (write a line, read its answer), never two at once.
final class ServerProcess: @unchecked Sendable {
  let process = Process()
  let input = Pipe()
  let output = Pipe()
  private var buffer = [UInt8]()
  private var position = 0
  var spawnedAt = now()
  var startedWriting = now()

  init(_ executable: String, arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    spawnedAt = now()
    try process.run()
    startedWriting = now()
  }

  func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

  func readLine() -> [UInt8]? {
    while true {
      if let newline = buffer[position...].firstIndex(of: 0x0A) {
        let line = Array(buffer[position..<newline])
        position = newline + 1
        if position > 1 << 20 {
          buffer.removeFirst(position)
          position = 0
        }
        return line
      }
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { return nil }
      buffer.append(contentsOf: data)
    }
  }

  func close() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
