import PlekCore

/// One entry of a spread shortlist.
public struct SpreadEntry: Hashable, Sendable {
  /// The place.
  public var placeID: PlaceID
  /// The pair's score, millionths.
  public var scoreMillionths: Int64
  /// The place's rank in the person's plain order (by score).
  public var plainRank: Int
  /// The place's congestion price (``PriceCertificate``), in the weight's millionths.
  public var price: Int64
  /// Whether the proposal puts the person here.
  public var proposed: Bool
  /// For a person the proposal leaves out: how many people who fit the place score higher
  /// there (their place in the line when a slot opens).
  public var linePosition: Int?
}

extension AssignmentSession {
  /// The price of a place in the proposal (0 for a place outside it).
  public func price(of place: PlaceID) -> Int64 {
    guard let column = column(of: place) else { return 0 }
    return solver.prices[column]
  }

  /// The place a person is proposed, if any.
  public func proposedPlace(of person: ParticipantID) -> PlaceID? {
    guard let row = rowOf[person], !removed[row], solver.assigned[row] >= 0 else { return nil }
    return graph.placeIDs[Int(solver.assigned[row])]
  }

  /// A person's best score among the fits the proposal read, millionths; `nil` without a fit.
  public func bestScore(of person: ParticipantID) -> Int64? {
    guard let row = rowOf[person], !removed[row] else { return nil }
    return fits(ofRow: row).first?.score
  }

  /// The places a person fits among those the proposal read (their best 24, or for people
  /// read deeper their best 384 or all of them), best first.
  public func fits(_ person: ParticipantID) -> [PlaceID] {
    guard let row = rowOf[person], !removed[row] else { return [] }
    return fits(ofRow: row).map { graph.placeIDs[Int($0.column)] }
  }

  /// The session's column of a place.
  func column(of place: PlaceID) -> Int? {
    var low = 0
    var high = graph.placeIDs.count
    while low < high {
      let middle = (low + high) / 2
      if graph.placeIDs[middle] < place { low = middle + 1 } else { high = middle }
    }
    return low < graph.placeIDs.count && graph.placeIDs[low] == place ? low : nil
  }

  /// A spread shortlist from a person's fits (best score first).
  ///
  /// For a person the proposal places, or one it does not hold: ordered by score minus the
  /// place's congestion price, then the proposed place first, then score, then id. The
  /// proposed place is always first: the certificate makes it the best score minus price.
  ///
  /// For a person the proposal holds but does not place, every fit's price exceeds what the
  /// place is worth to them (the certificate again), so score minus price only says "none":
  /// their fits are ordered by their place in the line instead (`line(place, score)`: how
  /// many people who fit it score higher), then score, then id: the places where they are
  /// nearest the front when a slot opens, which differ from person to person.
  ///
  /// - Parameters:
  ///   - bound: the most a fit left out of `fits` scores (`nil`: `fits` is every fit).
  /// - Returns: the first `k` entries, or `nil` when a fit left out could belong in them
  ///   (read every fit and ask again).
  public func spread(
    _ person: ParticipantID, fits: [(place: PlaceID, score: Int64)], bound: Int64?, k: Int,
    line: (PlaceID, Int64) throws(MatchError) -> Int
  ) throws(MatchError) -> [SpreadEntry]? {
    let proposed = proposedPlace(of: person)
    if proposed == nil, let row = rowOf[person], !removed[row] {
      guard bound == nil else { return nil }
      var entries: [SpreadEntry] = []
      for (index, fit) in fits.enumerated() {
        entries.append(
          SpreadEntry(
            placeID: fit.place, scoreMillionths: fit.score, plainRank: index + 1,
            price: price(of: fit.place), proposed: false,
            linePosition: try line(fit.place, fit.score)))
      }
      entries.sort { a, b in
        if a.linePosition! != b.linePosition! { return a.linePosition! < b.linePosition! }
        if a.scoreMillionths != b.scoreMillionths { return a.scoreMillionths > b.scoreMillionths }
        return a.placeID < b.placeID
      }
      return Array(entries.prefix(k))
    }
    var entries = fits.enumerated().map { index, fit in
      SpreadEntry(
        placeID: fit.place, scoreMillionths: fit.score, plainRank: index + 1,
        price: price(of: fit.place), proposed: fit.place == proposed, linePosition: nil)
    }
    entries.sort { a, b in
      let left = a.scoreMillionths - a.price
      let right = b.scoreMillionths - b.price
      if left != right { return left > right }
      if a.proposed != b.proposed { return a.proposed }
      if a.scoreMillionths != b.scoreMillionths { return a.scoreMillionths > b.scoreMillionths }
      return a.placeID < b.placeID
    }
    let kept = Array(entries.prefix(k))
    // A left-out fit scores at most `bound` and costs at least 0: it could only enter when
    // the list is short or its last entry's score minus price is not above that.
    if let bound {
      if kept.count < k { return nil }
      if let last = kept.last, last.scoreMillionths - last.price <= bound { return nil }
    }
    return kept
  }

