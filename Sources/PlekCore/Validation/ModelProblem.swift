/// What is wrong with a value: the category of a validation problem.
///
/// The raw values are stable codes; the service returns them in error data and tests assert
/// on them.
public enum ProblemKind: String, CaseIterable, Sendable {
  /// A field the schema does not have (for example `name` or `bsn`): rejected, never kept.
  case unknownField = "unknown-field"
  /// A required field is absent.
  case missingField = "missing-field"
  /// A value of the wrong JSON type (a string where a number belongs, ...).
  case wrongType = "wrong-type"
  /// A text that is not one of the allowed codes.
  case invalidValue = "invalid-value"
  /// An identifier that does not match the documented pattern.
  case badID = "bad-id"
  /// A date that is not a real `YYYY-MM-DD` day.
  case badDate = "bad-date"
  /// A number outside its allowed range.
  case outOfRange = "out-of-range"
  /// A fractional number where a whole number belongs.
  case notInteger = "not-integer"
  /// A range whose minimum is above its maximum.
  case minAboveMax = "min-above-max"
  /// A record id that occurs more than once.
  case duplicateID = "duplicate-id"
  /// The same entry listed twice in one list.
  case duplicateEntry = "duplicate-entry"
  /// A sector id the taxonomy does not have.
  case unknownSector = "unknown-sector"
  /// A competency id the taxonomy does not have.
  case unknownCompetency = "unknown-competency"
  /// A municipality id the region does not have.
  case unknownMunicipality = "unknown-municipality"
  /// A location outside the configured region bounds.
  case outsideRegion = "outside-region"
  /// A place demand left unknown: demands must be assessed.
  case unassessedDemand = "unassessed-demand"
  /// Two fields that contradict each other.
  case conflict
  /// A list or text that must not be empty.
  case empty
  /// A text or list that is too long.
  case tooLong = "too-long"
  /// A file that holds no bytes or only whitespace.
  case emptyFile = "empty-file"
  /// Text that is not valid JSON.
  case brokenJSON = "broken-json"
  /// A file or file entry that cannot be read.
  case unreadable
  /// More problems in a file than are listed: the count of all of them.
  case moreProblems = "more-problems"
}

/// One problem found in a record: where, what, the offending value and what was expected.
public struct ModelProblem: Hashable, Sendable, CustomStringConvertible {
  /// The field path inside the record, in data-file field names, e.g.
  /// `wishes.hoursPerWeek.min` or `requiredCompetencies[2].id`. Empty for the whole record.
  public var path: String
  /// The category.
  public var kind: ProblemKind
  /// The offending value as text (`nil` when there is none, e.g. a missing field).
  public var value: String?
  /// What would have been accepted.
  public var expected: String
  /// The nearest accepted value, when the value looks like a typo of one ("did you mean").
  public var suggestion: String?

  /// Creates a problem.
  public init(
    path: String, kind: ProblemKind, value: String?, expected: String, suggestion: String? = nil
  ) {
    (self.path, self.kind, self.value, self.expected, self.suggestion) = (
      path, kind, value, expected, suggestion
    )
  }

  public var description: String {
    let field = path.isEmpty ? "record" : path
    var text = "\(field): \(kind.rawValue)"
    if let value { text += " \(value)" }
    text += "; expected \(expected)"
    if let suggestion { text += " (did you mean \(suggestion)?)" }
    return text
  }
}

/// Collects problems under a path prefix while a validator walks a record.
struct ProblemCollector {
  private(set) var problems: [ModelProblem] = []

  mutating func add(_ path: String, _ kind: ProblemKind, _ value: String?, _ expected: String) {
    problems.append(ModelProblem(path: path, kind: kind, value: value, expected: expected))
  }

  /// A text field must not hold control characters (line breaks, escapes, bells, the
  /// Unicode line and paragraph separators, bidirectional overrides): a title with ESC would
  /// drive the terminal it is printed on, one with a line break forge a line.
  mutating func checkText(_ path: String, _ text: String) {
    guard let found = text.unicodeScalars.first(where: ControlCharacters.contains) else { return }
    add(
      path, .invalidValue, "U+" + String(found.value, radix: 16, uppercase: true),
      "text without control characters")
  }

  /// A place's title: at most ``Place/maximumTitleLength`` characters, none of them a
  /// control character.
  mutating func checkTitle(_ path: String, _ title: String) {
    if title.count > Place.maximumTitleLength {
      add(
        path, .tooLong, ControlCharacters.removed(from: String(title.prefix(20))) + "…",
        "at most \(Place.maximumTitleLength) characters")
    }
    checkText(path, title)
  }

  mutating func checkRange(_ path: String, _ value: Int, _ range: ClosedRange<Int>) {
    if !range.contains(value) {
      add(path, .outOfRange, String(value), "\(range.lowerBound)–\(range.upperBound)")
    }
  }

  mutating func checkHours(_ path: String, _ hours: HoursRange) {
    checkRange(path + ".min", hours.min, HoursRange.validHours)
    checkRange(path + ".max", hours.max, HoursRange.validHours)
    if hours.min > hours.max {
      add(path, .minAboveMax, "\(hours.min)–\(hours.max)", "min ≤ max")
    }
  }

  mutating func checkLocation(_ path: String, _ point: GeoPoint, in region: Region) {
    guard point.latitude.isFinite, point.longitude.isFinite else {
      add(path, .outOfRange, "\(point.latitude), \(point.longitude)", "finite degrees")
      return
    }
    if !region.bounds.contains(point) {
      let b = region.bounds
      add(
        path, .outsideRegion, "\(point.latitude), \(point.longitude)",
        "inside \(region.id): lat \(b.south)–\(b.north), lon \(b.west)–\(b.east)")
    }
  }

  mutating func checkSectors(_ path: String, _ sectors: [SectorID], in taxonomy: Taxonomy) {
    // Lists are short: comparing taxonomy indexes beats hashing the ids into a set.
    var seen: [Int] = []
    for (index, sector) in sectors.enumerated() {
      guard let position = taxonomy.index(of: sector) else {
        add("\(path)[\(index)]", .unknownSector, sector.rawValue, "a sector id from the taxonomy")
        continue
      }
      if seen.contains(position) {
        add("\(path)[\(index)]", .duplicateEntry, sector.rawValue, "each sector once")
      } else {
        seen.append(position)
      }
    }
  }

  mutating func checkCompetencies(
    _ path: String, _ entries: [CompetencyEntry], in taxonomy: Taxonomy
  ) {
    // Lists are short: comparing taxonomy indexes beats hashing the ids into a set.
    var seen: [Int] = []
    seen.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() {
      guard let position = taxonomy.index(of: entry.id) else {
        add(
          "\(path)[\(index)].id", .unknownCompetency, entry.id.rawValue,
          "a competency id from the taxonomy")
        continue
      }
      if seen.contains(position) {
        add("\(path)[\(index)].id", .duplicateEntry, entry.id.rawValue, "each competency once")
      } else {
        seen.append(position)
      }
    }
  }
}

/// The characters no text field may hold (``ProblemCollector/checkText(_:_:)``).
public enum ControlCharacters {
  /// Whether `scalar` is one: C0 and C1 controls and DEL, the line and paragraph separators,
  /// and the bidirectional embeddings, overrides and isolates.
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// `text` with every control character replaced by "�", for printing what came from
  /// elsewhere.
  public static func removed(from text: String) -> String {
    guard text.unicodeScalars.contains(where: contains) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(contains(scalar) ? "\u{FFFD}" : scalar) }
    return String(result)
  }
}
