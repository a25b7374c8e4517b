/// SplitMix64, a small, fast pseudo-random generator with a 64-bit state.
///
/// Plek never uses the system generator for data: the same seed gives the same sequence on
/// every machine and every Swift version, so generated datasets, tests and benchmarks are
/// reproducible byte for byte. Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The current state.
  public private(set) var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniformly distributed integer in `0..<bound`, by Lemire's multiply-and-reject
  /// (bias-free and independent of the standard library's algorithm).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let range = UInt64(bound)
    let threshold = (0 &- range) % range
    while true {
      let product = next().multipliedFullWidth(by: range)
      if product.low >= threshold { return Int(product.high) }
    }
  }

  /// A uniformly distributed integer in `range`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// A uniformly distributed double in `0..<1` with 53 random bits.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// `true` with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  /// An index drawn with probability proportional to `weights` (which must not all be 0).
  public mutating func weightedIndex(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var point = unit() * total
    for (index, weight) in weights.enumerated() {
      point -= weight
      if point < 0 { return index }
    }
    return weights.count - 1
  }

  /// A normally distributed double (Box–Muller), for smooth generated distributions.
  public mutating func normal(mean: Double, deviation: Double) -> Double {
    let u1 = max(unit(), 0x1.0p-53)
    let u2 = unit()
    return mean + deviation * (-2 * u1.naturalLogarithm).squareRoot() * (2 * Double.pi * u2).cosine
  }
}
