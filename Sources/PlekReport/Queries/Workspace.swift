import PlekAssign
import PlekCore

/// An engine and what is worth keeping between questions about it: the region's placement
/// proposal and the competition index of everybody's shortlists.
///
/// Every front end asks its questions of a workspace: `plek serve` keeps one for as long as
/// it runs (changes keep its proposal and competition index up to date person by person),
/// a CLI command makes one for its one question. The answers are the same either way.
public struct Workspace: Sendable {
  /// The engine answering questions.
  public var engine: MatchEngine {
    // Every change of the data: the cached competition index is stale.
    didSet { dataVersion &+= 1 }
  }
  /// Counts the changes of the data.
  var dataVersion = 0
  /// Counts the changes of places and of the policy: a cached proposal is stale (changes of
  /// people it re-assigns itself).
  var placesVersion = 0
  /// The last proposal and competition index.
  var cache = RegionCache()
  /// Threads for the lists the workspace keeps current (0: every core). Results do not depend
  /// on it.
  public var threads = 0
  /// Competition indexes kept beyond this workspace for its engine as it was given (the
  /// CLI's engine cache): asked before one is built, handed every one built. Not used once
  /// the data changed.
  public var keptIndexes: KeptIndexes?

  /// A workspace over an engine.
  public init(engine: MatchEngine) {
    self.engine = engine
  }

  /// The proposal for a scope and day: the cached one when nothing changed but people (whom
  /// it re-assigns from its previous solution), else a new one.
  public mutating func session(scope: AssignmentScope, options: QueryOptions) throws(MatchError)
    -> AssignmentSession
  {
    let key = RegionKey(day: options.day, horizonDays: options.horizonDays)
    if var cached = cache.session, cached.key == key, cached.session.scope == scope,
      cached.placesVersion == placesVersion
    {
      if !cached.changedPeople.isEmpty {
        for id in cached.changedPeople.sorted() {
          try cached.session.update(participant: id, in: engine)
        }
        cached.changedPeople = []
        cache.session = cached
      }
      return cached.session
    }
    let session = try AssignmentSession(engine: engine, scope: scope, options: options)
    cache.session = CachedSession(
      key: key, placesVersion: placesVersion, session: session, changedPeople: [])
    return session
  }

  /// The competition index of everybody's plain shortlists on a day (10 deep), cached by
  /// its day and horizon until the data changes: the last ``RegionCache/competitionsKept``
  /// of them, so that officers alternating two dates or horizons do not rebuild one each
  /// time (a rebuild is everybody's top 10).
  public mutating func competitionIndex(_ options: QueryOptions) throws(MatchError)
    -> CompetitionIndex
  {
    let key = RegionKey(day: options.day, horizonDays: options.horizonDays)
    cache.competitions.removeAll { $0.version != dataVersion }
    if let found = cache.competitions.firstIndex(where: { $0.key == key }) {
      // The most recently used first.
      let cached = cache.competitions.remove(at: found)
      cache.competitions.insert(cached, at: 0)
      return cached.index
    }
    var listOptions = options
    listOptions.k = CompetitionIndex.standardDepth
    // Finished once started, whatever the question's deadline: every shortlist needs it, it
    // is kept until the data changes, and a region whose index takes longer than a line's
    // budget would otherwise never get one (100,000 × 100,000 takes about 20 s).
    listOptions.deadline = nil
    // Kept for the engine as given: the name says the day, the horizon and the depth.
    let name =
      "competition-\(options.day.daysSinceEpoch)-\(options.horizonDays.map(String.init) ?? "policy")-\(listOptions.k)"
    let kept = dataVersion == 0 ? keptIndexes : nil
    let index: CompetitionIndex
    if let found = kept?.load(name), found.depth == listOptions.k, found.day == options.day {
      index = found
    } else {
      index = try CompetitionIndex(engine: engine, options: listOptions)
      kept?.save(name, index)
    }
    cache.competitions.insert((key, dataVersion, index), at: 0)
    if cache.competitions.count > RegionCache.competitionsKept { cache.competitions.removeLast() }
    return index
  }

  /// Before people change: their lists in each cached competition index (when it is
  /// current), to be taken out after the change.
  public mutating func willChange(people ids: [ParticipantID]) {
    cache.outgoing = []
    for cached in cache.competitions where cached.version == dataVersion {
      cache.outgoing.append(
        (cached.key, dataVersion, plainLists(of: ids, key: cached.key, threads: threads)))
    }
  }

  /// Tells the cached proposal which people changed (it re-assigns them when next asked),
  /// and keeps the cached competition index current: a person's change changes only that
  /// person's own list, so the old lists go out and the new ones come in (two shortlists
  /// per person, instead of everybody's top 10 again: 25 s at national size).
  public mutating func noteChange(people ids: [ParticipantID]) {
    cache.session?.changedPeople.formUnion(ids)
    defer { cache.outgoing = [] }
    for position in cache.competitions.indices {
      var cached = cache.competitions[position]
      guard
        let outgoing = cache.outgoing.first(where: {
          $0.key == cached.key && $0.version == cached.version
        })
      else { continue }
      for list in outgoing.lists { cached.index.remove(list) }
      for list in plainLists(of: ids, key: cached.key, threads: threads) { cached.index.add(list) }
      cached.version = dataVersion
      cache.competitions[position] = cached
    }
  }

  /// Tells the cached proposal that places or the policy changed: it is made anew when next
  /// asked.
  public mutating func noteChangedPlacesOrPolicy() {
    placesVersion += 1
  }

  /// The plain top-10 lists of the stored people among `ids`, as the competition index
  /// counts them.
  func plainLists(of ids: [ParticipantID], key: RegionKey, threads: Int) -> [[PlaceID]] {
    let options = QueryOptions(
      k: CompetitionIndex.standardDepth, day: key.day, threads: threads,
      horizonDays: key.horizonDays)
    return ids.compactMap { id in
      guard engine.participant(id) != nil else { return nil }
      return try? engine.shortlist(for: id, options: options).matches.map(\.placeID)
    }
  }
}

/// Where a workspace's competition indexes are kept beyond it, by name.
public struct KeptIndexes: Sendable {
  /// The index kept under a name, if any.
  public var load: @Sendable (String) -> CompetitionIndex?
  /// Keeps an index under a name.
  public var save: @Sendable (String, CompetitionIndex) -> Void

  public init(
    load: @escaping @Sendable (String) -> CompetitionIndex?,
    save: @escaping @Sendable (String, CompetitionIndex) -> Void
  ) {
    (self.load, self.save) = (load, save)
  }
}

/// What a workspace keeps of the region between questions: the last proposal (kept up to
/// date person by person) and the last few competition indexes, one per day and horizon
/// (kept up to date person by person, rebuilt after a change of places or the policy).
struct RegionCache: Sendable {
  var session: CachedSession?
  /// Most recently used first, at most ``competitionsKept``.
  var competitions: [(key: RegionKey, version: Int, index: CompetitionIndex)] = []
  /// The lists of people about to change, per cached index, at the data version they were
  /// taken at.
  var outgoing: [(key: RegionKey, version: Int, lists: [[PlaceID]])] = []

  /// The competition indexes kept (each is every person's top 10 by place).
  static let competitionsKept = 4
}

/// The question a cached region answer was made for.
struct RegionKey: Hashable, Sendable {
  var day: Day
  var horizonDays: Int?
}

struct CachedSession: Sendable {
  var key: RegionKey
  /// The places-and-policy version the session was built on.
  var placesVersion: Int
  var session: AssignmentSession
  /// People upserted or removed since.
  var changedPeople: Set<ParticipantID>
}