  /// A stored person's spread shortlist: their fits read as far as needed.
  ///
  /// - Throws: ``MatchError`` when the engine refuses the scan.
  public func spread(_ person: ParticipantID, k: Int, in engine: MatchEngine) throws(MatchError)
    -> [SpreadEntry]
  {
    var lines = LineCounter(engine: engine, options: options)
    let first = try engine.fits(
      for: person, filter: scope.places, limit: max(4 * k, 64), options: options)
    if let list = try spread(
      person, fits: first.fits, bound: first.bound, k: k,
      line: { p, s throws(MatchError) in try lines.position(p, s) })
    {
      return list
    }
    let all = try engine.fits(for: person, filter: scope.places, limit: nil, options: options)
    return try spread(
      person, fits: all.fits, bound: nil, k: k,
      line: { p, s throws(MatchError) in try lines.position(p, s) }) ?? []
  }
}

/// Places in the line: how many people who fit a place score higher than a given score,
/// from the place's candidate list (read once per place; counted up to ``Limits/maximumK``).
struct LineCounter {
  let engine: MatchEngine
  let options: QueryOptions
  var scores: [PlaceID: [Int64]] = [:]

  init(engine: MatchEngine, options: QueryOptions) {
    self.engine = engine
    var options = options
    options.k = Limits.maximumK
    self.options = options
  }

  /// Reads the lines of `places` at once, on all cores.
  mutating func prefetch(_ places: [PlaceID]) {
    let wanted = Array(Set(places.filter { scores[$0] == nil })).sorted()
    var single = options
    single.threads = 1
    let scanOptions = single
    let engine = engine
    let lists = Parallel.map(wanted.count, chunkSize: 16) { range in
      range.map { index -> [Int64]? in
        (try? engine.candidates(for: wanted[index], options: scanOptions))?.matches.map(
          \.scoreMillionths)
      }
    }
    for (place, list) in zip(wanted, lists) where list != nil { scores[place] = list }
  }

  mutating func position(_ place: PlaceID, _ score: Int64) throws(MatchError) -> Int {
    if scores[place] == nil {
      // A full place's candidates are those who would fit when a slot opens: the line.
      scores[place] = try engine.candidates(for: place, options: options).matches.map(
        \.scoreMillionths)
    }
    return scores[place]!.prefix { $0 > score }.count
  }
}

/// A spread shortlist with the engine's matches for its entries.
public struct SpreadShortlist: Sendable {
  /// The matches, in the spread order.
  public var shortlist: Shortlist
  /// The spread facts of each entry, in the same order.
  public var entries: [SpreadEntry]
}

extension AssignmentSession {
  /// A stored person's spread shortlist with its matches (travel, points, dates), `k` long.
  ///
  /// - Throws: ``MatchError`` when the engine refuses the scan.
  public func spreadShortlist(for person: ParticipantID, k: Int, in engine: MatchEngine)
    throws(MatchError) -> SpreadShortlist
  {
    let entries = try spread(person, k: k, in: engine)
    let matches = try engine.matches(
      for: person, among: entries.map(\.placeID), options: options)
    let byPlace = Dictionary(uniqueKeysWithValues: matches.map { ($0.placeID, $0) })
    let kept = entries.filter { byPlace[$0.placeID] != nil }
    return SpreadShortlist(
      shortlist: Shortlist(
        matches: kept.map { byPlace[$0.placeID]! }, evaluated: engine.placeCount,
        total: engine.placeCount),
      entries: kept)
  }
}
