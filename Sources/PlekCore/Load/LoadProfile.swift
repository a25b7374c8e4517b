/// Levels on all sixteen load dimensions: a person's capacity or a place's demand.
///
/// A dimension may be *unknown* (`nil`): for a person that means "not assessed", which is
/// not the same as any level and is never scored as fitting. A place's demand must be known
/// on every dimension; validation rejects places with unknown demands.
///
/// Stored as sixteen bytes in ``LoadDimension`` lane order, with ``unknownByte`` for unknown,
/// so that the compiled scorer can take the vector as it is.
public struct LoadProfile: Hashable, Sendable {
  /// The byte that marks an unknown level in ``lanes``.
  public static var unknownByte: UInt8 { 0xFF }

  /// The levels in lane order, ``unknownByte`` where unknown.
  public private(set) var lanes: SIMD16<UInt8>

  /// A profile with every dimension unknown.
  public static var unknown: LoadProfile { LoadProfile(lanes: SIMD16(repeating: unknownByte)) }

  /// Creates a profile with every dimension at `level`.
  public init(repeating level: LoadLevel) {
    lanes = SIMD16(repeating: level.rawValue)
  }

  /// Creates a profile from a dictionary; dimensions not in it are unknown.
  public init(_ levels: [LoadDimension: LoadLevel]) {
    self = .unknown
    for (dimension, level) in levels { self[dimension] = level }
  }

  /// A profile from lanes known to hold levels or ``unknownByte`` (they came from a profile).
  init(lanes: SIMD16<UInt8>) { self.lanes = lanes }

  /// The level on `dimension`, or `nil` when unknown.
  public subscript(dimension: LoadDimension) -> LoadLevel? {
    get { LoadLevel(rawValue: lanes[dimension.lane]) }
    set { lanes[dimension.lane] = newValue?.rawValue ?? Self.unknownByte }
  }

  /// The dimensions whose level is unknown, in lane order.
  public var unknownDimensions: [LoadDimension] {
    LoadDimension.allCases.filter { self[$0] == nil }
  }

  /// Whether every dimension has a known level.
  public var isComplete: Bool { unknownDimensions.isEmpty }
}
