/// The plain advice: every place evaluated with the reference scorer, every effect recounted
/// over every place. The yardstick of ``MatchEngine/advice(for:options:)``, which must give
/// the same advice; do not optimize it.
public struct ReferenceAdvice: Sendable {
  /// The scorer.
  public let scorer: ReferenceScorer
  /// Every place.
  public let places: [Place]
  /// Numbers for the competencies the places name, in id order.
  let numbers: CompetencyNumbers

  /// Creates the reference over `places`.
  public init(policy: Policy, places: [Place]) {
    scorer = ReferenceScorer(policy: policy)
    self.places = places
    let ids = Set(places.flatMap { $0.requiredCompetencies.map(\.id) }).sorted()
    let numbered = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    numbers = CompetencyNumbers(number: { numbered[$0] }, id: { ids[$0] })
  }

  /// The advice for `person` asked on `day` with a planning horizon (`nil`: the policy's).
  /// With `everyStep`, every step that opens a place is listed, not taken (no best place
  /// opened, no best fit after, no pairs, no nearest places), and a step's ladder holds
  /// every rung that opens a place, not only those where the count rises: what a region
  /// adds up.
  public func advice(
    for person: Participant, on day: Day, horizonDays: Int? = nil, everyStep: Bool = false
  ) -> Advice {
    let horizon = horizonDays ?? scorer.policy.planningHorizonDays
    var fits: [PlaceRef] = []
    var knockedOut: [(slot: Int, knockOuts: [KnockOut], minutes: Double)] = []
    for (slot, place) in places.enumerated() {
      let explanation = scorer.evaluate(person, place, on: day, horizonDays: horizon)
      if explanation.fit != nil {
        fits.append(PlaceRef(slot: slot))
      } else {
        knockedOut.append((slot, explanation.knockOuts, explanation.travelMinutes))
      }
    }
    let evaluate = { (person: Participant, place: Place, horizon: Int) in
      scorer.evaluate(person, place, on: day, horizonDays: horizon)
    }
    let bestAmong = { (person: Participant, horizon: Int, refs: [PlaceRef]) -> PlaceScore? in
      var best: PlaceScore?
      for ref in refs {
        if let fit = evaluate(person, places[ref.slot], horizon).fit {
          best = PlaceScore.better(
            best, PlaceScore(placeID: places[ref.slot].id, scoreMillionths: fit.scoreMillionths))
        }
      }
      return best
    }
    let all = places.indices.map { PlaceRef(slot: $0) }
    let facts = PlaceFacts(
      id: { places[$0.slot].id },
      minutes: { ref, mode in
        scorer.policy.travel.minutes(
          from: person.location, to: places[ref.slot].location, mode: mode)
      },
      teaching: { id in
        { ref in
          guard let offer = places[ref.slot].learningOffer, let level = offer.teaches.level(of: id)
          else { return nil }
          return (level, offer.months)
        }
      },
      mentioning: { id in
        { ref in
          let place = places[ref.slot]
          return place.requiredCompetencies.level(of: id) != nil
            || place.desiredCompetencies.level(of: id) != nil
            || place.learningOffer?.teaches.level(of: id) != nil
        }
      },
      demand: { places[$0.slot].loadDemand[$1] ?? .maximum },
      support: { places[$0.slot].support },
      record: { places[$0.slot] },
      learning: { places.indices.filter { places[$0].learningOffer != nil }.map(PlaceRef.init) })
    let blocked = knockedOut.map {
      BlockedPlace(
        places[$0.slot], slot: $0.slot, knockOuts: $0.knockOuts, person: person, day: day,
        policy: scorer.policy, numbers: numbers)
    }
    var builder = AdviceBuilder(
      person: person, policy: scorer.policy, day: day, horizonDays: horizon, fits: fits,
      blocked: blocked, pairCandidates: { blocked },
      best: everyStep ? nil : bestAmong(person, horizon, all), facts: facts, numbers: numbers,
      evaluate: evaluate, bestAmong: bestAmong,
      nearest: {
        knockedOut.sorted {
          if $0.knockOuts.count != $1.knockOuts.count {
            return $0.knockOuts.count < $1.knockOuts.count
          }
          if $0.minutes != $1.minutes { return $0.minutes < $1.minutes }
          return places[$0.slot].id < places[$1.slot].id
        }.prefix(Advice.listed).map {
          NearestPlace(placeID: places[$0.slot].id, knockOuts: $0.knockOuts)
        }
      })
    builder.complete = !everyStep
    if let best = builder.best {
      builder.bestRef = fits.first { places[$0.slot].id == best.placeID }
    }
    return builder.build()
  }
}
