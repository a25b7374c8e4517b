import Foundation
import PlekCore
import PlekIO
import PlekReport

#if canImport(Glibc)
  import Glibc
#endif

/// Results over time (issue 26): a national dataset with its three years of placements,
/// loaded as `plek outcomes` loads it (only each person's municipality and target group and
/// each place's kind kept), then the indicators by quarter: the one-pass tally alone, and the
/// whole presentation (the tally and the protection of every count, per municipality too).
extension Scenarios {
  mutating func outcomes() throws {
    let people = sizes.nationalParticipants
    let placeCount = sizes.nationalPlaces
    let label = "outcomes, national \(people.formatted()) × \(placeCount.formatted())"
    let directory = NSTemporaryDirectory() + "plek-bench-outcomes-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    log("• \(label): writing the dataset and its placements")
    try DatasetGenerator(taxonomy: taxonomy, seed: seed, profile: .national).write(
      participants: people, places: placeCount, to: directory)
    log("• \(label): loading")
    let taxonomyDirectory = directory + "/taxonomy"
    var loaded: (report: DatasetReport, history: PlacementHistory?)?
    let loadSeconds = time {
      loaded = DatasetLoader.history(
        directory: directory, taxonomy: DatasetLoader.loadTaxonomy(directory: taxonomyDirectory))
    }
    guard let loaded, let history = loaded.history, let national = loaded.report.taxonomy?.value
    else {
      throw CheckFailed(description: "the national dataset with placements did not validate")
    }
    let (from, to) = (Day(iso: "2024-01-01")!, Day(iso: "2026-10-31")!)
    let range = OutcomePeriod(label: "", from: from, to: to)
    let quarters = OutcomeInterval.quarter.periods(from: from, to: to)
    var tallies: [Double] = []
    var presentations: [Double] = []
    var started = 0
    var stopped = false
    for _ in 0..<sizes.runs {
      tallies.append(
        time {
          started =
            history.tally(periods: quarters, range: range, asOf: to, cohort: Cohort())
            .total.started
        })
      presentations.append(
        time {
          // Per municipality at the full size only: 300 municipalities of 100 people (the
          // quick size) have so many small counts that the protection runs to its deadline.
          stopped =
            OutcomesPresentation(
              history: history, from: from, to: to, interval: .quarter, cohort: Cohort(),
              breakdown: sizes.isFull ? .municipality : nil,
              municipalities: national.region.municipalities.map(\.id),
              deadline: DispatchTime.now().uptimeNanoseconds
                + UInt64(Limits.protectionSeconds * 1e9)
            ).protectionStopped || stopped
        })
    }
    let note =
      "\(history.placementCount.formatted()) placements, \(started.formatted()) started in the range"
    measurements.append(
      Measurement(
        scenario: label, metric: "load the JSON (keeping what the results need)", unit: "s",
        median: loadSeconds, p99: nil, runs: 1, direction: .lowerIsBetter))
    for (metric, samples, target) in [
      ("tally: every figure by quarter, one pass", tallies, nil),
      (
        "presentation: tally and protection, by quarter"
          + (sizes.isFull ? " and per municipality" : ""), presentations, 5.0
      ),
    ] {
      let summary = Summary(samples)
      measurements.append(
        Measurement(
          scenario: label, metric: metric, unit: "s", median: summary.median,
          p99: summary.samples.last, runs: summary.count,
          target: sizes.isFull ? target : nil, direction: .lowerIsBetter,
          note: note + "; p99 column: slowest run"))
    }
  }
}
