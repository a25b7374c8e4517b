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
  /// Issue 16: an engine started empty and filled through upserts sizes its grid again as
  /// it grows (cells shrink), and answers exactly as an engine built at once.
  @Test func theGridFollowsTheDataAsItGrows() throws {
    let data = TestData.generated(seed: 21, participants: 6_000, places: 6_000)
    var grown = try MatchEngine(taxonomy: TestData.taxonomy)
    let start = grown.statistics.cellKilometres
    var sizes: [Double] = []
    for first in stride(from: 0, to: 6_000, by: 750) {
      try grown.upsert(places: Array(data.places[first..<first + 750]))
      try grown.upsert(participants: Array(data.people[first..<first + 750]))
      sizes.append(grown.statistics.cellKilometres)
      Self.checkFiling(grown)
    }
    // Sized again on the way (more than 4× the 1,000 records an empty engine is sized for).
    #expect(sizes.last! < start)
    #expect(sizes.sorted(by: >) == sizes)
    let built = try MatchEngine(
      taxonomy: TestData.taxonomy, participants: data.people, places: data.places)
    let options = QueryOptions(k: 10, day: TestData.day, threads: 1)
    var random = SplitMix64(seed: 21)
    for _ in 0..<60 {
      let person = data.people[random.below(data.people.count)].id
      let place = data.places[random.below(data.places.count)].id
      #expect(
        try grown.shortlist(for: person, options: options).matches
          == built.shortlist(for: person, options: options).matches)
      #expect(
        try grown.candidates(for: place, options: options).matches
          == built.candidates(for: place, options: options).matches)
    }
    // Removing people after the regrid keeps the cells' reach right.
    try grown.remove(participants: Array(data.people.prefix(3_000).map(\.id)))
    Self.checkFiling(grown)
    let remaining = try MatchEngine(
      taxonomy: TestData.taxonomy, participants: Array(data.people.dropFirst(3_000)),
      places: data.places)
    for _ in 0..<30 {
      let place = data.places[random.below(data.places.count)].id
      #expect(
        try grown.candidates(for: place, options: options).matches
          == remaining.candidates(for: place, options: options).matches)
    }
  }
  /// Every record is filed in the cell of its location, and every cell's reach is the
  /// largest of its people's.
  static func checkFiling(_ engine: MatchEngine) {
    var expected = [Double](repeating: 0, count: engine.grid.cellCount)
    for slot in 0..<engine.people.capacity where engine.people.alive[slot] {
      let cell = Int(engine.people.cellOf[slot])
      #expect(cell == engine.grid.cell(of: engine.people.record(atSlot: slot)!.location))
      expected[cell] = max(expected[cell], engine.people.detail[slot].reachKilometres)
    }
    for slot in 0..<engine.places.capacity where engine.places.alive[slot] {
      #expect(
        Int(engine.places.cellOf[slot])
          == engine.grid.cell(of: engine.places.record(atSlot: slot)!.location))
    }
    #expect(engine.reach == expected)
  }
}
