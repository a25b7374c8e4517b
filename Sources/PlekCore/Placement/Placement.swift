/// Tag for ``PlacementID``.
public enum PlacementTag {}
/// The identifier of a placement: one person at one place over one stretch of time.
public typealias PlacementID = Identifier<PlacementTag>

/// A person placed at a place: when it began, how, and how and why it ended.
///
/// Placements are the history the SOB is judged on (*uitstroom*, *werkbehoud*, the
/// *vangnet*): the route from a first placement to lasting work. A placement refers to a
/// participant and a place of the same dataset by id; it holds no more about either than
/// their ids. Whether it ran on a day is ``isActive(on:)``: from its start up to and
/// including its end day.
public struct Placement: Hashable, Sendable {
  /// The placement id.
  public var id: PlacementID
  /// The person placed.
  public var participant: ParticipantID
  /// The place the person holds.
  public var place: PlaceID
  /// The first day of the placement.
  public var start: Day
  /// The day it is planned to end (a trial placement, a learning-work route), if any.
  public var plannedEnd: Day?
  /// The last day of the placement, once it has ended; `nil` while it runs.
  public var end: Day?
  /// Why it ended: given exactly when ``end`` is.
  public var endReason: PlacementEndReason?
  /// The form of the placement: employment, secondment, trial, learning-work, sheltered.
  public var form: PlacementForm
  /// Contracted hours per week.
  public var hoursPerWeek: Int
  /// Whether a wage-cost subsidy (loonkostensubsidie) pays part of the wage.
  public var wageCostSubsidy: Bool
  /// Whether a job coach supports the person at the place.
  public var jobCoach: Bool
  /// What a learning-work route earned, once it has ended; only for ``PlacementForm/learningWork``.
  public var earned: LearningResult?

  /// Creates a placement.
  public init(
    id: PlacementID, participant: ParticipantID, place: PlaceID, start: Day,
    plannedEnd: Day? = nil, end: Day? = nil, endReason: PlacementEndReason? = nil,
    form: PlacementForm, hoursPerWeek: Int, wageCostSubsidy: Bool = false,
    jobCoach: Bool = false, earned: LearningResult? = nil
  ) {
    (self.id, self.participant, self.place, self.start) = (id, participant, place, start)
    (self.plannedEnd, self.end, self.endReason) = (plannedEnd, end, endReason)
    (self.form, self.hoursPerWeek) = (form, hoursPerWeek)
    (self.wageCostSubsidy, self.jobCoach, self.earned) = (wageCostSubsidy, jobCoach, earned)
  }

  /// The valid contracted hours per week.
  public static var validHours: ClosedRange<Int> { 1...60 }

  /// Whether the placement ran on `day`: on or after its start and, once ended, on or
  /// before its end day.
  public func isActive(on day: Day) -> Bool {
    start <= day && (end.map { day <= $0 } ?? true)
  }

  /// Whether it ended in a fall-back (*terugval*), for any of the reasons.
  public var fellBack: Bool { endReason?.isFallBack ?? false }
}

/// What a learning-work route earned: a certificate, a *praktijkverklaring* (a statement
/// of what was learned in practice) and the competency levels reached.
public struct LearningResult: Hashable, Sendable {
  /// Whether it ended with a certificate (diploma or certificate of a recognised course).
  public var certificate: Bool
  /// Whether it ended with a praktijkverklaring.
  public var praktijkverklaring: Bool
  /// The competencies reached, at the level reached (each once).
  public var competencies: [CompetencyEntry]

  /// Creates a learning result.
  public init(certificate: Bool, praktijkverklaring: Bool, competencies: [CompetencyEntry] = []) {
    (self.certificate, self.praktijkverklaring) = (certificate, praktijkverklaring)
    self.competencies = competencies
  }
}
