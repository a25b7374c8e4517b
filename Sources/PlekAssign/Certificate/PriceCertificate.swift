import PlekCore

/// The proof that a placement proposal is optimal: a price for every place.
///
/// Every pair that fits has a weight: a fixed ``placementWeight`` for placing someone at all,
/// plus the pair's score (both in millionths of a point). ``placementWeight`` is larger than
/// any sum of scores, so a proposal of greater weight places more people, or as many with a
/// higher total score. With prices, a person's *profit* at a place is the weight minus the
/// place's price. The proposal is optimal when, exactly in integers:
/// 1. every price is ≥ 0, and 0 for a place with a free slot left;
/// 2. every placed person's profit at their place is ≥ 0 and ≥ their profit at every other
///    place they fit (all of them, not only those a shortlist holds);
/// 3. every person not placed has a profit ≤ 0 at every place they fit.
///
/// Why: these are the complementary-slackness conditions of the linear program of the
/// assignment (people at most one place, places at most their free slots), whose matrix is
/// totally unimodular. The sum of the placed people's profits plus every price times its
/// free slots equals the proposal's weight, and bounds the weight of any other proposal.
public struct PriceCertificate: Hashable, Sendable {
  /// The weight of placing a person, before their score: ``standardPlacementWeight``.
  public var placementWeight: Int64
  /// Each place's price, in the weight's units, by place id.
  public var prices: [PlaceID: Int64]

  /// The weight of placing a person with `score` (millionths).
  public func weight(score: Int64) -> Int64 { placementWeight + score }

  /// 10^15 millionths: more than the scores of ``maximumPeople`` people together (100 points
  /// each), so one more person placed outweighs any sum of scores.
  public static let standardPlacementWeight: Int64 = 1_000_000_000_000_000

  /// The most people one proposal may hold.
  public static let maximumPeople = 10_000_000
}

/// A condition of a ``PriceCertificate`` that does not hold.
public struct CertificateViolation: Hashable, Sendable, CustomStringConvertible {
  /// The person concerned, if any.
  public var participantID: ParticipantID?
  /// The place concerned, if any.
  public var placeID: PlaceID?
  /// What is wrong.
  public var problem: String

  public var description: String {
    "\(participantID?.rawValue ?? "-") / \(placeID?.rawValue ?? "-"): \(problem)"
  }
}

extension PriceCertificate {
  /// Checks the certificate, and that the proposal is feasible, against every fit.
  ///
  /// - Parameters:
  ///   - placed: each placed person's place.
  ///   - people: every person in the proposal.
  ///   - freeSlots: every place's free slots.
  ///   - fits: every fit of every person: (place, score in millionths).
  /// - Returns: what does not hold; empty when the proposal is proven optimal.
  public func violations(
    placed: [ParticipantID: PlaceID], people: [ParticipantID], freeSlots: [PlaceID: Int],
    fits: (ParticipantID) -> [(place: PlaceID, score: Int64)]
  ) -> [CertificateViolation] {
    var problems: [CertificateViolation] = []
    var used: [PlaceID: Int] = [:]
    for (_, place) in placed { used[place, default: 0] += 1 }
    for (place, count) in used where count > freeSlots[place] ?? 0 {
      problems.append(
        .init(placeID: place, problem: "\(count) proposed for \(freeSlots[place] ?? 0) free slots"))
    }
    for (place, price) in prices {
      if price < 0 { problems.append(.init(placeID: place, problem: "negative price \(price)")) }
      if price != 0 && used[place, default: 0] < freeSlots[place] ?? 0 {
        problems.append(.init(placeID: place, problem: "a free slot left at price \(price)"))
      }
    }
    for person in people {
      let options = fits(person)
      let own = placed[person]
      var profit: Int64 = 0
      if let own {
        guard let fit = options.first(where: { $0.place == own }) else {
          problems.append(
            .init(participantID: person, placeID: own, problem: "proposed a place they do not fit"))
          continue
        }
        profit = weight(score: fit.score) - (prices[own] ?? 0)
        if profit < 0 {
          problems.append(
            .init(participantID: person, placeID: own, problem: "negative profit \(profit)"))
        }
      }
      for option in options where option.place != own {
        let other = weight(score: option.score) - (prices[option.place] ?? 0)
        if other > profit {
          problems.append(
            .init(
              participantID: person, placeID: option.place,
              problem:
                "profit \(other) here beats \(profit) \(own == nil ? "unplaced" : "at the proposed place")"
            ))
        }
      }
    }
    return problems
  }
}
