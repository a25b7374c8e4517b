import PlekCore
import Testing

@testable import PlekReport

@Suite("Localisation table")
struct LocalizationTests {
  @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    for message in Message.allCases {
      let (english, dutch) = message.templates
      #expect(!english.isEmpty && !dutch.isEmpty, "\(message)")
      #expect(
        Set(Localizer.placeholders(english)) == Set(Localizer.placeholders(dutch)), "\(message)")
    }
  }
}
