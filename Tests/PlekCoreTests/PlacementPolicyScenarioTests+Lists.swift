import Foundation
import PlekCore
import PlekTestSupport
import Testing

/// The placement policy's rules about lists: planning ahead, full places, exact ties, the
/// distance formula and sentences drawn from the values.
extension PlacementPolicyScenarioTests {
  // MARK: 8. Plan ahead (002, "Plaatsing": do not wait until someone is fully ready)

  /// A place that opens in 60 days is beyond the policy's 30-day horizon, and listed with
  /// its date when a request widens the horizon to 90 days; the same for a person available
  /// in 71 days.
  @Test func aWiderHorizonListsLaterPlacesWithTheirDate() throws {
    let opens = Self.day.adding(days: 60)
    let later = Golden.warehouse { $0.openFrom = opens }
    #expect(try Self.shortlist(Golden.person(), [later]).isEmpty)
    let planned = try Self.shortlist(Golden.person(), [later], horizonDays: 90)
    #expect(planned.map(\.opensOn) == [opens])
    let engine = try Self.engine([Golden.person()], [later])
    let explained = try engine.explain(
      participant: "P-G1", place: later.id, on: Self.day, horizonDays: 90)
    #expect(explained.fit?.notes == [.opensOn(opens)])

    let available = Self.day.adding(days: 71)
    let person = Golden.person { $0.availableFrom = available }
    #expect(try Self.shortlist(person, [Golden.warehouse()]).isEmpty)
    #expect(
      try Self.shortlist(person, [Golden.warehouse()], horizonDays: 90).map(\.availableFrom) == [
        available
      ])
    #expect(throws: MatchError.self) {
      try engine.shortlist(for: "P-G1", options: QueryOptions(day: Self.day, horizonDays: 366))
    }
  }

  // MARK: 9. A full place is not "nobody fits" (DOMAIN.md, "The places": free slots)

  /// The candidates of a place without a free slot: the list says the place is full and
  /// still shows who would fit when a slot opens; the person's shortlist leaves it out.
  @Test func aFullPlaceStillShowsWhoWouldFit() throws {
    let full = Golden.warehouse { $0.freeSlots = 0 }
    let engine = try Self.engine([Golden.person()], [full])
    let candidates = try engine.candidates(for: full.id, options: QueryOptions(day: Self.day))
    #expect(candidates.placeIsFull)
    #expect(candidates.matches.map(\.participantID) == ["P-G1"])
    #expect(
      try engine.shortlist(for: "P-G1", options: QueryOptions(day: Self.day)).matches.isEmpty)
    #expect(
      try engine.explain(participant: "P-G1", place: full.id, on: Self.day).knockOuts == [
        .noFreeSlot
      ])
  }

  // MARK: 10. Ties are broken by id, exactly

  /// In a generated region, scores equal in millionths are ties even when their doubles,
  /// summed from different components, differ in the last bit; every list orders them by
  /// id. The data must hold such ties, or the test proves nothing.
  @Test func equalScoresAreOrderedByIdOnEveryPath() throws {
    let data = EngineFixtures.generated(seed: 11, participants: 300, places: 600)
    let engine = try Self.engine(data.people, data.places)
    var ties = 0
    var tiesTheDoublesWouldSplit = 0
    for threads in [1, 3] {
      let all = try engine.batchShortlists(
        options: QueryOptions(k: 50, day: Self.day, threads: threads))
      for result in all {
        for (a, b) in zip(result.shortlist.matches, result.shortlist.matches.dropFirst()) {
          #expect(
            a.scoreMillionths > b.scoreMillionths
              || (a.scoreMillionths == b.scoreMillionths && a.placeID < b.placeID))
          guard a.scoreMillionths == b.scoreMillionths, threads == 1 else { continue }
          ties += 1
          let person = data.people.first { $0.id == result.participantID }!
          func double(_ id: PlaceID) -> Double {
            let place = data.places.first { $0.id == id }!
            let fit = engine.reference.evaluate(person, place, on: Self.day).fit!
            return fit.components.reduce(0.0) { $0 + 100 * $1.weight * $1.value }
              - fit.adjustments.reduce(0.0) { $0 + $1.points }
          }
          if double(a.placeID) != double(b.placeID) { tiesTheDoublesWouldSplit += 1 }
        }
      }
    }
    #expect(ties > 10, "\(ties) ties, \(tiesTheDoublesWouldSplit) split by doubles")
    #expect(tiesTheDoublesWouldSplit > 0, "\(ties) ties, none split by doubles")
  }

  /// The distance the engine uses is the great-circle distance computed from unit vectors,
  /// `2R·asin(chord/2)`, as Scoring.md states: Maastricht Markt to Vaals.
  @Test func theDistanceIsTheDocumentedFormula() {
    let a = GeoPoint(latitude: 50.8514, longitude: 5.6910)
    let b = GeoPoint(latitude: 50.7706, longitude: 6.0183)
    func unit(_ point: GeoPoint) -> (Double, Double, Double) {
      let phi = point.latitude * .pi / 180
      let lambda = point.longitude * .pi / 180
      return (cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
    }
    let (x1, y1, z1) = unit(a)
    let (x2, y2, z2) = unit(b)
    let chord = ((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2) + (z1 - z2) * (z1 - z2))
      .squareRoot()
    let documented = 2 * 6371.0088 * asin(min(1, chord / 2))
    #expect(abs(a.distanceKilometres(to: b) - documented) < 1e-9)
    #expect(abs(documented - 24.69) < 0.01, "\(documented)")
  }

  // MARK: 11. Sentences drawn from the values

  /// No reason claims what the numbers deny: "skills match" only at a competency part of
  /// 0.75 or more, "hours and travel fit" only when the hours part is 0.75 or more and half
  /// the travel limit is left, and so on; checked on every fit of a generated region.
  @Test func everyReasonIsDrawnFromItsValues() throws {
    let data = EngineFixtures.generated(seed: 21, participants: 120, places: 500)
    let scorer = ReferenceScorer(policy: .default)
    var seen: [String: Int] = [:]
    for person in data.people {
      for place in data.places {
        let explanation = scorer.evaluate(person, place, on: Self.day)
        guard let fit = explanation.fit else { continue }
        let value = { (kind: ScoreComponentKind) in
          fit.components.first { $0.kind == kind }!.value
        }
        for reason in explanation.reasons(person: person, place: place) {
          let holds: Bool
          switch reason {
          case .skillsMatch: holds = value(.competency) >= 0.75
          case .hoursAndTravelFit:
            holds =
              ScoreFormula.hoursOverlap(
                personMin: person.wishes.hoursPerWeek.min,
                personMax: person.wishes.hoursPerWeek.max,
                placeMin: place.hoursPerWeek.min, placeMax: place.hoursPerWeek.max) >= 0.75
              && explanation.travelMinutes <= Double(person.wishes.maxTravelMinutes) / 2
          case .loadWellWithinCapacity: holds = value(.loadHeadroom) >= 0.75
          case .supportAsNeeded(let offer):
            holds = offer == place.support && place.support >= person.supportNeed.minimumOffer
          case .learnsHere(let competency):
            holds = fit.learningSteps.contains { $0.competency == competency }
          case .learnsDutchHere: holds = fit.learningSteps.contains { $0.subject == .dutch }
          case .regularEmployer: holds = place.employerKind == .regular
          case .hasRequiredSkills:
            holds = place.requiredCompetencies.allSatisfy {
              (person.competencies.level(of: $0.id)?.rawValue ?? 0) >= $0.level.rawValue
            }
          case .wantsSector(let sector, let rank):
            holds =
              place.sectors.contains(sector)
              && person.wishes.wish(for: sector) == .wanted(rank: rank)
          case .learningRoute(let months, let certificate):
            holds =
              place.learningOffer?.months == months
              && place.learningOffer?.certificate == certificate
          }
          #expect(holds, "\(reason) for \(person.id) × \(place.id)")
          seen[String(describing: reason).prefix { $0 != "(" }.description, default: 0] += 1
        }
      }
    }
    for kind in ["skillsMatch", "hoursAndTravelFit", "loadWellWithinCapacity", "learnsHere"] {
      #expect((seen[kind] ?? 0) > 0, "the data never gives \(kind)")
    }
  }
}
