#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The policy in the form the scorer's inner loop uses: plain values only, no references,
/// so passing it costs no reference counting.
struct CompiledPolicy: Sendable {
  let weights: NormalizedWeights
  let placementOrder: PlacementOrderValues
  let sectorWish: SectorWishValues
  let supportPenalty: Double

  init(_ policy: Policy) {
    weights = NormalizedWeights(policy.weights)
    placementOrder = policy.placementOrder
    sectorWish = policy.sectorWish
    supportPenalty = policy.supportSurplusPenalty
  }

  /// The placement-order value of the employer kind with preference rank `rank`.
  @inline(__always)
  func placement(rank: Int) -> Double {
    rank == 0
      ? placementOrder.regular
      : rank == 1
        ? placementOrder.socialOrMunicipal
        : rank == 2 ? placementOrder.externalSheltered : placementOrder.internal
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
