import PlekAssign
import PlekCore
import PlekIO
import PlekReport

/// The region's placement proposal, its congestion, and what shortlists show of both.
extension Service {
  /// The scope members of `filters` for `assign` and `congestion`: people by municipality
  /// and target group, places by sector, employer kind, learning-only and a travel limit.
  static let scopeFilterMembers = [
    "municipalities", "targetGroups", "sectors", "employerKinds", "learningOnly",
    "maxTravelMinutes",
  ]

  /// A scope from `filters`, `participants` and `places` (ids).
  func scope(_ reader: inout Params) -> AssignmentScope {
    var scope = AssignmentScope()
    if let members = filterMembers(&reader, allowed: Self.scopeFilterMembers) {
      let cohort = Cohort.parse(
        municipalities: members.words["municipalities"] ?? [],
        targetGroups: members.words["targetGroups"] ?? [], taxonomy: engine.taxonomy)
      reader.fail(cohort.problems, prefix: "filters.")
      let places = PlaceFilter.parse(
        sectors: members.words["sectors"] ?? [],
        employerKinds: members.words["employerKinds"] ?? [],
        learningOnly: members.learningOnly, maxTravelMinutes: members.maxTravelMinutes,
        taxonomy: engine.taxonomy)
      reader.fail(places.problems, prefix: "filters.")
      scope.cohort = cohort.cohort
      scope.places = places.filter
    }
    if let value = reader.value("participants"), let texts = reader.strings(value, "participants") {
      scope.participantIDs = ids(texts, "participants", &reader)
    }
    if let value = reader.value("places"), let texts = reader.strings(value, "places") {
      scope.placeIDs = ids(texts, "places", &reader)
    }
    return scope
  }

  func ids<Tag>(_ texts: [String], _ path: String, _ reader: inout Params) -> [Identifier<Tag>] {
    texts.enumerated().compactMap { index, text in
      guard let id = Identifier<Tag>(text) else {
        reader.fail("\(path)[\(index)]", .badID, .string(text), "an id")
        return nil
      }
      return id
    }
  }

  /// The scope, day, horizon and language of a regional request, the reader checked.
  func regionRequest(_ reader: inout Params) throws(RPCError) -> (
    AssignmentScope, QueryOptions, Language
  ) {
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    let language = reader.choice("lang", default: Language.english)
    let scope = scope(&reader)
    try reader.check()
    return (scope, QueryOptions(day: day, threads: threads, horizonDays: horizon), language)
  }

  /// A regional placement proposal (officers only): `filters`, `participants`, `places`,
  /// `date`, `horizonDays`, `lang`.
  mutating func assign(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params,
      allowed: ["filters", "participants", "places", "date", "horizonDays", "lang"])
    let (scope, options, language) = try regionRequest(&reader)
    let assignment: Assignment
    do throws(MatchError) {
      assignment = try session(scope: scope, options: options).proposal()
    } catch {
      throw Self.rpcError(error)
    }
    guard let presentation = Presenter(audience: .officer).assignment(assignment, in: engine)
    else {
      throw RPCError(code: RPCErrorCode.internalError, message: "proposal not presented")
    }
    log(
      "assign: \(assignment.participantIDs.count) people, \(assignment.placedCount) placed, proven \(assignment.proven)"
    )
    return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
      .assignment(presentation)
  }

  /// The congestion report: `filters`, `participants`, `places`, `k` (the lists' length),
  /// `date`, `horizonDays`, `lang`.
  mutating func congestion(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params,
      allowed: ["filters", "participants", "places", "k", "date", "horizonDays", "lang"])
    let depth = reader.int("k", 1...Limits.maximumK, default: CompetitionIndex.standardDepth)
    let (scope, options, language) = try regionRequest(&reader)
    let report: CongestionReport
    do throws(MatchError) {
      report = try session(scope: scope, options: options).congestion(in: engine, depth: depth)
    } catch {
      throw Self.rpcError(error)
    }
    return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
      .congestion(Presenter(audience: .officer).congestion(report))
  }

  /// The proposal for a scope and day: the cached one when nothing changed but people (whom
  /// it re-assigns from its previous solution), else a new one.
  mutating func session(scope: AssignmentScope, options: QueryOptions) throws(MatchError)
    -> AssignmentSession
  {
    let key = RegionKey(day: options.day, horizonDays: options.horizonDays)
    if var cached = regionCache.session, cached.key == key, cached.session.scope == scope,
      cached.placesVersion == placesVersion
    {
      if !cached.changedPeople.isEmpty {
        for id in cached.changedPeople.sorted() {
          try cached.session.update(participant: id, in: engine)
        }
        cached.changedPeople = []
        regionCache.session = cached
      }
      return cached.session
    }
    let session = try AssignmentSession(engine: engine, scope: scope, options: options)
    regionCache.session = CachedSession(
      key: key, placesVersion: placesVersion, session: session, changedPeople: [])
    return session
  }

  /// The competition index of everybody's plain shortlists on a day (10 deep), cached until
  /// the data changes.
  mutating func competitionIndex(_ options: QueryOptions) throws(MatchError) -> CompetitionIndex {
    let key = RegionKey(day: options.day, horizonDays: options.horizonDays)
    if let cached = regionCache.competition, cached.key == key, cached.version == dataVersion {
      return cached.index
    }
    var listOptions = options
    listOptions.k = CompetitionIndex.standardDepth
    let index = try CompetitionIndex(engine: engine, options: listOptions)
    regionCache.competition = (key, dataVersion, index)
    return index
  }

  /// Before people change: their lists in the cached competition index (when it is current),
  /// to be taken out after the change.
  mutating func willChange(people ids: [ParticipantID]) {
    regionCache.outgoing = nil
    guard let cached = regionCache.competition, cached.version == dataVersion else { return }
    regionCache.outgoing = (dataVersion, plainLists(of: ids, key: cached.key))
  }

  /// Tells the cached proposal which people changed (it re-assigns them when next asked),
  /// and keeps the cached competition index current: a person's change changes only that
  /// person's own list, so the old lists go out and the new ones come in (two shortlists
  /// per person, instead of everybody's top 10 again: 25 s at national size).
  mutating func noteChange(people ids: [ParticipantID]) {
    regionCache.session?.changedPeople.formUnion(ids)
    defer { regionCache.outgoing = nil }
    guard let outgoing = regionCache.outgoing, var cached = regionCache.competition,
      cached.version == outgoing.version
    else { return }
    for list in outgoing.lists { cached.index.remove(list) }
    for list in plainLists(of: ids, key: cached.key) { cached.index.add(list) }
    cached.version = dataVersion
    regionCache.competition = cached
  }

  /// The plain top-10 lists of the stored people among `ids`, as the competition index
  /// counts them.
  func plainLists(of ids: [ParticipantID], key: RegionKey) -> [[PlaceID]] {
    let options = QueryOptions(
      k: CompetitionIndex.standardDepth, day: key.day, threads: threads,
      horizonDays: key.horizonDays)
    return ids.compactMap { id in
      guard engine.participant(id) != nil else { return nil }
      return try? engine.shortlist(for: id, options: options).matches.map(\.placeID)
    }
  }
}

