import PlekAssign
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

/// A proposal says who it places beyond their own shortlist (issue 24 §2: on seed 3, 1,494 of
/// 3,195 people were placed beyond their own top 10, down to rank 326, without a word):
/// each row gives the rank on the person's own list, and the summary how many are placed
/// beyond the first 10 and how deep.
@Suite("Placed beyond the shortlist")
struct AssignmentRankTests {
  @Test(arguments: [(UInt64(3), 1_200, 300), (UInt64(7), 400, 150)])
  func theSummarySaysWhoIsPlacedBeyondTheShortlist(seed: UInt64, people: Int, places: Int)
    throws
  {
    let engine = try TestData.engine(seed: seed, participants: people, places: places)
    var workspace = Workspace(engine: engine)
    let (_, presentation) = try AssignQuery(
      scope: AssignmentScope(), options: QueryOptions(day: TestData.day)
    ).present(in: &workspace)
    let ranks = presentation.assignment.placements.map(\.rank)
    let beyond = ranks.count { $0 > 10 }
    #expect(beyond >= 5, "the data places people beyond their top 10")
    #expect(presentation.deepestRank == ranks.max())
    #expect(presentation.totals.beyondShortlist == .exact(beyond))
    for language in [Language.english, .dutch] {
      let localizer = Localizer(language: language, taxonomy: TestData.taxonomy)
      let text = TextRendering(localizer: localizer, width: nil, colour: false)
        .assignment(presentation)
      let sentence =
        language == .english
        ? "\(beyond) of them are placed beyond the first 10 places of their own list (at rank \(ranks.max()!) at most)"
        : "\(beyond) van hen staan geplaatst voorbij de eerste 10 plekken van hun eigen lijst (hoogstens op plaats \(ranks.max()!))"
      #expect(text.contains(sentence), "\(language)")
      #expect(text.contains(language == .english ? "Rank on own list" : "Plaats op eigen lijst"))
      let json = JSONRendering(localizer: localizer).assignment(presentation)
      #expect(json["placedBeyondShortlist"]?.numberValue == Double(beyond))
      #expect(json["deepestRank"]?.numberValue == Double(ranks.max()!))
    }
  }
}
