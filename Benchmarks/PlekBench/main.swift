import Foundation
import PlekCore
import PlekIO

// plek-bench: Plek's benchmarks. Medians and p99 over repeated runs after a warm-up, on
// generated data from a fixed seed; a Markdown table on standard output, JSON on request.
// Exit codes: 0 done, 1 a correctness check or the CI speed-up floor failed, 2 usage.

let usage = """
  usage: plek-bench [--quick] [--filter NAME] [--json FILE]
         plek-bench --profile batch|load|advice


    --quick        the CI sizes (2,000 × 10,000 batch, 20,000-record load, 5,000 requests)
    --filter NAME  run only scenarios whose name contains NAME:
                   reference, batch, latency, load, service, cli, officer, advice, assign,
                   state, report, national, outcomes, sectors, policy
    --json FILE    also write the measurements as JSON
    --profile batch  one single-threaded batch of 300 × 5,000, nothing else: a fixed
                     workload for valgrind --tool=callgrind (instruction counts repeat) or
                     perf (sizes from PLEK_PROFILE_PARTICIPANTS and PLEK_PROFILE_PLACES)
    --profile load   write 2,000 participants and 2,000 places, then load, validate, compile
                     and index them once (size from PLEK_PROFILE_RECORDS)
    --profile advice advice for 40 people over 20,000 places (PLEK_PROFILE_PARTICIPANTS,
                     PLEK_PROFILE_PLACES; with PLEK_PROFILE_REGION=1 the region's advice
                     for those people, on one thread; with PLEK_PROFILE_CARVE=1 carving
                     for as many places over every person)
  """

var arguments = Array(CommandLine.arguments.dropFirst())
var quick = false
var filter: String?
var jsonFile: String?
var profile: String?
while let argument = arguments.first {
  arguments.removeFirst()
  switch argument {
  case "--quick": quick = true
  case "--profile":
    guard let value = arguments.first, ["batch", "load", "advice"].contains(value) else {
      print(usage)
      exit(2)
    }
    profile = value
    arguments.removeFirst()
  case "--filter":
    guard let value = arguments.first else {
      print(usage)
      exit(2)
    }
    filter = value
    arguments.removeFirst()
  case "--json":
    guard let value = arguments.first else {
      print(usage)
      exit(2)
    }
    jsonFile = value
    arguments.removeFirst()
  case "-h", "--help":
    print(usage)
    exit(0)
  default:
    FileHandle.standardError.write(
      Data("plek-bench: unknown argument \(argument)\n\(usage)\n".utf8))
    exit(2)
  }
}

if _isDebugAssertConfiguration() {
  let warning = """
    ************************************************************************
    plek-bench was built in DEBUG. Debug numbers are meaningless.
    Run: swift run -c release plek-bench \(quick ? "--quick" : "")
    ************************************************************************
    """
  FileHandle.standardError.write(Data((warning + "\n").utf8))
  exit(1)
}

/// The repository root: the benchmark needs the taxonomy, the sample and the README.
let repository: String = {
  var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<6 {
    if FileManager.default.fileExists(
      atPath: url.appendingPathComponent("Benchmarks/README.md").path)
    {
      return url.path
    }
    url.deleteLastPathComponent()
  }
  return FileManager.default.currentDirectoryPath
}()

/// The CI floor for the fast scorer's speed-up, from Benchmarks/README.md
/// (`<!-- speed-up floor: N -->`), so that the number and its reasoning live in one place.
let floor: Double? = {
  guard
    let text = try? String(contentsOfFile: repository + "/Benchmarks/README.md", encoding: .utf8),
    let marker = text.range(of: "<!-- speed-up floor: "),
    let end = text.range(of: " -->", range: marker.upperBound..<text.endIndex)
  else { return nil }
  return Double(text[marker.upperBound..<end.lowerBound])
}()

let (validatedTaxonomy, issues) = DatasetLoader.loadTaxonomy(
  directory: repository + "/Datasets/taxonomy")
guard let taxonomy = validatedTaxonomy?.value else {
  FileHandle.standardError.write(
    Data("plek-bench: taxonomy invalid: \(issues.first?.description ?? "")\n".utf8))
  exit(1)
}

if profile == "load" {
  let directory = NSTemporaryDirectory() + "plek-profile-\(getpid())"
  defer { try? FileManager.default.removeItem(atPath: directory) }
  let data = DatasetGenerator(taxonomy: taxonomy, seed: 20_261_122)
  let count = Int(ProcessInfo.processInfo.environment["PLEK_PROFILE_RECORDS"] ?? "") ?? 2_000
  try data.write(participants: count, places: count, to: directory)
  let report = DatasetLoader.load(
    directory: directory, taxonomyDirectory: repository + "/Datasets/taxonomy")
  guard let dataset = report.dataset else { exit(1) }
  let engine = try MatchEngine(dataset: dataset)
  print("profile: \(report.bytesRead) bytes, \(engine.statistics.packedBytes) packed bytes")
  try? FileManager.default.removeItem(atPath: directory)
  exit(0)
}

if profile == "advice" {
  let data = DatasetGenerator(taxonomy: taxonomy, seed: 20_261_122)
  let environment = ProcessInfo.processInfo.environment
  let count = Int(environment["PLEK_PROFILE_PLACES"] ?? "") ?? 20_000
  let asked = Int(environment["PLEK_PROFILE_PARTICIPANTS"] ?? "") ?? 40
  let region = environment["PLEK_PROFILE_REGION"] != nil
  // For the region's advice only the people asked for are stored.
  let people = data.participants(count: region ? asked : count)
  let engine = try MatchEngine(
    taxonomy: taxonomy, participants: people, places: data.places(count: count))
  let options = QueryOptions(day: Day(iso: "2026-11-22")!)
  var steps = 0
  if region {
    steps = try engine.regionAdvice(options: options).steps.count
  } else if environment["PLEK_PROFILE_CARVE"] != nil {
    for id in engine.placeIDs.prefix(asked) {
      steps += try engine.carve(for: id, options: options).changes.count
    }
  } else {
    for person in people.prefix(asked) {
      steps += try engine.advice(for: person.id, options: options).steps.count
    }
  }
  print("profile: \(steps) steps")
  exit(0)
}

