import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

@Suite("Generator")
struct GeneratorTests {
  func files(seed: UInt64, participants: Int = 200, places: Int = 300) throws -> (
    ScratchDirectory, [UInt8], [UInt8]
  ) {
    let scratch = ScratchDirectory()
    try DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: seed).write(
      participants: participants, places: places, to: scratch.path)
    return (scratch, try bytes(scratch.path, "participants"), try bytes(scratch.path, "places"))
  }

  func bytes(_ directory: String, _ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/\(name).json")))
  }

  @Test func sameSeedGivesIdenticalBytes() throws {
    let (first, people1, places1) = try files(seed: 42)
    let (second, people2, places2) = try files(seed: 42)
    #expect(people1 == people2)
    #expect(places1 == places2)
    #expect(try bytes(first.path, "placements") == bytes(second.path, "placements"))
  }

  @Test func differentSeedGivesDifferentData() throws {
    let (_, people1, places1) = try files(seed: 42)
    let (_, people2, places2) = try files(seed: 43)
    #expect(people1 != people2)
    #expect(places1 != places2)
  }

  @Test func moreRecordsKeepTheFirstOnes() {
    let generator = DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: 7)
    #expect(
      generator.participants(count: 50) == Array(generator.participants(count: 120).prefix(50)))
  }

  @Test func generatedDataValidates() throws {
    let (scratch, _, _) = try files(seed: 9, participants: 500, places: 800)
    let report = DatasetLoader.load(
      directory: scratch.path, taxonomyDirectory: Fixtures.taxonomyDirectory)
    #expect(report.issues == [])
    #expect(report.participants.count == 500)
    #expect(report.places.count == 800)
    // Three years of history: most people placed at least once, some still placed.
    #expect(report.placements.count > 300)
    #expect(report.placements.contains { $0.value.end == nil })
  }

  /// The sample is reproducible: it is exactly what the documented command writes.
  @Test func theSampleIsTheDocumentedGeneratorRun() throws {
    let (_, people, places) = try files(seed: 2026, participants: 300, places: 1000)
    let sample = try Data(
      contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/participants.json"))
    let samplePlaces = try Data(
      contentsOf: URL(fileURLWithPath: Fixtures.sampleDirectory + "/places.json"))
    #expect(people == [UInt8](sample))
    #expect(places == [UInt8](samplePlaces))
    let (scratch, _, _) = try files(seed: 2026, participants: 300, places: 1000)
    #expect(
      try bytes(scratch.path, "placements") == bytes(Fixtures.sampleDirectory, "placements"))
  }

  /// Internal and external sheltered places are written with a capacity: their free slots
  /// plus the placements running there on the reference day, so that the free slots the
  /// engine derives from the placements are the free slots drawn, from that day on; other
  /// places give free slots alone (Datasets/README.md, *Capacities*: in the sample 298 of
  /// the 1,000 places, holding 57 running placements).
  @Test func shelteredAndInternalPlacesStateACapacity() throws {
    let generator = DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: 2026)
    let engine = try #require(
      try DatasetLoader.loadEngine(
        directory: Fixtures.sampleDirectory, taxonomyDirectory: Fixtures.taxonomyDirectory,
        policyFile: nil
      ).engine)
    var (withCapacity, running) = (0, 0)
    for index in 0..<1000 {
      let drawn = generator.place(index, of: 1000)
      let place = try #require(engine.place(drawn.id))
      let owned = drawn.employerKind == .internal || drawn.employerKind == .externalSheltered
      #expect((place.capacity != nil) == owned, "\(drawn.id)")
      guard let capacity = place.capacity else { continue }
      withCapacity += 1
      running += engine.placements.placements(at: drawn.id).count { $0.end == nil }
      for day in [generator.referenceDay, TestData.day] {
        #expect(engine.freeSlots(at: drawn.id, on: day) == drawn.freeSlots, "\(drawn.id) \(day)")
      }
      #expect(place.freeSlots == drawn.freeSlots)
      #expect(capacity >= drawn.freeSlots)
    }
    #expect(withCapacity == 298)
    #expect(running == 57)
  }

  /// A place among very many people can draw more running placements than a capacity may
  /// hold: its capacity stays at the largest valid one (the place is full), so the file
  /// still validates (`plek generate --participants 200000 --places 8 --seed 1` draws 25,296
  /// and 14,788 running placements at its two internal places).
  @Test func aCapacityStaysValidWhateverTheHistory() throws {
    let generator = DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: 1)
    let index = try #require(
      (0..<50).first { generator.place($0, of: 50).employerKind == .internal })
    let place = generator.place(index, of: 50, running: 20_000)
    #expect(place.capacity == Place.validFreeSlots.upperBound)
    #expect(place.problems(in: Fixtures.taxonomy).isEmpty)
  }

  /// The history differs by target group, as Datasets/README.md's assumptions say: people
  /// with a Wsw or nieuw-beschut indication are placed more often and mostly in sheltered
  /// or internal work; an activation route falls back more often than a direct one.
  @Test func theHistoryDiffersByTargetGroup() {
    let generator = DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: 5)
    let places = generator.placeSummaries(count: 3000)
    let people = generator.participants(count: 4000)
    var placed: [TargetGroup: (people: Int, placed: Int)] = [:]
    var ends: [TargetGroup: (ended: Int, fellBack: Int)] = [:]
    var sheltered = (all: 0, sheltered: 0)
    for (index, person) in people.enumerated() {
      let history = generator.history(of: index, places: places)
      placed[person.targetGroup, default: (0, 0)].people += 1
      if !history.isEmpty { placed[person.targetGroup, default: (0, 0)].placed += 1 }
      for placement in history where placement.end != nil {
        ends[person.targetGroup, default: (0, 0)].ended += 1
        if placement.fellBack { ends[person.targetGroup, default: (0, 0)].fellBack += 1 }
      }
      if [.wsw, .nieuwBeschut].contains(person.targetGroup) {
        sheltered.all += history.count
        sheltered.sheltered += history.filter { $0.form == .sheltered }.count
      }
      // One after another: never two of one person at a time.
      for (a, b) in zip(history, history.dropFirst()) {
        #expect(a.end.map { $0 < b.start } == true)
      }
    }
    func share(_ pair: (Int, Int)) -> Double { Double(pair.1) / Double(max(1, pair.0)) }
    #expect(share(placed[.wsw]!) > share(placed[.activation]!) + 0.3)
    #expect(share(ends[.activation]!) > share(ends[.participatiewetDirect]!))
    #expect(Double(sheltered.sheltered) > 0.3 * Double(sheltered.all))
  }

  @Test func distributionsAreCorrelated() {
    let generator = DatasetGenerator(taxonomy: Fixtures.taxonomy, seed: 11)
    let people = generator.participants(count: 4000)
    func meanCapacity(_ group: TargetGroup) -> Double {
      let levels = people.filter { $0.targetGroup == group }.flatMap { person in
        LoadDimension.allCases.compactMap { person.loadCapacity[$0].map { Double($0.rawValue) } }
      }
      return levels.reduce(0, +) / Double(max(1, levels.count))
    }
    // Sheltered-work groups have less capacity and more support need than the directly placeable.
    #expect(meanCapacity(.nieuwBeschut) + 0.5 < meanCapacity(.participatiewetDirect))
    let intensive = { (group: TargetGroup) -> Double in
      let members = people.filter { $0.targetGroup == group }
      return Double(members.filter { $0.supportNeed >= .intensive }.count)
        / Double(max(1, members.count))
    }
    #expect(intensive(.wsw) > intensive(.participatiewetDirect) + 0.4)
    let wsw = people.filter { $0.targetGroup == .wsw }
    #expect(!wsw.isEmpty)
    #expect(wsw.allSatisfy { $0.indications.contains(.wsw) })

    let places = generator.places(count: 3000)
    // Learning-work places teach competencies of their own sector.
    for place in places.prefix(500) {
      guard let offer = place.learningOffer else { continue }
      for entry in offer.teaches {
        let sectors = Fixtures.taxonomy.competency(entry.id)?.sectors ?? []
        #expect(!Set(sectors).isDisjoint(with: place.sectors), "\(place.id) teaches \(entry.id)")
      }
    }
    // Sheltered places demand less than regular ones.
    func meanDemand(_ kinds: Set<EmployerKind>) -> Double {
      let levels = places.filter { kinds.contains($0.employerKind) }.flatMap { place in
        LoadDimension.allCases.map { Double(place.loadDemand[$0]!.rawValue) }
      }
      return levels.reduce(0, +) / Double(levels.count)
    }
    #expect(meanDemand([.internal, .externalSheltered]) + 0.5 < meanDemand([.regular]))
    let sheltered = places.filter { $0.employerKind == .externalSheltered }
    #expect(!sheltered.isEmpty)
    #expect(sheltered.allSatisfy { !$0.requiredIndications.isEmpty })
  }
}
