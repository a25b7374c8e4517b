import PlekCore

/// Collects problems while a JSON value is decoded, so that one pass reports all of them.
final class DecodeLog {
  private(set) var problems: [ModelProblem] = []
  /// The taxonomy whose own copies of ids decoded ids are replaced with
  /// (`Taxonomy.shared(_:)`), if any.
  let sharing: Taxonomy?

  /// Where equal titles and sets decoded before are found, if anywhere.
  let values: SharedValues?

  /// A log; ids the taxonomy `sharing` knows are kept as its own copies, and titles and sets
  /// found in `values` are kept once.
  init(sharing: Taxonomy? = nil, values: SharedValues? = nil) {
    (self.sharing, self.values) = (sharing, values)
  }
  /// Paths that hold a placeholder instead of input (a list entry that failed to decode).
  private(set) var placeholders: [String] = []

  /// Marks `path` as holding a placeholder: semantic problems about it are not reported.
  func placeholder(_ path: String) { placeholders.append(path) }

  func add(_ path: String, _ kind: ProblemKind, _ value: String?, _ expected: String) {
    problems.append(ModelProblem(path: path, kind: kind, value: value, expected: expected))
  }

  func append(contentsOf other: [ModelProblem]) { problems.append(contentsOf: other) }

  /// Adds the semantic problems of a partially decoded record, leaving out those about a
  /// field that already failed to decode (it holds a placeholder, not the input).
  func appendSemantic(_ semantic: [ModelProblem]) {
    let failed = problems.map(\.path) + placeholders
    func related(_ a: String, _ b: String) -> Bool {
      a == b || a.isEmpty || b.isEmpty || b.hasPrefix(a + ".") || b.hasPrefix(a + "[")
        || a.hasPrefix(b + ".")
        || a.hasPrefix(b + "[")
    }
    problems += semantic.filter { problem in !failed.contains { related($0, problem.path) } }
  }

