import Testing

@testable import PlekReport

/// Every line fits a 100-column terminal (issue 24 §3), words and spacing kept.
@Suite("Text fitting")
struct TextFittingTests {
  @Test func longLinesWrapAtSpacesWithTheirIndent() {
    let line = "  1. 83,4  PL-000723 " + String(repeating: "word ", count: 40)
    let fitted = TextFitting.fit(line + "\nshort", width: 60)
    let lines = fitted.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.first?.hasPrefix("  1. 83,4  PL-000723 word") == true, "spacing kept")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("    word") })
    #expect(lines.last == "short")
    #expect(
      fitted.split(whereSeparator: \.isWhitespace)
        == (line + " short").split(
          whereSeparator: \.isWhitespace), "no word lost")
  }

  @Test func colourTakesNoRoom() {
    let coloured = "\u{1B}[32m" + String(repeating: "x", count: 50) + "\u{1B}[0m"
    #expect(TextFitting.fit(coloured, width: 50) == coloured)
    #expect(TextFitting.fit(coloured, width: nil) == coloured)
  }
}
