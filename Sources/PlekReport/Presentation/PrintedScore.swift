import PlekCore

/// A fit's score as it is printed: the contributions and the points taken off, each rounded
/// to a number of decimals so that the printed parts add up to the printed score exactly.
///
/// Scores are summed exactly in millionths of a point; printing rounds each part. Rounding
/// each part on its own can make the printed parts miss the printed score by a few
/// hundredths, so the parts are rounded by the largest remainder: every part is first rounded
/// down, and the hundredths (or tenths) still missing from the rounded score go, one each, to
/// the parts that lost the most, the earlier part first on a tie. Each printed part is within
/// one unit of its exact value. When the points taken off exceed the contributions, the score
/// is 0 and the parts do not add up to it (``clamped``).
public struct PrintedScore: Hashable, Sendable {
  /// The six contributions, in component order.
  public var contributions: [Double]
  /// The adjustments, as negative numbers, in the fit's order.
  public var adjustments: [Double]
  /// The score.
  public var score: Double
  /// Whether the score was held at 0.
  public var clamped: Bool

  /// The printed parts of `fit` to `decimals` decimals (0–6); `nil` when the score is
  /// withheld.
  public init?(_ fit: DisclosedFit, decimals: Int) {
    guard let scoreMillionths = fit.scoreMillionths else { return nil }
    self.init(
      contributions: fit.components.map(\.contributionMillionths),
      adjustments: fit.adjustments.map(\.millionths), scoreMillionths: scoreMillionths,
      decimals: decimals)
  }

  /// The printed parts of contributions and adjustments (points taken off, positive) in
  /// millionths, whose exact score is `scoreMillionths`.
  init(contributions: [Int64], adjustments: [Int64], scoreMillionths: Int64, decimals: Int) {
    let unit = Self.unit(decimals)
    let values = contributions + adjustments.map { -$0 }
    let total = values.reduce(0, +)
    func rounded(_ value: Int64) -> Int64 { Self.units(value, decimals: decimals) }
    func floorUnits(_ value: Int64) -> Int64 {
      value >= 0 ? value / unit : -((-value + unit - 1) / unit)
    }
    var units = values.map(floorUnits)
    // Held at 0 (adjustments above the contributions) or at 100 (an SROI bonus above it).
    clamped = scoreMillionths != total
    if clamped {
      units = values.map(rounded)
    } else {
      var missing = rounded(total) - units.reduce(0, +)
      let order = values.indices.sorted { a, b in
        let ra = values[a] - units[a] * unit
        let rb = values[b] - units[b] * unit
        return ra != rb ? ra > rb : a < b
      }
      for index in order where missing > 0 {
        units[index] += 1
        missing -= 1
      }
    }
    // Divided, not multiplied: 1234 / 100 is the double nearest 12.34, 1234 × 0.01 is not.
    var perPoint = 1.0
    for _ in 0..<min(6, max(0, decimals)) { perPoint *= 10 }
    let printed = units.map { Double($0) / perPoint }
    self.contributions = Array(printed.prefix(contributions.count))
    self.adjustments = Array(printed.dropFirst(contributions.count))
    score = Double(rounded(clamped ? scoreMillionths : total)) / perPoint
  }
}

extension PrintedScore {
  /// `millionths` of a point as printed to `decimals` decimals (0–6), rounded half away
  /// from zero on the exact value: 74,365,000 millionths is 74.37, −0.005 is −0.01. Every
  /// output prints a score, a margin, a price or a mean score through this one function,
  /// so a list, `explain`, a sheet and the service never differ in the last digit (a
  /// `Double` of 74.365 is 74.364999…, and rounding it gives 74.36).
  public static func points(_ millionths: Int64, decimals: Int) -> Double {
    // Divided, not multiplied: 1234 / 100 is the double nearest 12.34, 1234 × 0.01 is not.
    Double(units(millionths, decimals: decimals)) / Double(1_000_000 / unit(decimals))
  }

  /// The number of units of `10^-decimals` points nearest `millionths`, half away from zero.
  static func units(_ millionths: Int64, decimals: Int) -> Int64 {
    let unit = unit(decimals)
    let half = unit / 2
    return millionths >= 0
      ? (millionths + half) / unit : -((-millionths + half) / unit)
  }

  /// Millionths per printed unit: 10,000 for 2 decimals.
  static func unit(_ decimals: Int) -> Int64 {
    var unit: Int64 = 1
    for _ in 0..<(6 - min(6, max(0, decimals))) { unit *= 10 }
    return unit
  }
}
