import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekAssign
@testable import PlekReport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The region report (issue 15): well-formed, every chart titled and tabled, its figures
/// those of the engine, small counts withheld, the same bytes for the same data and day.
@Suite("Region report")
struct RegionReportTests {
  static let options = QueryOptions(day: TestData.day)
  static let report: RegionReport = {
    // As `plek report` makes it: with the results of the sample's placements (section 6).
    try! ReportQuery(options: options).present(in: Workspace(engine: TestData.sampleEngine))
  }()

  static func html(_ language: Language = .dutch) -> String {
    HTMLRendering(localizer: Localizer(language: language, taxonomy: TestData.taxonomy))
      .report(report)
  }

  @Test func theHTMLIsWellFormedAndEveryChartHasATitleAndATable() throws {
    for language in [Language.dutch, .english] {
      let html = Self.html(language)
      let document = try XMLDocument(xmlString: html, options: [])
      let figures = try document.nodes(forXPath: "//*[local-name()='div'][@class='figure']")
      #expect(figures.count >= 12)
      for figure in figures {
        let titles = try figure.nodes(forXPath: "./*[local-name()='h3']")
        let tables = try figure.nodes(forXPath: "./*[local-name()='table']")
        #expect(titles.count == 1 && tables.count == 1, "\(figure.xmlString.prefix(120))")
        for svg in try figure.nodes(forXPath: "./*[local-name()='svg']") {
          #expect(try svg.nodes(forXPath: "./*[local-name()='title']").count == 1)
        }
      }
      #expect(!html.contains("<script"))
      #expect(!html.contains("http://") || !html.contains("src=\"http"), "nothing fetched")
      #expect(!html.contains("P-0"), "no participant ids")
    }
  }

  /// The figures are the engine's: people per municipality and target group counted here,
  /// the proposal's placed count, the dataset's size.
  @Test func theFiguresAreTheEnginesCounts() throws {
    let engine = TestData.sampleEngine
    let report = Self.report
    let people = engine.participantIDs.map { engine.participant($0)! }
    for municipality in report.municipalities {
      let counted = people.filter { $0.municipality == municipality.id }.count
      if let shown = municipality.people.shown { #expect(shown == counted, "\(municipality.id)") }
      for (index, group) in report.peopleByTargetGroup.enumerated() {
        let here = people.filter {
          $0.municipality == municipality.id && $0.targetGroup == group.group
        }
        // Shown cells are exact; withheld ones are below 5 or withheld to protect one that is.
        if let shown = municipality.targetGroups[index].shown { #expect(shown == here.count) }
      }
    }
    // Shown counts are exact; a withheld one is withheld (protection decides which).
    for (group, count) in report.peopleByTargetGroup {
      if let shown = count.shown {
        #expect(shown == people.filter { $0.targetGroup == group }.count)
      }
    }
    let proposal = try engine.assign(options: Self.options)
    #expect(report.placed.shown.map { $0 == proposal.placedCount } ?? true)
    #expect(report.participants == .exact(engine.participantCount))
    #expect(report.places == .exact(engine.placeCount))
    for fit in report.fit {
      let members = people.filter { $0.targetGroup == fit.group }
      let withFit = try members.filter { person in
        !(try engine.shortlist(for: person.id, options: QueryOptions(k: 1, day: TestData.day)))
          .matches.isEmpty
      }.count
      #expect(fit.withFit.shown.map { $0 == withFit } ?? true, "\(fit.group)")
    }
    // The JSON holds the same numbers as the HTML's tables.
    let json = JSONRendering(localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy))
      .report(report)
    let first = try #require(json["municipalities"]?.arrayElements?.first)
    let name = try #require(first["name"]?.stringValue)
    let html = Self.html()
    let people0 = first["people"].map {
      $0 == .null ? GroupCount.mark : "\($0.numberValue.map { Int($0) } ?? -1)"
    }
    #expect(html.contains("<td>\(name)</td><td class=\"n\">\(people0 ?? "")</td>"))
  }

  /// Withheld counts are "•" (JSON `null`) with one footnote, and shares built on them are
  /// left out.
  @Test func smallCountsAreWithheld() throws {
    let report = Self.report
    let small = report.fit.filter { $0.people.shown == nil || $0.withFit.shown == nil }
    #expect(!small.isEmpty, "the sample has small groups")
    for group in small { #expect(group.fitShare == nil) }
    for language in [Language.dutch, .english] {
      let html = Self.html(language)
      #expect(html.contains("<td class=\"n\">\(GroupCount.mark)</td>"))
      let footnote = Localizer(language: language, taxonomy: TestData.taxonomy)(.withheldFootnote)
      #expect(html.components(separatedBy: footnote).count == 2, "one footnote")
      #expect(!html.contains("&lt; 5"), "every withheld count is marked alike")
    }
    let json = JSONRendering(localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
      .report(report)
    let text = JSONWriter().string(json)
    #expect(text.contains("null") && !text.contains("\"<5\""))
    for match in [#""people":1,"#, #""people":2,"#, #""people":3,"#, #""people":4,"#] {
      #expect(!text.contains(match), "\(match)")
    }
  }

  @Test func theSameDataAndDayGiveTheSameBytes() throws {
    let again = try ReportQuery(options: Self.options).present(
      in: Workspace(engine: TestData.sampleEngine))
    let html = HTMLRendering(localizer: Localizer(language: .dutch, taxonomy: TestData.taxonomy))
    #expect(html.report(again) == Self.html())
  }

  /// Headless Chromium, when it is installed (Debian's `chromium`).
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Rendered by headless Chromium; the test is skipped (and reported as skipped) when it is
  /// not installed.
  @Test(.enabled(if: chromium != nil, "headless Chromium is not installed"))
  func chromiumRendersIt() throws {
    let chromium = try #require(Self.chromium)
    let scratch = ScratchDirectory()
    let page = scratch.path + "/report.html"
    try Self.html().write(toFile: page, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(scratch.path)/report.png",
      "--window-size=1000,2400", "file://\(page)",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let png = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/report.png"))
    #expect(png.count > 10_000)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
  }
}
