/// Builds an engine from records that arrive in blocks, keeping only the engine's own form
/// of what arrived: a large dataset decoded a block at a time never has all its decoded
/// values in memory at once (PlekIO's `DatasetLoader.loadEngine` feeds one this way).
///
/// The engine built is the one ``MatchEngine``'s initializer of validated records builds
/// from the same records in the same order (it uses a builder itself): records are packed
/// and stored as they come, and ``build()`` sizes the grid for them and moves every record
/// into index order.
public struct EngineBuilder: Sendable {
  private var engine: MatchEngine
  private var duplicates: [RecordProblems] = []
  private var participantsAdded = 0
  private var placesAdded = 0

  /// A builder for records of `taxonomy`, scored under `policy`.
  ///
  /// - Parameter expectedRecords: the larger of the participant and place counts, when
  ///   known; the grid is sized again by ``build()`` when it is not.
  /// - Throws: ``MatchError/invalidPolicy(_:)`` for a policy that does not validate under
  ///   the taxonomy.
  public init(
    taxonomy: Validated<Taxonomy>, policy: Validated<Policy>, expectedRecords: Int = 0
  ) throws(MatchError) {
    let taxonomy = taxonomy.value
    engine = MatchEngine(
      taxonomy: taxonomy, policy: try MatchEngine.accept(policy, in: taxonomy),
      expectedRecords: expectedRecords)
  }

  /// Makes room for this many records of each kind, so that no column grows (and no id
  /// table rehashes) as they arrive.
  public mutating func reserve(participants: Int, places: Int) {
    engine.people.reserve(additional: participants)
    engine.places.reserve(additional: places)
  }

  /// Adds participants, after those added before.
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` when a record validated against another
  ///   taxonomy fails under this one (indexes count from the first participant added).
  ///   Duplicate ids are reported by ``build()``.
  public mutating func add(participants batch: [Validated<Participant>]) throws(MatchError) {
    try MatchEngine.checkForeign(batch, in: engine.taxonomy, firstIndex: participantsAdded)
    engine.append(batch, firstIndex: participantsAdded, duplicates: &duplicates)
    participantsAdded += batch.count
  }

  /// Adds places, after those added before; as ``add(participants:)``.
  public mutating func add(places batch: [Validated<Place>]) throws(MatchError) {
    try MatchEngine.checkForeign(batch, in: engine.taxonomy, firstIndex: placesAdded)
    engine.append(batch, firstIndex: placesAdded, duplicates: &duplicates)
    placesAdded += batch.count
  }

  /// The engine of every record added.
  ///
  /// - Throws: ``MatchError/invalidRecords(_:)`` listing every id added twice (the first is
  ///   kept in the list's terms; nothing is built).
  /// - Complexity: O(n log n) in the number of records.
  public consuming func build() throws(MatchError) -> MatchEngine {
    guard duplicates.isEmpty else { throw .invalidRecords(duplicates) }
    engine.finishLoading()
    return engine
  }
}
