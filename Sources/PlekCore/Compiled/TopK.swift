/// A candidate in a shortlist under construction.
extension Match {
  /// The match of a ranked pair, with the dates after `day` and the placement margin (of
  /// the person's target group, when the place is internal): from the ids and the packed
  /// records alone, so that no stored record is decoded for a shortlist.
  init(
    _ ranked: Ranked, person: ParticipantID, availableFrom: Int32, place: PlaceID,
    opensOn: Int32, internalPlace: Bool, day: Int32, margin: Int64
  ) {
    self.init(
      participantID: person, placeID: place, scoreMillionths: ranked.score,
      travelMinutes: ranked.travelMinutes, assessmentPoints: Int(ranked.assessmentPoints),
      opensOn: opensOn > day ? Day(daysSinceEpoch: opensOn) : nil,
      availableFrom: availableFrom > day ? Day(daysSinceEpoch: availableFrom) : nil,
      placementMarginMillionths: internalPlace ? margin : 0)
  }
}

struct Ranked: Sendable {
  /// The score in millionths of a point: compared exactly, so ties are ties on every CPU.
  var score: Int64
  var key: IDKey
  var slot: Int32
  var travelMinutes: Double
  var assessmentPoints: UInt8

  /// The shortlist order: higher score first, then lower id.
  @inline(__always)
  func ranksBefore(_ other: Ranked) -> Bool {
    score > other.score || (score == other.score && key < other.key)
  }
}

/// The best `k` candidates seen so far: a bounded heap whose root is the worst kept.
///
/// - Complexity: O(log k) per candidate that enters, O(1) per candidate that does not.
struct TopK: Sendable {
  let k: Int
  private(set) var heap: [Ranked] = []

  init(k: Int) {
    self.k = k
    // A fit graph asks for every fit (k = all places): reserve what a shortlist needs.
    heap.reserveCapacity(min(k, 1024))
  }

  /// Whether a candidate with `score` (millionths) could still enter (ties need the id to
  /// decide).
  @inline(__always)
  func admits(_ score: Int64) -> Bool {
    heap.count < k || (k > 0 && score >= heap[0].score)
  }

  /// The score, in points, a candidate's upper bound must reach to have a chance: the worst
  /// kept score once full, `-infinity` before, `infinity` when nothing may be kept (k = 0).
  @inline(__always)
  var threshold: Double {
    heap.count < k ? -.infinity : k == 0 ? .infinity : Double(heap[0].score) / 1_000_000
  }

  /// Offers a candidate.
  @inline(__always)
  mutating func consider(_ candidate: Ranked) {
    if heap.count < k {
      heap.append(candidate)
      siftUp(heap.count - 1)
    } else if k > 0 && candidate.ranksBefore(heap[0]) {
      heap[0] = candidate
      siftDown(0)
    }
  }

  /// Offers every candidate of another heap.
  mutating func merge(_ other: TopK) {
    for candidate in other.heap { consider(candidate) }
  }

  /// The kept candidates, best first.
  func sorted() -> [Ranked] { heap.sorted { $0.ranksBefore($1) } }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      // The root must be the worst: a parent ranks after its children.
      guard heap[parent].ranksBefore(heap[child]) else { return }
      heap.swapAt(parent, child)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var worst = parent
      if left < heap.count && heap[worst].ranksBefore(heap[left]) { worst = left }
      if right < heap.count && heap[worst].ranksBefore(heap[right]) { worst = right }
      if worst == parent { return }
      heap.swapAt(parent, worst)
      parent = worst
    }
  }
}
