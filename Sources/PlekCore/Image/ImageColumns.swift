/// The raw-memory operations of the engine image, in one place: a column's bytes as they
/// are in memory, a column made from bytes, padding set to zero, and two rows compared
/// field by field.
///
/// Only columns of plain values (integers, floats, SIMD vectors, `Bool`s and structs of
/// them, no references) go through here; `Bool` fields must hold 0 or 1, which is why an
/// image is only read once its keyed digest proves that this Plek wrote it.
enum ImageColumns {
  /// Calls `body` with the bytes of `column` as they are in memory (rows at their stride).
  static func withBytes<Row, Result>(
    of column: [Row], _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try column.withUnsafeBytes(body)
  }

  /// A column of `count` rows whose bytes `fill` writes (all `count × stride` of them).
  static func column<Row, Failure: Error>(
    _ count: Int, of row: Row.Type,
    _ fill: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
  ) throws(Failure) -> [Row] {
    var failure: Failure?
    let column = [Row](unsafeUninitializedCapacity: count) { buffer, initialized in
      do throws(Failure) {
        try fill(UnsafeMutableRawBufferPointer(buffer))
        initialized = count
      } catch {
        failure = error
        initialized = 0
      }
    }
    if let failure { throw failure }
    return column
  }

  /// Sets the padding bytes of every row of `column` to zero.
  static func zeroPadding<Row>(_ column: inout [Row], _ layout: ColumnLayout<Row>) {
    let padding = layout.mask.indices.filter { layout.mask[$0] == 0 }
    guard !padding.isEmpty else { return }
    column.withUnsafeMutableBytes { bytes in
      for base in stride(from: 0, to: bytes.count, by: layout.stride) {
        for byte in padding { bytes[base + byte] = 0 }
      }
    }
  }

  /// Whether two rows hold the same value in every field (padding is ignored).
  static func sameFields<Row>(_ left: Row, _ right: Row, _ layout: ColumnLayout<Row>) -> Bool {
    withUnsafeBytes(of: left) { left in
      withUnsafeBytes(of: right) { right in
        layout.fields.allSatisfy { field in field.allSatisfy { left[$0] == right[$0] } }
      }
    }
  }
}
