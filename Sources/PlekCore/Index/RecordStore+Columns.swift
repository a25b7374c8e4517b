/// Read-only views of a store's packed columns for the duration of one query.
///
/// The one type that hands out pointers into a ``RecordStore``: ``RecordStore/withColumns(_:)``
/// makes it, valid only inside its closure. Queries never overlap with updates (an engine is
/// a value, and an update makes its own copy of the columns it changes), so the workers of
/// one query may share it: hence the unchecked `Sendable`.
struct Columns<Hot, Detail>: @unchecked Sendable {
  let hot: UnsafeBufferPointer<Hot>
  let detail: UnsafeBufferPointer<Detail>
  let keys: UnsafeBufferPointer<IDKey>
  let alive: UnsafeBufferPointer<Bool>

  /// Whether the store has any slot (an empty one has no memory to point at).
  var isEmpty: Bool { hot.isEmpty }
}

extension RecordStore {
  /// Read-only pointers to the packed columns, valid inside `body`.
  @inline(__always)
  func withColumns<Result>(_ body: (Columns<Hot, Detail>) throws -> Result) rethrows -> Result {
    try hot.withUnsafeBufferPointer { hot in
      try detail.withUnsafeBufferPointer { detail in
        try keys.withUnsafeBufferPointer { keys in
          try alive.withUnsafeBufferPointer { alive in
            try body(Columns(hot: hot, detail: detail, keys: keys, alive: alive))
          }
        }
      }
    }
  }
}
