/// What the fields of a packed row can hold when this build's packer wrote them from a
/// valid record, as far as the scan depends on it: an engine image's rows are checked
/// against these bounds before a scan reads them, so that a row whose bytes were changed
/// (and sealed again with the owner's key) is refused instead of trapping in the kernel.
///
/// Every field of every packed row is listed in its check (``ColumnLayout`` lists the same
/// fields for the image): indexes within their table (municipality, sector of a rank, hard
/// requirements, Dutch and support ranks, kind, main sector), divisors above zero (months
/// per level), levels within their scale, floating-point values finite and within the range
/// the packer gives them, flags 0 or 1 (``firstBadFlag(_:_:in:)``). Fields whose every bit pattern is harmless to the
/// scan (bit masks, competency planes) are named as such. A row within bounds may still
/// differ from what the records say; the sample ``MatchEngine/checkRecords(_:_:_:flags:within:)`` packs
/// again catches a build that packs differently, and the sealed file a change by anyone
/// without the key.
struct PackedBounds: Sendable {
  let sectors: Int
  let competencies: Int
  let municipalities: Int

  init(_ taxonomy: Taxonomy) {
    sectors = taxonomy.sectors.count
    competencies = taxonomy.competencies.count
    municipalities = taxonomy.region.municipalities.count
  }

  /// Whether every lane of `lanes` passes `test`. A plain loop: mask operations on
  /// `SIMD16` are not vectorised by the compiler and cost several times as much.
  @inline(__always)
  static func every(_ lanes: SIMD16<UInt8>, _ test: (UInt8) -> Bool) -> Bool {
    var passed = true
    for lane in 0..<16 { passed = passed && test(lanes[lane]) }
    return passed
  }

  /// Load levels 0–4, or unknown.
  @inline(__always)
  static func levels(_ lanes: SIMD16<UInt8>, unknownAllowed: Bool) -> Bool {
    every(lanes) { $0 <= LoadLevel.maximum.rawValue || (unknownAllowed && $0 == 0xFF) }
  }

  /// A unit vector (x, y, z, 0) as the packer computes it.
  @inline(__always)
  static func unit<Scalar: BinaryFloatingPoint & SIMDScalar>(_ vector: SIMD4<Scalar>) -> Bool {
    let length = (vector * vector).sum()
    return length.isFinite && abs(length - 1) < 0.001 && vector[3] == 0
  }

  /// The offsets of the flags (`Bool` fields) of a row: a `Bool` read from a file may hold
  /// any byte, and only 0 and 1 are values, so they are checked as bytes before the row is
  /// read as a value.
  static func flags<Row>(_ paths: [KeyPath<Row, Bool>]) -> [Int] {
    paths.map { MemoryLayout<Row>.offset(of: $0)! }
  }

  static let personFlags = flags([
    \PersonDetail.permanentSupport, \.developmentGoal, \.wageUnknown, \.wageBelowFull,
  ])
  static let placeFlags = flags([
    \PlaceDetail.hasLearningOffer, \.certificate, \.teachesDutch, \.hasCapacity,
  ])

  /// The first row among `slots` of `rows` with a flag byte other than 0 or 1.
  static func firstBadFlag<Row>(_ rows: [Row], _ offsets: [Int], in slots: Range<Int>) -> Int? {
    rows.withUnsafeBytes { raw in
      slots.first { row in
        offsets.contains { raw[row * MemoryLayout<Row>.stride + $0] > 1 }
      }
    }
  }

  @inline(__always)
  static func within(_ value: Double, _ range: ClosedRange<Double>) -> Bool {
    range.contains(value)  // false for NaN
  }

  static let hours =
    UInt8(HoursRange.validHours.lowerBound)...UInt8(HoursRange.validHours.upperBound)
  /// The days a ``Day`` can be (1900–2199).
  static let days =
    Day(year: 1900, month: 1, day: 1)!
    .daysSinceEpoch...Day(year: 2199, month: 12, day: 31)!
    .daysSinceEpoch

  func check(_ row: PersonHot) -> Bool {
    // block, excluded: bit masks, any pattern harmless.
    Self.levels(row.capacity, unknownAllowed: true) && Self.unit(row.position)
      && Self.hours.contains(row.minHours) && Self.hours.contains(row.maxHours)
      && row.minHours <= row.maxHours && Int(row.municipality) < municipalities
      && row.chordLimit.isFinite && row.chordLimit >= 0 && Self.days.contains(row.availableFrom)
  }

  func check(_ row: PersonDetail) -> Bool {
    // held, excludedSectors, wantedSectors: bit masks, any pattern harmless.
    let sectorCount = UInt8(clamping: sectors)
    // Comparisons with NaN are false, so a NaN lane fails.
    let placement = (0..<4).reduce(true) { $0 && Self.within(row.placement[$1], 0...1) }
    return Self.levels(row.knownCapacity, unknownAllowed: false)
      && Self.every(row.knownMask) { $0 == 0 || $0 == 0xFF }
      && Self.every(row.unknownOnes) { $0 <= 1 } && placement
      && (0...100_000_000).contains(row.internalMargin)
      && Self.every(row.sectorOfRank) { $0 == 0xFF || $0 < sectorCount }
      && Self.unit(row.unit) && Self.within(row.latitude, -90...90)
      && Self.within(row.longitude, -180...180)
      // Policy values within what policy validation accepts.
      && Self.within(row.speed.kilometresPerHour, 0.5...300)
      && Self.within(row.speed.overheadMinutes, 0...120) && Self.within(row.detourFactor, 1...5)
      && Self.within(row.reachKilometres, 0...100_000)
      && (1...60).contains(row.monthsPerLevel) && (1...60).contains(row.dutchMonthsPerLevel)
      && (row.dutchRank == 0xFF || Int(row.dutchRank) < DutchLevel.allCases.count)
      && Int(row.needRank) < SupportOffer.allCases.count
  }

  func check(_ row: PlaceHot) -> Bool {
    // gate, sectors, hardMask, listedMask, demanded, desiredMask, boundIndex (a row of a
    // 256-entry table): bit patterns, any harmless; the gate's kind bits are checked.
    let kinds = (row.gate >> 19) & 0xF
    let hard = (0..<4).reduce(true) { passed, index in
      let byte = Int((row.hardRequirements >> UInt32(8 * index)) & 0xFF)
      return passed && (byte == 0xFF || byte < competencies)
    }
    return Self.levels(row.knockOutDemand, unknownAllowed: false) && Self.unit(row.position)
      && Self.hours.contains(row.minHours) && Self.hours.contains(row.maxHours)
      && row.minHours <= row.maxHours && Self.days.contains(row.openFrom)
      && kinds.nonzeroBitCount == 1 && hard
      && row.loadScale.isFinite && (0...1).contains(row.loadScale)
      && row.listedScale.isFinite && (0...1).contains(row.listedScale)
  }

  func check(_ row: PlaceDetail) -> Bool {
    // sectors, required, desired, teaches: bit masks and planes, any pattern harmless.
    Self.levels(row.demand, unknownAllowed: false) && Self.unit(row.unit)
      && row.demandedDimensions <= 16 && Int(row.dutchRank) < DutchLevel.allCases.count
      && Int(row.kindRank) < EmployerKind.allCases.count
      && Int(row.supportRank) < SupportOffer.allCases.count && Int(row.mainSector) < sectors
    // listedCompetencies, learningMonths: counts the kernel only compares and divides by
    // after a zero check.
  }
}
