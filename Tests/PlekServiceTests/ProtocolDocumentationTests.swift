import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekService

/// Protocol.md's examples, run verbatim in page order against the sample.
///
/// Run with `PLEK_UPDATE_DOCS=1` to write the actual responses into the page after a
/// deliberate change; a normal run fails on any difference.
@Suite("Protocol.md examples")
struct ProtocolDocumentationTests {
  static let file = ServiceFixtures.root + "/Sources/PlekService/PlekService.docc/Protocol.md"

  struct Example {
    var name: String
    var request: String
    var response: Range<String.Index>?
    var valuesVary: Bool
  }

  static func examples(in text: String) -> [Example] {
    var examples: [Example] = []
    var cursor = text.startIndex
    while let marker = text.range(of: "<!-- request: ", range: cursor..<text.endIndex) {
      let nameEnd = text.range(of: " -->", range: marker.upperBound..<text.endIndex)!
      let name = String(text[marker.upperBound..<nameEnd.lowerBound])
      let open = text.range(of: "```json\n", range: nameEnd.upperBound..<text.endIndex)!
      let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex)!
      var example = Example(
        name: name, request: String(text[open.upperBound..<close.lowerBound]), response: nil,
        valuesVary: false)
      cursor = close.upperBound
      let next =
        text.range(of: "<!-- request: ", range: cursor..<text.endIndex)?.lowerBound ?? text.endIndex
      if let response = text.range(of: "<!-- response: \(name)", range: cursor..<next) {
        let responseOpen = text.range(of: "```json\n", range: response.upperBound..<text.endIndex)!
        let responseClose = text.range(of: "\n```", range: responseOpen.upperBound..<text.endIndex)!
        example.response = responseOpen.upperBound..<responseClose.lowerBound
        example.valuesVary = text[response.upperBound..<responseOpen.lowerBound].contains(
          "values vary")
        cursor = responseClose.upperBound
      }
      examples.append(example)
    }
    return examples
  }

  /// The same shape: objects with the same keys (recursively), arrays of the same length.
  static func sameShape(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.object(let x), .object(let y)):
      return x.map(\.key) == y.map(\.key) && zip(x, y).allSatisfy { sameShape($0.value, $1.value) }
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { sameShape($0, $1) }
    default:
      return a.typeName == b.typeName
    }
  }

  @Test func everyExampleGivesTheDocumentedResponse() throws {
    var text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let examples = Self.examples(in: text)
    #expect(examples.count >= 25)
    #expect(Set(examples.map(\.name)).count == examples.count, "example names are unique")
    var service = ServiceFixtures.service()
    var replacements: [(Range<String.Index>, String)] = []
    for example in examples {
      #expect(!example.request.contains("\n"), "\(example.name): a request is one line")
      let actual = service.send(example.request)
      guard let range = example.response else {
        #expect(actual == nil, "\(example.name) should get no response")
        continue
      }
      let shown = try #require(actual, "\(example.name) got no response")
      replacements.append(
        (range, JSONWriter(style: .pretty).string(shown).trimmingCharacters(in: .newlines)))
      let expected = try JSONParser().parse(String(text[range]))
      if example.valuesVary {
        #expect(Self.sameShape(expected, shown), "\(example.name): fields differ")
      } else if ProcessInfo.processInfo.environment["PLEK_UPDATE_DOCS"] == nil {
        #expect(expected == shown, "\(example.name): response differs from Protocol.md")
      }
    }
    #expect(service.isShuttingDown, "the last example is shutdown")
    if ProcessInfo.processInfo.environment["PLEK_UPDATE_DOCS"] != nil {
      for (range, replacement) in replacements.reversed() {
        text.replaceSubrange(range, with: replacement)
      }
      try text.write(toFile: Self.file, atomically: true, encoding: .utf8)
    }
  }

  @Test func everyMethodAndErrorCodeIsDocumented() throws {
    let text = try String(contentsOfFile: Self.file, encoding: .utf8)
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("### ") }.joined(
      separator: " ")
    for method in Service.methods { #expect(headings.contains(method), "\(method) has no heading") }
    let requested = Set(
      Self.examples(in: text).compactMap {
        try? JSONParser().parse($0.request)["method"]?.stringValue
      })
    for method in Service.methods {
      #expect(requested.contains(method), "\(method) has no example")
    }
    for (code, _) in RPCErrorCode.all {
      #expect(text.contains("| \(code) |"), "\(code) missing from the error table")
    }
  }
}
