/// A run of slots to scan: `cell`'s index slots `lower..<upper`, or, when `cell` is -1, the
/// store's slots `lower..<upper` directly (a full scan).
struct Segment: Sendable {
  var cell: Int32
  var lower: Int32
  var upper: Int32
  var count: Int { Int(upper - lower) }
}

extension Array where Element == Segment {
  /// Splits the segments into about `parts` runs of similar total size, in order.
  func partitioned(into parts: Int) -> [[Segment]] {
    let total = reduce(0) { $0 + $1.count }
    guard parts > 1, total > 0 else { return [self] }
    let target = (total + parts - 1) / parts
    var result: [[Segment]] = []
    var current: [Segment] = []
    var size = 0
    for var segment in self {
      while segment.count > 0 {
        let take = Swift.min(segment.count, target - size)
        current.append(
          Segment(cell: segment.cell, lower: segment.lower, upper: segment.lower + Int32(take)))
        segment.lower += Int32(take)
        size += take
        if size == target {
          result.append(current)
          current = []
          size = 0
        }
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}

extension MatchEngine {
  /// Scans are split over threads only when there is enough to scan.
  static var parallelThreshold: Int { 16_384 }

  /// Calls `body` with every slot of `segments`, in order.
  @inline(__always)
  static func forEachSlot(
    in segments: ArraySlice<Segment>, index: CellIndex, _ body: (Int) -> Void
  ) {
    for segment in segments {
      if segment.cell < 0 {
        for slot in Int(segment.lower)..<Int(segment.upper) { body(slot) }
      } else {
        index.cells[Int(segment.cell)].slots.withUnsafeBufferPointer { slots in
          for position in Int(segment.lower)..<Int(segment.upper) { body(Int(slots[position])) }
        }
      }
    }
  }

  /// Whether a scan of `segments` is split over workers: only when there is enough to scan.
  static func splitsScan(_ segments: [Segment], threads: Int) -> Bool {
    Parallel.workers(threads) > 1 && segments.reduce(0) { $0 + $1.count } >= parallelThreshold
  }

  /// Runs a scan over `segments` on up to `threads` workers, each keeping its own top-K, and
  /// merges them; the merge orders by score then id, so the result is the same for any split.
  static func scan(
    _ segments: [Segment], k: Int, threads: Int,
    _ scanPart: @Sendable ([Segment], inout TopK) -> Int
  ) -> (heap: TopK, evaluated: Int) {
    let workers = Parallel.workers(threads)
    guard splitsScan(segments, threads: threads) else {
      var heap = TopK(k: k)
      let evaluated = scanPart(segments, &heap)
      return (heap, evaluated)
    }
    let parts = segments.partitioned(into: workers * 2)
    let results = Parallel.results(chunks: parts.count, threads: threads) { part in
      var heap = TopK(k: k)
      let evaluated = scanPart(parts[part], &heap)
      return (heap, evaluated)
    }
    var merged = TopK(k: k)
    var evaluated = 0
    for (heap, count) in results {
      merged.merge(heap)
      evaluated += count
    }
    return (merged, evaluated)
  }
}
