import PlekTestSupport
import Testing

@testable import PlekCore

/// Issue 25: an engine image's records are checked at every start by reading their bytes
/// against validation's rules, without building them (``RecordCodec/holdsValidParticipant(_:_:)``).
/// The reference is what the start did before: decode the bytes and validate the record. The
/// two must agree on every byte string, or a start would accept a record a load refuses.
@Suite("Engine image: a record's bytes checked without building it")
struct RecordCheckTests {
  static let codec = RecordCodec(EngineFixtures.taxonomy)
  static let (people, places) = EngineFixtures.generated(seed: 41, participants: 300, places: 300)

  /// The taxonomy's competency `index` at level 2.
  static func competency(_ index: Int) -> CompetencyEntry {
    CompetencyEntry(id: EngineFixtures.taxonomy.competencies[index].id, level: .independent)
  }

  /// Decoded and validated, as the reference does it.
  static func reference<Record: EngineRecord>(_: Record.Type, _ bytes: ArraySlice<UInt8>) -> Bool {
    let placeholder = Record.id(IDKey(Identifier<Never>(uncheckedRawValue: "")))
    guard let record = Record.decode(placeholder, bytes, codec) else { return false }
    return record.problems(in: codec.taxonomy).isEmpty
  }

  /// Both checks of one record's bytes; they must agree. `seen` is the check's working
  /// space, reused as a start reuses it (what one record left in it must not matter).
  static func verdicts<Record: EngineRecord>(
    _: Record.Type, _ bytes: [UInt8], _ seen: inout SeenIndexes
  ) -> (Bool, Bool) {
    (Record.holdsValid(bytes[...], codec, &seen), reference(Record.self, bytes[...]))
  }

  static func bytes<Record: EngineRecord>(_ record: Record) -> [UInt8] {
    var bytes: [UInt8] = []
    Record.encode(record, codec, into: &bytes)
    return bytes
  }

  /// A generated participant changed in one way validation knows, and whether the result is
  /// valid: each change is one rule of `Participant.problems(in:)`.
  static let participantChanges: [(String, Bool, @Sendable (inout Participant) -> Void)] = [
    ("as generated", true, { _ in }),
    ("wage value 101", false, { $0.wageValue = 101 }),
    ("wage value -1", false, { $0.wageValue = -1 }),
    ("wage value 100", true, { $0.wageValue = 100 }),
    ("hours 30–20", false, { $0.wishes.hoursPerWeek = HoursRange(min: 30, max: 20) }),
    ("hours 0–61", false, { $0.wishes.hoursPerWeek = HoursRange(min: 0, max: 61) }),
    ("travel 4 minutes", false, { $0.wishes.maxTravelMinutes = 4 }),
    ("travel 181 minutes", false, { $0.wishes.maxTravelMinutes = 181 }),
    ("a competency twice", false, { $0.competencies.append($0.competencies[0]) }),
    // Not a validation rule but bytes no writer makes: a level is 1–3 (the decoder refuses a
    // 0, which only a changed image can hold).
    (
      "a competency at level 0", false,
      { $0.competencies[0].level = CompetencyLevel(uncheckedRawValue: 0) }
    ),
    ("no competencies", true, { $0.competencies = [] }),
    ("a sector wish twice", false, { $0.wishes.sectors.append($0.wishes.sectors[0]) }),
    (
      "rank 0", false,
      {
        $0.wishes.sectors[0] = SectorPreference(
          sector: $0.wishes.sectors[0].sector, wish: .wanted(rank: 0))
      }
    ),
    (
      "rank 17", false,
      {
        $0.wishes.sectors[0] = SectorPreference(
          sector: $0.wishes.sectors[0].sector, wish: .wanted(rank: 17))
      }
    ),
    (
      "a rank twice", false,
      { person in
        person.wishes.sectors = EngineFixtures.taxonomy.sectors.prefix(2).map {
          SectorPreference(sector: $0.id, wish: .wanted(rank: 3))
        }
      }
    ),
    ("outside the region", false, { $0.location = GeoPoint(latitude: 52.1, longitude: 5.1) }),
    ("latitude not a number", false, { $0.location = GeoPoint(latitude: .nan, longitude: 5.7) }),
  ]

