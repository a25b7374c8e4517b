import Foundation
import PlekCore
import PlekIO

/// Advice, carving and the region's advice (issue 12): one person over every place, one
/// place over every person, and every person of a region.
extension Scenarios {
  mutating func advice() throws {
    let count = sizes.latencyRecords
    log("• advice: generating \(count.formatted()) places and \(count.formatted()) participants")
    let data = generator()
    let people = data.participants(count: count)
    let places = data.places(count: count)
    let engine = try MatchEngine(taxonomy: taxonomy, participants: people, places: places)
    var random = SplitMix64(seed: seed)
    let queries = max(20, sizes.latencyQueries / 5)
    let options = QueryOptions(day: day)
    let personIDs = (0..<queries).map { _ in people[random.below(people.count)].id }
    for id in personIDs.prefix(5) { _ = try engine.advice(for: id, options: options) }
    var latencies: [Double] = []
    var stepsGiven = 0
    for id in personIDs {
      var advice: Advice?
      latencies.append(try time { advice = try engine.advice(for: id, options: options) })
      if let advice, !advice.steps.isEmpty || !advice.nearest.isEmpty { stepsGiven += 1 }
    }
    var summary = Summary(latencies.map { $0 * 1000 })
    measurements.append(
      Measurement(
        scenario: "advice over \(count.formatted()) places", metric: "latency, one person",
        unit: "ms", median: summary.median, p99: summary.p99, runs: summary.count, target: 10,
        direction: .lowerIsBetter,
        note: "\(stepsGiven) of \(queries) people got steps or nearest places"))

    let placeIDs = (0..<queries).map { _ in places[random.below(places.count)].id }
    for id in placeIDs.prefix(5) { _ = try engine.carve(for: id, options: options) }
    latencies = []
    for id in placeIDs {
      latencies.append(try time { _ = try engine.carve(for: id, options: options) })
    }
    summary = Summary(latencies.map { $0 * 1000 })
    measurements.append(
      Measurement(
        scenario: "carve over \(count.formatted()) participants", metric: "latency, one place",
        unit: "ms", median: summary.median, p99: summary.p99, runs: summary.count, target: 20,
        direction: .lowerIsBetter))
  }

  mutating func regionAdvice() throws {
    let label =
      "advice --all \(sizes.batchParticipants.formatted()) × \(sizes.batchPlaces.formatted())"
    log("• \(label): generating")
    let data = generator()
    let engine = try MatchEngine(
      taxonomy: taxonomy, participants: data.participants(count: sizes.batchParticipants),
      places: data.places(count: sizes.batchPlaces))
    var region: RegionAdvice?
    let seconds = try time {
      region = try engine.regionAdvice(options: QueryOptions(day: day, threads: 0))
    }
    measurements.append(
      Measurement(
        scenario: label, metric: "every person's steps and the places nobody fits, all cores",
        unit: "s", median: seconds, p99: nil, runs: 1,
        target: sizes.isFull ? 60 : nil, direction: .lowerIsBetter,
        note:
          "\(region?.steps.count ?? 0) steps; \(region?.placesNobodyFits.count ?? 0) places nobody fits"
          + (sizes.isFull ? "" : "; the 60 s target is for the full size")))
  }
}
