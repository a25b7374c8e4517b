/// A point on the earth's surface in WGS 84 degrees.
public struct GeoPoint: Hashable, Sendable {
  /// Latitude in degrees, north positive.
  public var latitude: Double
  /// Longitude in degrees, east positive.
  public var longitude: Double

  /// Creates a point from latitude and longitude in degrees.
  public init(latitude: Double, longitude: Double) {
    (self.latitude, self.longitude) = (latitude, longitude)
  }

  /// The mean earth radius used for every distance in Plek, in kilometres.
  public static var earthRadiusKilometres: Double { 6371.0088 }

  /// The point as a unit vector from the earth's centre: (cos φ cos λ, cos φ sin λ, sin φ, 0).
  public var unitVector: SIMD4<Double> {
    let phi = latitude * .pi / 180
    let lambda = longitude * .pi / 180
    return SIMD4(phi.cosine * lambda.cosine, phi.cosine * lambda.sine, phi.sine, 0)
  }

  /// The great-circle distance to `other` in kilometres.
  ///
  /// Computed from the chord between the two unit vectors, `2R · asin(|u₁ − u₂| / 2)`, which
  /// is the haversine formula written differently (|u₁ − u₂|² / 4 is the haversine term) and
  /// lets the scorer precompute the vectors.
  public func distanceKilometres(to other: GeoPoint) -> Double {
    Self.distanceKilometres(unitVector, other.unitVector)
  }

  /// The great-circle distance in kilometres between two ``unitVector``s.
  @inline(__always)
  public static func distanceKilometres(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> Double {
    let delta = a - b
    let chord = (delta * delta).sum().squareRoot()
    return 2 * earthRadiusKilometres * min(1, chord / 2).arcSine
  }
}

/// A latitude–longitude rectangle, inclusive at every edge.
public struct GeoBounds: Hashable, Sendable {
  /// Southern edge in degrees latitude.
  public var south: Double
  /// Northern edge in degrees latitude.
  public var north: Double
  /// Western edge in degrees longitude.
  public var west: Double
  /// Eastern edge in degrees longitude.
  public var east: Double

  /// Creates bounds from its four edges in degrees.
  public init(south: Double, north: Double, west: Double, east: Double) {
    (self.south, self.north, self.west, self.east) = (south, north, west, east)
  }

  /// Whether `point` lies inside or on the edge of the rectangle.
  public func contains(_ point: GeoPoint) -> Bool {
    (south...north).contains(point.latitude) && (west...east).contains(point.longitude)
  }

  /// The point of the rectangle nearest to `point` in latitude and longitude.
  public func clamped(_ point: GeoPoint) -> GeoPoint {
    GeoPoint(
      latitude: min(max(point.latitude, south), north),
      longitude: min(max(point.longitude, west), east))
  }
}
