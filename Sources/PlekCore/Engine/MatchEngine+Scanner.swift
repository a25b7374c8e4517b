extension MatchEngine {
  /// Runs `body` with the block scanner of one probe over the place store: the one seam
  /// between the engine (and its tests) and the scan's raw memory. `nil` when there are no
  /// places to scan.
  @inline(__always)
  func withScanner<Result>(
    _ probe: UnsafePointer<ScanProbe>, _ context: PairContext,
    columns: Columns<PlaceHot, PlaceDetail>, _ body: (BlockScan) -> Result
  ) -> Result? {
    placeBlocks.planes.withUnsafeBufferPointer { blocks in
      BlockScan(
        probe: probe, context: context, policy: compiled, columns: columns, blocks: blocks
      ).map(body)
    }
  }

  /// Runs `body` with probes for the given packed participants, prepared for `context`; the
  /// probes' memory lives as long as `body` runs.
  @inline(__always)
  func withProbes<Result>(
    _ people: [(hot: PersonHot, detail: PersonDetail)], _ context: PairContext,
    _ body: (UnsafeBufferPointer<ScanProbe>) -> Result
  ) -> Result {
    BlockProbe.withMemory(count: people.count) { memory in
      let probes = people.enumerated().map { index, person in
        ScanProbe(
          hot: person.hot, detail: person.detail,
          block: BlockProbe.prepare(
            memory + index * BlockProbe.size, person: person.hot, detail: person.detail,
            context: context, policy: compiled))
      }
      // Scans borrow each probe in place: passing one by value would copy it for every
      // cell a participant visits.
      return probes.withUnsafeBufferPointer(body)
    }
  }

  /// The scanner of a stored participant on `day` with no filters, for tests of the scan's
  /// parts (the byte checks, the score bound); `nil` for an unknown id or no places.
  func withScanner<Result>(
    for id: ParticipantID, on day: Day, _ body: (BlockScan) -> Result
  ) -> Result? {
    guard let slot = people.slots[id].map(Int.init) else { return nil }
    let context = context(PlaceFilter(), QueryOptions(day: day))
    return withProbes([(people.hot[slot], people.detail[slot])], context) { probes in
      places.withColumns { columns in
        withScanner(probes.baseAddress!, context, columns: columns, body)
      }
    } ?? nil
  }
}
