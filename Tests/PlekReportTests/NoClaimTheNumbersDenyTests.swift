import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// No sentence claims what its own numbers deny (issue 24 §2): "raises the best fit from
/// 88.2 to 88.2" (P-000100, P-000119, … on the sample, 2026-11-22), and "No place fits" over
/// a list that is empty only because no places were asked for (`--top 0`).
@Suite("No claim the numbers deny")
struct NoClaimTheNumbersDenyTests {
  static let engine = TestData.sampleEngine

  static func advice(_ id: ParticipantID, _ language: Language) throws -> String {
    let person = try #require(engine.validatedParticipant(id))
    let presentation = try AdviceQuery(
      person: person, storedID: id, options: QueryOptions(day: TestData.day)
    ).present(in: Workspace(engine: engine))
    return TextRendering(
      localizer: Localizer(language: language, taxonomy: TestData.taxonomy), width: nil,
      colour: false
    ).advice(presentation)
  }

  /// Every "raises the best fit from X to Y" of the people the issue and a sweep of the
  /// sample found, in both languages: Y is more than X as printed.
  @Test(arguments: ["P-000100", "P-000119", "P-000137", "P-000189", "P-000232", "P-000275"])
  func aRiseIsARiseAsPrinted(id: String) throws {
    for language in [Language.english, .dutch] {
      let text = try Self.advice(try #require(ParticipantID(id)), language)
      let pattern = language == .english ? "from " : "van "
      var rises = 0
      for line in text.split(separator: "\n") {
        guard let range = line.range(of: language == .english ? "raises" : "verhoogt") else {
          continue
        }
        let words = line[range.upperBound...].split(separator: " ")
        guard let from = words.firstIndex(of: Substring(pattern.dropLast())),
          from + 3 < words.count
        else { continue }
        let (before, after) = (words[from + 1], words[from + 3])
        rises += 1
        #expect(before != after, "\(id): \(line)")
        let number = { (word: Substring) in
          Double(word.replacingOccurrences(of: ",", with: ".").filter { $0.isNumber || $0 == "." })
        }
        #expect((number(after) ?? 0) > (number(before) ?? 0), "\(id): \(line)")
      }
      #expect(rises > 0, "\(id) (\(language)): the advice says how a step raises the best fit")
    }
  }

  /// `--top 0`: P-000003 fits places; the empty list does not say that none fits.
  @Test func anEmptyListAskedForIsNotNoFit() throws {
    let id: ParticipantID = "P-000003"
    let person = try #require(Self.engine.validatedParticipant(id))
    var workspace = Workspace(engine: Self.engine)
    let list = try ShortlistQuery(
      person: person, storedID: id, options: QueryOptions(k: 0, day: TestData.day)
    ).present(in: &workspace)
    #expect(list.entries.isEmpty)
    #expect(list.whyEmpty == nil)
    let fits = try ShortlistQuery(
      person: person, storedID: id, options: QueryOptions(k: 5, day: TestData.day)
    ).present(in: &workspace)
    #expect(!fits.entries.isEmpty, "P-000003 fits places")
  }
}
