import PlekAssign
import PlekCore

/// A batch of shortlists computed and rendered a chunk of participants at a time, for
/// `plek batch` and the benchmark: the lists of one chunk are presented, rendered and handed
/// to the writer before the next chunk is computed, so memory holds one chunk's results
/// however many people there are.
///
/// With ``competition`` on, every entry gets its competition (how many rank the place
/// higher, how many list it, its free slots) from everybody's top 10, counted in a first
/// pass that keeps only the counts: the batch costs about twice as much then, and a shard
/// still makes everybody's top 10 (the figures are about the whole population).
public struct BatchRun: Sendable {
  /// The participants computed and written at a time: enough for the parallel scan to keep
  /// every core busy, few enough that one chunk's results stay small.
  public static let chunkSize = 16_384

  /// The engine.
  public let engine: MatchEngine
  /// The query (its `k`, day, threads and horizon).
  public let options: QueryOptions
  /// The slice of the participants computed.
  public let shard: Shard
  /// Whether entries show their competition.
  public let competition: Bool
  /// The file's format and language.
  public let rendering: BatchRendering

  /// A run of `shard` of `engine`'s participants.
  public init(
    engine: MatchEngine, options: QueryOptions, shard: Shard = .whole, competition: Bool,
    rendering: BatchRendering
  ) {
    (self.engine, self.options, self.shard, self.competition, self.rendering) = (
      engine, options, shard, competition, rendering
    )
  }

  /// The number of participants computed: the shard's, and with ``competition`` everybody
  /// once more (for a progress bar's total).
  public var work: Int {
    shard.positions(of: engine.participantCount).count
      + (competition ? engine.participantCount : 0)
  }

  /// What a run wrote.
  public struct Outcome: Hashable, Sendable {
    /// Participants written.
    public var participants: Int
    /// Matches written.
    public var matches: Int
  }

  /// Computes the batch and hands the file's bytes to `write`, piece by piece, in order.
  ///
  /// - Parameter progress: called from the workers with the participants each finished
  ///   chunk of the scan holds; must be thread-safe.
  /// - Throws: what `write` throws, or ``MatchError`` for invalid options; a run that throws
  ///   has handed over only part of the file.
  public func run(
    write: ([UInt8]) throws -> Void, progress: (@Sendable (Int) -> Void)? = nil
  ) throws -> Outcome {
    let everyone = engine.participantIDs
    let ids = Array(shard.slice(everyone))
    let index = competition ? try competitionIndex(everyone, progress: progress) : nil
    let presenter = Presenter(audience: .officer)
    var outcome = Outcome(participants: 0, matches: 0)
    try write(rendering.start(day: options.day, participants: ids.count))
    for chunk in Self.chunks(ids) {
      let results = try engine.batchShortlists(for: chunk, options: options, progress: progress)
      // On the scan's threads too: presenting decodes every listed place from the engine's
      // bytes, which on one thread took a fifth of a national batch.
      let engine = engine
      let day = options.day
      let presentations = Parallel.map(
        results.count, chunkSize: 1024, threads: options.threads
      ) { range in
        results[range].map { result in
          let list = presenter.shortlist(
            result.shortlist, for: engine.validatedParticipant(result.participantID)!,
            day: day, explain: false, in: engine)
          guard let index else { return list }
          var ranks: [PlaceID: Int] = [:]
          for (rank, match) in result.shortlist.matches.enumerated() {
            ranks[match.placeID] = rank + 1
          }
          return presenter.withCompetition(list, index: index, plainRanks: ranks)
        }
      }
      try write(rendering.piece(presentations, first: outcome.participants == 0))
      outcome.participants += results.count
      outcome.matches += results.reduce(0) { $0 + $1.shortlist.matches.count }
    }
    try write(rendering.end(empty: outcome.participants == 0))
    return outcome
  }

  /// Everybody's top 10, counted a chunk at a time: the counts stay, the lists go.
  func competitionIndex(_ everyone: [ParticipantID], progress: (@Sendable (Int) -> Void)?)
    throws(MatchError) -> CompetitionIndex
  {
    let depth = CompetitionIndex.standardDepth
    var counts = CompetitionIndex(depth: depth, day: options.day)
    var top = options
    top.k = depth
    for chunk in Self.chunks(everyone) {
      for list in try engine.batchShortlists(for: chunk, options: top, progress: progress) {
        counts.add(list.shortlist.matches.lazy.map(\.placeID))
      }
    }
    return counts
  }

  /// `ids` in runs of ``chunkSize``.
  static func chunks(_ ids: [ParticipantID]) -> [[ParticipantID]] {
    stride(from: 0, to: ids.count, by: chunkSize).map {
      Array(ids[$0..<min(ids.count, $0 + chunkSize)])
    }
  }
}
