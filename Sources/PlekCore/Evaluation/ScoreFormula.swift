/// The formulas that turn counts into component values and components into a score.
///
/// Both the reference scorer and the compiled scorer count the same things in their own way
/// and then call these functions, so that equal counts give bit-identical scores and ties
/// order identically on both paths. Every formula is documented in `Scoring.md`.
public enum ScoreFormula {
  /// Load headroom: the mean over demanded dimensions of a third per level of fit — exactly
  /// enough 1/3, one level to spare 2/3, two or more 1 — from the sum of
  /// `1 + min(capacity − demand, 2)` over the dimensions known to fit; an unassessed or
  /// adapted dimension adds 0. 1 when nothing is demanded.
  @inline(__always)
  public static func loadHeadroom(fitThirds: Int, demandedDimensions: Int) -> Double {
    demandedDimensions == 0 ? 1 : Double(fitThirds) / Double(3 * demandedDimensions)
  }

  /// Competency fit from eighths over the required and desired competencies (a listed
  /// competency is worth 8: see `Scoring.md`); 1 when the place lists none.
  @inline(__always)
  public static func competency(eighths: Int, listed: Int) -> Double {
    listed == 0 ? 1 : Double(eighths) / Double(8 * listed)
  }

  /// Development: three quarters growth and a quarter certificate.
  ///
  /// Growth, with a learning offer: half the share of what the route could teach this person
  /// that they reach at their pace (`levelsGained / levelsTaught`), half the levels gained up
  /// to 3. The certificate: 1 when development is a goal for the person and the route ends
  /// in one, 0.5 otherwise: a goal adds where a certificate route is offered and never takes
  /// away where none is (a developable person must not rank below anyone else at a place
  /// without a route).
  @inline(__always)
  public static func development(
    levelsGained: Int, levelsTaught: Int, hasOffer: Bool, certificate: Bool, goal: Bool
  ) -> Double {
    let growth =
      hasOffer && levelsTaught > 0
      ? 0.5 * Double(levelsGained) / Double(levelsTaught) + 0.5 * Double(min(levelsGained, 3)) / 3
      : 0
    let certificateValue: Double = goal && hasOffer && certificate ? 1 : 0.5
    return 0.75 * growth + 0.25 * certificateValue
  }

  /// The sector part: the best value among the place's sectors the person did not exclude,
  /// less `penalty` for each secondary sector they excluded, at least 0.
  @inline(__always)
  public static func sector(best: Double, excludedSecondary: Int, penalty: Double) -> Double {
    Swift.max(0, best - penalty * Double(excludedSecondary))
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

  /// Support: 1 at an exact match, less for each level offered beyond the need; below the
  /// need (a job coach the social development company arranges) `arranged`.
  @inline(__always)
  public static func support(
    needRank: Int, offeredRank: Int, surplusPenalty: Double, arranged: Double
  ) -> Double {
    offeredRank < needRank ? arranged : 1 - surplusPenalty * Double(offeredRank - needRank)
  }

  /// Points in millionths of a point, rounded half away from zero: the unit every score is
  /// summed and compared in, so that equal sums are equal on every CPU.
  @inline(__always)
  public static func millionths(_ points: Double) -> Int64 {
    Int64((points * 1_000_000).rounded())
  }

  /// The score: the contributions less the adjustments, never below 0.
  @inline(__always)
  public static func score(contributions: Int64, adjustments: Int64) -> Int64 {
    // At most 100: only the SROI bonus (a negative adjustment) can add points.
    Swift.min(100_000_000, Swift.max(0, contributions - adjustments))
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

  /// The contributions of the six components in millionths of a point, each
  /// `millionths(100 × share × value)`, and their sum.
  @inline(__always)
  public func contributions(
    load l: Double, competency c: Double, development d: Double, wishes w: Double,
    placement p: Double, support s: Double
  ) -> Int64 {
    var total = ScoreFormula.millionths(100 * load * l)
    total += ScoreFormula.millionths(100 * competency * c)
    total += ScoreFormula.millionths(100 * development * d)
    total += ScoreFormula.millionths(100 * wishes * w)
    total += ScoreFormula.millionths(100 * placement * p)
    total += ScoreFormula.millionths(100 * support * s)
    return total
  }

  /// `100 × Σ share × value` as a plain double: for upper bounds of a score, which add a
  /// margin for the rounding of the millionths.
  @inline(__always)
  public func bound(
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
