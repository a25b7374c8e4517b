import PlekAssign
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// A spread shortlist marks the place proposed to the person with ◆ and ‼ only where taking
/// a place costs someone else their placement (issue 24 §2: on seed 3 the proposed place was
/// "‼ +34.2" on 2,574 of 3,195 proposed entries, which the legend reads as costing another
/// person their placement).
@Suite("Spread marks")
struct SpreadMarkTests {
  @Test func theProposedPlaceIsMarkedAsProposedNotAsACost() throws {
    let engine = try TestData.engine(seed: 3, participants: 600, places: 200)
    var workspace = Workspace(engine: engine)
    let localizer = Localizer(language: .english, taxonomy: TestData.taxonomy)
    let text = TextRendering(localizer: localizer, width: nil, colour: false)
    var proposed = 0
    var costs = 0
    for id in engine.participantIDs.prefix(120) {
      let person = try #require(engine.validatedParticipant(id))
      var query = ShortlistQuery(
        person: person, storedID: id, options: QueryOptions(k: 10, day: TestData.day))
      query.spread = true
      let list = try query.present(in: &workspace)
      for entry in list.entries {
        guard let spread = entry.competition?.spread else { continue }
        if spread.proposed {
          proposed += 1
          #expect(!spread.costsAPlacement, "\(id): its own placement costs nobody")
        }
        if spread.costsAPlacement { costs += 1 }
      }
      // Every row; the legend names both marks.
      for line in text.shortlist(list, breakdowns: false).split(separator: "\n")
      where !line.contains("An officer decides") {
        #expect(!(line.contains("◆") && line.contains("‼")), "\(id): \(line)")
      }
    }
    #expect(proposed >= 50, "the people are proposed places")
    #expect(costs > 0, "some places do cost a placement")
  }
}
