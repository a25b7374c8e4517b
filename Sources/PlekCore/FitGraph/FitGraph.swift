/// Who fits where, for a region at once: every participant's fits as one compact graph, for
/// the algorithms that look at everybody together (the placement proposal, congestion).
///
/// Rows are participants, columns places. A row lists a person's fits best first (score
/// descending, then place id ascending), as their shortlist would. A row may be cut short to
/// save memory and time: then it holds every fit scoring above ``bound(ofRow:)``, and no fit
/// left out scores more than that bound. ``complete`` says which rows hold every fit.
public struct FitGraph: Sendable {
  /// The rows' participants, in row order.
  public internal(set) var participantIDs: [ParticipantID]
  /// The columns' places, ascending: every place a row may refer to.
  public internal(set) var placeIDs: [PlaceID]
  /// Each column's free slots (its capacity in an assignment).
  public internal(set) var freeSlots: [Int32]
  /// Where each row starts in ``columns`` and ``scores``; one more entry than rows.
  public internal(set) var offsets: [Int]
  /// The column of every fit, row after row.
  public internal(set) var columns: [Int32]
  /// The score of every fit, in millionths of a point.
  public internal(set) var scores: [Int64]
  /// Whether each row holds every fit of its participant.
  public internal(set) var complete: [Bool]
  /// For a row that is not complete: no fit left out of it scores more than this.
  var bounds: [Int64]

  /// An empty graph over `placeIDs`.
  public init(placeIDs: [PlaceID], freeSlots: [Int32]) {
    participantIDs = []
    self.placeIDs = placeIDs
    self.freeSlots = freeSlots
    offsets = [0]
    columns = []
    scores = []
    complete = []
    bounds = []
  }

  /// The number of rows (participants).
  public var rowCount: Int { participantIDs.count }
  /// The number of columns (places).
  public var columnCount: Int { placeIDs.count }
  /// The number of fits held.
  public var fitCount: Int { columns.count }

  /// The positions in ``columns`` and ``scores`` of a row's fits.
  public func fits(ofRow row: Int) -> Range<Int> { offsets[row]..<offsets[row + 1] }

  /// The most a fit left out of `row` can score, in millionths; `nil` for a complete row
  /// (nothing is left out).
  public func bound(ofRow row: Int) -> Int64? { complete[row] ? nil : bounds[row] }

  /// Appends a row.
  ///
  /// - Parameters:
  ///   - fits: (column, score in millionths), best first.
  ///   - bound: `nil` when the row holds every fit; else the most a left-out fit scores.
  public mutating func append(
    _ participant: ParticipantID, fits: some Sequence<(column: Int32, score: Int64)>,
    bound: Int64?
  ) {
    participantIDs.append(participant)
    for fit in fits {
      columns.append(fit.column)
      scores.append(fit.score)
    }
    offsets.append(columns.count)
    complete.append(bound == nil)
    bounds.append(bound ?? 0)
  }
}