/// What the service keeps of the region between requests: the last proposal (kept up to
/// date person by person) and the last competition index (kept up to date person by person,
/// rebuilt after a change of places or the policy).
struct RegionCache: Sendable {
  var session: CachedSession?
  var competition: (key: RegionKey, version: Int, index: CompetitionIndex)?
  /// The lists of people about to change, at the data version they were taken at.
  var outgoing: (version: Int, lists: [[PlaceID]])?
}

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

extension Service {
  /// A shortlist: as ``list(_:about:)``, plus `spread` (order by score minus the place's
  /// congestion price in the region's proposal, stored participants only); for officers every
  /// entry carries the competition at its place.
  mutating func shortlist(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(
      params,
      allowed: [
        "participant", "k", "filters", "explain", "view", "lang", "date", "horizonDays", "spread",
      ])
    let request = try listRequest(&reader, about: Participant.self)
    let spread = reader.bool("spread", default: false)
    if spread, let subject = request.subject, subject.storedID == nil {
      reader.fail(
        "spread", .invalidValue, .bool(true),
        "false for an inline participant: spread lists are for stored participants, who are in the region's proposal"
      )
    }
    if spread && request.query.audience != .officer {
      reader.fail("spread", .invalidValue, .bool(true), "false for the employer view")
    }
    try reader.check()
    let localizer = Localizer(language: request.query.language, taxonomy: engine.taxonomy)
    let options = request.query.options(threads: threads)
    if spread, let id = request.subject?.storedID, let filter = request.filter {
      // The spread order over the region's proposal.
      let spreadList: SpreadShortlist
      let index: CompetitionIndex
      do throws(MatchError) {
        let session = try session(scope: AssignmentScope(places: filter), options: options)
        spreadList = try session.spreadShortlist(for: id, k: request.query.k, in: engine)
        index = try competitionIndex(options)
      } catch {
        throw Self.rpcError(error)
      }
      let list = spreadList.shortlist
      let entries = spreadList.entries
      let plain = Dictionary(uniqueKeysWithValues: entries.map { ($0.placeID, $0.plainRank) })
      var presentation = Participant.present(
        list, for: request.subject!.record, options: options, explain: request.query.explain,
        by: Presenter(audience: request.query.audience), in: engine)
      presentation = Presenter(audience: request.query.audience).withCompetition(
        presentation, index: index, plainRanks: plain,
        spread: Dictionary(uniqueKeysWithValues: entries.map { ($0.placeID, $0) }))
      return JSONRendering(localizer: localizer).list(presentation)
    }
    var presentation = try present(request)
    if request.query.audience == .officer {
      let index: CompetitionIndex
      do throws(MatchError) {
        index = try competitionIndex(options)
      } catch {
        throw Self.rpcError(error)
      }
      var plain: [PlaceID: Int] = [:]
      for entry in presentation.entries {
        if let place = entry.place { plain[place.id] = entry.rank }
      }
      presentation = Presenter(audience: request.query.audience).withCompetition(
        presentation, index: index, plainRanks: plain)
    }
    return JSONRendering(localizer: localizer).list(presentation)
  }
}

extension Service {
  /// The region report's figures (an aggregate: counts below 5 as `"<5"`): `date`,
  /// `horizonDays`, `lang`.
  mutating func report(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    var reader = try Params(params, allowed: ["date", "horizonDays", "lang"])
    let day = reader.day("date", default: today())
    let horizon = horizonDays(&reader)
    let language = reader.choice("lang", default: Language.english)
    try reader.check()
    let report: RegionReport
    do throws(MatchError) {
      report = try Presenter(audience: .officer).regionReport(
        engine, options: QueryOptions(day: day, threads: threads, horizonDays: horizon))
    } catch {
      throw Self.rpcError(error)
    }
    return JSONRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
      .report(report)
  }
}
