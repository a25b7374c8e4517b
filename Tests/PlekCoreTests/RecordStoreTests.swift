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

  /// Records added to a builder in blocks of any size build the engine the one-shot
  /// initializer builds: the same slots (index order), the same shortlists and candidate
  /// lists, with the grid sized at the end for all of them.
  @Test(arguments: FastSubset.cases([1, 7, 250, 10_000], fast: [7, 250]))
  func aBuilderFedInBlocksBuildsTheSameEngine(block: Int) throws {
    let taxonomy = try #require(EngineFixtures.taxonomy.validated().validated)
    let policy = try #require(EngineFixtures.taxonomy.validate(Policy.default).validated)
    let (people, places) = EngineFixtures.generated(seed: 14, participants: 1200, places: 900)
    let checkedPeople = people.compactMap { EngineFixtures.taxonomy.validate($0).validated }
    let checkedPlaces = places.compactMap { EngineFixtures.taxonomy.validate($0).validated }
    let whole = try MatchEngine(
      taxonomy: taxonomy, policy: policy, participants: checkedPeople, places: checkedPlaces)
    var builder = try EngineBuilder(taxonomy: taxonomy, policy: policy)
    for start in stride(from: 0, to: checkedPlaces.count, by: block) {
      try builder.add(places: Array(checkedPlaces[start..<min(checkedPlaces.count, start + block)]))
    }
    for start in stride(from: 0, to: checkedPeople.count, by: block) {
      try builder.add(
        participants: Array(checkedPeople[start..<min(checkedPeople.count, start + block)]))
    }
    let built = try builder.build()
    #expect(built.grid.designedRecords == whole.grid.designedRecords)
    #expect(
      (0..<built.people.capacity).map { built.people.id(atSlot: $0) }
        == (0..<whole.people.capacity).map { whole.people.id(atSlot: $0) })
    #expect(
      (0..<built.places.capacity).map { built.places.id(atSlot: $0) }
        == (0..<whole.places.capacity).map { whole.places.id(atSlot: $0) })
    let options = QueryOptions(k: 8, day: EngineFixtures.day, threads: 1)
    #expect(try built.batchShortlists(options: options) == whole.batchShortlists(options: options))
    for place in places.prefix(40) {
      #expect(
        try built.candidates(for: place.id, options: options)
          == whole.candidates(for: place.id, options: options))
    }
    for person in people.prefix(40) { #expect(built.participant(person.id) == person) }
  }

  /// A duplicate id is found across blocks, and reported with its index among all the
  /// records of its kind added.
  @Test func aBuilderReportsDuplicatesAcrossBlocks() throws {
    let taxonomy = try #require(EngineFixtures.taxonomy.validated().validated)
    let policy = try #require(EngineFixtures.taxonomy.validate(Policy.default).validated)
    let (people, _) = EngineFixtures.generated(seed: 15, participants: 20, places: 1)
    let checked = people.compactMap { EngineFixtures.taxonomy.validate($0).validated }
    var builder = try EngineBuilder(taxonomy: taxonomy, policy: policy)
    try builder.add(participants: Array(checked[0..<10]))
    try builder.add(participants: Array(checked[10..<20]) + [checked[3]])
    do {
      _ = try builder.build()
      Issue.record("an engine was built with a duplicate id")
    } catch {
      guard case .invalidRecords(let problems) = error else {
        Issue.record("expected invalid records, got \(error)")
        return
      }
      #expect(problems.map(\.index) == [20])
      #expect(problems.map(\.id) == [people[3].id.rawValue])
    }
  }

  /// Records validated against another taxonomy are validated again under the builder's:
  /// one that fails there is refused with its index among all records of its kind added,
  /// and the others are taken as they are.
  @Test func aBuilderValidatesRecordsOfAnotherTaxonomyAgain() throws {
    let base = EngineFixtures.taxonomy
    let wider = Taxonomy(
      sectors: base.sectors,
      competencies: base.competencies + [
        Competency(
          id: "underwater-welding", kind: .vocational, sectors: [],
          name: LocalizedText(english: "Underwater welding", dutch: "Onderwaterlassen"))
      ],
      loadDimensions: base.loadDimensions, region: base.region)
    #expect(wider.fingerprint != base.fingerprint)
    let (people, _) = EngineFixtures.generated(seed: 16, participants: 6, places: 1)
    var welder = people[5]
    welder.competencies.append(CompetencyEntry(id: "underwater-welding", level: .basic))
    let foreign = try (people.prefix(5) + [welder]).map {
      try #require(wider.validate($0).validated)
    }
    let taxonomy = try #require(base.validated().validated)
    let policy = try #require(base.validate(Policy.default).validated)

    var accepting = try EngineBuilder(taxonomy: taxonomy, policy: policy)
    try accepting.add(participants: Array(foreign.prefix(5)))
    #expect(try accepting.build().participantIDs == people.prefix(5).map(\.id).sorted())

    var builder = try EngineBuilder(taxonomy: taxonomy, policy: policy)
    try builder.add(participants: Array(foreign.prefix(3)))
    do {
      try builder.add(participants: Array(foreign.suffix(3)))
      Issue.record("a record with a competency the taxonomy lacks was accepted")
    } catch {
      guard case .invalidRecords(let problems) = error else {
        Issue.record("expected invalid records, got \(error)")
        return
      }
      #expect(problems.map(\.index) == [5])
      #expect(problems.map(\.id) == [welder.id.rawValue])
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
