#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A point on the earth's surface in WGS 84 degrees.
public struct GeoPoint: Hashable, Sendable {
  /// Latitude in degrees, north positive.
  public var latitude: Double
  /// Longitude in degrees, east positive.
  public var longitude: Double

  /// Creates a point from latitude and longitude in degrees.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// The mean earth radius used for every distance in Plek, in kilometres.
  public static var earthRadiusKilometres: Double { 6371.0088 }

  /// The great-circle distance to `other` in kilometres (haversine formula).
  public func distanceKilometres(to other: GeoPoint) -> Double {
    let radians = Double.pi / 180
    let phi1 = latitude * radians
    let phi2 = other.latitude * radians
    let sinHalfDeltaPhi = sin((phi2 - phi1) / 2)
    let sinHalfDeltaLambda = sin((other.longitude - longitude) * radians / 2)
    let a =
      sinHalfDeltaPhi * sinHalfDeltaPhi + cos(phi1) * cos(phi2) * sinHalfDeltaLambda
      * sinHalfDeltaLambda
    return 2 * Self.earthRadiusKilometres * asin(min(1, a.squareRoot()))
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
    self.south = south
    self.north = north
    self.west = west
    self.east = east
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
