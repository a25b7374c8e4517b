import Foundation
import PlekCore
import PlekIO

/// What the placement policy does to the rankings of a generated region (issue 11): not a
/// speed but the shape of the lists, on the region of
/// `plek generate --participants 5000 --places 2000 --seed 3`, asked on 2026-11-22.
extension Scenarios {
  /// The policy's region: the same records at every size, so that the numbers compare.
  static let policyRegion = (participants: 5_000, places: 2_000, seed: UInt64(3))

  mutating func policy() throws {
    let region = Self.policyRegion
    let label =
      "placement policy, \(region.participants.formatted()) × \(region.places.formatted()) seed \(region.seed)"
    log("• \(label)")
    let data = DatasetGenerator(taxonomy: taxonomy, seed: region.seed)
    let people = data.participants(count: region.participants)
    let places = data.places(count: region.places)
    let engine = try MatchEngine(taxonomy: taxonomy, participants: people, places: places)
    let lists = try engine.batchShortlists(options: QueryOptions(k: 10, day: day, threads: 0))
    let kind = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.employerKind) })
    let learning = Set(places.filter { $0.learningOffer != nil }.map(\.id))
    let person = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })

    var numberOne = 0
    var internalFirst = 0
    // By placement profile ("none" for a group without one).
    var regularBelowInternal: [String: Int] = [:]
    var certificateWanted = 0
    var learningInTopThree = 0
    for list in lists {
      let matches = list.shortlist.matches
      guard let first = matches.first else { continue }
      numberOne += 1
      if kind[first.placeID] == .internal { internalFirst += 1 }
      let owner = person[list.participantID]!
      // A fitting regular place below an internal one on the same list.
      if let firstInternal = matches.firstIndex(where: { kind[$0.placeID] == .internal }),
        matches[(firstInternal + 1)...].contains(where: { kind[$0.placeID] == .regular })
      {
        let profile = engine.policy.placementProfiles.targetGroups[owner.targetGroup]
        regularBelowInternal[profile?.rawValue ?? "none", default: 0] += 1
      }
      // People who want a certificate and for whom a learning-work place fits.
      if owner.wishes.wantsCertificate {
        let anyLearning = try engine.shortlist(
          for: owner.id, filter: PlaceFilter(learningOnly: true),
          options: QueryOptions(k: 1, day: day))
        if !anyLearning.matches.isEmpty {
          certificateWanted += 1
          if matches.prefix(3).contains(where: { learning.contains($0.placeID) }) {
            learningInTopThree += 1
          }
        }
      }
    }
    let internalShare =
      Double(places.filter { $0.employerKind == .internal }.count) / Double(places.count)
    measurements.append(
      Measurement(
        scenario: label, metric: "number-one places that are internal", unit: "share",
        median: Double(internalFirst) / Double(max(1, numberOne)), p99: nil, runs: 1,
        note:
          "\(internalFirst) of \(numberOne) non-empty shortlists; internal places are \(format(100 * internalShare, 1))% of places"
      ))
    let below = { (profiles: [String]) in
      profiles.reduce(0) { $0 + (regularBelowInternal[$1] ?? 0) }
    }
    measurements.append(
      Measurement(
        scenario: label,
        metric: "shortlists with a fitting regular place below an internal one, directly placeable",
        unit: "count", median: Double(below(["direct"])), p99: nil, runs: 1, target: 0,
        direction: .lowerIsBetter,
        note: "target none: regular where it can (koersnota §3.7.4); profile direct"))
    measurements.append(
      Measurement(
        scenario: label,
        metric: "the same, developable to paid work (profile regular-first)",
        unit: "count", median: Double(below(["regular-first"])), p99: nil, runs: 1,
        note: "the internal place better by more than the 15-point margin"))
    measurements.append(
      Measurement(
        scenario: label,
        metric: "the same, nieuw beschut, Wsw and activation",
        unit: "count", median: Double(below(["sheltered-first", "guaranteed", "none"])), p99: nil,
        runs: 1, note: "Wsw: internal places are not pushed down (guaranteed work)"))
    measurements.append(
      Measurement(
        scenario: label,
        metric: "wants a certificate: a learning-work place in the top 3 when one fits",
        unit: "share", median: Double(learningInTopThree) / Double(max(1, certificateWanted)),
        p99: nil, runs: 1,
        note: "\(learningInTopThree) of \(certificateWanted) people"))
  }
}
