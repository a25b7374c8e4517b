/// Lines that fit a terminal: every line of a text wider than the width is wrapped at spaces,
/// its continuation indented two more than the line, so that a 100-column terminal shows
/// every word (issue 24 §3). Tables are laid out to the width already and stay as they are;
/// colour codes do not count towards the width.
public enum TextFitting {
  /// `text` with every line at most `width` visible characters where spaces allow.
  public static func fit(_ text: String, width: Int?) -> String {
    guard let width, width >= 40 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      visibleCount(line) <= width ? String(line) : wrap(line, width: width)
    }.joined(separator: "\n")
  }

  static func wrap(_ line: Substring, width: Int) -> String {
    let lead = line.prefix { $0 == " " }.count
    let indent = String(repeating: " ", count: min(lead + 2, width / 2))
    var lines: [String] = []
    var current = String(line.prefix(lead))
    var currentWidth = lead
    // Empty words keep runs of spaces ("83,4  PL-000723") as they were, except at a break.
    for word in line.dropFirst(lead).split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = visibleCount(word)
      let start = current.allSatisfy { $0 == " " }
      if start && word.isEmpty { continue }
      if !start && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = indent + word
        currentWidth = indent.count + wordWidth
      } else {
        current += (start ? "" : " ") + word
        currentWidth += (start ? 0 : 1) + wordWidth
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// Characters a terminal shows: ANSI colour sequences (ESC [ … m) take no room.
  static func visibleCount(_ text: Substring) -> Int {
    var count = 0
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        count += 1
      }
    }
    return count
  }
}
