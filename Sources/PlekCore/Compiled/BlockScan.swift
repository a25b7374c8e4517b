/// A participant as a shortlist scan needs it: the packed records and the block probe.
struct ScanProbe: Sendable {
  var hot: PersonHot
  var detail: PersonDetail
  var block: BlockProbe
}

/// The vectorized place scan for one participant: sixteen places at a time through byte
/// checks, then the exact path for the survivors. Holds raw pointers for the duration of one
/// scan; results are identical to the scalar ``PairKernel`` path, which the tests check.
struct BlockScan {
  /// The probe, borrowed for the scan: read in place, never copied (a probe with its
  /// participant's detail is a few hundred bytes).
  let probe: UnsafePointer<ScanProbe>
  let context: PairContext
  let policy: CompiledPolicy
  let hot: UnsafePointer<PlaceHot>
  let details: UnsafePointer<PlaceDetail>
  let keys: UnsafePointer<IDKey>
  let blocks: UnsafePointer<SIMD16<UInt8>>

  /// A scanner over a store's columns and its place blocks, for one probe; `nil` when there
  /// are no places at all (nothing to point at, nothing to scan).
  init?(
    probe: UnsafePointer<ScanProbe>, context: PairContext, policy: CompiledPolicy,
    columns: Columns<PlaceHot, PlaceDetail>, blocks: UnsafeBufferPointer<SIMD16<UInt8>>
  ) {
    guard let hot = columns.hot.baseAddress, let details = columns.detail.baseAddress,
      let keys = columns.keys.baseAddress, let blocks = blocks.baseAddress
    else { return nil }
    self.probe = probe
    self.context = context
    self.policy = policy
    self.hot = hot
    self.details = details
    self.keys = keys
    self.blocks = blocks
  }

  /// Pending places that trigger an early ``drain(_:into:)``: it sets the shortlist's
  /// threshold, below which later places are dropped on their bound, before they are
  /// stored or ordered.
  static let drainBatch = 128

  /// Scans slots `lower..<upper`, collecting the survivors of the cheap checks whose score
  /// bounds reach the shortlist's threshold in `pending`, and draining them into `heap`
  /// (best bound first) whenever ``drainBatch`` are pending. The caller drains the rest.
  @inline(__always)
  func run(_ lower: Int, _ upper: Int, _ pending: inout PendingPlaces, _ heap: inout TopK) {
    var threshold = heap.threshold
    var slot = lower
    while slot < upper {
      let block = slot >> 4
      let first = slot & 15
      let last = min(16, first + (upper - slot))
      let planes = blocks + block * PlaceBlocks.planesPerBlock
      var (low, high) = survivors(planes)
      low &= Self.laneMask(first, last, word: 0)
      high &= Self.laneMask(first, last, word: 1)
      // Most of the bound comes from the planes just read: a place whose bound is below the
      // threshold already is dropped without reading its hot record.
      while low != 0 {
        let lane = low.trailingZeroBitCount >> 3
        low &= low &- 1
        let partial = planeBound(planes, lane)
        if max(0, partial) >= threshold {
          collect(block << 4 | lane, &pending, threshold, planeBound: partial)
        }
      }
      while high != 0 {
        let lane = 8 + high.trailingZeroBitCount >> 3
        high &= high &- 1
        let partial = planeBound(planes, lane)
        if max(0, partial) >= threshold {
          collect(block << 4 | lane, &pending, threshold, planeBound: partial)
        }
      }
      if pending.count >= Self.drainBatch {
        drain(&pending, into: &heap)
        threshold = heap.threshold
      }
      slot = block << 4 + last
    }
  }

  /// An upper bound of the pair's score, from the hot record and the probe's tables:
  /// - load: headroom against the knock-out demand, which is the demand except one lower on
  ///   adaptable lanes, so it can only overestimate;
  /// - travel: from the chord, since `2R·asin(c/2) ≥ R·c`, with a margin for single precision;
  /// - competency: 1, less two eighths of a listed competency for every folded bit of the
  ///   place's listed competencies the person lacks (each stands for at least one competency
  ///   they do not hold at all, worth at most six eighths of eight), and six more for every
  ///   folded bit of its desired competencies they lack (a desired competency not held is
  ///   worth nothing);
  /// - hours exact; sector from a table; the rest from the base table, which also takes off
  ///   the certain points to judge (a job coach to arrange, permanent support at a regular
  ///   employer, a wage value or Dutch level never assessed where they count) and an internal
  ///   place's margin;
  /// - the demanded dimensions whose capacity is unknown each cost a point to judge.
  /// A margin of 1e-5 points covers the different order of additions and the rounding of
  /// each contribution to millionths.
  @inline(__always)
  func bound(_ place: PlaceHot, chordSquared: Float) -> Double {
    bound(place, chordSquared: chordSquared, optimistic: optimisticBound(place))
  }

