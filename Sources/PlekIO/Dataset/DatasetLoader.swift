import Foundation
import PlekCore

/// Reads taxonomies, datasets and policies from directories of JSON files, collecting every
/// problem instead of stopping at the first.
///
/// A dataset directory holds `participants.json` and `places.json`, each a JSON array of
/// records, and may hold `placements.json`. Its taxonomy is found, in order, in `DIR/taxonomy/`, in a `taxonomy/` directory
/// next to `DIR`, or where the caller says.
public enum DatasetLoader {
  /// The participants file name.
  public static let participantsFile = "participants.json"
  /// The places file name.
  public static let placesFile = "places.json"
  /// The largest data file read, in bytes (2 GiB): a larger file is reported, never read.
  public static let maximumFileBytes = 2 << 30

  /// Reads a whole file, or reports why it cannot be read.
  static func read(
    _ path: String, as name: String, into issues: inout [ValidationIssue],
    limit: Int = maximumFileBytes
  ) -> [UInt8]? {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > limit
    {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .tooLong, value: "\(size) bytes",
            expected: "a file of at most \(limit) bytes")))
      return nil
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      let refusal = MemoryBudget.refusal(reading: name, size: size)
    {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .tooLong, value: "\(size) bytes", expected: refusal)))
      return nil
    }
    guard FileManager.default.fileExists(atPath: path) else {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .unreadable, value: path, expected: "an existing file")))
      return nil
    }
    guard let bytes = FileBytes.read(path, limit: limit) else {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .unreadable, value: path,
            expected: "a readable file of at most \(limit) bytes")))
      return nil
    }
    return bytes
  }

  /// The nesting limit of data files.
  static let maximumDepth = 32

  /// Whether `bytes` hold only whitespace.
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
  }

  /// Parses a file's bytes as JSON, reporting empty files and broken JSON with line/column.
  static func parse(_ bytes: [UInt8], as name: String, into issues: inout [ValidationIssue])
    -> JSONValue?
  {
    if isBlank(bytes) {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .emptyFile, value: nil, expected: "a JSON array of records")))
      return nil
    }
    do {
      return try JSONParser(maximumDepth: maximumDepth).parse(bytes)
    } catch {
      issues.append(
        ValidationIssue(
          file: name,
          problem: ModelProblem(
            path: "", kind: .brokenJSON, value: error.message, expected: "valid JSON"),
          position: (error.line, error.column)))
      return nil
    }
  }

  /// Loads and validates the taxonomy in `directory`.
  public static func loadTaxonomy(directory: String) -> (
    taxonomy: Validated<Taxonomy>?, issues: [ValidationIssue]
  ) {
    var issues: [ValidationIssue] = []
    var parts: [TaxonomyCodec.File: JSONValue] = [:]
    for file in TaxonomyCodec.File.allCases {
      let path = Path.join(directory, file.rawValue)
      if let bytes = read(path, as: file.rawValue, into: &issues),
        let json = parse(bytes, as: file.rawValue, into: &issues)
      {
        parts[file] = json
      }
    }
    func decode<T>(_ file: TaxonomyCodec.File, _ body: (JSONValue, DecodeLog) -> T?) -> T? {
      guard let json = parts[file] else { return nil }
      let log = DecodeLog()
      let value = body(json, log)
      issues.append(contentsOf: log.problems.map { recordIssue(file.rawValue, $0, json: json) })
      return log.problems.isEmpty ? value : nil
    }
    let sectors = decode(.sectors) { TaxonomyCodec.sectors($0, log: $1) }
    let competencies = decode(.competencies) { TaxonomyCodec.competencies($0, log: $1) }
    let dimensions = decode(.loadDimensions) { TaxonomyCodec.loadDimensions($0, log: $1) }
    let region = decode(.region) { TaxonomyCodec.region($0, log: $1) }
    guard let sectors, let competencies, let dimensions, let region else { return (nil, issues) }
    let validation = Taxonomy(
      sectors: sectors, competencies: competencies, loadDimensions: dimensions, region: region
    ).validated()
    for problem in validation.problems {
      let (file, path) = taxonomyFile(for: problem.path)
      var relocated = problem
      relocated.path = path
      issues.append(recordIssue(file.rawValue, relocated, json: parts[file]))
    }
    return (issues.isEmpty ? validation.validated : nil, issues)
  }

  /// Maps a taxonomy problem path (`competencies[3].sectors[0]`) to its file and the path
  /// inside that file (`[3].sectors[0]`).
  static func taxonomyFile(for path: String) -> (TaxonomyCodec.File, String) {
    let prefixes: [(String, TaxonomyCodec.File)] = [
      ("sectors", .sectors), ("competencies", .competencies), ("loadDimensions", .loadDimensions),
      ("region.", .region), ("region", .region),
    ]
    for (prefix, file) in prefixes where path.hasPrefix(prefix) {
      return (file, String(path.dropFirst(prefix.count)))
    }
    return (.region, path)
  }

  /// Turns a problem whose path starts with `[index]` into an issue on that record.
  static func recordIssue(_ file: String, _ problem: ModelProblem, json: JSONValue?)
    -> ValidationIssue
  {
    var problem = problem
    guard problem.path.hasPrefix("["), let close = problem.path.firstIndex(of: "]"),
      let index = Int(problem.path[problem.path.index(after: problem.path.startIndex)..<close])
    else { return ValidationIssue(file: file, problem: problem) }
    var rest = problem.path[problem.path.index(after: close)...]
    if rest.hasPrefix(".") { rest = rest.dropFirst() }
    problem.path = String(rest)
    let id = json?.arrayElements.flatMap { index < $0.count ? $0[index]["id"]?.stringValue : nil }
    return ValidationIssue(file: file, record: index, id: id, problem: problem)
  }

  /// Loads and validates a dataset directory against a taxonomy directory.
  public static func load(directory: String, taxonomyDirectory: String) -> DatasetReport {
    var participants: [Validated<Participant>] = []
    var places: [Validated<Place>] = []
    var report = load(
      directory: directory, taxonomy: loadTaxonomy(directory: taxonomyDirectory),
      participants: { block, _ in participants += block }, places: { block, _ in places += block })
    report.participants = participants
    report.places = places
    return report
  }

  /// Loads a dataset directory straight into an engine (``EngineBuilder``): each block of
  /// records is compiled as soon as it is decoded and then let go, so that the decoded
  /// values of one block at most are held at a time. A national dataset's decoded records
  /// took about twice the memory of the engine built from them, on top of it.
  ///
  /// The report lists every issue as ``load(directory:taxonomyDirectory:)`` does, and counts
  /// the valid records (``DatasetReport/participantsLoaded``); its record arrays stay empty.
  /// The engine is `nil` when there is any issue, in the dataset or in `policyFile`
  /// (without one, the default policy).
  ///
  /// - Throws: ``MatchError`` when the engine refuses records the loader validated (a
  ///   safeguard: the loader already refuses what the engine would).
  public static func loadEngine(
    directory: String, taxonomyDirectory: String, policyFile: String?
  ) throws(MatchError) -> (report: DatasetReport, engine: MatchEngine?) {
    let loaded = loadTaxonomy(directory: taxonomyDirectory)
    let taxonomy = loaded.taxonomy
    var policyIssues: [ValidationIssue] = []
    var policy = taxonomy.flatMap { $0.value.validate(Policy.default).validated }
    if let policyFile {
      let (loaded, issues) = loadPolicy(file: policyFile, taxonomy: taxonomy?.value)
      policyIssues = issues
      policy = loaded?.validated
    }
    var builder: EngineBuilder?
    if let taxonomy, let policy { builder = try? EngineBuilder(taxonomy: taxonomy, policy: policy) }
    var refused: MatchError?
    var participantsAdded = 0
    var placesAdded = 0
    var report = load(
      directory: directory, taxonomy: loaded,
      participants: { block, inFile in
        // Room for the whole file at its first block: columns that grow by doubling hold
        // up to three times their size for a moment.
        if participantsAdded == 0 { builder?.reserve(participants: inFile, places: 0) }
        participantsAdded += block.count
        do throws(MatchError) { try builder?.add(participants: block) } catch {
          refused = refused ?? error
        }
      },
      places: { block, inFile in
        if placesAdded == 0 { builder?.reserve(participants: 0, places: inFile) }
        placesAdded += block.count
        do throws(MatchError) { try builder?.add(places: block) } catch {
          refused = refused ?? error
        }
      })
    report.issues += policyIssues
    if let refused { throw refused }
    guard report.issues.isEmpty, let built = builder else { return (report, nil) }
    builder = nil
    var engine = try built.build()
    // Checked against the directory's people and places already; the engine keeps them so.
    if !report.placements.isEmpty { try engine.upsert(placements: report.placements) }
    return (report, engine)
  }

  /// Loads a dataset directory against a loaded taxonomy (``loadTaxonomy(directory:)``),
  /// handing each file's valid records to `participants` and `places` a block at a time, in
  /// file order, with the number of elements the file holds (valid or not), instead of
  /// keeping them: the report's record arrays stay empty.
  public static func load(
    directory: String,
    taxonomy loaded: (taxonomy: Validated<Taxonomy>?, issues: [ValidationIssue]),
    participants: ([Validated<Participant>], Int) -> Void,
    places: ([Validated<Place>], Int) -> Void
  ) -> DatasetReport {
    let (taxonomy, taxonomyIssues) = loaded
    var issues = taxonomyIssues.map { issue -> ValidationIssue in
      var issue = issue
      issue.file = "taxonomy/" + issue.file
      return issue
    }
    var report = DatasetReport(
      issues: [], taxonomy: taxonomy, participants: [], places: [], bytesRead: 0)
    guard let taxonomy else {
      report.issues = issues
      return report
    }
    // Each file's records are parsed and decoded element by element on all cores; a file
    // that is not a well-formed array is parsed whole, which says where it is broken.
    func load<T>(
      _ file: String, _ decode: @escaping @Sendable (JSONValue, SharedValues) -> Decoded<T>,
      deliver: ([Validated<T>], Int) -> Void
    ) -> Int {
      guard let bytes = read(Path.join(directory, file), as: file, into: &issues) else {
        return 0
      }
      report.bytesRead += bytes.count
      var count = 0
      // Blank or broken files have no element ranges and go to `parse`, which reports them.
      if records(
        bytes: bytes, file: file, issues: &issues, unlisted: &report.unlistedProblems,
        decode: decode,
        deliver: {
          count += $0.count
          deliver($0, $1)
        })
      {
        return count
      }
      guard let json = parse(bytes, as: file, into: &issues) else { return 0 }
      let values = records(json, file: file, issues: &issues, decode: decode)
      deliver(values, values.count)
      return values.count
    }
    let plain = taxonomy.value
    // Placements refer to people and places by id: their ids are gathered only when there
    // are placements to check.
    let placementsPath = Path.join(directory, placementsFile)
    var known = FileManager.default.fileExists(atPath: placementsPath) ? KnownIDs() : nil
    report.participantsLoaded = load(
      participantsFile, { Participant.decode(json: $0, taxonomy: plain, values: $1) },
      deliver: { block, inFile in
        known?.participants.formUnion(block.lazy.map(\.value.id))
        participants(block, inFile)
      })
    report.placesLoaded = load(
      placesFile, { Place.decode(json: $0, taxonomy: plain, values: $1) },
      deliver: { block, inFile in
        known?.places.formUnion(block.lazy.map(\.value.id))
        places(block, inFile)
      })
    if let known {
      var placements: [Validated<Placement>] = []
      _ = load(
        placementsFile, { Placement.decode(json: $0, taxonomy: plain, values: $1) },
        deliver: { block, _ in placements += block })
      report.placements = checked(placements, against: known, issues: &issues)
    }
    report.issues = issues
    return report
  }

  /// Loads and validates a policy file against a taxonomy (the validated policy is `nil`
  /// without one).
  public static func loadPolicy(file path: String, taxonomy: Taxonomy?) -> (
    policy: Decoded<Policy>?, issues: [ValidationIssue]
  ) {
    var issues: [ValidationIssue] = []
    let name = Path.name(path)
    guard let bytes = read(path, as: name, into: &issues),
      let json = parse(bytes, as: name, into: &issues)
    else { return (nil, issues) }
    let decoded = Policy.decode(json: json, taxonomy: taxonomy)
    issues.append(contentsOf: decoded.problems.map { ValidationIssue(file: name, problem: $0) })
    return (decoded, issues)
  }

  /// Writes `value` to `path` atomically and owner-only (0600, or the replaced file's mode
  /// when stricter), creating the directory when needed (``StreamedOutput``).
  ///
  /// - Throws: ``OutputRefused`` when `path` exists and is not a regular file (a symbolic
  ///   link, a directory, a FIFO, a device): the bytes are written through nothing and
  ///   nothing is replaced.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let output = try StreamedOutput(path: path)
    try output.write(bytes)
    try output.commit()
  }
}

