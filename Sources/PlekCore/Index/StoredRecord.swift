/// A record as a ``RecordStore`` keeps it: its competency lists as two-byte codes (the
/// taxonomy index and the level), everything else as it came.
///
/// A listed competency costs 24 bytes in a `[CompetencyEntry]` (a 16-byte id and a level,
/// padded) and 2 as a code; a national participant lists about sixteen, so this is about a
/// third of what the friendly records of a national engine hold. The record is made whole
/// again (``expanded(_:)``) whenever the engine hands one out, so nothing outside the store
/// sees the codes.
struct StoredRecord<Record: StorableRecord>: Sendable {
  /// The record with its competency lists emptied when ``codes`` holds them; whole when they
  /// could not be coded (a competency the taxonomy does not know, which validation rules
  /// out), or when it lists none.
  private(set) var rest: Record
  /// One code per listed competency, list by list in ``StorableRecord/competencyLists`` order, each list in
  /// its own order: `list << 10 | taxonomy index << 2 | level`. Empty when ``rest`` is whole.
  private(set) var codes: [UInt16]

  /// Codes `record`'s competency lists against the taxonomy's competencies.
  ///
  /// - Complexity: O(listed competencies), a taxonomy look-up each.
  init(_ record: Record, taxonomy: Taxonomy) {
    rest = record
    codes = []
    var coded: [UInt16] = []
    for (list, entries) in record.competencyLists.enumerated() {
      for entry in entries {
        guard let index = taxonomy.index(of: entry.id), index < 256 else { return }
        coded.append(UInt16(list) << 10 | UInt16(index) << 2 | UInt16(entry.level.rawValue))
      }
    }
    guard !coded.isEmpty else { return }
    // Only now empty the lists: a record whose codes fell short above is kept whole.
    rest.competencyLists = Array(repeating: [], count: Record.competencyListCount)
    codes = coded
  }

  /// The record, whole: the lists rebuilt from the codes with the taxonomy's own ids.
  ///
  /// - Complexity: O(listed competencies).
  func expanded(_ competencies: [Competency]) -> Record {
    guard !codes.isEmpty else { return rest }
    var lists = Array(repeating: [CompetencyEntry](), count: Record.competencyListCount)
    for code in codes {
      lists[Int(code >> 10)].append(
        CompetencyEntry(
          id: competencies[Int(code >> 2 & 0xFF)].id,
          level: CompetencyLevel(uncheckedRawValue: UInt8(code & 3))))
    }
    var record = rest
    record.competencyLists = lists
    return record
  }
}

/// A record a ``RecordStore`` keeps: an id, a location to file it by, and lists of
/// competencies, which its ``StoredRecord`` keeps as codes.
protocol StorableRecord: Sendable {
  associatedtype ID: Hashable & Sendable
  var id: ID { get }
  /// Where the record is, for the grid.
  var location: GeoPoint { get }
  /// How many lists ``competencyLists`` has (at most 4: the list is two bits of a code).
  static var competencyListCount: Int { get }
  /// The lists, always ``competencyListCount`` of them, in a fixed order. Setting them
  /// replaces every list (a list with nowhere to go, such as what a place without a
  /// learning offer teaches, must be empty).
  var competencyLists: [[CompetencyEntry]] { get set }
}

extension Participant: StorableRecord {
  static var competencyListCount: Int { 1 }

  var competencyLists: [[CompetencyEntry]] {
    get { [competencies] }
    set { competencies = newValue[0] }
  }
}

extension Place: StorableRecord {
  static var competencyListCount: Int { 3 }

  /// Required, desired, then taught (empty without a learning offer).
  var competencyLists: [[CompetencyEntry]] {
    get { [requiredCompetencies, desiredCompetencies, learningOffer?.teaches ?? []] }
    set {
      requiredCompetencies = newValue[0]
      desiredCompetencies = newValue[1]
      learningOffer?.teaches = newValue[2]
    }
  }
}
