import PlekTestSupport
import Testing

@testable import PlekCore

@Suite("Spatial grid")
struct SpatialGridTests {
  /// The per-row and per-column form of the reach test picks the same cells as the
  /// per-cell minimum distance, for points inside and outside the region and reaches from
  /// a few hundred metres to beyond the region.
  @Test(arguments: [100, 5_000, 200_000])
  func reachableCellsMatchTheMinimumDistance(records: Int) {
    let bounds = GeoBounds(south: 50.75, north: 50.95, west: 5.6, east: 6.05)
    let grid = SpatialGrid(bounds: bounds, records: records)
    var random = SplitMix64(seed: UInt64(records))
    for _ in 0..<300 {
      let point = GeoPoint(
        latitude: 50.6 + random.unit() * 0.5, longitude: 5.4 + random.unit() * 0.9)
      let reach = [0, 0.3, 2, 7.5, 25, 80][Int(random.next() % 6)] * (0.5 + random.unit())
      let expected = (0..<grid.cellCount).filter {
        grid.minimumDistance(from: point, to: $0) <= reach
      }
      #expect(grid.cells(within: reach, of: point) == expected, "\(point) within \(reach) km")
    }
  }
}
