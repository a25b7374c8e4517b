/// One soft component of a fit: its value 0–1, its share of the weights and the points it
/// contributes to the score.
public struct ScoreComponent: Hashable, Sendable {
  /// Which component.
  public var kind: ScoreComponentKind
  /// The component's value, 0–1.
  public var value: Double
  /// The component's weight as a share of all weights (the shares sum to 1).
  public var weight: Double
  /// Points contributed to the 0–100 score: `100 × weight × value`.
  public var contribution: Double
}

/// A competency a learning-work route would bring to the level a place requires.
public struct LearningStep: Hashable, Sendable {
  /// The competency.
  public var competency: CompetencyID
  /// The level held now (0: not held).
  public var from: Int
  /// The level the place requires.
  public var to: CompetencyLevel
  /// Months needed at the person's pace.
  public var months: Int

  /// Creates a step.
  public init(competency: CompetencyID, from: Int, to: CompetencyLevel, months: Int) {
    self.competency = competency
    self.from = from
    self.to = to
    self.months = months
  }
}

/// A pair that passed every hard limit: its score, how it is made up, and what an officer
/// must still judge.
public struct Fit: Hashable, Sendable {
  /// The score, 0–100: the sum of the components' contributions.
  public var score: Double
  /// The six components, in ``ScoreComponentKind`` order.
  public var components: [ScoreComponent]
  /// Points an officer must judge.
  public var assessmentPoints: [AssessmentPoint]
  /// Required competencies the place's learning offer would teach in time.
  public var learningSteps: [LearningStep]
}

/// The complete evaluation of one (participant, place) pair.
public struct Explanation: Hashable, Sendable {
  /// The outcome of an evaluation.
  public enum Outcome: Hashable, Sendable {
    /// Passed every hard limit.
    case fit(Fit)
    /// Ruled out, with every reason.
    case knockedOut([KnockOut])
  }

  /// The participant.
  public var participantID: ParticipantID
  /// The place.
  public var placeID: PlaceID
  /// The estimated one-way travel time in minutes, by the person's transport mode.
  public var travelMinutes: Double
  /// The outcome.
  public var outcome: Outcome

  /// The fit, if the pair is not knocked out.
  public var fit: Fit? {
    if case .fit(let fit) = outcome { return fit }
    return nil
  }

  /// The knock-outs; empty for a fit.
  public var knockOuts: [KnockOut] {
    if case .knockedOut(let reasons) = outcome { return reasons }
    return []
  }

  /// The score of a fit, `nil` when knocked out.
  public var score: Double? { fit?.score }
}
