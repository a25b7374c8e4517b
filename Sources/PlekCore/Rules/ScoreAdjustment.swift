/// Points taken off a fit's score, and why.
///
/// This file is the declaration of every adjustment: its reasons, its ``Kind`` (code,
/// ``Disclosure`` class, an example) and what it says.
public struct ScoreAdjustment: RuleOutcome {
  /// Why.
  public enum Reason: Hashable, Sendable {
    /// The assessment points: ``Policy/assessmentPointCost`` each.
    case assessmentPoints(count: Int)
    /// An internal place for a person of a target group whose placement profile puts
    /// regular, social, municipal or external sheltered places first
    /// (``PlacementRule/internalMargin``).
    case internalPlace(TargetGroup, PlacementProfile)
    /// An SROI place: the policy adds ``Policy/sroiBonus`` points (a negative adjustment).
    case sroiPlace
  }

  /// Why.
  public var reason: Reason
  /// Points taken off, in millionths of a point (negative: points added).
  public var millionths: Int64

  /// Creates an adjustment.
  public init(reason: Reason, millionths: Int64) {
    (self.reason, self.millionths) = (reason, millionths)
  }

  /// Points taken off.
  public var points: Double { Double(millionths) / 1_000_000 }

  /// The kinds of adjustment.
  public enum Kind: Int, RuleKind {
    case assessmentPoints, placementPolicy, sroiPlace
  }

  /// The kind of this adjustment.
  public var kind: Kind {
    switch reason {
    case .assessmentPoints: .assessmentPoints
    case .internalPlace: .placementPolicy
    case .sroiPlace: .sroiPlace
    }
  }

  /// What the adjustment is, in words ("points to judge: 3 × 2.0"); its points are said
  /// apart.
  public var statement: RuleStatement {
    switch reason {
    case .assessmentPoints(let count):
      let cost = count > 0 ? points / Double(count) : 0
      return RuleStatement(
        [.integer("count", count)],
        Message(
          en: "points to judge: \(count) × \(cost, decimals: 1)",
          nl: "te beoordelen punten: \(count) × \(cost, decimals: 1)"))
    case .internalPlace(let group, let profile):
      return RuleStatement(
        [.code("targetGroup", group), .code("profile", profile)],
        Message(
          en:
            "placement policy for \(group): an internal place comes after regular, social and municipal places (regular where it can)",
          nl:
            "plaatsingsbeleid voor \(group): een interne plek komt na reguliere, sociale en gemeentelijke plekken (regulier waar het kan)"
        ))
    case .sroiPlace:
      return RuleStatement(
        [],
        Message(
          en: "SROI place: the policy adds points where an employer fulfils Social Return",
          nl: "SROI-plek: het beleid telt punten op waar een werkgever Social Return invult"))
    }
  }
}

extension ScoreAdjustment.Kind {
  /// The code, disclosure class and an example of each kind. How many points were taken off
  /// tells of points an employer may not see; the placement policy names the target group.
  public var declaration: RuleDeclaration<ScoreAdjustment> {
    switch self {
    case .assessmentPoints:
      RuleDeclaration(
        "assessment-points", .healthDerived,
        noun: Message(en: "points to judge", nl: "te beoordelen punten"),
        example: ScoreAdjustment(reason: .assessmentPoints(count: 2), millionths: 4_000_000))
    case .placementPolicy:
      RuleDeclaration(
        "placement-policy", .healthDerived,
        noun: Message(en: "placement policy", nl: "plaatsingsbeleid"),
        example: ScoreAdjustment(
          reason: .internalPlace(.participatiewetDirect, .direct), millionths: 15_000_000))
    case .sroiPlace:
      // A property of the place, the same for everybody: public.
      RuleDeclaration(
        "sroi-place", .public,
        noun: Message(en: "SROI place", nl: "SROI-plek"),
        example: ScoreAdjustment(reason: .sroiPlace, millionths: -2_000_000))
    }
  }
}
