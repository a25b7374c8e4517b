import Dispatch
import Synchronization

/// Runs chunks of work on Dispatch's thread pool.
///
/// Every chunk computes its own result; results are put together in chunk order, so the
/// outcome never depends on the number of threads or on scheduling.
public enum Parallel {
  /// Online processor count.
  static var processorCount: Int { Platform.processorCount }

  /// The number of workers for a `threads` option: 0 means every core.
  static func workers(_ threads: Int) -> Int {
    threads <= 0 ? processorCount : min(threads, processorCount * 4)
  }

  /// Calls `body` for every chunk in `0..<chunks`: on the calling thread when `threads` is 1,
  /// else with `DispatchQueue.concurrentPerform`.
  static func forEach(chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    guard chunks > 0 else { return }
    if workers(threads) == 1 || chunks == 1 {
      for chunk in 0..<chunks { body(chunk) }
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks, execute: body)
    }
  }

  /// The result of `body` for every chunk in `0..<chunks`, in chunk order.
  ///
  /// Each chunk's result is handed over under a lock, once per chunk: chunks are large
  /// enough that the lock costs nothing measurable, and no memory is shared unsafely.
  static func results<T: Sendable>(
    chunks: Int, threads: Int, _ body: @Sendable (Int) -> T
  ) -> [T] {
    guard chunks > 0 else { return [] }
    let slots = Mutex<[T?]>(Array(repeating: nil, count: chunks))
    forEach(chunks: chunks, threads: threads) { chunk in
      let result = body(chunk)
      slots.withLock { $0[chunk] = result }
    }
    return slots.withLock { $0.map { $0! } }
  }
}

extension Parallel {
  /// Runs `body` over chunks of `0..<count` on all cores and concatenates the results in
  /// order, so the output does not depend on the number of threads or on scheduling.
  ///
  /// - Parameters:
  ///   - chunkSize: items per chunk; large enough that a chunk outweighs the cost of
  ///     scheduling it.
  ///   - threads: the most threads to use; 0 for all cores.
  public static func map<T: Sendable>(
    _ count: Int, chunkSize: Int, threads: Int = 0, _ body: @Sendable (Range<Int>) -> [T]
  ) -> [T] {
    guard count > 0 else { return [] }
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    if chunks == 1 { return body(0..<count) }
    let parts = results(chunks: chunks, threads: threads) { chunk in
      body(chunk * size..<min(count, (chunk + 1) * size))
    }
    var all: [T] = []
    all.reserveCapacity(count)
    for part in parts { all.append(contentsOf: part) }
    return all
  }
}
