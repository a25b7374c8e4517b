import PlekTestSupport
import Testing

@testable import PlekCore

/// The taxonomy's own hash table of ids (``TaxonomyIndex``): every id at its index, an id
/// listed twice at its first, and nothing else found.
@Suite("Taxonomy: the id index")
struct TaxonomyIndexTests {
  @Test func everyTaxonomyIdIsFoundAtItsIndex() {
    let taxonomy = TestData.taxonomy
    for (index, competency) in taxonomy.competencies.enumerated() {
      #expect(taxonomy.index(of: competency.id) == index)
    }
    for (index, sector) in taxonomy.sectors.enumerated() {
      #expect(taxonomy.index(of: sector.id) == index)
    }
    for (index, municipality) in taxonomy.region.municipalities.enumerated() {
      #expect(taxonomy.index(of: municipality.id) == index)
    }
  }

  @Test(arguments: ["a", "forklift", "forklift-driving-x", "x-forklift-driving", "carex", "0"])
  func idsNotListedAreNotFound(text: String) throws {
    let ids: [CompetencyID] = ["forklift-driving", "care", "cleaning", "care"]
    let index = TaxonomyIndex(ids)
    #expect(index[try #require(CompetencyID(text))] == nil)
    #expect(index["care"] == 1)
    #expect(index["forklift-driving"] == 0)
    #expect(index["cleaning"] == 2)
  }

  /// Hundreds of ids (a full table's worth of collisions among them) all found.
  @Test func manyIdsAreAllFound() throws {
    let ids = try (0..<256).map { try #require(CompetencyID("competency-\($0)")) }
    let index = TaxonomyIndex(ids)
    for (position, id) in ids.enumerated() { #expect(index[id] == position) }
    #expect(index["competency-256"] == nil)
  }
}
