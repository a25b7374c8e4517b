/// The policy in the form the scorer's inner loop uses: plain values only, no references,
/// so passing it costs no reference counting.
struct CompiledPolicy: Sendable {
  let weights: NormalizedWeights
  let sectorWish: SectorWishValues
  let supportPenalty: Double
  /// The support part's value when a job coach must be arranged.
  let arrangedSupport: Double
  /// Whether the SOB provides job coaches (then too little support is a point).
  let coachesProvided: Bool
  /// What an assessment point costs, in points and in millionths.
  let pointCost: Double
  let pointCostMillionths: Int64
  /// Points added at an SROI place (``Policy/sroiBonus``), in points and in millionths.
  let sroiBonus: Double
  let sroiBonusMillionths: Int64
  /// Whether the taxonomy has more sectors than ``SectorBits/classes``: then the hot
  /// records hold sector classes, and the score's sector part reads the exact sets.
  let wideSectors: Bool

  init(_ policy: Policy, sectors: Int) {
    wideSectors = sectors > SectorBits.classes
    weights = NormalizedWeights(policy.weights)
    sectorWish = policy.sectorWish
    supportPenalty = policy.supportSurplusPenalty
    arrangedSupport = policy.jobCoaches.arrangedSupportValue
    coachesProvided = policy.jobCoaches.provided
    pointCost = policy.assessmentPointCost
    pointCostMillionths = ScoreFormula.millionths(policy.assessmentPointCost)
    sroiBonus = policy.sroiBonus
    sroiBonusMillionths = ScoreFormula.millionths(policy.sroiBonus)
  }

  /// The squared chord (on the unit sphere) of a great-circle distance, slightly enlarged so
  /// that a single-precision prefilter never rejects a pair the exact check would accept.
  static func chordLimitSquared(kilometres: Double) -> Float {
    let padded = kilometres * 1.01 + 0.05
    let angle = min(padded / GeoPoint.earthRadiusKilometres, Double.pi)
    let chord = 2 * (angle / 2).sine
    return Float(chord * chord)
  }
}
