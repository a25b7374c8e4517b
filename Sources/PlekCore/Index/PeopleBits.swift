/// Bit columns over the participants' slots for the knock-outs a place decides for many
/// people at once: for each load dimension and level, who has at least that capacity (an
/// unknown capacity counts, as it never knocks out), and for each gate bit, who cannot
/// accept a place with it. A candidate list ANDs the rows of the place's demands and clears
/// the rows of its gate: what is left are the only people the cheap knock-outs can let
/// through, so the others' records are never read (issue 27: candidate lists that prune).
///
/// Word `w` of every row is stored together (``rows`` consecutive words), so that growing by
/// 64 slots appends and a query reads memory front to back.
///
/// - Complexity: a query is O(r · n / 64) for the r rows a place selects (at most 16 load
///   rows and its set gate bits) over n slots; a person's update is O(rows).
struct PeopleBits: Sendable {
  /// 16 dimensions × levels 1–4, then the 32 gate bits.
  static let rows = 16 * 4 + 32
  private static let gateRow = 16 * 4

  private(set) var words: [UInt64] = []

  /// No slots.
  init() {}

  /// The bits of slots `0..<count` at once (a load, an image): written word by word, only
  /// the bits that are set, 4,096 slots a task on all cores (a start from an image waits
  /// for this).
  init(count: Int, hot: @escaping @Sendable (Int) -> PersonHot) {
    let groupsPerTask = 64
    let groups = (count + 63) / 64
    words = Parallel.map(groups, chunkSize: groupsPerTask) { range in
      var part = [UInt64](repeating: 0, count: range.count * Self.rows)
      part.withUnsafeMutableBufferPointer { out in
        for slot in range.lowerBound * 64..<min(count, range.upperBound * 64) {
          let person = hot(slot)
          let base = (slot / 64 - range.lowerBound) * Self.rows
          let bit = UInt64(1) << UInt64(slot % 64)
          for dimension in 0..<16 {
            let levels = Int(min(person.capacity[dimension], 4))
            for level in 0..<levels { out[base + dimension * 4 + level] |= bit }
          }
          var blocked = person.block
          while blocked != 0 {
            out[base + Self.gateRow + blocked.trailingZeroBitCount] |= bit
            blocked &= blocked - 1
          }
        }
      }
      return part
    }
  }

  /// The slots covered, a multiple of 64.
  var slotCapacity: Int { words.count / Self.rows * 64 }

  private mutating func reserve(slot: Int) {
    while slot >= slotCapacity { words.append(contentsOf: repeatElement(0, count: Self.rows)) }
  }

  /// Writes a person's bits (a slot reused by someone else is overwritten whole).
  mutating func set(slot: Int, _ hot: PersonHot) {
    reserve(slot: slot)
    let base = slot / 64 * Self.rows
    let bit = UInt64(1) << UInt64(slot % 64)
    for dimension in 0..<16 {
      let capacity = hot.capacity[dimension]
      for level in 1...4 {
        let row = base + dimension * 4 + level - 1
        words[row] = capacity >= UInt8(level) ? words[row] | bit : words[row] & ~bit
      }
    }
    for gate in 0..<32 {
      let row = base + Self.gateRow + gate
      words[row] = hot.block & (1 << UInt32(gate)) != 0 ? words[row] | bit : words[row] & ~bit
    }
  }

  /// Clears a removed person's slot: nobody there passes.
  mutating func clear(slot: Int) {
    guard slot < slotCapacity else { return }
    let base = slot / 64 * Self.rows
    let bit = UInt64(1) << UInt64(slot % 64)
    for row in 0..<Self.rows { words[base + row] &= ~bit }
  }

  /// The slots that pass a place's load demand (`knockOutDemand`, adaptable lanes lowered)
  /// and its gate: one bit per slot, `nil` when the place demands nothing and its gate
  /// blocks nobody (every slot passes). A slot beyond ``slotCapacity`` does not pass.
  func survivors(demand: SIMD16<UInt8>, gate: UInt32) -> [UInt64]? {
    var keep: [Int] = []
    for dimension in 0..<16 where demand[dimension] > 0 {
      // A demand above level 4 passes nobody but an unknown capacity (0xFF): row 4 is the
      // nearest it can ask, and the per-pair check decides the rest.
      keep.append(dimension * 4 + Int(min(demand[dimension], 4)) - 1)
    }
    var drop: [Int] = []
    for bit in 0..<32 where gate & (1 << UInt32(bit)) != 0 { drop.append(Self.gateRow + bit) }
    guard !keep.isEmpty || !drop.isEmpty else { return nil }
    let count = words.count / Self.rows
    var result = [UInt64](repeating: 0, count: count)
    words.withUnsafeBufferPointer { words in
      for word in 0..<count {
        let base = word * Self.rows
        var passing = UInt64.max
        for row in keep { passing &= words[base + row] }
        for row in drop { passing &= ~words[base + row] }
        result[word] = passing
      }
    }
    return result
  }
}
