import Foundation
import PlekCore
import PlekIO

/// Sixteen sectors against sixty-four (issue 16): the same generated region twice, once with
/// its own taxonomy and once with every sector split into four of the same sector class
/// (``SectorSplit``), batch shortlists timed in alternation, so that the ratio is measured
/// side by side. The split is the hardest case for the folded checks (a person who excluded
/// one part meets places in the three others, which only the exact sets tell apart); the
/// scores differ, since wishes now name one part.
extension Scenarios {
  mutating func sectors() throws {
    let people = sizes.batchParticipants / 4
    let placeCount = sizes.batchPlaces
    let label = "sectors, \(people.formatted()) × \(placeCount.formatted()), top 10"
    log("• \(label): generating")
    let data = generator()
    let regionalPeople = data.participants(count: people)
    let regionalPlaces = data.places(count: placeCount)
    guard let split = SectorSplit(taxonomy, parts: 4) else {
      throw CheckFailed(description: "the taxonomy has more than 16 sectors to split")
    }
    var random = SplitMix64(seed: seed)
    let widePlaces = regionalPlaces.map { split.place($0, random: &random) }
    let widePeople = regionalPeople.map { split.participant($0, random: &random) }
    let regional = try MatchEngine(
      taxonomy: taxonomy, participants: regionalPeople, places: regionalPlaces)
    let wide = try MatchEngine(
      taxonomy: split.taxonomy, participants: widePeople, places: widePlaces)
    let options = QueryOptions(k: 10, day: day)
    let pairs = Double(people) * Double(placeCount)
    _ = try regional.batchShortlists(options: options)  // warm-up
    _ = try wide.batchShortlists(options: options)
    var narrowRates: [Double] = []
    var wideRates: [Double] = []
    var ratios: [Double] = []
    var evaluated = (narrow: 0, wide: 0)
    for _ in 0..<sizes.runs {
      var lists: [BatchShortlist] = []
      let narrowSeconds = try time { lists = try regional.batchShortlists(options: options) }
      evaluated.narrow = lists.reduce(0) { $0 + $1.shortlist.evaluated }
      let wideSeconds = try time { lists = try wide.batchShortlists(options: options) }
      evaluated.wide = lists.reduce(0) { $0 + $1.shortlist.evaluated }
      narrowRates.append(pairs / narrowSeconds)
      wideRates.append(pairs / wideSeconds)
      ratios.append(narrowSeconds / wideSeconds)
    }
    let runs = sizes.runs
    measurements.append(
      Measurement(
        scenario: label, metric: "pairs/s, \(taxonomy.sectors.count) sectors", unit: "pairs/s",
        median: Summary(narrowRates).median, p99: Summary(narrowRates).percentile(1), runs: runs,
        note:
          "p99 column: slowest run; \(format(100 * Double(evaluated.narrow) / pairs, 1))% of pairs read"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "pairs/s, 64 sectors (each split in 4 of one class)",
        unit: "pairs/s", median: Summary(wideRates).median, p99: Summary(wideRates).percentile(1),
        runs: runs,
        note:
          "p99 column: slowest run; \(format(100 * Double(evaluated.wide) / pairs, 1))% of pairs read"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "64 sectors ÷ \(taxonomy.sectors.count), speed", unit: "",
        median: Summary(ratios).median, p99: Summary(ratios).percentile(1), runs: runs,
        note: "runs alternated; p99 column: the lowest ratio"))
  }
}
