import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// Issue 26: a place's `capacity` in every file form (JSON, CSV, snapshot records, sealed
/// image), and its free slots derived again from the placements after each load.
@Suite("Places with a capacity")
struct CapacityRecordTests {
  static let key: [UInt8] = Array(0..<16)

  /// The sample with its first place holding two, filled by a running placement and one
  /// ending on 2026-12-31: full until 2027-01-01.
  static func engine() throws -> (MatchEngine, PlaceID) {
    var engine = TestData.sampleEngine
    let id = try #require(engine.placeIDs.first { engine.placements.placements(at: $0).isEmpty })
    var place = try #require(engine.place(id))
    place.capacity = 2
    try engine.upsert(places: [place])
    let people = engine.participantIDs.filter { engine.placements.placements(of: $0).isEmpty }
    let placements = [
      Placement(
        id: "PM-CAP-1", participant: people[0], place: id, start: Day(iso: "2026-02-02")!,
        form: .employment, hoursPerWeek: 20),
      Placement(
        id: "PM-CAP-2", participant: people[1], place: id, start: Day(iso: "2026-03-02")!,
        end: Day(iso: "2026-12-31")!, endReason: .regularWork, form: .trial, hoursPerWeek: 20),
    ]
    try engine.upsert(placements: placements.map { TestData.taxonomy.validate($0).validated! })
    return (engine, id)
  }

  /// Datasets/README's worked example (*Free slots from placements, worked*): capacity 2,
  /// one placement without an end, one ending on 2026-12-31: 0 free on 2026-12-31, one from
  /// 2027-01-01; `freeSlots` written back as 1.
  @Test func derivedSlotsAreWhatTheEngineHolds() throws {
    let (engine, id) = try Self.engine()
    let place = try #require(engine.place(id))
    #expect(place.freeSlots == 1)
    #expect(place.slotFreeFrom == Day(iso: "2027-01-01"))
    #expect(engine.freeSlots(at: id, on: Day(iso: "2026-12-31")!) == 0)
    #expect(engine.freeSlots(at: id, on: Day(iso: "2027-01-01")!) == 1)
  }

  /// JSON and CSV keep the capacity; read back, the record says capacity wins (freeSlots
  /// is the capacity until placements say otherwise), and the engine derives the rest.
  @Test func jsonAndCSVKeepTheCapacity() throws {
    let (engine, id) = try Self.engine()
    let place = try #require(engine.place(id))
    let json = try #require(Place.decode(json: place.json, taxonomy: TestData.taxonomy).value)
    #expect(json.capacity == 2)
    #expect(json.freeSlots == 2)
    #expect(json.slotFreeFrom == nil, "derived, never read from a file")
    var members = place.json.objectMembers ?? []
    members.removeAll { $0.key == "freeSlots" }
    let onlyCapacity = Place.decode(json: .object(members), taxonomy: TestData.taxonomy)
    #expect(onlyCapacity.problems == [], "freeSlots may be left out beside a capacity")
    let sheet = CSVWriter(delimiter: UInt8(ascii: ";")).bytes(
      header: RecordCSV.placeColumns, rows: RecordCSV.exportPlaces([place], decimalComma: true))
    let (rows, issues) = RecordCSV.importPlaces(
      try CSVReader.read(sheet), taxonomy: TestData.taxonomy)
    #expect(issues == [])
    #expect(rows == [json])
  }

  /// From the snapshot's records (placements upserted after them) and from the sealed image
  /// alike, the place comes back with the slots derived as before.
  @Test func snapshotsBringTheDerivedSlotsBack() throws {
    let (engine, id) = try Self.engine()
    let scratch = ScratchDirectory()
    var sealed: [UInt8] = []
    BinarySnapshot.write(of: engine, sealedWith: Self.key) { sealed += $0 }
    scratch.write("sealed.plek", sealed)
    scratch.write("plain.plek", BinarySnapshot.bytes(of: engine))
    for (file, key) in [("sealed.plek", Self.key), ("plain.plek", nil)] {
      let loaded = try BinarySnapshot.loadEngine(
        path: scratch.path + "/" + file, taxonomy: TestData.validatedTaxonomy, key: key)
      #expect(loaded.engine.place(id) == engine.place(id), "\(file)")
      let day = Day(iso: "2026-12-01")!
      let options = QueryOptions(k: 50, day: day)
      #expect(
        try loaded.engine.candidates(for: id, options: options).placeIsFull
          && engine.candidates(for: id, options: options).placeIsFull, "\(file)")
    }
  }
}