/// An output path that exists and is not a regular file.
public struct OutputRefused: Error, LocalizedError, Sendable {
  /// The path.
  public var path: String

  public var errorDescription: String? {
    "\(path) exists and is not a regular file (a link, directory, FIFO or device): nothing was written"
  }
}

/// Collects a file's records in file order: the valid, unique ones, and the problems of the
/// rest, the first ``DatasetLoader/problemsListedPerFile`` listed and all counted.
struct RecordCollector<T: Sendable> {
  let file: String
  var values: [Validated<T>] = []
  var issues: [ValidationIssue] = []
  var problems = 0
  var index = 0
  var firstIndex: [String: Int] = [:]

  init(file: String) { self.file = file }

  mutating func add(_ decoded: Decoded<T>, id rawID: String?) {
    defer { index += 1 }
    for problem in decoded.problems {
      report(ValidationIssue(file: file, record: index, id: rawID, problem: problem))
    }
    // Duplicates count among all records, valid or not: both need fixing.
    var duplicate = false
    if let rawID {
      if let first = firstIndex[rawID] {
        duplicate = true
        report(
          ValidationIssue(
            file: file, record: index, id: rawID,
            problem: ModelProblem(
              path: "id", kind: .duplicateID, value: rawID,
              expected: "a unique id (already used by record \(first))")))
      } else {
        firstIndex[rawID] = index
      }
    }
    if let value = decoded.validated, !duplicate { values.append(value) }
  }

  mutating func report(_ issue: ValidationIssue) {
    problems += 1
    if issues.count < DatasetLoader.problemsListedPerFile { issues.append(issue) }
  }

  /// The problems found and not listed.
  var unlisted: Int { problems - issues.count }

  /// The valid records collected since the last call, handed over.
  mutating func takeValues() -> [Validated<T>] {
    defer { values = [] }
    return values
  }

  mutating func finish(into all: inout [ValidationIssue]) -> [Validated<T>] {
    all += issues
    if problems > issues.count {
      all.append(
        ValidationIssue(
          file: file,
          problem: ModelProblem(
            path: "", kind: .moreProblems, value: "\(problems) problems",
            expected: "the first \(issues.count) are listed; fix them and validate again")))
    }
    return values
  }
}
