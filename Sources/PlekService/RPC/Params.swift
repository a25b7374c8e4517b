import PlekCore
import PlekIO

/// Reads a method's named parameters strictly: unknown names, wrong types and out-of-range
/// values are invalid params, each reported with its path.
///
/// A method's reader allows exactly the parameters the method declares
/// (``ServiceMethod/parameters``) and reads each through its declaration (``Parameter``).
struct Params {
  private let members: [JSONMember]
  /// The params as the request gave them (what the journal records of a change).
  let params: JSONValue?
  /// The parameters the method takes.
  let declared: [Parameter]
  private(set) var problems: [ModelProblem] = []

  /// Reads `params` of a method that takes `parameters`; absent params are an empty object.
  init(_ params: JSONValue?, parameters: [Parameter]) throws(RPCError) {
    declared = parameters
    self.params = params
    let names = parameters.map(\.name)
    switch params {
    case nil, .null?:
      members = []
    case .object(let members)?:
      self.members = members
    case .array?:
      throw RPCError(
        code: RPCErrorCode.invalidParams,
        message: "params must be an object of named parameters, not an array")
    case let other?:
      throw RPCError(
        code: RPCErrorCode.invalidParams, message: "params must be an object, not \(other.typeName)"
      )
    }
    var seen = Set<String>()
    for member in members {
      if !names.contains(member.key) {
        problems.append(
          ModelProblem(
            path: member.key, kind: .unknownField, value: nil,
            expected: names.isEmpty ? "no parameters" : "one of: " + names.joined(separator: ", ")))
      } else if !seen.insert(member.key).inserted {
        problems.append(
          ModelProblem(
            path: member.key, kind: .duplicateEntry, value: nil, expected: "each parameter once"))
      }
      Self.duplicates(in: member.value, path: member.key, into: &problems)
    }
  }

  /// Every object nested in `value` that names a key twice: JSON leaves that undefined (and
  /// a parser may keep either), so a request that does it is refused wherever it does it.
  static func duplicates(in value: JSONValue, path: String, into problems: inout [ModelProblem]) {
    switch value {
    case .object(let members):
      var seen = Set<String>()
      for member in members {
        let inner = path + "." + member.key
        if !seen.insert(member.key).inserted {
          problems.append(
            ModelProblem(path: inner, kind: .duplicateEntry, value: nil, expected: "each key once"))
        }
        duplicates(in: member.value, path: inner, into: &problems)
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        duplicates(in: element, path: "\(path)[\(index)]", into: &problems)
      }
    default:
      break
    }
  }

  /// The value of a declared parameter; `nil` when absent or null.
  func value(_ parameter: Parameter) -> JSONValue? {
    // A method reads only what it declares: a test calls every method with every parameter.
    assert(declared.contains(parameter), "\(parameter.name) is not declared")
    guard let value = members.first(where: { $0.key == parameter.name })?.value, value != .null
    else {
      return nil
    }
    return value
  }

  mutating func fail(_ path: String, _ kind: ProblemKind, _ value: JSONValue?, _ expected: String) {
    problems.append(
      ModelProblem(path: path, kind: kind, value: value.map(render), expected: expected))
  }

  /// Adds problems found elsewhere (filter parsing), their paths under `prefix`.
  mutating func fail(_ found: [ModelProblem], prefix: String) {
    for var problem in found {
      problem.path = prefix + problem.path
      problems.append(problem)
    }
  }

  mutating func required(_ parameter: Parameter, _ expected: String) -> JSONValue? {
    guard let value = value(parameter) else {
      fail(parameter.name, .missingField, nil, expected)
      return nil
    }
    return value
  }

  /// A whole-number parameter within its declared range, `defaultValue` when absent.
  mutating func int(_ parameter: Parameter, default defaultValue: Int) -> Int {
    guard let value = value(parameter) else { return defaultValue }
    return int(value, parameter.name, parameter.range) ?? defaultValue
  }

  /// An optional whole number: `nil` when absent (or invalid, which is reported).
  mutating func optionalInt(_ parameter: Parameter) -> Int? {
    value(parameter).flatMap { int($0, parameter.name, parameter.range) }
  }

  mutating func int(_ value: JSONValue, _ path: String, _ range: ClosedRange<Int>) -> Int? {
    let expected = "a whole number \(range.lowerBound)–\(range.upperBound)"
    guard case .number(let number) = value else {
      fail(path, .wrongType, value, expected)
      return nil
    }
    guard number == number.rounded(), abs(number) < 1e15 else {
      fail(path, .notInteger, value, expected)
      return nil
    }
    guard range.contains(Int(number)) else {
      fail(path, .outOfRange, value, expected)
      return nil
    }
    return Int(number)
  }

