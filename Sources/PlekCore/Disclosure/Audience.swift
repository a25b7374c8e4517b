/// Who an answer is for.
///
/// Load capacity, wage value and support need are health data (AVG/GDPR). The officer sees
/// everything; an employer sees whether a person fits or needs assessment, and the facts of
/// the place, never health data or anything derived from it: no load values, wage value,
/// support need, score or score components, and no target group (it tells of an indication).
///
/// What each audience may see is decided in one place, ``disclose(_:person:place:)`` and its
/// siblings; every output of Plek (tables, CSV, JSON, the service) renders the disclosed
/// values, never the raw evaluation.
public enum Audience: String, CaseIterable, Sendable {
  /// The placement officer: the full breakdown.
  case officer
  /// An employer: no health data.
  case employer
}

/// Whether a fit can be taken as it is or has points an officer must judge first.
public enum FitStatus: String, Hashable, Sendable {
  /// Fits, nothing to judge.
  case fits
  /// Fits, with at least one point to judge.
  case needsAssessment = "needs-assessment"
}

/// A shortlist entry as an audience may see it.
public struct DisclosedMatch: Hashable, Sendable {
  /// The participant.
  public var participantID: ParticipantID
  /// The place.
  public var placeID: PlaceID
  /// Estimated one-way travel minutes.
  public var travelMinutes: Double
  /// The score in millionths; `nil` when withheld (it is made of health data).
  public var scoreMillionths: Int64?
  /// How many points an officer must judge; `nil` when withheld.
  public var assessmentPoints: Int?
  /// Fits, or needs assessment.
  public var status: FitStatus
  /// The day the place opens, when after the day asked for.
  public var opensOn: Day?
  /// The day the person is available, when after the day asked for.
  public var availableFrom: Day?
  /// Points the placement policy took off for the person's target group; `nil` when
  /// withheld (it tells of the target group), 0 when it did not apply.
  public var placementMarginMillionths: Int64?

  /// The score; `nil` when withheld.
  public var score: Double? { scoreMillionths.map { Double($0) / 1_000_000 } }
}

/// An explanation as an audience may see it.
public struct DisclosedExplanation: Hashable, Sendable {
  /// The outcome as it may be shown.
  public enum Outcome: Hashable, Sendable {
    /// A fit.
    case fit(DisclosedFit)
    /// Knocked out.
    case knockedOut(DisclosedKnockOuts)
  }

  /// Who it is for.
  public var audience: Audience
  /// The participant.
  public var participantID: ParticipantID
  /// The place.
  public var placeID: PlaceID
  /// Estimated one-way travel minutes.
  public var travelMinutes: Double
  /// The outcome.
  public var outcome: Outcome
  /// The strongest reasons of a fit that may be shown, strongest first.
  public var reasons: [Reason]

  /// The fit, if the pair is not knocked out.
  public var fit: DisclosedFit? {
    if case .fit(let fit) = outcome { return fit }
    return nil
  }
}

/// A fit as an audience may see it.
public struct DisclosedFit: Hashable, Sendable {
  /// The score in millionths; `nil` when withheld.
  public var scoreMillionths: Int64?
  /// The six components; empty when withheld.
  public var components: [ScoreComponent]
  /// Points taken off (assessment points, the placement policy); empty when withheld.
  public var adjustments: [ScoreAdjustment]
  /// The points to judge that may be shown.
  public var assessmentPoints: [AssessmentPoint]
  /// Whether points that touch health data were withheld (the officer will judge them).
  public var assessmentWithheld: Bool
  /// When most of what the place demands was never assessed: those dimensions, said in one
  /// line instead of one by one (officers only).
  public var mostlyUnassessed: UnassessedDemands?
  /// What the place's learning route would teach, Dutch included.
  public var learningSteps: [LearningStep]
  /// Remarks: an excluded secondary sector, a later start.
  public var notes: [FitNote]

  /// The score; `nil` when withheld.
  public var score: Double? { scoreMillionths.map { Double($0) / 1_000_000 } }

  /// Fits, or needs assessment (shown or withheld points alike).
  public var status: FitStatus {
    assessmentPoints.isEmpty && !assessmentWithheld ? .fits : .needsAssessment
  }

  /// Months until the person can do the work (0: from the start).
  public var monthsToProductive: Int { learningSteps.map(\.months).max() ?? 0 }

  /// The points to judge that are said one by one: all of them but the unassessed
  /// dimensions that ``mostlyUnassessed`` sums up in one line.
  public var pointsSaidOneByOne: [AssessmentPoint] {
    guard let summed = mostlyUnassessed?.dimensions else { return assessmentPoints }
    return assessmentPoints.filter { point in
      if case .loadNotAssessed(let dimension, _) = point { return !summed.contains(dimension) }
      return true
    }
  }
}

/// The knock-outs of a pair as an audience may see them.
public struct DisclosedKnockOuts: Hashable, Sendable {
  /// The reasons that may be shown.
  public var reasons: [KnockOut]
  /// Whether reasons that touch health data were withheld. Only that some were, never how
  /// many: a count would tell an employer something about the person's health.
  public var withheld: Bool
}

/// The facts of a participant that a list may show.
public struct ParticipantFacts: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The municipality the person lives in.
  public var municipality: MunicipalityID
  /// The target group; `nil` when withheld.
  public var targetGroup: TargetGroup?
}

/// What an officer reads about a person above a shortlist: target group, municipality,
/// hours, travel limit and wanted sectors. Officers only.
public struct ParticipantProfile: Hashable, Sendable {
  /// The target group.
  public var targetGroup: TargetGroup
  /// The municipality.
  public var municipality: MunicipalityID
  /// Hours per week wanted.
  public var hours: HoursRange
  /// The longest one-way journey accepted, in minutes.
  public var maxTravelMinutes: Int
  /// How the person travels.
  public var transport: TransportMode
  /// Wanted sectors, most wanted first.
  public var wantedSectors: [SectorID]
}
