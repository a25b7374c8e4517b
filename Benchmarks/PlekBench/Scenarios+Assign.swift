import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport

/// The placement proposal (issue 13): the fit graph, the exact solver and the certificate
/// at the batch size, beside the batch of shortlists measured in the same run; the solver
/// alone on the shape of a general-purpose min-cost-flow figure (20,000 × 10,000, 50 arcs per
/// person); one change re-assigned against a solve from scratch.
extension Scenarios {
  mutating func assign() throws {
    let label = "assign \(sizes.batchParticipants.formatted()) × \(sizes.batchPlaces.formatted())"
    log("• \(label): generating")
    let data = generator()
    let people = data.participants(count: sizes.batchParticipants)
    let engine = try MatchEngine(
      taxonomy: taxonomy, participants: people, places: data.places(count: sizes.batchPlaces))
    let options = QueryOptions(k: 10, day: day, threads: 0)
    _ = try engine.batchShortlists(options: options)
    var batch: [Double] = []
    var total: [Double] = []
    var solve: [Double] = []
    var graph: [Double] = []
    var certificate: [Double] = []
    var proposal: Assignment?
    for _ in 0..<sizes.runs {
      batch.append(try time { _ = try engine.batchShortlists(options: options) })
      total.append(try time { proposal = try engine.assign(options: options) })
      solve.append(proposal!.work.solveSeconds)
      graph.append(proposal!.work.graphSeconds)
      certificate.append(proposal!.work.certificateSeconds)
    }
    let work = proposal!.work
    let ratios = Summary(zip(total, batch).map { $0 / $1 })
    measurements.append(
      Measurement(
        scenario: label, metric: "solver on the fit graph", unit: "s",
        median: Summary(solve).median, p99: Summary(solve).percentile(100), runs: solve.count,
        target: sizes.isFull ? 1 : nil, direction: .lowerIsBetter,
        note:
          "\(work.fits.formatted()) fits, \(work.solves) solve(s), \(work.searches.formatted()) searches finishing \(work.placesFinished.formatted()) places; p99 column: slowest"
      ))
    measurements.append(
      Measurement(
        scenario: label, metric: "graph + solve + certificate ÷ batch (same run)", unit: "×",
        median: ratios.median, p99: ratios.percentile(100), runs: ratios.count,
        target: sizes.isFull ? 3 : nil, direction: .lowerIsBetter,
        note:
          "graph \(format(Summary(graph).median, 2)) s, certificate \(format(Summary(certificate).median, 2)) s (\(work.peopleWithAllFits.formatted()) people read in full), batch \(format(Summary(batch).median, 2)) s; \(proposal!.placedCount.formatted()) placed"
      ))

    // One person changed, re-assigned from the previous solution.
    var session = try AssignmentSession(engine: engine, options: options)
    var changed = engine
    var random = SplitMix64(seed: seed)
    var incremental: [Double] = []
    for _ in 0..<max(20, sizes.runs * 10) {
      var person = people[random.below(people.count)]
      person.wishes.maxTravelMinutes = 5 + random.below(80)
      try changed.upsert(participants: [person])
      let engineNow = changed
      incremental.append(try time { try session.update(participant: person.id, in: engineNow) })
    }
    let fresh = try time { _ = try changed.assign(options: options) }
    let summary = Summary(incremental.map { $0 * 1000 })
    measurements.append(
      Measurement(
        scenario: label, metric: "re-assign after one person changes", unit: "ms",
        median: summary.median, p99: summary.p99, runs: summary.count, direction: .lowerIsBetter,
        note:
          "from scratch in the same run: \(format(fresh * 1000, 0)) ms (\(format(fresh * 1000 / summary.median, 0))×)"
      ))
  }

  /// The solver alone on the shape of a general-purpose min-cost-flow figure.
  mutating func assignShape() throws {
    // The solver alone on 20,000 people × 10,000 places, 50 fits per person.
    let shapeLabel =
      "assign \(sizes.batchParticipants.formatted()) × \((sizes.batchPlaces / 10).formatted()), 50 fits each"
    let data = generator()
    let small = try MatchEngine(
      taxonomy: taxonomy, participants: data.participants(count: sizes.batchParticipants),
      places: data.places(count: sizes.batchPlaces / 10))
    let options = QueryOptions(k: 10, day: day, threads: 0)
    let shapeGraph = try small.fitGraph(for: small.participantIDs, limit: 50, options: options)
    var shape: [Double] = []
    var solved: GraphAssignment?
    for _ in 0..<sizes.runs { shape.append(time { solved = shapeGraph.solve() }) }
    let fits = shapeGraph.fitCount
    let placedOnShape = solved!.assigned.filter { $0 >= 0 }.count
    measurements.append(
      Measurement(
        scenario: shapeLabel, metric: "solver", unit: "s", median: Summary(shape).median,
        p99: Summary(shape).percentile(100), runs: shape.count,
        target: sizes.isFull ? 1.4 : nil, direction: .lowerIsBetter,
        note:
          "\(fits.formatted()) fits, \(placedOnShape.formatted()) placed, \(solved!.columnsFinished.formatted()) places finished by \(solved!.searches.formatted()) searches; a cost-scaling min-cost-flow library: about 7 s on this shape"
      ))

  }
}

extension Scenarios {
  /// The region report (issue 15) against a proposal and the region's advice, side by side.
  mutating func report() throws {
    let label = "report \(sizes.batchParticipants.formatted()) × \(sizes.batchPlaces.formatted())"
    log("• \(label): generating")
    let data = generator()
    let engine = try MatchEngine(
      taxonomy: taxonomy, participants: data.participants(count: sizes.batchParticipants),
      places: data.places(count: sizes.batchPlaces))
    let options = QueryOptions(day: day, threads: 0)
    let assign = try time { _ = try engine.assign(options: options) }
    let advice = try time { _ = try engine.regionAdvice(options: options) }
    let report = try time {
      _ = try Presenter(audience: .officer).regionReport(engine, options: options)
    }
    // Where the report's time goes, part by part.
    var session: AssignmentSession?
    let sessionSeconds = try time {
      session = try AssignmentSession(engine: engine, options: options)
    }
    let congestionSeconds = try time {
      _ = try session!.congestion(in: engine, depth: CompetitionIndex.standardDepth)
    }
    log(
      "  report parts: proposal \(format(sessionSeconds, 1)) s, congestion \(format(congestionSeconds, 1)) s, region advice \(format(advice, 1)) s"
    )
    measurements.append(
      Measurement(
        scenario: label, metric: "report ÷ (assign + advice --all), same run", unit: "×",
        median: report / (assign + advice), p99: nil, runs: 1,
        target: sizes.isFull ? 2 : nil, direction: .lowerIsBetter,
        note:
          "report \(format(report, 1)) s, assign \(format(assign, 1)) s, advice --all \(format(advice, 1)) s"
      ))
  }
}