  mutating func bool(_ parameter: Parameter, default defaultValue: Bool) -> Bool {
    guard let value = value(parameter) else { return defaultValue }
    guard case .bool(let flag) = value else {
      fail(parameter.name, .wrongType, value, "true or false")
      return defaultValue
    }
    return flag
  }

  mutating func string(_ value: JSONValue, _ path: String, _ expected: String) -> String? {
    guard case .string(let text) = value else {
      fail(path, .wrongType, value, expected)
      return nil
    }
    return text
  }

  mutating func choice<V: RawRepresentable>(_ parameter: Parameter, default defaultValue: V) -> V
  where V: CaseIterable, V.RawValue == String {
    let name = parameter.name
    guard let value = value(parameter) else { return defaultValue }
    let allowed = V.allCases.map(\.rawValue)
    guard let text = string(value, name, "one of: " + allowed.joined(separator: ", ")) else {
      return defaultValue
    }
    guard let choice = V(rawValue: text) else {
      fail(name, .invalidValue, value, "one of: " + allowed.joined(separator: ", "))
      return defaultValue
    }
    return choice
  }

  mutating func day(_ parameter: Parameter, default defaultValue: Day) -> Day {
    let name = parameter.name
    guard let value = value(parameter) else { return defaultValue }
    guard let text = string(value, name, "a date YYYY-MM-DD"), let day = Day(iso: text) else {
      if case .string = value { fail(name, .badDate, value, "a date YYYY-MM-DD") }
      return defaultValue
    }
    return day
  }

  mutating func object(_ value: JSONValue, _ path: String, allowed: [String]) -> [JSONMember]? {
    guard case .object(let members) = value else {
      fail(path, .wrongType, value, "an object")
      return nil
    }
    for member in members where !allowed.contains(member.key) {
      fail(
        path + "." + member.key, .unknownField, nil, "one of: " + allowed.joined(separator: ", "))
    }
    return members
  }

  mutating func strings(_ value: JSONValue, _ path: String) -> [String]? {
    guard case .array(let elements) = value else {
      fail(path, .wrongType, value, "an array of strings")
      return nil
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      if let text = string(element, "\(path)[\(index)]", "a string") { result.append(text) }
    }
    return result
  }

  /// What was read, once every parameter is: throws invalid params listing every problem,
  /// if there are any; else `value`, which a reader leaves out only with a problem.
  func checked<Value>(_ value: Value?) throws(RPCError) -> Value {
    try check()
    guard let value else {
      throw RPCError(code: RPCErrorCode.internalError, message: "a parameter was not read")
    }
    return value
  }

  /// Throws invalid params listing every problem, if there are any.
  func check() throws(RPCError) {
    guard !problems.isEmpty else { return }
    throw Params.invalid(problems)
  }

  static func invalid(_ problems: [ModelProblem], prefix: String = "") -> RPCError {
    let first = problems[0]
    let path = prefix + first.path
    var message = "invalid params: \(path.isEmpty ? "params" : path) \(first.kind.rawValue)"
    if let value = first.value { message += " \(value)" }
    message += "; expected \(first.expected)"
    if let suggestion = first.suggestion { message += " (did you mean \(suggestion)?)" }
    if problems.count > 1 { message += " (and \(problems.count - 1) more)" }
    return RPCError(
      code: RPCErrorCode.invalidParams, message: message,
      data: .array(problems.map { problemJSON($0, prefix: prefix) }))
  }

  static func problemJSON(
    _ problem: ModelProblem, prefix: String = "", index: Int? = nil, id: String? = nil
  ) -> JSONValue {
    var members: [JSONMember] = []
    if let index { members.append(JSONMember("index", .int(index))) }
    if let id { members.append(JSONMember("id", .string(id))) }
    members += [
      JSONMember("path", .string(prefix + problem.path)),
      JSONMember("kind", .string(problem.kind.rawValue)),
      JSONMember("value", problem.value.map { .string($0) } ?? .null),
      JSONMember("expected", .string(problem.expected)),
    ]
    if let suggestion = problem.suggestion {
      members.append(JSONMember("suggestion", .string(suggestion)))
    }
    return .object(members)
  }

  private func render(_ value: JSONValue) -> String {
    switch value {
    case .string(let text):
      return "\"" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "\""
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array(let elements): return "an array of \(elements.count)"
    case .object: return "an object"
    }
  }
}
