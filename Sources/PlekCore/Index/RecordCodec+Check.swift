/// Checking a record's bytes without building the record: what an engine image's records go
/// through at every start.
///
/// Decoding 200,000 records and validating the values built most of a state's start-up (about
/// 0.2 s of 0.3 s on 100,000 + 100,000): every record's arrays, sets and strings allocated and
/// freed, and every taxonomy id hashed again though the codec wrote it as an index. These
/// checks read each byte once, in the codec's order, and apply the validation's rules to what
/// they read: ranges and hours through the same ``ProblemCollector`` checks, taxonomy
/// references by index (an index in range is an id of the taxonomy), duplicates by index.
///
/// Each gives the same answer as decoding the bytes and validating the result, for any bytes:
/// the tests check it against ``RecordCodec/participant(_:_:)`` with
/// ``Participant/problems(in:)`` (and the place's) on records made invalid in every way
/// validation knows and on randomly changed bytes.
extension RecordCodec {
  /// Whether `bytes` decode to a participant (``participant(_:_:)``) without problems
  /// (``Participant/problems(in:)``). `seen` is working space, reused between calls.
  ///
  /// - Complexity: O(n) for n bytes, plus O(t / 64) a list for a taxonomy of t entries.
  func holdsValidParticipant(_ bytes: ArraySlice<UInt8>, _ seen: inout SeenIndexes) -> Bool {
    var input = RecordReader(bytes: bytes)
    var checks = ProblemCollector()
    checks.checkLocation("", input.point(), in: taxonomy.region)
    _ = input.position(below: municipalities.count)
    input.skipWord(TargetGroup.self)
    input.skipSet(Indication.self)
    input.skip(16)  // the load capacity: any byte is a level or unknown
    guard distinctCompetencies(&input, &seen) != nil else { return false }
    input.skipOptionalWord(DutchLevel.self)
    input.skipWord(DevelopmentPace.self)
    if input.bool() { checks.checkRange("", input.int(), Participant.validWageValues) }
    input.skipWord(SupportNeed.self)
    seen.clear()
    var ranks: UInt64 = 0
    for _ in 0..<input.count() {
      let sector = input.position(below: sectors.count)
      guard seen.insert(sector) else { return false }
      // Codes 0 and below are "excluded", 1 "neutral", 2 + rank "wanted".
      let code = input.int()
      guard code >= 2 else { continue }
      let rank = code - 2
      guard SectorWish.validRanks.contains(rank), ranks & (1 << UInt64(rank)) == 0 else {
        return false
      }
      ranks |= 1 << UInt64(rank)
    }
    checks.checkHours("", HoursRange(min: input.int(), max: input.int()))
    checks.checkRange("", input.int(), Wishes.validTravelMinutes)
    input.skipWord(TransportMode.self)
    _ = input.bool()
    input.skip(4)  // available from
    if input.bool() { input.skip(4) }  // registered on
    // The levels learning routes earned: the competencies first, then what each came from.
    let earned = input.count()
    for _ in 0..<earned {
      let code = input.int()
      guard code >= 0, code >> 2 < competencies.count, code & 3 != 0 else { return false }
    }
    for _ in 0..<earned {
      _ = input.int()
      input.skipText()
      input.skipText()
      input.skip(4)
      _ = input.bool()
    }
    return checks.problems.isEmpty && input.readWhole
  }

  /// Whether `bytes` decode to a place (``place(_:_:)``) without problems
  /// (``Place/problems(in:)``). `seen` is working space, reused between calls.
  ///
  /// - Complexity: O(n) for n bytes, plus O(t / 64) a list for a taxonomy of t entries.
  func holdsValidPlace(_ bytes: ArraySlice<UInt8>, _ seen: inout SeenIndexes) -> Bool {
    var input = RecordReader(bytes: bytes)
    var checks = ProblemCollector()
    checks.checkLocation("", input.point(), in: taxonomy.region)
    input.skipText()  // the employer
    input.skipWord(EmployerKind.self)
    if input.bool() {
      // A title of printable ASCII has one character a byte and no control character, so
      // its length says all; any other is checked as validation checks it.
      let title = input.textBytes()
      if title.count > Place.maximumTitleLength || !title.allSatisfy({ (0x20...0x7E).contains($0) })
      {
        checks.checkTitle("", String(decoding: title, as: UTF8.self))
      }
    }
    let sectorCount = input.count()
    guard sectorCount > 0 else { return false }
    seen.clear()
    for _ in 0..<sectorCount {
      let sector = input.position(below: sectors.count)
      guard seen.insert(sector) else { return false }
    }
    let hours = HoursRange(min: input.int(), max: input.int())
    checks.checkHours("", hours)
    guard hours.max != 0 else { return false }
    for _ in 0..<16 where LoadLevel(rawValue: input.byte()) == nil { return false }
    input.skipSet(LoadDimension.self)
    // Required, then desired: a competency twice in either, or in both, is a problem.
    guard distinctCompetencies(&input, &seen) != nil,
      distinctCompetencies(&input, &seen, continuing: true) != nil
    else { return false }
    input.skipWord(DutchLevel.self)
    if input.bool() {
      guard let teaches = distinctCompetencies(&input, &seen) else {
        return false
      }
      checks.checkRange("", input.int(), LearningOffer.validMonths)
      _ = input.bool()  // certificate
      let teachesDutch = input.bool()
      if teaches == 0 && !teachesDutch { return false }
    }
    input.skipWord(SupportOffer.self)
    _ = input.optionalBool()
    input.skipSet(Indication.self)
    checks.checkRange("", input.int(), Place.validFreeSlots)
    input.skip(4)  // open from
    _ = input.bool()
    if input.bool() {
      checks.checkRange("", input.int(), Place.validFreeSlots)
      if input.bool() { input.skip(4) }
    }
    return checks.problems.isEmpty && input.readWhole
  }

  /// Reads a competency list as ``competencies(_:)`` does, adding each competency's index
  /// to `seen` (emptied first unless `continuing` a list): the list's length, or `nil` when
  /// an index is outside the taxonomy or seen already.
  private func distinctCompetencies(
    _ input: inout RecordReader, _ seen: inout SeenIndexes, continuing: Bool = false
  ) -> Int? {
    if !continuing { seen.clear() }
    let count = input.count()
    for _ in 0..<count {
      let code = input.int()
      let index = code >> 2
      guard index >= 0, index < competencies.count, code & 3 != 0, seen.insert(index) else {
        return nil
      }
    }
    return count
  }
}

/// The taxonomy indexes one list of a record has named so far, for the record checks: a bit
/// each, so that a duplicate is one look-up (a list's `contains` cost O(k²) for k entries).
/// A taxonomy of 64 sectors and competencies or fewer takes one word, cleared at once.
struct SeenIndexes {
  private var bits: [UInt64]

  /// Room for the indexes of `codec`'s sectors and competencies.
  init(_ codec: RecordCodec) {
    let count = max(codec.sectors.count, codec.competencies.count)
    bits = Array(repeating: 0, count: max(1, (count + 63) / 64))
  }

  /// Adds `index` (within the room made); `false` when it is held already.
  @inline(__always)
  mutating func insert(_ index: Int) -> Bool {
    let bit: UInt64 = 1 << UInt64(index & 63)
    let word = bits[index >> 6]
    bits[index >> 6] = word | bit
    return word & bit == 0
  }

  /// Forgets every index.
  @inline(__always)
  mutating func clear() {
    for word in bits.indices { bits[word] = 0 }
  }
}
