import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs chunks of work on Dispatch's thread pool.
enum Parallel {
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
