/// The plain advice: every place evaluated with the reference scorer, every effect recounted
/// over every place. The yardstick of ``MatchEngine/advice(for:options:)``, which must give
/// the same advice; do not optimize it.
public struct ReferenceAdvice: Sendable {
  /// The scorer.
  public let scorer: ReferenceScorer
  /// Every place.
  public let places: [Place]

  /// Creates the reference over `places`.
  public init(policy: Policy, places: [Place]) {
    scorer = ReferenceScorer(policy: policy)
    self.places = places
  }

  /// The advice for `person` asked on `day` with a planning horizon (`nil`: the policy's).
  public func advice(for person: Participant, on day: Day, horizonDays: Int? = nil) -> Advice {
    let horizon = horizonDays ?? scorer.policy.planningHorizonDays
    var fits: [Place] = []
    var knockedOut: [(place: Place, knockOuts: [KnockOut])] = []
    for place in places {
      let explanation = scorer.evaluate(person, place, on: day, horizonDays: horizon)
      if explanation.fit != nil {
        fits.append(place)
      } else {
        knockedOut.append((place, explanation.knockOuts))
      }
    }
    let evaluate = { (person: Participant, place: Place, horizon: Int) in
      scorer.evaluate(person, place, on: day, horizonDays: horizon)
    }
    let bestFit = { (person: Participant, horizon: Int) -> PlaceScore? in
      var best: PlaceScore?
      for place in places {
        if let fit = evaluate(person, place, horizon).fit {
          best = PlaceScore.better(
            best, PlaceScore(placeID: place.id, scoreMillionths: fit.scoreMillionths))
        }
      }
      return best
    }
    return AdviceBuilder(
      person: person, policy: scorer.policy, day: day, horizonDays: horizon, fits: fits,
      knockedOut: knockedOut, best: bestFit(person, horizon), evaluate: evaluate,
      bestFit: bestFit,
      nearest: {
        knockedOut.sorted {
          $0.knockOuts.count != $1.knockOuts.count
            ? $0.knockOuts.count < $1.knockOuts.count : $0.place.id < $1.place.id
        }.prefix(Advice.listed).map { NearestPlace(placeID: $0.place.id, knockOuts: $0.knockOuts) }
      }
    ).build()
  }
}
