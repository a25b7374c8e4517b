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

  /// Checks an image's records of one kind before anything reads them: every packed row
  /// within ``PackedBounds``, every record's bytes read with bounds checked
  /// (``RecordReader``) and held to validation's rules, as decoding and validating them would
  /// (``StorableRecord/holdsValid(_:_:_:)``, on all cores), and a sample (64,
  /// evenly spread, and the last) packed again and compared in full: key, cell, index group,
  /// bytes and every field of the packed columns.
  ///
  /// An image whose bytes were changed and sealed again with the owner's key, or written by
  /// a build that packs differently, is refused here instead of trapping in a scan.
  ///
  /// - Throws: ``EngineImageError`` naming the first record that does not hold.
  /// - Complexity: O(n) for n records: a bounds check and one read of the bytes each.
  func checkRecords<Record: EngineRecord>(
    _ kind: Record.Type, _ hotLayout: ColumnLayout<Record.Hot>,
    _ detailLayout: ColumnLayout<Record.Detail>,
    flags: [Int], within bounds: @escaping @Sendable (Record.Hot, Record.Detail) -> Bool
  ) throws(EngineImageError) {
    var engine = self
    let (grid, taxonomy, policy) = (grid, taxonomy, policy)
    let store = Record.withStore(&engine) { $0 }
    let count = store.capacity
    let name = Record.self == Place.self ? "place" : "participant"
    let chunkSize = 4096
    let chunks = (count + chunkSize - 1) / chunkSize
    // One pass on all cores; each chunk reports its first record that does not hold.
    let found = Parallel.results(chunks: chunks, threads: 0) { chunk -> (Int, String)? in
      let slots = chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)
      if let slot = PackedBounds.firstBadFlag(store.detail, flags, in: slots)
        ?? slots.first(where: { !bounds(store.hot[$0], store.detail[$0]) })
      {
        return (slot, "has a packed field out of bounds")
      }
      // The bytes are checked without building records, the id on its key: decoding and
      // validating values cost most of a start-up (``RecordCodec/holdsValidParticipant(_:_:)``).
      var seen = SeenIndexes(store.codec)
      let invalid = slots.first { slot in
        !store.keys[slot].isIdentifier
          || !Record.holdsValid(store.bytes(atSlot: slot), store.codec, &seen)
      }
      return invalid.map { ($0, "does not decode to a valid record") }
    }.lazy.compactMap { $0 }.first
    if let (slot, reason) = found {
      throw EngineImageError("\(name) \(slot) of the image \(reason)")
    }
    let samples = Set((0..<min(count, 64)).map { $0 * count / min(count, 64) } + [count - 1])
    for slot in samples.sorted() where slot >= 0 {
      guard let record = store.record(atSlot: slot) else { continue }
      let packed = Packed(
        record, grid: grid, taxonomy: taxonomy, policy: policy, codec: store.codec)
      guard packed.key == store.keys[slot], packed.cell == Int(store.cellOf[slot]),
        packed.sectors == store.filedUnder[slot],
        packed.bytes.elementsEqual(store.bytes(atSlot: slot)),
        ImageColumns.sameFields(packed.columns.0, store.hot[slot], hotLayout),
        ImageColumns.sameFields(packed.columns.1, store.detail[slot], detailLayout)
      else {
        throw EngineImageError(
          "\(name) \(slot) of the image is not what this build packs from its record")
      }
    }
  }

}
