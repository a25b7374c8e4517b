import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs chunks of work on Dispatch's thread pool.
public enum Parallel {
  /// Online processor count.
  static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

  /// The number of workers for a `threads` option: 0 means every core.
  static func workers(_ threads: Int) -> Int {
    threads <= 0 ? processorCount : min(threads, processorCount * 4)
  }

  /// Calls `body` for every chunk in `0..<chunks`: on the calling thread when `threads` is 1,
  /// else with `DispatchQueue.concurrentPerform`. Chunks write only to their own results,
  /// so the outcome never depends on scheduling.
  static func forEach(chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    guard chunks > 0 else { return }
    if workers(threads) == 1 || chunks == 1 {
      for chunk in 0..<chunks { body(chunk) }
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: body)
    }
  }
}

extension Parallel {
  /// Runs `body` over chunks of `0..<count` on all cores and concatenates the results in
  /// order, so the output does not depend on the number of threads or on scheduling.
  ///
  /// - Parameter chunkSize: items per chunk; large enough that a chunk outweighs the cost of
  ///   scheduling it.
  public static func map<T>(
    _ count: Int, chunkSize: Int, _ body: @Sendable (Range<Int>) -> [T]
  ) -> [T] {
    guard count > 0 else { return [] }
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    if chunks == 1 { return body(0..<count) }
    let results = ResultSlots<[T]>(count: chunks, initial: [])
    forEach(chunks: chunks, threads: 0) { chunk in
      results[chunk] = body(chunk * size..<min(count, (chunk + 1) * size))
    }
    var all: [T] = []
    all.reserveCapacity(count)
    for chunk in 0..<chunks { all.append(contentsOf: results[chunk]) }
    return all
  }
}

/// A buffer of per-chunk results that workers fill in, each at its own index.
final class ResultSlots<Element>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Element>

  init(count: Int, initial: Element) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: initial)
  }

  subscript(index: Int) -> Element {
    get { buffer[index] }
    set { buffer[index] = newValue }
  }

  var elements: [Element] { Array(buffer) }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }
}
