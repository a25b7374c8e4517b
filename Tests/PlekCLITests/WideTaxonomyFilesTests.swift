import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// A taxonomy of 64 sectors the way a national user brings one: files on disk, read by the
/// commands, kept in a snapshot, answering what the engine built in memory answers.
@Suite("A taxonomy of 64 sectors, from files")
struct WideTaxonomyFilesTests {
  static let day = ["--date", "2026-11-22"]

  @Test func theCommandsReadAndAnswerOnSixtyFourSectors() throws {
    let split = try #require(SectorSplit(TestData.taxonomy, parts: 4))
    let regional = TestData.generated(seed: 64, participants: 120, places: 900)
    var random = SplitMix64(seed: 64)
    let places = regional.places.map { split.place($0, random: &random) }
    let people = regional.people.map { split.participant($0, random: &random) }
    let scratch = ScratchDirectory()
    let data = scratch.path + "/wide"
    for file in TaxonomyCodec.File.allCases {
      try DatasetLoader.write(
        JSONWriter(style: .pretty).bytes(TaxonomyCodec.json(file, of: split.taxonomy)),
        to: data + "/taxonomy/" + file.rawValue)
    }
    try DatasetLoader.write(
      JSONWriter(style: .linePerElement).bytes(.array(people.map(\.json))),
      to: data + "/" + DatasetLoader.participantsFile)
    try DatasetLoader.write(
      JSONWriter(style: .linePerElement).bytes(.array(places.map(\.json))),
      to: data + "/" + DatasetLoader.placesFile)

    let validate = try runPlek(["validate", "--data", data])
    #expect(validate.status == 0, "\(validate.standardError)")
    let snapshot = scratch.path + "/wide.snapshot"
    let written = try runPlek(["snapshot", "--data", data, "--out", snapshot])
    #expect(written.status == 0, "\(written.standardError)")

    let engine = try MatchEngine(taxonomy: split.taxonomy, participants: people, places: places)
    var listed = 0
    for person in people.prefix(12) {
      let expected = try engine.shortlist(
        for: person.id, options: QueryOptions(k: 8, day: TestData.day))
      for source in [data, snapshot] {
        let result = try runPlek(
          [
            "shortlist", person.id.rawValue, "--data", source, "--taxonomy", data + "/taxonomy",
            "--top", "8", "--format", "json",
          ] + Self.day)
        #expect(result.status == 0, "\(result.standardError)")
        let answer = try #require(
          try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
            as? [String: Any])
        let matches = try #require(answer["matches"] as? [[String: Any]])
        #expect(
          matches.compactMap { $0["place"] as? String } == expected.matches.map(\.placeID.rawValue),
          "\(person.id) from \(source)")
      }
      listed += expected.matches.count
    }
    #expect(listed > 30, "the people must have fits")
  }
}
