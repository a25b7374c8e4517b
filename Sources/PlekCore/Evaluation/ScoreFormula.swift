/// The formulas that turn counts into component values and components into a score.
///
/// Both the reference scorer and the compiled scorer count the same things in their own way
/// and then call these functions, so that equal counts give bit-identical scores and ties
/// order identically on both paths. Every formula is documented in `Scoring.md`.
public enum ScoreFormula {
  /// Load headroom: the mean over demanded dimensions of `min(capacity − demand, 2) / 2`,
  /// from the sum of the capped differences; 1 when nothing is demanded.
  @inline(__always)
  public static func loadHeadroom(cappedHeadroomSum: Int, demandedDimensions: Int) -> Double {
    demandedDimensions == 0 ? 1 : Double(cappedHeadroomSum) / Double(2 * demandedDimensions)
  }

  /// Competency fit from quarter points over the required and desired competencies; 1 when
  /// the place lists none.
  @inline(__always)
  public static func competency(quarters: Int, listed: Int) -> Double {
    listed == 0 ? 1 : Double(quarters) / Double(4 * listed)
  }

  /// Development: three quarters growth (levels a learning offer would add, up to 3) and a
  /// quarter certificate wish.
  @inline(__always)
  public static func development(
    levelsGained: Int, hasOffer: Bool, certificate: Bool, wantsCertificate: Bool
  )
    -> Double
  {
    let growth = hasOffer ? Double(min(levelsGained, 3)) / 3 : 0
    let certificateValue: Double = wantsCertificate ? (hasOffer && certificate ? 1 : 0) : 0.5
    return 0.75 * growth + 0.25 * certificateValue
  }

  /// Hours overlap: the share of the person's hour range the place's range covers.
  @inline(__always)
  public static func hoursOverlap(personMin: Int, personMax: Int, placeMin: Int, placeMax: Int)
    -> Double
  {
    let overlap = Swift.min(personMax, placeMax) - Swift.max(personMin, placeMin)
    if overlap < 0 { return 0 }
    if personMax == personMin { return 1 }
    return Swift.min(1, Double(overlap) / Double(personMax - personMin))
  }

  /// Travel: how much of the person's travel limit is left.
  @inline(__always)
  public static func travel(minutes: Double, maximum: Int) -> Double {
    Swift.max(0, 1 - minutes / Double(maximum))
  }

  /// Wishes: the mean of sector, hours and travel values.
  @inline(__always)
  public static func wishes(sector: Double, hours: Double, travel: Double) -> Double {
    (sector + hours + travel) / 3
  }

  /// Support: 1 at an exact match, less for each level offered beyond the need.
  @inline(__always)
  public static func support(needRank: Int, offeredRank: Int, surplusPenalty: Double) -> Double {
    1 - surplusPenalty * Double(offeredRank - needRank)
  }
}

/// The weights of a policy as shares that sum to 1, in ``ScoreComponentKind`` order.
///
/// Plain stored doubles and no array, so that passing it into the scorer's inner loop costs
/// no reference counting.
public struct NormalizedWeights: Hashable, Sendable {
  let load: Double
  let competency: Double
  let development: Double
  let wishes: Double
  let placement: Double
  let support: Double

  /// Normalizes `weights`; the policy's validation guarantees a positive sum.
  public init(_ weights: ScoreWeights) {
    let total = ScoreComponentKind.allCases.reduce(0.0) { $0 + weights[$1] }
    func share(_ kind: ScoreComponentKind) -> Double { total > 0 ? weights[kind] / total : 0 }
    load = share(.loadHeadroom)
    competency = share(.competency)
    development = share(.development)
    wishes = share(.wishes)
    placement = share(.placementOrder)
    support = share(.support)
  }

  /// The shares in ``ScoreComponentKind`` order.
  public var shares: [Double] { [load, competency, development, wishes, placement, support] }

  /// The score 0–100: `100 × Σ share × value`, summed in component order.
  @inline(__always)
  public func score(
    load l: Double, competency c: Double, development d: Double, wishes w: Double,
    placement p: Double, support s: Double
  ) -> Double {
    var total = 100 * load * l
    total += 100 * competency * c
    total += 100 * development * d
    total += 100 * wishes * w
    total += 100 * placement * p
    total += 100 * support * s
    return total
  }
}
