/// One soft component of a fit: its value 0–1, its share of the weights and the points it
/// contributes to the score.
public struct ScoreComponent: Hashable, Sendable {
  /// Which component.
  public var kind: ScoreComponentKind
  /// The component's value, 0–1.
  public var value: Double
  /// The component's weight as a share of all weights (the shares sum to 1).
  public var weight: Double
  /// Points contributed to the score, in millionths of a point:
  /// `round(100 × weight × value × 1,000,000)`.
  public var contributionMillionths: Int64

  /// Points contributed to the 0–100 score.
  public var contribution: Double { Double(contributionMillionths) / 1_000_000 }
}

/// Something to learn before the work goes well: a competency to a level, or Dutch.
public struct LearningStep: Hashable, Sendable {
  /// What is learned.
  public enum Subject: Hashable, Sendable {
    /// A competency: `from` and `to` are levels, 0 (not held) to 3.
    case competency(CompetencyID)
    /// Dutch on the work floor: `from` and `to` are ``DutchLevel/rank``s, 0 (A0) to 5 (C1).
    case dutch
  }

  /// What is learned.
  public var subject: Subject
  /// The level held now.
  public var from: Int
  /// The level the place needs.
  public var to: Int
  /// Months needed at the person's pace.
  public var months: Int

  /// Creates a step.
  public init(subject: Subject, from: Int, to: Int, months: Int) {
    (self.subject, self.from, self.to, self.months) = (subject, from, to, months)
  }

  /// The levels as people write them: `0`–`3` for a competency, `A0`–`C1` for Dutch.
  public var levelNames: (from: String, to: String) {
    switch subject {
    case .competency: ("\(from)", "\(to)")
    case .dutch: (DutchLevel.allCases[from].rawValue, DutchLevel.allCases[to].rawValue)
    }
  }

  /// The competency learned, if the step is a competency.
  public var competency: CompetencyID? {
    if case .competency(let id) = subject { return id }
    return nil
  }
}

/// A pair that passed every hard limit: its score, how it is made up, and what an officer
/// must still judge.
public struct Fit: Hashable, Sendable {
  /// The score in millionths of a point: the components' contributions less the
  /// adjustments, never below 0. Shortlists order by it (then by id), exactly.
  public var scoreMillionths: Int64
  /// The six components, in ``ScoreComponentKind`` order.
  public var components: [ScoreComponent]
  /// Points taken off: the assessment points' cost and the placement policy's margin.
  public var adjustments: [ScoreAdjustment]
  /// Points an officer must judge.
  public var assessmentPoints: [AssessmentPoint]
  /// What the place's learning route would teach in time: required competencies and Dutch.
  public var learningSteps: [LearningStep]
  /// Remarks: an excluded secondary sector, a later start.
  public var notes: [FitNote]

  /// The score, 0–100.
  public var score: Double { Double(scoreMillionths) / 1_000_000 }

  /// Months until the person can do the work: the longest of the learning steps (0 when
  /// there is nothing to learn).
  public var monthsToProductive: Int { learningSteps.map(\.months).max() ?? 0 }

  /// The dimensions whose capacity was never assessed, when they are most of what the place
  /// demands: then they are said in one line, not one by one.
  public func mostlyUnassessed(demanded: Int) -> [LoadDimension]? {
    let unassessed = assessmentPoints.compactMap { point -> LoadDimension? in
      if case .loadNotAssessed(let dimension, _) = point { return dimension }
      return nil
    }
    return unassessed.count >= 3 && 2 * unassessed.count > demanded ? unassessed : nil
  }
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
  /// How many of the place's load dimensions are demanded (level 1 or more).
  public var demandedDimensions: Int
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