  /// The bound with load and travel at their best (1): no vectors, no square root, so it
  /// can drop a place before the rest of the bound is computed.
  @inline(__always)
  func optimisticBound(_ place: PlaceHot) -> Double {
    optimisticBound(
      place,
      planeBound: planeBound(
        boundIndex: place.boundIndex, sectors: place.sectors, minHours: place.minHours,
        maxHours: place.maxHours))
  }

  /// ``planeBound(boundIndex:sectors:minHours:maxHours:)`` less the listed competencies the
  /// person certainly does not hold, never below 0.
  @inline(__always)
  func optimisticBound(_ place: PlaceHot, planeBound: Double) -> Double {
    let block = probe.pointee.block
    // Listed competencies the person certainly does not hold (a folded bit they lack): two
    // eighths each at least, and six more for each desired one among them.
    let held = block.heldMask
    let missing = (place.listedMask & ~held).nonzeroBitCount
    let missingDesired = (place.desiredMask & ~PlacePacker.fold32(held)).nonzeroBitCount
    let competencyLoss =
      Double(missing + 3 * missingDesired) * block.reciprocal(4) * Double(place.listedScale)
    // Never below 0: a score is never negative, and a bound below a score of 0 would drop a
    // place that ties at 0 and wins on its id.
    return max(0, planeBound - competencyLoss)
  }

  /// The part of the bound the block planes give: the base table's row (placement, support,
  /// development, competency at its best, certain points and margin), load and travel at
  /// their best, the sector and hours parts exact. May be below 0.
  @inline(__always)
  func planeBound(boundIndex: UInt8, sectors: UInt16, minHours: UInt8, maxHours: UInt8)
    -> Double
  {
    let block = probe.pointee.block
    var sector = 0.0
    var bits = sectors
    while bits != 0 {
      sector = max(sector, block.boundSector(bits.trailingZeroBitCount))
      bits &= bits &- 1
    }
    // Hours overlap as a share of the person's range (1 when the range is a single value).
    let overlap =
      min(Int(probe.pointee.hot.maxHours), Int(maxHours))
      - max(Int(probe.pointee.hot.minHours), Int(minHours))
    let widthReciprocal = block.reciprocal(2)
    let hours =
      overlap < 0 ? 0 : widthReciprocal == 0 ? 1 : min(1, Double(overlap) * widthReciprocal)
    return block.boundBase(Int(boundIndex)) + 100 * policy.weights.load
      + (sector + hours + 1) * block.reciprocal(3) + 1e-5
  }

  /// ``planeBound(boundIndex:sectors:minHours:maxHours:)`` of lane `lane` of a block.
  @inline(__always)
  func planeBound(_ planes: UnsafePointer<SIMD16<UInt8>>, _ lane: Int) -> Double {
    let bytes = UnsafeRawPointer(planes)
    func byte(_ plane: Int) -> UInt8 {
      bytes.load(fromByteOffset: 16 * plane + lane, as: UInt8.self)
    }
    return planeBound(
      boundIndex: byte(PlaceBlocks.boundIndexPlane),
      sectors: UInt16(byte(PlaceBlocks.sectorPlane)) | UInt16(byte(PlaceBlocks.sectorPlane + 1))
        << 8,
      minHours: byte(PlaceBlocks.hoursPlane), maxHours: byte(PlaceBlocks.maxHoursPlane))
  }

  /// ``optimisticBound(_:)`` less what load and travel fall short of 1, and the cost of the
  /// demanded dimensions never assessed.
  @inline(__always)
  func bound(_ place: PlaceHot, chordSquared: Float, optimistic: Double) -> Double {
    let detail = probe.pointee.detail
    let (load, unassessed) = PairKernel.loadBound(detail, place)
    let block = probe.pointee.block
    let chord = max(0, Double(chordSquared).squareRoot() - 4e-7)
    let minutes = detail.speed.overheadMinutes + chord * block.reciprocal(0)
    let travel = max(0, 1 - minutes * block.reciprocal(1))
    return max(
      0,
      optimistic - 100 * policy.weights.load * (1 - load) - (1 - travel) * block.reciprocal(3)
        - Double(unassessed) * block.reciprocal(5))
  }

