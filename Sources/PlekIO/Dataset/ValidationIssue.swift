import PlekCore

/// One problem found while loading a dataset: the file, the record, the field, the offending
/// value and what was expected.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
  /// The file name (e.g. `participants.json`) or path the problem is in.
  public var file: String
  /// The index of the record in the file's array (from 0), when the problem is in a record.
  public var record: Int?
  /// The record's id, when it could be read.
  public var id: String?
  /// The problem: field path, kind, value and expectation.
  public var problem: ModelProblem
  /// The line and column, for broken JSON.
  public var position: (line: Int, column: Int)? {
    get { line.map { ($0, column ?? 1) } }
    set {
      line = newValue?.line
      column = newValue?.column
    }
  }
  private var line: Int?
  private var column: Int?

  /// Creates an issue.
  public init(
    file: String, record: Int? = nil, id: String? = nil, problem: ModelProblem,
    position: (line: Int, column: Int)? = nil
  ) {
    (self.file, self.record, self.id, self.problem, self.position) = (
      file, record, id, problem, position
    )
  }

  /// The location part: `participants.json[12] (P-000013) wishes.hoursPerWeek`.
  public var location: String {
    var text = file
    if let record { text += "[\(record)]" }
    if let id { text += " (\(id))" }
    if let line { text += ":\(line):\(column ?? 1)" }
    if !problem.path.isEmpty { text += " " + problem.path }
    return text
  }

  /// The issue in one line, control characters of the file's content escaped
  /// (``terminalSafe(_:)``).
  public var description: String {
    var text = "\(location): \(problem.kind.rawValue)"
    if let value = problem.value { text += " \(value)" }
    return terminalSafe(text + "; expected \(problem.expected)")
  }
}
