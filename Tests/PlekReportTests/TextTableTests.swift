import PlekCore
import Testing

@testable import PlekReport

/// Whatever reaches a table, a control character is never printed (issue 14, defect 6).
struct TextTableTests {
  @Test func controlCharactersAreNeverPrinted() {
    var table = TextTable(columns: [.init(header: "a"), .init(header: "b")])
    table.append([.init(text: "\u{1B}[2Jcleared"), .init(text: "bell\u{07}\nline\u{202E}")])
    let text = table.render(width: nil, colour: false)
    #expect(
      !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    #expect(text.split(separator: "\n").count == 2, "a header and one row")
    #expect(text.contains("\u{FFFD}[2Jcleared"))
  }
}
