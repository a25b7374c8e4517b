import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// The report's pictures say what they show (issue 24 §2): the places nobody fits add up,
/// bubbles have an area in proportion to the people, the Lorenz curve has axis titles,
/// Gini, the congestion price and the job coaches are explained, labels are whole, and the
/// map says how places are put in a municipality.
@Suite("The report's pictures")
struct ReportPictureTests {
  static let report = RegionReportTests.report

  func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// The blockers of the places nobody fits and the places no single step opens add up to
  /// the places nobody fits (402 places listed 373 in the issue).
  @Test func thePlacesNobodyFitsAddUp() throws {
    let engine = try TestData.engine(seed: 3, participants: 1_200, places: 500)
    let report = try ReportQuery(options: QueryOptions(day: TestData.day)).present(
      in: Workspace(engine: engine))
    let parts = report.nobodyFitsBlockers.map(\.places) + [report.nobodyFitsWithoutStep]
    let total = try #require(report.placesNobodyFits.shown)
    let shown = parts.compactMap(\.shown).reduce(0, +)
    if parts.allSatisfy({ $0.shown != nil }) {
      #expect(shown == total)
    } else {
      #expect(shown < total, "withheld parts hold the rest")
    }
    #expect(parts.count >= 2)
  }

  @Test(arguments: [Language.dutch, .english])
  func thePicturesExplainThemselves(language: Language) throws {
    let html = RegionReportTests.html(language)
    let say = Localizer(language: language, taxonomy: TestData.taxonomy)
    // Bubble areas ∝ people: r / √people is the same for every municipality.
    let radii = html.matches(of: /<circle [^>]*r="([0-9.]+)"/).map { Double($0.output.1)! }
    let people = Self.report.municipalities.compactMap(\.people.shown).map(Double.init)
    #expect(radii.count == people.count && radii.count >= 2)
    let ratios = zip(radii, people).map { $0 / $1.squareRoot() }
    for ratio in ratios { #expect(abs(ratio - ratios[0]) < 0.01, "\(ratios)") }
    // Axis titles, notes, words for the coaches.
    for message in [
      Message.columnPlacesShare, .columnListingsShare, .reportMapNote, .reportGiniNote,
    ] {
      #expect(html.contains(escape(say(message))), "\(say(message))")
    }
    #expect(
      html.contains(escape(say(.reportCoachesProvided)))
        || html.contains(escape(say(.reportCoachesNotProvided))))
    #expect(!html.contains("jobcoaches ✓") && !html.contains("job coaches ✓"))
    // Labels are whole: no text in a chart is cut with "…".
    let texts = html.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.output.1) }
    #expect(!texts.isEmpty)
    #expect(texts.allSatisfy { !$0.hasSuffix("…") }, "\(texts.filter { $0.hasSuffix("…") })")
  }
}
