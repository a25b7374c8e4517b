/// The working memory of the solver's shortest-path searches, per column: tentative
/// distances, how each column was reached, and whether it is reached or finished in the
/// current search (a stamp equal to the search's number), plus the search's queue.
///
/// The one place of the solver that uses raw memory: the searches write these entries
/// hundreds of millions of times, and an array's uniqueness and bounds checks on each write
/// cost more than the search itself. Entries mean nothing between searches, so a solver that
/// is copied does not share a space: it makes a fresh one (``AssignmentSolver/space``).
///
/// `@unchecked Sendable` because it owns raw memory: one solver uses its space from one thread
/// at a time (a solve is sequential), and a copied solver makes a fresh space, so no two
/// threads ever write the same entries.
final class SearchSpace: @unchecked Sendable {
  /// One column's entry: all a search reads and writes of it, in one place (a search visits
  /// columns in no order, and one cache line per column beats five).
  struct Entry {
    var distance: Int64 = 0
    /// The weight of the arc the column was reached by (in a backward search: the index of
    /// the leaving row's arc).
    var reachedWeight: Int64 = 0
    var stamp: UInt32 = 0
    var done: UInt32 = 0
    var reachedBy: Int32 = -1
  }

  let count: Int
  let entries: UnsafeMutablePointer<Entry>
  /// The columns the current search finished, in order.
  let finished: UnsafeMutablePointer<Int32>
  private(set) var finishedCount = 0
  /// The arcs the current search read: its work, counted the same on every machine.
  var scanned = 0
  private(set) var queue: UnsafeMutablePointer<QueueEntry>
  private(set) var queueCount = 0
  private var queueCapacity: Int

  struct QueueEntry {
    var distance: Int64
    var column: Int32
  }

  init(columns: Int) {
    count = columns
    entries = .allocate(capacity: max(1, columns))
    entries.initialize(repeating: Entry(), count: max(1, columns))
    finished = .allocate(capacity: max(1, columns))
    queueCapacity = 1024
    queue = .allocate(capacity: queueCapacity)
  }

  deinit {
    entries.deallocate()
    finished.deallocate()
    queue.deallocate()
  }

  /// Clears the stamps (when the search number wraps around).
  func resetStamps() {
    entries.update(repeating: Entry(), count: max(1, count))
  }

  /// Starts a search: an empty queue, nothing finished.
  func clearQueue() {
    queueCount = 0
    finishedCount = 0
    scanned = 0
  }

  /// Marks `column` finished in search `run`.
  @inline(__always)
  func finish(_ column: Int, _ run: UInt32) {
    entries[column].done = run
    finished[finishedCount] = Int32(column)
    finishedCount += 1
  }

  /// Queues a column at a distance: a binary min-heap on (distance, column), so that equal
  /// distances finish the lower column first. Stale entries stay and are skipped on pop.
  @inline(__always)
  func push(_ distance: Int64, _ column: Int) {
    if queueCount == queueCapacity { growQueue() }
    var child = queueCount
    queueCount += 1
    let entry = QueueEntry(distance: distance, column: Int32(column))
    while child > 0 {
      let parent = (child - 1) >> 1
      let above = queue[parent]
      guard Self.before(entry, above) else { break }
      queue[child] = above
      child = parent
    }
    queue[child] = entry
  }

  /// The queued column nearest the root.
  @inline(__always)
  func pop() -> QueueEntry? {
    guard queueCount > 0 else { return nil }
    let first = queue[0]
    queueCount -= 1
    if queueCount > 0 {
      let last = queue[queueCount]
      var parent = 0
      while true {
        let left = 2 * parent + 1
        if left >= queueCount { break }
        var best = left
        if left + 1 < queueCount && Self.before(queue[left + 1], queue[left]) { best = left + 1 }
        guard Self.before(queue[best], last) else { break }
        queue[parent] = queue[best]
        parent = best
      }
      queue[parent] = last
    }
    return first
  }

  @inline(__always)
  static func before(_ a: QueueEntry, _ b: QueueEntry) -> Bool {
    a.distance < b.distance || (a.distance == b.distance && a.column < b.column)
  }

  private func growQueue() {
    let larger = UnsafeMutablePointer<QueueEntry>.allocate(capacity: queueCapacity * 2)
    larger.moveInitialize(from: queue, count: queueCount)
    queue.deallocate()
    queue = larger
    queueCapacity *= 2
  }
}
