import Foundation

/// Every message Plek declares, read from its declarations in `Sources/` (each
/// `Message(en: "…", nl: "…")`): the localisation table as tests walk it. A message is a
/// typed function, so it cannot be listed by calling it; its declaration can be read.
public enum MessageCatalog {
  /// One declared message: where it is, and its two literals with their interpolations.
  public struct Entry: Sendable, CustomStringConvertible {
    /// The file, relative to the repository root, and the line.
    public var location: String
    /// The English literal as written, interpolations included (`\(minutes, decimals: 0)`).
    public var english: String
    /// The Dutch literal as written.
    public var dutch: String

    /// The literal without its interpolations: the words of the language.
    public static func words(_ literal: String) -> String {
      var text = ""
      var depth = 0
      var index = literal.startIndex
      while index < literal.endIndex {
        let character = literal[index]
        let next = literal.index(after: index)
        if depth == 0 && character == "\\" && next < literal.endIndex && literal[next] == "(" {
          depth = 1
          text += " "
          index = literal.index(after: next)
          continue
        }
        if depth > 0 {
          if character == "(" { depth += 1 }
          if character == ")" { depth -= 1 }
        } else {
          text.append(character)
        }
        index = next
      }
      return text
    }

    /// The interpolations of a literal, as written, sorted.
    public static func interpolations(_ literal: String) -> [String] {
      var found: [String] = []
      var rest = Substring(literal)
      while let open = rest.range(of: "\\(") {
        var depth = 1
        var index = open.upperBound
        while index < rest.endIndex && depth > 0 {
          if rest[index] == "(" { depth += 1 }
          if rest[index] == ")" { depth -= 1 }
          index = rest.index(after: index)
        }
        found.append(String(rest[open.upperBound..<rest.index(before: index)]))
        rest = rest[index...]
      }
      return found.sorted()
    }

    public var description: String { "\(location): \(english)" }
  }

  /// Every `Message(en:nl:)` whose two arguments are string literals, in every Swift file
  /// under `Sources/`.
  public static let entries: [Entry] = {
    let sources = Repository.root + "/Sources"
    guard let files = FileManager.default.enumerator(atPath: sources) else { return [] }
    var entries: [Entry] = []
    for case let file as String in files where file.hasSuffix(".swift") {
      guard let text = try? String(contentsOfFile: sources + "/" + file, encoding: .utf8) else {
        continue
      }
      let characters = Array(text)
      var index = 0
      var line = 1
      let marker = Array("Message(")
      while index < characters.count {
        if characters[index] == "\n" { line += 1 }
        guard characters[index] == "M", index + marker.count <= characters.count,
          Array(characters[index..<index + marker.count]) == marker
        else {
          index += 1
          continue
        }
        var cursor = index + marker.count
        if let english = argument("en", characters, &cursor),
          let dutch = argument("nl", characters, &cursor)
        {
          entries.append(Entry(location: "Sources/\(file):\(line)", english: english, dutch: dutch))
        }
        index += marker.count
      }
    }
    return entries.sorted { $0.location < $1.location }
  }()

  /// `label: "literal"` at `cursor` (after blanks and a comma): the literal's text, with the
  /// cursor after it; `nil` when something else is there.
  static func argument(_ label: String, _ characters: [Character], _ cursor: inout Int)
    -> String?
  {
    func skipBlanks() {
      while cursor < characters.count
        && (characters[cursor].isWhitespace || characters[cursor] == ",")
      {
        cursor += 1
      }
    }
    skipBlanks()
    let expected = Array(label + ":")
    guard cursor + expected.count <= characters.count,
      Array(characters[cursor..<cursor + expected.count]) == expected
    else { return nil }
    cursor += expected.count
    skipBlanks()
    return literal(characters, &cursor)
  }

  /// A string literal at `cursor` (its quotes, escapes and interpolations, which may hold
  /// literals of their own): its text between the quotes.
  static func literal(_ characters: [Character], _ cursor: inout Int) -> String? {
    guard cursor < characters.count, characters[cursor] == "\"" else { return nil }
    let start = cursor + 1
    cursor += 1
    while cursor < characters.count {
      let character = characters[cursor]
      if character == "\"" {
        cursor += 1
        return String(characters[start..<cursor - 1])
      }
      if character == "\n" { return nil }
      if character == "\\" && cursor + 1 < characters.count && characters[cursor + 1] == "(" {
        cursor += 2
        var depth = 1
        while cursor < characters.count && depth > 0 {
          switch characters[cursor] {
          case "(": depth += 1
          case ")": depth -= 1
          case "\"":
            _ = literal(characters, &cursor)
            continue
          default: break
          }
          cursor += 1
        }
        continue
      }
      cursor += character == "\\" ? 2 : 1
    }
    return nil
  }
}
