import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

@Suite("JSON parser and writer")
struct JSONParserTests {
  @Test func parsesEveryKindOfValue() throws {
    let value = try JSONParser().parse(
      #"{"a": [1, -2.5, 3e2, true, false, null], "b": "x\"\\\/\b\f\n\r\tyé\u00e9\ud83d\ude00", "c": {}}"#
    )
    #expect(value["a"] == [1, -2.5, 300, true, false, .null])
    #expect(value["b"] == .string("x\"\\/\u{8}\u{c}\n\r\tyéé😀"))
    #expect(value["c"] == .object([]))
  }

  @Test func keepsDuplicateKeysInOrder() throws {
    let value = try JSONParser().parse(#"{"k": 1, "k": 2}"#)
    #expect(value.objectMembers?.map(\.key) == ["k", "k"])
  }

  struct BadText: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    BadText(text: "", line: 1, column: 1, message: "empty input"),
    BadText(text: "[1,]", line: 1, column: 4, message: "expected a value"),
    BadText(text: "{\n  \"a\": 1,\n  \"b\" 2\n}", line: 3, column: 7, message: "expected ':'"),
    BadText(text: "[01]", line: 1, column: 2, message: "leading zero"),
    BadText(text: "[NaN]", line: 1, column: 2, message: "expected a value"),
    BadText(text: "[1e999]", line: 1, column: 2, message: "out of range"),
    BadText(text: "[\"a\nb\"]", line: 1, column: 4, message: "control character"),
    BadText(text: "[\"\\ud800\"]", line: 1, column: 3, message: "lone high surrogate"),
    BadText(text: "[\"\\x\"]", line: 1, column: 3, message: "invalid escape"),
    BadText(text: "[1] 2", line: 1, column: 5, message: "after the JSON value"),
    BadText(text: "{\"a\": tru}", line: 1, column: 7, message: "expected 'true'"),
    BadText(text: "[\"abc", line: 1, column: 2, message: "unterminated string"),
    BadText(text: "{\"é\": 1, x}", line: 1, column: 10, message: "expected a member name"),
  ])
  func reportsBrokenJSONWithPosition(_ bad: BadText) {
    #expect {
      _ = try JSONParser().parse(bad.text)
    } throws: { error in
      guard let error = error as? JSONParseError else { return false }
      return error.line == bad.line && error.column == bad.column
        && error.message.contains(bad.message)
    }
  }

  @Test func rejectsInvalidUTF8() {
    let bytes: [UInt8] = [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]  // ["\xC3("]
    #expect(throws: JSONParseError.self) { try JSONParser().parse(bytes) }
    let overlong: [UInt8] = [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D]
    #expect(throws: JSONParseError.self) { try JSONParser().parse(overlong) }
  }

  @Test func refusesDeepNesting() throws {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(throws: JSONParseError.self) { try JSONParser(maximumDepth: 64).parse(deep) }
    let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    _ = try JSONParser(maximumDepth: 64).parse(fine)
  }

  @Test func toleratesAByteOrderMark() throws {
    #expect(try JSONParser().parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
  }

  @Test func writerRoundTripsAndIsDeterministic() throws {
    let value: JSONValue = .object([
      "text": "quote \" backslash \\ newline \n tab \t bell \u{7} é",
      "numbers": [0, -1, 1.5, 1e-7, 123_456_789_012, 0.1],
      "nested": .object(["empty": [], "null": .null]),
    ])
    for style in [JSONWriter.Style.compact, .pretty, .linePerElement] {
      let bytes = JSONWriter(style: style).bytes(value)
      #expect(try JSONParser().parse(bytes) == value)
      #expect(JSONWriter(style: style).bytes(value) == bytes)
    }
    #expect(JSONWriter().string([1, 2.5, "a"]) == #"[1,2.5,"a"]"#)
  }
}

/// The element pre-scan that lets the loader parse records one by one: whenever it gives
/// ranges that all parse, they are exactly the whole array's elements; anything else goes
/// to the whole-text parser.
@Suite("JSON array element ranges")
struct JSONArrayElementRangeTests {
  @Test(arguments: [
    "[]", " [ ] ", "[1]", "[1,2,3]", "\u{FEFF}[{\"a\": 1}]",
    " [ {\"a\": [1, {\"b\": \"]\"}]} ,\n {} ] \n",
    #"["a,b", "c]d", "e\"f", "g\\", "\\\"]"]"#,
    #"[{"k": "{[\"}"}, [[], [[]]], null, true, -1.5e3]"#,
  ])
  func rangesAreTheElements(text: String) throws {
    let bytes = Array(text.utf8)
    let whole = try JSONParser().parse(bytes)
    let ranges = try #require(bytes.withUnsafeBufferPointer { JSONParser.arrayElementRanges($0) })
    let elements = try ranges.map { try JSONParser().parse(bytes[$0]) }
    #expect(JSONValue.array(elements) == whole)
  }

  @Test(arguments: [
    "", "   ", "{}", "1", "[", "[1,2", "[1] x", "[1]]", "[\"abc]", "[{\"a\": 1]}, 2]",
    "[1,]", "[,1]", "[1,,2]", "[\u{FEFF}1]", "[] []",
  ])
  func malformedArraysAreLeftToTheWholeParse(text: String) {
    let bytes = Array(text.utf8)
    let ranges = bytes.withUnsafeBufferPointer { JSONParser.arrayElementRanges($0) }
    // Either no ranges, or some range fails to parse: never a different successful result.
    if let ranges {
      let parsed = ranges.map { try? JSONParser().parse(bytes[$0]) }
      if parsed.allSatisfy({ $0 != nil }) {
        #expect((try? JSONParser().parse(bytes)) == .array(parsed.map { $0! }), "\(text)")
      }
    }
  }
}
