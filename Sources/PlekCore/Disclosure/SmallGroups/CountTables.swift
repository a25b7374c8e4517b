/// Every count of people one output publishes, together with every relation a reader could
/// use between them: the tables of one output, protected as one (small-group protection).
///
/// A count is a *cell*: a group and its size. A cell is published (the output shows it, or
/// withholds it when protection says so) or *latent* (the output never shows it, but it is a
/// real group whose size follows from others: the people of a target group without a fit
/// are the people less those with one). Relations are sums: the parts of a total add up to
/// it; a part of a group at most as large as the group is the group less the rest, a latent
/// cell. The same group in two tables is the same cell (its key), so the relations between
/// tables are there too.
///
/// An output is built twice by ``protected(_:_:)``: the first time every count is declared
/// with its relations, then ``protect()`` decides what is withheld, and the second time every
/// count comes back as the output may show it. The figures and their relations are declared
/// once, where the output is put together.
public struct CountTables: Sendable {
  /// A group and its size.
  struct Cell: Sendable {
    var key: String
    var value: Int
    var published: Bool
    /// Never withheld to protect another count (a total the reader has anyway).
    var fixed = false
  }

  private(set) var cells: [Cell] = []
  private var index: [String: Int] = [:]
  /// Sums: the cells of each add up to zero with their coefficients (`+1` parts, `-1` the
  /// total).
  private(set) var relations: [[(cell: Int, coefficient: Int)]] = []
  /// The keys withheld, once decided (the second pass of ``protected(_:_:)``).
  private var withheld: Set<String>?

  /// An empty set of tables.
  public init() {}

  /// Builds an output whose counts are protected together: `build` runs once to declare
  /// every count and relation, and (when `protecting`) once more, after ``protect()``, to
  /// give every count as it may be shown. `build` must declare the same counts both times
  /// (it is handed the same data). Past `deadline` (``QueryOptions/deadline``) the search
  /// stops and every count it has not proven safe to show is withheld: it fails closed.
  public static func protected<Output>(
    _ protecting: Bool = true, deadline: UInt64? = nil,
    _ build: (inout CountTables) throws -> Output
  ) rethrows -> Output {
    var tables = CountTables()
    let declared = try build(&tables)
    guard protecting else { return declared }
    tables.withheld = tables.protect(deadline: deadline)
    return try build(&tables)
  }

  /// The published count `key` of `value`, as the output may show it (the same cell when the
  /// key was given before: a group is one count, wherever it is shown).
  @discardableResult
  public mutating func count(_ key: String, _ value: Int) -> GroupCount {
    if let withheld {
      guard let id = index[key] else { preconditionFailure("the count \(key) was not declared") }
      return withheld.contains(key) ? .withheld : .exact(cells[id].value)
    }
    cell(key, value, published: true)
    return .exact(value)
  }

  /// A total that is never withheld to protect another count: the size of the dataset, which
  /// the reader has anyway (withheld only if it is itself 1–4). Other counts are withheld
  /// around it instead.
  @discardableResult
  public mutating func total(_ key: String, _ value: Int) -> GroupCount {
    let shown = count(key, value)
    if withheld == nil, let id = index[key] { cells[id].fixed = true }
    return shown
  }

  /// The count of a group the output does not show but whose size follows from others.
  public mutating func latent(_ key: String, _ value: Int) {
    guard withheld == nil else { return }
    cell(key, value, published: false)
  }

  private mutating func cell(_ key: String, _ value: Int, published: Bool) {
    if let existing = index[key] {
      precondition(cells[existing].value == value, "the count \(key) was declared twice")
      if published { cells[existing].published = true }
      return
    }
    cells.append(Cell(key: key, value: value, published: published))
    index[key] = cells.count - 1
  }

  /// The parts add up to the total (all declared before).
  public mutating func sum(_ parts: [String], is total: String) {
    guard withheld == nil else { return }
    let ids = parts.compactMap { index[$0] }
    guard let total = index[total], ids.count == parts.count else {
      preconditionFailure("a sum of counts not declared")
    }
    precondition(
      ids.reduce(0) { $0 + cells[$1].value } == cells[total].value,
      "the parts of \(cells[total].key) do not add up")
    relations.append(ids.map { ($0, 1) } + [(total, -1)])
  }

  /// The parts are some of the whole (all declared before): the rest is a latent group
  /// (`rest`), so that its size is protected too.
  public mutating func parts(_ parts: [String], of whole: String, rest: String) {
    guard withheld == nil else { return }
    let restValue =
      (index[whole].map { cells[$0].value } ?? 0)
      - parts.reduce(0) { $0 + (index[$1].map { cells[$0].value } ?? 0) }
    precondition(restValue >= 0, "the parts of \(whole) are more than the whole")
    latent(rest, restValue)
    sum(parts + [rest], is: whole)
  }

  /// The value of a count as declared (the first pass), for the relations an output states
  /// as sums of what it has declared.
  public func value(_ key: String) -> Int? {
    index[key].map { cells[$0].value }
  }
}