  /// 0xFF in the bytes whose bit is set in `bits`, 0 elsewhere.
  @inline(__always)
  static func byteMask(_ bits: UInt16) -> SIMD16<UInt8> {
    func spread(_ byte: UInt64) -> UInt64 {
      // Copy the byte into every byte, keep bit i in byte i, and turn each nonzero byte into 0xFF.
      let selected = (byte &* 0x0101_0101_0101_0101) & 0x8040_2010_0804_0201
      let high =
        ((selected & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | selected)
        & 0x8080_8080_8080_8080
      return (high >> 7) &* 0xFF
    }
    return unsafeBitCast(
      SIMD2<UInt64>(spread(UInt64(bits & 0xFF)), spread(UInt64(bits >> 8))), to: SIMD16<UInt8>.self)
  }

  /// The lanes of block `block` (slots `16 · block …`) that pass the byte checks.
  func survivors(inBlock block: Int) -> (UInt64, UInt64) {
    survivors(blocks + block * PlaceBlocks.planesPerBlock)
  }

  /// The lanes of a block that pass the gate, sector, hours and load checks, as the high bit
  /// of each lane's byte in two words (lanes 0–7, 8–15).
  @inline(__always)
  func survivors(_ planes: UnsafePointer<SIMD16<UInt8>>) -> (UInt64, UInt64) {
    let probe = self.probe.pointee.block
    // Any nonzero byte in `fail` is a knock-out for that lane.
    var fail = planes[PlaceBlocks.gatePlane] & probe.vector(BlockProbe.gateOffset)
    fail |= planes[PlaceBlocks.gatePlane + 1] & probe.vector(BlockProbe.gateOffset + 16)
    fail |= planes[PlaceBlocks.gatePlane + 2] & probe.vector(BlockProbe.gateOffset + 32)
    fail |= planes[PlaceBlocks.gatePlane + 3] & probe.vector(BlockProbe.gateOffset + 48)
    // Only the main sector knocks out when excluded.
    fail |= planes[PlaceBlocks.mainSectorPlane] & probe.vector(BlockProbe.excludedOffset)
    fail |= planes[PlaceBlocks.mainSectorPlane + 1] & probe.vector(BlockProbe.excludedOffset + 16)
    let sectorLow = planes[PlaceBlocks.sectorPlane]
    let sectorHigh = planes[PlaceBlocks.sectorPlane + 1]
    if probe.requiresSector {
      let wanted =
        (sectorLow & probe.vector(BlockProbe.requiredOffset))
        | (sectorHigh & probe.vector(BlockProbe.requiredOffset + 16))
      fail |= Bytes.mask(wanted .== SIMD16(repeating: 0))
    }  // A hard requirement whose bit is missing from the person's competencies.
    for byte in 0..<8 {
      fail |=
        planes[PlaceBlocks.hardPlane + byte] & probe.vector(BlockProbe.notHeldOffset + 16 * byte)
    }
    fail |= Bytes.mask(planes[PlaceBlocks.hoursPlane] .> probe.vector(BlockProbe.hoursOffset))
    fail |= Bytes.mask(probe.vector(BlockProbe.minHoursOffset) .> planes[PlaceBlocks.maxHoursPlane])
    for index in 0..<probe.limitedCount {
      fail |= Bytes.mask(planes[probe.limited(index)] .> probe.capacity(index))
    }
    let words = unsafeBitCast(fail, to: SIMD2<UInt64>.self)
    return (Self.zeroBytes(words[0]), Self.zeroBytes(words[1]))
  }

  /// 0x80 in every byte of `x` that is zero, 0 elsewhere.
  @inline(__always)
  static func zeroBytes(_ x: UInt64) -> UInt64 {
    let high: UInt64 = 0x8080_8080_8080_8080
    let nonzero = (((x & ~high) &+ ~high) | x) & high
    return nonzero ^ high
  }

  /// The high bits of lanes `first..<last` within word `word` (lanes 8·word … 8·word + 7).
  @inline(__always)
  static func laneMask(_ first: Int, _ last: Int, word: Int) -> UInt64 {
    let from = min(8, max(0, first - 8 * word))
    let to = min(8, max(0, last - 8 * word))
    guard to > from else { return 0 }
    let upper: UInt64 = to == 8 ? ~0 : (UInt64(1) << UInt64(8 * to)) &- 1
    let lower: UInt64 = (UInt64(1) << UInt64(8 * from)) &- 1
    return upper & ~lower & 0x8080_8080_8080_8080
  }

  /// The cheap checks for a survivor of the byte checks, then its score bound against the
  /// shortlist's `threshold`: a place below it can never enter.
  @inline(__always)
  func collect(
    _ slot: Int, _ pending: inout PendingPlaces, _ threshold: Double, planeBound: Double
  ) {
    let place = hot[slot]
    let person = probe.pointee.hot
    if place.openFrom > context.horizon { return }
    let delta = place.position - person.position
    if (delta * delta).sum() > person.chordLimit { return }
    var hard = place.hardRequirements
    for _ in 0..<4 {
      let competency = Int(hard & 0xFF)
      if competency == 0xFF { break }
      if !probe.pointee.block.holds(competency) { return }
      hard >>= 8
    }
    let optimistic = optimisticBound(place, planeBound: planeBound)
    if optimistic < threshold { return }
    let bound = bound(place, chordSquared: (delta * delta).sum(), optimistic: optimistic)
    if bound < threshold { return }
    pending.append(bound: bound, slot: slot)
  }

  /// Evaluates the pending places best bound first and empties `pending`. Once the shortlist
  /// is full, a place whose bound is below its worst score cannot enter, and neither can any
  /// after it: visiting in bound order raises that threshold early, so few places need the
  /// full evaluation. The result does not depend on the visiting order (``TopK`` breaks ties
  /// by id).
  func drain(_ pending: inout PendingPlaces, into heap: inout TopK) {
    // With k = 0 the threshold is infinity: the loop stops at once.
    pending.makeHeap()
    while let (bound, slot) = pending.popBest() {
      if bound < heap.threshold { break }
      evaluate(slot, &heap)
    }
    pending.removeAll()
  }

  /// The exact path.
  @inline(__always)
  func evaluate(_ slot: Int, _ heap: inout TopK) {
    let place = hot[slot]
    let person = probe.pointee.hot
    let parts = PairKernel.hotParts(person, probe.pointee.detail, place, details + slot, policy)
    guard
      let result = PairKernel.complete(
        person, probe.pointee.detail, place, details + slot, context, policy, parts),
      heap.admits(result.scoreMillionths)
    else { return }
    heap.consider(
      Ranked(
        score: result.scoreMillionths, key: keys[slot], slot: Int32(slot),
        travelMinutes: result.travelMinutes,
        assessmentPoints: result.assessmentPoints))
  }
}

/// One participant's scan in progress: the places waiting for the full evaluation and the
/// shortlist so far.
struct ScanState {
  var pending = PendingPlaces()
  var heap: TopK
}

/// Places that passed a scan's cheap checks, with upper bounds of their scores, as a binary
/// max-heap on one `UInt64` per place (the bound's bits above the slot), so that ordering
/// costs integer comparisons only. It lives in the ``ScanState``, so its storage is reused
/// by every drain of a scan and, in a batch, across all cells of a participant.
struct PendingPlaces {
  private var entries: [UInt64] = []

