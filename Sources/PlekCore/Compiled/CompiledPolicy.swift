#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The policy in the form the scorer uses: normalized weights and per-kind values in arrays.
struct CompiledPolicy: Sendable {
  let policy: Policy
  let weights: NormalizedWeights
  /// Placement-order value per employer kind, by preference rank.
  let placementValues: [Double]
  let supportPenalty: Double

  init(_ policy: Policy) {
    self.policy = policy
    weights = NormalizedWeights(policy.weights)
    placementValues = EmployerKind.allCases.sorted { $0.preferenceRank < $1.preferenceRank }
      .map { policy.placementOrder[$0] }
    supportPenalty = policy.supportSurplusPenalty
  }

  /// The squared chord (on the unit sphere) of a great-circle distance, slightly enlarged so
  /// that a single-precision prefilter never rejects a pair the exact check would accept.
  static func chordLimitSquared(kilometres: Double) -> Float {
    let padded = kilometres * 1.01 + 0.05
    let angle = min(padded / GeoPoint.earthRadiusKilometres, Double.pi)
    let chord = 2 * sin(angle / 2)
    return Float(chord * chord)
  }
}