if profile == "batch" {
  let data = DatasetGenerator(taxonomy: taxonomy, seed: 20_261_122)
  let environment = ProcessInfo.processInfo.environment
  let people = Int(environment["PLEK_PROFILE_PARTICIPANTS"] ?? "") ?? 300
  let places = Int(environment["PLEK_PROFILE_PLACES"] ?? "") ?? 5_000
  let engine = try MatchEngine(
    taxonomy: taxonomy, participants: data.participants(count: people),
    places: data.places(count: places))
  let lists = try engine.batchShortlists(
    options: QueryOptions(k: 10, day: Day(iso: "2026-11-22")!, threads: 1))
  print("profile: \(lists.reduce(0) { $0 + $1.shortlist.matches.count }) matches")
  exit(0)
}

let machine = Machine.current()
var scenarios = Scenarios(taxonomy: taxonomy, sizes: quick ? .quick : .full, repository: repository)
var failures: [String] = []
let only = filter
let selected = { (name: String) -> Bool in only.map { name.contains($0) } ?? true }
let started = now()
do {
  if selected("reference") {
    let speedUp = try scenarios.fastVersusReference()
    if let floor, speedUp < floor {
      failures.append(
        "the fast scorer is only \(format(speedUp, 1))× the reference, below the floor of \(format(floor, 0))×"
      )
    }
    if floor == nil { failures.append("no speed-up floor found in Benchmarks/README.md") }
  }
  if selected("batch") { try scenarios.batch() }
  if selected("latency") { try scenarios.latency() }
  if selected("load") { try scenarios.load() }
  if selected("service") { try scenarios.service() }
  if selected("cli") { try scenarios.cliBatch() }
  if selected("officer cli") { try scenarios.officer() }
  if selected("advice") {
    try scenarios.advice()
    try scenarios.regionAdvice()
  }
  if selected("assign") { try scenarios.assign() }
  if selected("state") { try scenarios.state() }
  if selected("report") { try scenarios.report() }
  if selected("assign shape") { try scenarios.assignShape() }
  if selected("assign crowded") { try scenarios.assignCrowded() }
  if selected("national") { try scenarios.national() }
  if selected("outcomes") { try scenarios.outcomes() }
  if selected("sectors") { try scenarios.sectors() }
  if selected("policy") {
    try scenarios.policy()
    if let miss = scenarios.measurements.last(where: {
      $0.met == false && $0.scenario.hasPrefix("placement policy")
    }) {
      failures.append(
        "\(miss.metric): \(format(miss.median, 0)), target \(format(miss.target ?? 0, 0))")
    }
  }
} catch {
  failures.append("\(error)")
}

// The report.
print("## plek-bench \(quick ? "--quick " : "")results\n")
print(
  "Machine: \(machine.cores) cores, \(machine.cpu), \(machine.system); \(machine.date); \(format(now() - started, 0)) s.\n"
)
print("| Scenario | Metric | Median | p99 | Runs | Target | Status | Note |")
print("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |")
for m in scenarios.measurements {
  let value = { (v: Double) in
    switch m.unit {
    case "share": format(v * 100, 1) + "%"
    case "count": format(v, 0)
    case "": scaled(v)
    default: scaled(v) + " " + m.unit
    }
  }
  let target =
    m.target.map { (m.direction == .higherIsBetter ? "≥ " : "≤ ") + value($0) } ?? ""
  print(
    "| \(m.scenario) | \(m.metric) | \(value(m.median)) | \(m.p99.map(value) ?? "") | \(m.runs) | \(target) | \(m.status) | \(m.note) |"
  )
}
if let floor {
  print(
    "\nCI floor for the fast scorer's speed-up over the reference: \(format(floor, 0))× (Benchmarks/README.md)."
  )
}
for failure in failures { print("\n**FAILED:** \(failure)") }

if let jsonFile {
  let json: JSONValue = .object([
    JSONMember("quick", .bool(quick)),
    JSONMember(
      "machine",
      .object([
        JSONMember("cores", .int(machine.cores)), JSONMember("cpu", .string(machine.cpu)),
        JSONMember("system", .string(machine.system)), JSONMember("date", .string(machine.date)),
      ])),
    JSONMember(
      "measurements",
      .array(
        scenarios.measurements.map { m in
          .object([
            JSONMember("scenario", .string(m.scenario)), JSONMember("metric", .string(m.metric)),
            JSONMember("unit", .string(m.unit)),
            JSONMember("median", m.median.isFinite ? .number(m.median) : .null),
            JSONMember("p99", m.p99.map { $0.isFinite ? .number($0) : .null } ?? .null),
            JSONMember("runs", .int(m.runs)),
            JSONMember("target", m.target.map { .number($0) } ?? .null),
            JSONMember("met", m.met.map { .bool($0) } ?? .null),
            JSONMember("note", .string(m.note)),
          ])
        })),
    JSONMember("failures", .array(failures.map { .string($0) })),
  ])
  try? DatasetLoader.write(JSONWriter(style: .pretty).bytes(json), to: jsonFile)
}
exit(failures.isEmpty ? 0 : 1)
