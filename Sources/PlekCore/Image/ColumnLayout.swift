/// Which bytes of a packed column's rows hold a field, and which are padding: the engine
/// image writes padding as zeros (so that two images of the same records are the same
/// bytes, and no stray memory reaches a file) and compares rows field by field.
struct ColumnLayout<Row>: Sendable {
  /// The distance between rows in an array, in bytes.
  let stride: Int
  /// The bytes of each stored field of a row, by offset.
  let fields: [Range<Int>]

  init(_ fields: [Range<Int>]) {
    stride = MemoryLayout<Row>.stride
    self.fields = fields.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The bytes of the field at `path` (a stored property of `Row`).
  static func field<Value>(_ path: KeyPath<Row, Value>) -> Range<Int> {
    let offset = MemoryLayout<Row>.offset(of: path)!
    return offset..<offset + MemoryLayout<Value>.size
  }

  /// 0xFF on every byte of a row that belongs to a field, 0 on padding.
  var mask: [UInt8] {
    var mask = [UInt8](repeating: 0, count: stride)
    for field in fields { for byte in field { mask[byte] = 0xFF } }
    return mask
  }

  /// What the layout depends on, for the image's layout fingerprint: size, stride,
  /// alignment and every field's bytes.
  var signature: [Int] {
    [MemoryLayout<Row>.size, stride, MemoryLayout<Row>.alignment, fields.count]
      + fields.flatMap { [$0.lowerBound, $0.count] }
  }
}

extension ColumnLayout where Row == PersonHot {
  static let person = ColumnLayout([
    field(\.capacity), field(\.position), field(\.block), field(\.excluded), field(\.minHours),
    field(\.maxHours), field(\.municipality), field(\.chordLimit), field(\.availableFrom),
  ])
}

extension ColumnLayout where Row == PersonDetail {
  static let person = ColumnLayout([
    field(\.held), field(\.knownCapacity), field(\.knownMask), field(\.unknownOnes),
    field(\.placement), field(\.internalMargin), field(\.excludedSectors),
    field(\.wantedSectors), field(\.sectorOfRank), field(\.unit), field(\.latitude),
    field(\.longitude), field(\.speed), field(\.detourFactor), field(\.reachKilometres),
    field(\.maxTravelMinutes), field(\.monthsPerLevel), field(\.dutchMonthsPerLevel),
    field(\.dutchRank), field(\.needRank), field(\.permanentSupport), field(\.developmentGoal),
    field(\.wageUnknown), field(\.wageBelowFull),
  ])
}

extension ColumnLayout where Row == PlaceHot {
  static let place = ColumnLayout([
    field(\.knockOutDemand), field(\.position), field(\.gate), field(\.sectors),
    field(\.minHours), field(\.maxHours), field(\.openFrom), field(\.hardRequirements),
    field(\.hardMask), field(\.listedMask), field(\.demanded), field(\.boundIndex),
    field(\.listedCount), field(\.desiredMask), field(\.loadScale), field(\.listedScale),
  ])
}

extension ColumnLayout where Row == PlaceDetail {
  static let place = ColumnLayout([
    field(\.demand), field(\.sectors), field(\.required), field(\.desired), field(\.teaches),
    field(\.unit), field(\.listedCompetencies), field(\.demandedDimensions),
    field(\.learningMonths), field(\.hasLearningOffer), field(\.certificate), field(\.dutchRank),
    field(\.teachesDutch), field(\.kindRank), field(\.supportRank), field(\.mainSector),
    field(\.hasCapacity),
  ])
}
