/// Perspective for a person: the single steps that would open places or raise their best
/// fit, ranked by how much they open; two-step combinations when no single step opens
/// anything; and then the places that come nearest, with exactly what is missing.
///
/// Computed by ``MatchEngine/advice(for:options:)`` on the packed records and checked
/// against ``ReferenceAdvice``, which evaluates every place with the reference scorer. How
/// "opens" is counted is in `Advice.md`.
public struct Advice: Hashable, Sendable {
  /// The person.
  public var participantID: ParticipantID
  /// The day asked for.
  public var day: Day
  /// The planning horizon of the question, in days.
  public var horizonDays: Int
  /// How many places fit now.
  public var fits: Int
  /// The best fit now, if any.
  public var best: PlaceScore?
  /// The steps that open places, most places opened first (at most ``stepsListed``), then,
  /// when there is room, steps that open nothing but raise the best fit, largest rise first.
  public var steps: [StepEffect]
  /// When no single step opens anything: pairs of steps that do, most places first.
  public var combinations: [StepCombination]
  /// When no single step opens anything: the places with the fewest knock-outs (fewest
  /// first, then by id), each with every knock-out.
  public var nearest: [NearestPlace]

  /// The largest number of combinations and nearest places listed.
  public static let listed = 5
  /// The largest number of steps listed: the steps that open the most, then (when there is
  /// room) steps that open nothing but raise the best fit.
  public static let stepsListed = 10
  /// The least rise of the best fit a step that opens nothing is listed for: one hundredth
  /// of a point (in millionths), the smallest difference any output prints, so that no step
  /// "raises the best fit from 88.25 to 88.25".
  public static let smallestGain: Int64 = 10_000
  /// From how many dimensions never assessed (that places that fit demand) the advice is one
  /// full load-capacity assessment instead of one step per dimension: the same three as
  /// explanations' "most demands never assessed".
  public static let fullAssessmentFrom = 3
}

/// A place and a score, in millionths of a point.
public struct PlaceScore: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The score in millionths.
  public var scoreMillionths: Int64

  /// Creates one.
  public init(placeID: PlaceID, scoreMillionths: Int64) {
    (self.placeID, self.scoreMillionths) = (placeID, scoreMillionths)
  }

  /// The better of two: the higher score, then the lower id (the shortlist order).
  static func better(_ a: PlaceScore?, _ b: PlaceScore?) -> PlaceScore? {
    guard let a else { return b }
    guard let b else { return a }
    if a.scoreMillionths != b.scoreMillionths {
      return a.scoreMillionths > b.scoreMillionths ? a : b
    }
    return a.placeID < b.placeID ? a : b
  }
}

/// What one step does for a person.
public struct StepEffect: Hashable, Sendable {
  /// The step (for a ladder, the least rung that opens the most).
  public var step: AdviceStep
  /// Knocked-out places that fit once the step is taken: those whose every knock-out it
  /// removes.
  public var opens: Int
  /// The best of those, with its score after the step.
  public var bestOpened: PlaceScore?
  /// The best fit of all once the step is taken.
  public var bestAfter: PlaceScore?
  /// Places that fit now and would not after the step (another transport can make near
  /// places slower).
  public var closes: Int
  /// The rungs of a ladder (travel minutes, hours, planning days, levels) up to the step,
  /// each with the places it opens; empty for a step without rungs.
  public var ladder: [StepRung]
  /// For a competency: learning-work places that fit the person now and teach it to the
  /// level within their route at the person's pace (at most five, by id).
  public var learnAt: [PlaceID]
  /// For a competency: learning-work places within the person's travel limit that teach it
  /// to the level within their route at the person's pace but do not fit now, each with what
  /// keeps the person out; fewest knock-outs first, then the nearest, then by id, at most
  /// ``Advice/listed`` (where to learn it once that is solved).
  public var learnNearby: [NearestPlace] = []
}

/// One rung of a ladder and the places it opens.
public struct StepRung: Hashable, Sendable {
  /// The step at this rung.
  public var step: AdviceStep
  /// Places it opens.
  public var opens: Int
  /// The slots of the places it opens, for a region's aggregate (which counts the distinct
  /// places a step opens over its people); empty in a person's advice.
  var opened: [Int] = []
}

/// Two steps together.
public struct StepCombination: Hashable, Sendable {
  /// The two steps.
  public var steps: [AdviceStep]
  /// Places that fit once both are taken (and not with either alone).
  public var opens: Int
  /// The best of them after both.
  public var bestOpened: PlaceScore?
}

/// A place near a fit, and everything that keeps the person out.
public struct NearestPlace: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// Every knock-out.
  public var knockOuts: [KnockOut]
}
