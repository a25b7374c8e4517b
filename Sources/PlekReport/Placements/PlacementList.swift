import PlekCore
import PlekIO

/// Placements as an officer looks them up: of one person, of one place, or all, each with
/// the place's title and kind of employer, in start order (then id).
///
/// Officers only: a placement's form can tell sheltered work, which needs an indication.
public struct PlacementList: Sendable {
  /// What a list entry shows of its place.
  public struct PlaceFacts: Sendable {
    /// The job title, if the place has one.
    public var title: String?
    /// The kind of employer.
    public var kind: EmployerKind

    /// Creates the facts.
    public init(title: String?, kind: EmployerKind) { (self.title, self.kind) = (title, kind) }
  }

  /// The placements listed.
  public var placements: [Placement]
  /// The facts of their places.
  public var places: [PlaceID: PlaceFacts]
  /// The day "running" is judged on.
  public var day: Day

  /// A list of `placements` (sorted by start, then id).
  public init(placements: [Placement], places: [PlaceID: PlaceFacts], day: Day) {
    self.placements = placements.sorted {
      ($0.start, $0.id.rawValue) < ($1.start, $1.id.rawValue)
    }
    (self.places, self.day) = (places, day)
  }
}

extension TextRendering {
  /// A placement list as a table: placement, person, place, title, kind, form, start, end
  /// (or "running" on the list's day) and how it ended.
  public func placements(_ list: PlacementList) -> String {
    let say = localizer
    guard !list.placements.isEmpty else { return say(.placementsNone) + "\n" }
    var table = TextTable(columns: [
      .init(header: say(.columnPlacement)),
      .init(header: say(.columnParticipant)),
      .init(header: say(.columnPlace)),
      .init(header: say(.columnTitle), minimumWidth: 8, dropRank: 2),
      .init(header: say(.columnKind), minimumWidth: 6, dropRank: 1),
      .init(header: say(.columnForm), minimumWidth: 8),
      .init(header: say(.columnStart)),
      .init(header: say(.columnEnd)),
      .init(header: say(.columnWhy), minimumWidth: 10),
      .init(header: say(.columnHours), alignRight: true, dropRank: 0),
    ])
    for placement in list.placements {
      let place = list.places[placement.place]
      let running = placement.end.map { $0 >= list.day } ?? true
      table.append([
        .init(text: placement.id.rawValue), .init(text: placement.participant.rawValue),
        .init(text: placement.place.rawValue), .init(text: place?.title ?? ""),
        .init(text: place.map { say.label($0.kind) } ?? ""),
        .init(text: say.label(placement.form)), .init(text: say.date(placement.start)),
        .init(
          text: placement.end.map(say.date) ?? say(.placementRunning),
          paint: running ? .green : nil),
        .init(text: placement.endReason.map { say.label($0) } ?? ""),
        .init(text: String(placement.hoursPerWeek)),
      ])
    }
    return paint(say(.placementsTitle), .bold) + "\n" + table.render(width: width, colour: colour)
  }
}
