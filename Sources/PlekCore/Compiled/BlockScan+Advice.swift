extension BlockScan {
  /// The lanes of a block that advice must look at, as the high bit of each lane's byte in
  /// two words (lanes 0–7, 8–15): those with no knock-out the planes prove that no step
  /// removes (an indication, a full place, a capacity two levels short) and at most `most`
  /// step families the planes prove needed (wage-cost subsidy, support, Dutch, hours, one
  /// per load dimension one level short, one per missing folded competency bit).
  ///
  /// Every count is a lower bound of ``PairKernel/blockers(_:_:heldMask:day:horizon:reachLimit:planning:)``'s,
  /// and the lanes left out are lanes it would find fixed or needing more families: the
  /// scalar check of the lanes kept decides the rest, so the advice is the same.
  @inline(__always)
  func adviceLanes(_ planes: UnsafePointer<SIMD16<UInt8>>, most: UInt8) -> (UInt64, UInt64) {
    let probe = self.probe.pointee.block
    let zero = SIMD16<UInt8>(repeating: 0)
    let one = SIMD16<UInt8>(repeating: 1)
    @inline(__always) func byte(_ mask: UInt32, _ index: Int) -> SIMD16<UInt8> {
      SIMD16(repeating: UInt8(truncatingIfNeeded: mask >> UInt32(8 * index)))
    }
    @inline(__always) func gate(_ index: Int) -> SIMD16<UInt8> {
      planes[PlaceBlocks.gatePlane + index] & probe.vector(BlockProbe.gateOffset + 16 * index)
    }
    @inline(__always) func count(_ bits: SIMD16<UInt8>) -> SIMD16<UInt8> {
      Bytes.mask(bits .!= zero) & one
    }
    let gates = (gate(0), gate(1), gate(2), gate(3))
    @inline(__always) func any(_ mask: UInt32) -> SIMD16<UInt8> {
      (gates.0 & byte(mask, 0)) | (gates.1 & byte(mask, 1)) | (gates.2 & byte(mask, 2))
        | (gates.3 & byte(mask, 3))
    }
    var fixed = any(PairKernel.fixedGate)
    var families = count(any(GateBit.regularWithoutSubsidy)) &+ count(any(PairKernel.supportGate))
    families &+= count(any(PairKernel.dutchGate))
    families &+=
      (Bytes.mask(planes[PlaceBlocks.hoursPlane] .> probe.vector(BlockProbe.hoursOffset))
        | Bytes.mask(
          probe.vector(BlockProbe.minHoursOffset) .> planes[PlaceBlocks.maxHoursPlane])) & one
    for index in 0..<probe.limitedCount {
      let demand = planes[probe.limited(index)]
      let capacity = probe.capacity(index)
      families &+= Bytes.mask(demand .> capacity) & one
      fixed |= Bytes.mask(demand .> capacity &+ one)
    }
    for byte in 0..<8 {
      families &+= count(
        planes[PlaceBlocks.hardPlane + byte] & probe.vector(BlockProbe.notHeldOffset + 16 * byte))
    }
    let keep =
      Bytes.mask(fixed .== zero) & Bytes.mask(families .<= SIMD16(repeating: most))
      & SIMD16(repeating: 0x80)
    let words = unsafeBitCast(keep, to: SIMD2<UInt64>.self)
    return (words[0], words[1])
  }

  /// Calls `body` with every slot of `lower..<upper` whose lane ``adviceLanes(_:most:)``
  /// keeps.
  @inline(__always)
  func forEachAdviceSlot(_ lower: Int, _ upper: Int, most: UInt8, _ body: (Int) -> Void) {
    var slot = lower
    while slot < upper {
      let block = slot >> 4
      let first = slot & 15
      let last = min(16, first + (upper - slot))
      var (low, high) = adviceLanes(blocks + block * PlaceBlocks.planesPerBlock, most: most)
      low &= Self.laneMask(first, last, word: 0)
      high &= Self.laneMask(first, last, word: 1)
      var touched: UInt8 = 0
      var bits = low
      while bits != 0 {
        touched ^= touch(block << 4 | bits.trailingZeroBitCount >> 3)
        bits &= bits &- 1
      }
      bits = high
      while bits != 0 {
        touched ^= touch(block << 4 | (8 + bits.trailingZeroBitCount >> 3))
        bits &= bits &- 1
      }
      Self.sink(touched)
      while low != 0 {
        body(block << 4 | low.trailingZeroBitCount >> 3)
        low &= low &- 1
      }
      while high != 0 {
        body(block << 4 | (8 + high.trailingZeroBitCount >> 3))
        high &= high &- 1
      }
      slot = block << 4 + last
    }
  }

  /// Reads one byte of every cache line of a place's hot and detail records. The kept lanes
  /// of a block are touched before any is checked: their loads then overlap, instead of
  /// waiting one after the other behind each place's checks (advice reads most of the
  /// records of a region, more than the caches hold).
  @inline(__always)
  func touch(_ slot: Int) -> UInt8 {
    let place = UnsafeRawPointer(hot + slot)
    let detail = UnsafeRawPointer(details + slot)
    let hotBytes = MemoryLayout<PlaceHot>.size
    let detailBytes = MemoryLayout<PlaceDetail>.size
    var byte = place.load(as: UInt8.self) ^ place.load(fromByteOffset: hotBytes - 1, as: UInt8.self)
    var offset = 0
    while offset < detailBytes {
      byte ^= detail.load(fromByteOffset: offset, as: UInt8.self)
      offset += 64
    }
    return byte ^ detail.load(fromByteOffset: detailBytes - 1, as: UInt8.self)
  }

  /// Takes a value the optimizer cannot see used, so that the loads of ``touch(_:)`` stay.
  @inline(never) @_optimize(none)
  static func sink(_ value: UInt8) {}
}