  /// A short, bounded rendering of a value for error messages (never a whole record).
  static func render(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    case .string(let text):
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      return "\"" + shown + "\""
    case .array(let elements): return "an array of \(elements.count)"
    case .object: return "an object"
    }
  }

  // MARK: Paths

  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : path + "." + key
  }
  static func join(_ path: String, _ index: Int) -> String { path + "[\(index)]" }

  // MARK: Scalars
  //
  // Paths are autoclosures: a path string is built only when a problem is reported, since
  // building one per field was most of the cost of loading a valid file.

  /// Decodes an object at `path`, reporting unknown and repeated members.
  func object(_ value: JSONValue, _ path: String, allowed: [String]) -> Fields? {
    object(value, parent: path, index: -1, allowed: allowed)
  }

  /// Decodes the object at `path[index]`; its path is built only if a problem is reported.
  func object(_ value: JSONValue, _ path: String, index: Int, allowed: [String]) -> Fields? {
    object(value, parent: path, index: index, allowed: allowed)
  }

  private func object(_ value: JSONValue, parent: String, index: Int, allowed: [String])
    -> Fields?
  {
    let fields = Fields(members: [], parent: parent, index: index, log: self)
    guard case .object(let members) = value else {
      add(fields.path, .wrongType, Self.render(value), "an object")
      return nil
    }
    // Allowed lists are short (at most a few dozen names): a linear scan and a bit per name
    // beat hashing every key into a set.
    var seen: UInt64 = 0
    var seenBeyond: Set<Int> = []
    var hint = 0
    for member in members {
      guard let position = Self.position(of: member.key, in: allowed, hint: hint) else {
        add(
          fields.path(member.key), .unknownField, nil, "one of: " + allowed.joined(separator: ", "))
        continue
      }
      hint = position + 1
      let repeated: Bool
      if position < 64 {
        repeated = seen & (1 << UInt64(position)) != 0
        seen |= 1 << UInt64(position)
      } else {
        repeated = !seenBeyond.insert(position).inserted
      }
      if repeated { add(fields.path(member.key), .duplicateEntry, nil, "each field once") }
    }
    return Fields(members: members, parent: parent, index: index, log: self)
  }

  /// The position of `key` in `allowed`, trying `hint` first: records usually list their
  /// fields in the documented order, so the first comparison nearly always hits.
  static func position(of key: String, in allowed: [String], hint: Int) -> Int? {
    if hint < allowed.count, allowed[hint] == key { return hint }
    return allowed.firstIndex(of: key)
  }

  func array(_ value: JSONValue, _ path: @autoclosure () -> String) -> [JSONValue]? {
    guard case .array(let elements) = value else {
      add(path(), .wrongType, Self.render(value), "an array")
      return nil
    }
    return elements
  }

  func int(_ value: JSONValue, _ path: @autoclosure () -> String, _ range: ClosedRange<Int>) -> Int?
  {
    guard case .number(let number) = value else {
      add(
        path(), .wrongType, Self.render(value),
        "a whole number \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    guard number == number.rounded(), abs(number) < 1e15 else {
      add(
        path(), .notInteger, Self.render(value),
        "a whole number \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    let integer = Int(number)
    guard range.contains(integer) else {
      add(path(), .outOfRange, String(integer), "\(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    return integer
  }

  func double(_ value: JSONValue, _ path: @autoclosure () -> String, _ range: ClosedRange<Double>)
    -> Double?
  {
    guard case .number(let number) = value else {
      add(
        path(), .wrongType, Self.render(value), "a number \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    guard range.contains(number) else {
      add(path(), .outOfRange, Self.render(value), "\(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    return number
  }

  func bool(_ value: JSONValue, _ path: @autoclosure () -> String) -> Bool? {
    guard case .bool(let flag) = value else {
      add(path(), .wrongType, Self.render(value), "true or false")
      return nil
    }
    return flag
  }

  func string(_ value: JSONValue, _ path: @autoclosure () -> String) -> String? {
    guard case .string(let text) = value else {
      add(path(), .wrongType, Self.render(value), "a string")
      return nil
    }
    return text
  }

  func code<V: Vocabulary>(
    _ value: JSONValue, _ path: @autoclosure () -> String, as type: V.Type = V.self
  ) -> V? {
    guard let text = string(value, path()) else { return nil }
    guard let code = V(rawValue: text) else {
      add(
        path(), .invalidValue, Self.render(value), "one of: " + V.allCodes.joined(separator: ", "))
      return nil
    }
    return code
  }

  func identifier<Tag>(
    _ value: JSONValue, _ path: @autoclosure () -> String, as type: Identifier<Tag>.Type
  )
    -> Identifier<Tag>?
  {
    guard let text = string(value, path()) else { return nil }
    guard let id = Identifier<Tag>(text) else {
      add(path(), .badID, Self.render(value), "an id matching \(Identifier<Tag>.pattern)")
      return nil
    }
    return id
  }

  /// Decodes a taxonomy id; a malformed one is reported as `unknownKind`, since it cannot be in
  /// the taxonomy either.
  func taxonomyID<Tag: TaxonomyTag>(
    _ value: JSONValue, _ path: @autoclosure () -> String, as type: TaxonomyID<Tag>.Type,
    unknownKind: ProblemKind,
    expected: String
  ) -> TaxonomyID<Tag>? {
    guard let text = string(value, path()) else { return nil }
    guard let id = TaxonomyID<Tag>(text) else {
      add(path(), unknownKind, Self.render(value), expected)
      return nil
    }
    return shared(id)
  }

  /// The taxonomy's own copy of `id`, so that records hold one copy of each id's text.
  @inline(__always)
  func shared<Tag: TaxonomyTag>(_ id: TaxonomyID<Tag>) -> TaxonomyID<Tag> {
    sharing.map { Tag.shared(id, in: $0) } ?? id
  }

  func day(_ value: JSONValue, _ path: @autoclosure () -> String) -> Day? {
    guard let text = string(value, path()) else { return nil }
    guard let day = Day(iso: text) else {
      add(path(), .badDate, Self.render(value), "a date YYYY-MM-DD")
      return nil
    }
    return day
  }

  func geoPoint(_ value: JSONValue, _ path: String) -> GeoPoint? {
    guard let fields = object(value, path, allowed: Self.geoPointFields) else { return nil }
    let latitude = fields.required("lat").flatMap { double($0, Self.join(path, "lat"), -90...90) }
    let longitude = fields.required("lon").flatMap {
      double($0, Self.join(path, "lon"), -180...180)
    }
    guard let latitude, let longitude else { return nil }
    return GeoPoint(latitude: latitude, longitude: longitude)
  }

  func hours(_ value: JSONValue, _ path: String) -> HoursRange? {
    guard let fields = object(value, path, allowed: Self.hoursFields) else { return nil }
    let range = HoursRange.validHours
    let minimum = fields.required("min").flatMap { int($0, Self.join(path, "min"), range) }
    let maximum = fields.required("max").flatMap { int($0, Self.join(path, "max"), range) }
    guard let minimum, let maximum else { return nil }
    return HoursRange(min: minimum, max: maximum)
  }

  /// A stand-in for an entry that failed to decode: keeps later entries at their index. Its
  /// id is in no taxonomy, and problems about it are dropped (see ``appendSemantic(_:)``).
  static let placeholderCompetency = CompetencyEntry(id: "x-placeholder", level: .basic)
  static let competencyFields = ["id", "level"]
  static let geoPointFields = ["lat", "lon"]
  static let hoursFields = ["min", "max"]

  /// Decodes a competency list; failed entries become placeholders so that indexes stay
  /// aligned. `nil` only when the value is not an array.
  func competencies(_ value: JSONValue, _ path: String) -> [CompetencyEntry]? {
    guard let elements = array(value, path) else { return nil }
    var entries: [CompetencyEntry] = []
    entries.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      guard let fields = object(element, path, index: index, allowed: Self.competencyFields)
      else {
        entries.append(Self.placeholderCompetency)
        placeholder(Self.join(path, index))
        continue
      }
      let id = fields.required("id").flatMap {
        taxonomyID(
          $0, fields.path("id"), as: CompetencyID.self, unknownKind: .unknownCompetency,
          expected: "a competency id from the taxonomy")
      }
      let level = fields.required("level").flatMap {
        int($0, fields.path("level"), CompetencyLevel.range)
      }
      if let id, let level, let competencyLevel = CompetencyLevel(level) {
        entries.append(CompetencyEntry(id: id, level: competencyLevel))
      } else {
        entries.append(Self.placeholderCompetency)
        placeholder(fields.path)
      }
    }
    return entries
  }

  /// Decodes a set of codes (the valid ones); `nil` only when the value is not an array.
  func codeSet<V: Vocabulary>(_ value: JSONValue, _ path: String, as type: V.Type) -> Set<V>? {
    guard let elements = array(value, path) else { return nil }
    var result = Set<V>()
    for (index, element) in elements.enumerated() {
      guard let code = code(element, Self.join(path, index), as: V.self) else { continue }
      if !result.insert(code).inserted {
        add(Self.join(path, index), .duplicateEntry, Self.render(element), "each value once")
      }
    }
    return result
  }
}

/// The members of one JSON object being decoded, with its path.
struct Fields {
  let members: [JSONMember]
  /// The path of the object, or of its list when `index` is not negative.
  let parent: String
  let index: Int
  let log: DecodeLog

  /// The path of the object.
  var path: String { index < 0 ? parent : DecodeLog.join(parent, index) }

  /// The value of a required member; reports `missing-field` when absent or null.
  func required(_ key: String) -> JSONValue? {
    guard let value = members.first(where: { $0.key == key })?.value, value != .null else {
      log.add(DecodeLog.join(path, key), .missingField, nil, "a value")
      return nil
    }
    return value
  }

  /// The value of an optional member; `nil` when absent or null.
  func optional(_ key: String) -> JSONValue? {
    guard let value = members.first(where: { $0.key == key })?.value, value != .null else {
      return nil
    }
    return value
  }

  /// The path of a member.
  func path(_ key: String) -> String { DecodeLog.join(path, key) }
}

/// The result of decoding and validating one record: the value when it is valid, and every
/// problem found otherwise.
public struct Decoded<Value: Sendable>: Sendable {
  /// One value at most, so that the result is no larger than the record (decoded records of
  /// a whole file are held at once while loading).
  enum Outcome: Sendable {
    /// Problems: no value.
    case none
    /// Validated against the taxonomy it was decoded with.
    case validated(Validated<Value>)
    /// Without problems, but not validated for want of a taxonomy (a policy on its own).
    case unvalidated(Value)
  }

  let outcome: Outcome
  /// All problems, with field paths inside the record.
  public var problems: [ModelProblem]

  /// The value, validated against the taxonomy it was decoded with (`nil` when there were
  /// problems, or no taxonomy to validate against).
  public var validated: Validated<Value>? {
    if case .validated(let value) = outcome { return value }
    return nil
  }

  /// The value, or `nil` when any problem was found.
  public var value: Value? {
    switch outcome {
    case .none: nil
    case .validated(let value): value.value
    case .unvalidated(let value): value
    }
  }

  init(validated: Validated<Value>?, unvalidated: Value? = nil, problems: [ModelProblem]) {
    if let validated {
      outcome = .validated(validated)
    } else if let unvalidated {
      outcome = .unvalidated(unvalidated)
    } else {
      outcome = .none
    }
    self.problems = problems
  }
}

extension DecodeLog {
  /// Validates a decoded record once: its semantic problems join the log (except those
  /// about fields that already failed to decode), and the validated value is kept when the
  /// whole record is clean.
  func finish<Value: TaxonomyChecked>(_ decoded: consuming Value?, taxonomy: Taxonomy)
    -> Decoded<Value>
  {
    guard let decoded else { return Decoded(validated: nil, problems: problems) }
    let validation = taxonomy.validate(decoded)
    appendSemantic(validation.problems)
    return Decoded(validated: problems.isEmpty ? validation.validated : nil, problems: problems)
  }
}
