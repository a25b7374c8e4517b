import PlekTestSupport
import Testing

@testable import PlekCore

/// The engine's record store: records kept as bytes in one arena and handed back whole.
@Suite("Engine: the record store")
struct RecordStoreTests {
  /// The engine keeps records as bytes (``RecordCodec``) and hands every record back whole:
  /// equal to what went in, every list in its own order, after a build, an upsert and a
  /// policy change (which packs every participant again).
  @Test func recordsComeBackExactlyAsStored() throws {
    let (people, places) = EngineFixtures.generated(seed: 12, participants: 300, places: 300)
    #expect(places.contains { $0.learningOffer?.teaches.isEmpty == false })
    #expect(places.contains { $0.learningOffer == nil && !$0.requiredCompetencies.isEmpty })
    #expect(people.allSatisfy { $0.competencies.count > 1 })
    var engine = try EngineFixtures.engine(seed: 12, participants: 300, places: 300)
    for person in people { #expect(engine.participant(person.id) == person) }
    for place in places { #expect(engine.place(place.id) == place) }

    // Lists in an order no generator writes, one list empty, and none at all.
    var reordered = people[0]
    reordered.competencies.reverse()
    var bare = people[1]
    bare.competencies = []
    var place = try #require(places.first { $0.learningOffer?.teaches.count ?? 0 > 1 })
    place.requiredCompetencies = []
    place.desiredCompetencies.reverse()
    place.learningOffer?.teaches.reverse()
    try engine.upsert(participants: [reordered, bare])
    try engine.upsert(places: [place])
    #expect(engine.participant(reordered.id) == reordered)
    #expect(engine.participant(bare.id) == bare)
    #expect(engine.place(place.id) == place)

    var policy = engine.policy
    policy.planningHorizonDays += 1
    try engine.setPolicy(policy)
    #expect(engine.participant(reordered.id) == reordered)
    #expect(engine.participant(people[2].id) == people[2])
  }

  /// Replaced records leave their bytes behind until they are more than half of the arena,
  /// which is then written again: every record still reads back as the last one stored,
  /// and shortlists equal a fresh engine's.
  @Test func replacedRecordsBytesAreCollected() throws {
    let (people, places) = EngineFixtures.generated(seed: 13, participants: 1500, places: 200)
    var engine = try EngineFixtures.engine(seed: 13, participants: 1500, places: 200)
    let live = engine.people.arenaBytes
    var latest = people
    var largest = live
    for round in 1...12 {
      for index in latest.indices {
        latest[index].wishes.maxTravelMinutes = 30 + (index + round) % 60
        latest[index].competencies.rotate(by: round)
      }
      try engine.upsert(participants: latest)
      largest = max(largest, engine.people.arenaBytes)
    }
    // Collected (past a mebibyte of garbage, about nine rounds here): the arena never held
    // all thirteen versions, and holds fewer bytes now than at its largest.
    #expect(live * 9 > 1 << 20)
    #expect(largest < live * 13)
    #expect(engine.people.arenaBytes < largest)
    for person in latest { #expect(engine.participant(person.id) == person) }
    let fresh = try MatchEngine(
      taxonomy: EngineFixtures.taxonomy, policy: .default, participants: latest, places: places)
    let options = QueryOptions(k: 5, day: EngineFixtures.day, threads: 1)
    for person in latest.prefix(200) {
      #expect(
        try engine.shortlist(for: person.id, options: options)
          == fresh.shortlist(for: person.id, options: options))
    }
  }

  /// Integers are zig-zag variable-length: exact for every `Int`, one byte for 0–63.
  @Test(arguments: [
    (0, 1), (1, 1), (-1, 1), (63, 1), (-64, 1), (64, 2), (-65, 2), (8191, 2), (8192, 3),
    (Int.max, 10), (Int.min, 10),
  ])
  func integersRoundTripInTheirSize(value: Int, size: Int) {
    var writer = RecordWriter(bytes: [7])
    writer.int(value)
    #expect(writer.bytes.count == 1 + size)
    var reader = RecordReader(bytes: writer.bytes[1...])
    #expect(reader.int() == value)
    #expect(reader.offset == writer.bytes.endIndex)
  }
}

extension Array {
  /// The array rotated left by `count` places.
  fileprivate mutating func rotate(by count: Int) {
    guard !isEmpty else { return }
    let pivot = count % self.count
    self = Array(self[pivot...] + self[..<pivot])
  }
}