  /// A generated place changed in one way validation knows, and whether the result is valid.
  static let placeChanges: [(String, Bool, @Sendable (inout Place) -> Void)] = [
    ("as generated", true, { _ in }),
    ("a title of 81 characters", false, { $0.title = String(repeating: "a", count: 81) }),
    ("a title of 80 characters", true, { $0.title = String(repeating: "a", count: 80) }),
    ("a title with DEL", false, { $0.title = "Hulp\u{7F}" }),
    // 80 characters of two scalars each: characters are counted, not scalars or bytes.
    (
      "a title of 80 accented characters", true,
      { $0.title = String(repeating: "e\u{301}", count: 80) }
    ),
    ("a title with ESC", false, { $0.title = "Hulp\u{1B}[2J" }),
    ("no sectors", false, { $0.sectors = [] }),
    ("a sector twice", false, { $0.sectors += [$0.sectors[0]] }),
    ("hours max 0", false, { $0.hoursPerWeek = HoursRange(min: 0, max: 0) }),
    ("hours 30–20", false, { $0.hoursPerWeek = HoursRange(min: 30, max: 20) }),
    ("a demand unknown", false, { $0.loadDemand[.lifting] = nil }),
    (
      "a required competency twice", false,
      { $0.requiredCompetencies += [Self.competency(0), Self.competency(0)] }
    ),
    (
      "desired and required", false,
      { place in
        place.requiredCompetencies = [Self.competency(1)]
        place.desiredCompetencies = [Self.competency(1)]
      }
    ),
    (
      "a desired competency twice", false,
      { place in
        place.requiredCompetencies = []
        place.desiredCompetencies = Array(repeating: Self.competency(2), count: 2)
      }
    ),
    (
      "a learning offer of 0 months", false,
      { $0.learningOffer = LearningOffer(teaches: [Self.competency(0)], months: 0) }
    ),
    (
      "a learning offer of 61 months", false,
      { $0.learningOffer = LearningOffer(teaches: [Self.competency(0)], months: 61) }
    ),
    ("teaching nothing", false, { $0.learningOffer = LearningOffer(teaches: [], months: 6) }),
    (
      "teaching only Dutch", true,
      { $0.learningOffer = LearningOffer(teaches: [], months: 6, teachesDutch: true) }
    ),
    (
      "teaching a competency twice", false,
      {
        $0.learningOffer = LearningOffer(
          teaches: Array(repeating: Self.competency(3), count: 2), months: 6)
      }
    ),
    ("10,001 free slots", false, { $0.freeSlots = 10_001 }),
    ("-1 free slots", false, { $0.freeSlots = -1 }),
    ("a capacity of 10,001", false, { $0.capacity = 10_001 }),
    ("a capacity of 10,000", true, { $0.capacity = 10_000 }),
    ("outside the region", false, { $0.location = GeoPoint(latitude: 51.2, longitude: 3.9) }),
  ]

  /// Every rule of participant validation, on records that break it and on ones at its edge.
  @Test(arguments: participantChanges.indices)
  func aParticipantBreakingARuleIsRefusedAsValidationRefusesIt(change: Int) {
    Self.expectAgreement(Self.participantChanges[change], on: Self.people.prefix(20))
  }

  /// Every rule of place validation, on records that break it and on ones at its edge.
  @Test(arguments: placeChanges.indices)
  func aPlaceBreakingARuleIsRefusedAsValidationRefusesIt(change: Int) {
    Self.expectAgreement(Self.placeChanges[change], on: Self.places.prefix(20))
  }

  /// `change` applied to each of `records`: the reference's verdict is the one the change
  /// names, and the check's is the reference's.
  static func expectAgreement<Record: EngineRecord>(
    _ change: (String, Bool, @Sendable (inout Record) -> Void), on records: ArraySlice<Record>
  ) {
    let (name, valid, apply) = change
    var seen = SeenIndexes(codec)
    for record in records {
      var changed = record
      apply(&changed)
      let (fast, reference) = verdicts(Record.self, bytes(changed), &seen)
      #expect(reference == valid, "\(name): the reference")
      #expect(fast == reference, "\(name), \(record.id)")
    }
  }

  /// Random changes to the bytes of every generated record (a bit flipped, a byte set, a
  /// byte inserted or dropped, the end cut off; 1 to 3 at a time, seeded): the check and the
  /// reference agree on each, and both outcomes occur often.
  @Test func randomlyChangedBytesGetTheReferencesVerdict() {
    var random = SplitMix64(seed: 25_011)
    var outcomes = [true: 0, false: 0]
    var seen = SeenIndexes(Self.codec)
    func trial<Record: EngineRecord>(_ kind: Record.Type, _ original: [UInt8]) {
      for _ in 0..<(FastSubset.isOn ? 10 : 40) {
        var bytes = original
        for _ in 0...Int.random(in: 0...2, using: &random) where !bytes.isEmpty {
          let at = Int.random(in: bytes.indices, using: &random)
          switch Int.random(in: 0..<5, using: &random) {
          case 0: bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &random)
          case 1: bytes[at] = UInt8.random(in: 0...255, using: &random)
          case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
          case 3: bytes.remove(at: at)
          default: bytes.removeSubrange(at...)
          }
        }
        let (fast, reference) = Self.verdicts(kind, bytes, &seen)
        #expect(fast == reference, "\(kind) bytes \(bytes)")
        outcomes[reference, default: 0] += 1
      }
    }
    for person in Self.people { trial(Participant.self, Self.bytes(person)) }
    for place in Self.places { trial(Place.self, Self.bytes(place)) }
    #expect(outcomes[true]! > 100 && outcomes[false]! > 100, "\(outcomes)")
  }
}