  /// Adds a place. The bound is rounded up to single precision, so it stays an upper bound.
  @inline(__always)
  mutating func append(bound: Double, slot: Int) {
    // Scores are 0–100, so bounds are positive and their bit patterns order like the values.
    let rounded = Float(max(0, bound)).nextUp
    entries.append(UInt64(rounded.bitPattern) << 32 | UInt64(UInt32(truncatingIfNeeded: slot)))
  }

  var count: Int { entries.count }

  /// Arranges the entries as a max-heap. - Complexity: O(n).
  mutating func makeHeap() {
    guard entries.count > 1 else { return }
    for start in stride(from: entries.count / 2 - 1, through: 0, by: -1) { siftDown(start) }
  }

  /// Removes and returns the place with the highest bound. - Complexity: O(log n).
  mutating func popBest() -> (bound: Double, slot: Int)? {
    guard let best = entries.first else { return nil }
    let last = entries.removeLast()
    if !entries.isEmpty {
      entries[0] = last
      siftDown(0)
    }
    return (Double(Float(bitPattern: UInt32(best >> 32))), Int(UInt32(truncatingIfNeeded: best)))
  }

  mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

  private mutating func siftDown(_ start: Int) {
    entries.withUnsafeMutableBufferPointer { heap in
      var parent = start
      let count = heap.count
      while true {
        let left = 2 * parent + 1
        guard left < count else { return }
        var larger = left
        if left + 1 < count && heap[left + 1] > heap[left] { larger = left + 1 }
        if heap[larger] <= heap[parent] { return }
        heap.swapAt(parent, larger)
        parent = larger
      }
    }
  }
}
