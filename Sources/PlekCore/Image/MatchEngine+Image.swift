extension MatchEngine {
  /// Writes the engine's image (``EngineImage``): `section` is called with the header and
  /// then every column section, in order, each with its tag and bytes (valid during the
  /// call only).
  ///
  /// The image is of a copy of the engine filed in index order with its grid sized for its
  /// records (free slots and replaced records' bytes dropped): the engine a fresh build of
  /// the same records and policy holds, slot for slot. Padding bytes are written as zeros.
  ///
  /// - Complexity: O(n log n) for n records (the copy is sorted into index order); holds a
  ///   second engine's columns while it runs.
  public func writeImage(_ section: (String, UnsafeRawBufferPointer) throws -> Void) rethrows {
    var copy = self
    copy.finishLoading()
    copy.people.zeroPadding(hot: .person, detail: .person)
    copy.places.zeroPadding(hot: .place, detail: .place)
    try EngineImage.header(copy).withUnsafeBytes { try section(EngineImage.headerTag, $0) }
    try Self.writeColumns(copy.people, "P", section)
    try Self.writeColumns(copy.places, "L", section)
  }

  private static func writeColumns<ID, Record, Hot, Detail>(
    _ store: RecordStore<ID, Record, Hot, Detail>, _ kind: String,
    _ section: (String, UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try ImageColumns.withBytes(of: store.keys) { try section(kind + "KEY", $0) }
    try ImageColumns.withBytes(of: store.spans) { try section(kind + "SPN", $0) }
    try ImageColumns.withBytes(of: store.arena) { try section(kind + "ARN", $0) }
    try ImageColumns.withBytes(of: store.hot) { try section(kind + "HOT", $0) }
    try ImageColumns.withBytes(of: store.detail) { try section(kind + "DET", $0) }
    try ImageColumns.withBytes(of: store.cellOf) { try section(kind + "CEL", $0) }
    try ImageColumns.withBytes(of: store.filedUnder) { try section(kind + "FIL", $0) }
  }

  /// Packs a sample of the stored records of one kind again (64, evenly spread, and the
  /// last) and compares everything stored for them: key, cell, index group, bytes and every
  /// field of the packed columns.
  ///
  /// - Throws: ``EngineImageError`` naming the first record that differs.
  func checkPacking<Record: EngineRecord>(
    _ kind: Record.Type, _ hotLayout: ColumnLayout<Record.Hot>,
    _ detailLayout: ColumnLayout<Record.Detail>
  ) throws(EngineImageError) {
    var engine = self
    let grid = grid
    let taxonomy = taxonomy
    let policy = policy
    let mismatch = Record.withStore(&engine) { store -> Int? in
      let count = store.capacity
      let samples = Set((0..<min(count, 64)).map { $0 * count / min(count, 64) } + [count - 1])
      for slot in samples.sorted() where slot >= 0 {
        guard let record = store.record(atSlot: slot) else { return slot }
        let packed = Packed(
          record, grid: grid, taxonomy: taxonomy, policy: policy, codec: store.codec)
        guard packed.key == store.keys[slot], packed.cell == Int(store.cellOf[slot]),
          packed.sectors == store.filedUnder[slot],
          packed.bytes.elementsEqual(store.bytes(atSlot: slot)),
          ImageColumns.sameFields(packed.columns.0, store.hot[slot], hotLayout),
          ImageColumns.sameFields(packed.columns.1, store.detail[slot], detailLayout)
        else { return slot }
      }
      return nil
    }
    if let mismatch {
      throw EngineImageError(
        "\(Record.self == Place.self ? "place" : "participant") \(mismatch) of the image is not what this build packs from its record"
      )
    }
  }
}
