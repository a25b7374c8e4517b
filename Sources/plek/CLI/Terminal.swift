import Foundation

/// What the terminal can show: colour only on a terminal and never with `NO_COLOR` set;
/// tables as wide as the terminal (or `COLUMNS`), unlimited when output goes to a file.
enum Terminal {
  static let standardOutputIsTerminal = isatty(STDOUT_FILENO) == 1
  static let standardErrorIsTerminal = isatty(STDERR_FILENO) == 1

  static var colour: Bool {
    let environment = ProcessInfo.processInfo.environment
    return standardOutputIsTerminal && environment["NO_COLOR"] == nil
      && environment["TERM"] != "dumb"
  }

  /// The width tables must fit, or `nil` for no limit.
  static var width: Int? {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40
    {
      return columns
    }
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
      return Int(size.ws_col)
    }
    return 100
  }
}

/// ANSI colours, applied only when the terminal allows.
enum Paint {
  case bold, dim, green, yellow, red

  var code: String {
    switch self {
    case .bold: "1"
    case .dim: "2"
    case .green: "32"
    case .yellow: "33"
    case .red: "31"
    }
  }

  func callAsFunction(_ text: String, enabled: Bool = Terminal.colour) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// A plain-text table that fits a width: flexible columns shrink (with "…") down to their
/// minimum; cells may carry a colour that does not count towards the width.
struct TextTable {
  struct Column {
    var header: String
    var alignRight = false
    /// How narrow the column may get when the table must shrink; `nil`: never shrinks.
    var minimumWidth: Int? = nil
    /// Columns with a drop rank are left out, highest rank first, before any column shrinks
    /// below its content; `nil`: never dropped.
    var dropRank: Int? = nil
  }

  struct Cell {
    var text: String
    var paint: Paint? = nil
  }

  var columns: [Column]
  var rows: [[Cell]] = []

  mutating func append(_ cells: [Cell]) { rows.append(cells) }

  func render(width limit: Int?, colour: Bool = Terminal.colour) -> String {
    var shown = Array(columns.indices)
    var widths = columns.indices.map { index in
      max(columns[index].header.count, rows.map { $0[index].text.count }.max() ?? 0)
    }
    let gap = 2
    func total() -> Int { shown.reduce(0) { $0 + widths[$1] } + gap * (shown.count - 1) }
    if let limit {
      let natural = widths
      // Shrink long flexible columns to a comfortable width, then leave out what matters
      // least, then shrink to the minimum; finally give any room left back.
      func shrinkWidest(above floor: (Int) -> Int) -> Bool {
        guard
          let widest = shown.filter({ columns[$0].minimumWidth != nil && widths[$0] > floor($0) })
            .max(by: { widths[$0] - floor($0) < widths[$1] - floor($1) })
        else { return false }
        widths[widest] -= 1
        return true
      }
      let comfortable = { (index: Int) in 2 * (columns[index].minimumWidth ?? 0) }
      while total() > limit {
        if shrinkWidest(above: comfortable) { continue }
        if let drop = shown.filter({ columns[$0].dropRank != nil })
          .max(by: { columns[$0].dropRank! < columns[$1].dropRank! })
        {
          shown.removeAll { $0 == drop }
          continue
        }
        if !shrinkWidest(above: { columns[$0].minimumWidth ?? 0 }) { break }
      }
      while total() < limit,
        let grow = shown.filter({ widths[$0] < natural[$0] }).max(by: {
          natural[$0] - widths[$0] < natural[$1] - widths[$1]
        })
      {
        widths[grow] += 1
      }
    }
    func fit(_ text: String, _ width: Int, right: Bool) -> String {
      let shown = text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
      let padding = String(repeating: " ", count: max(0, width - shown.count))
      return right ? padding + shown : shown + padding
    }
    var lines: [String] = []
    let header = shown.map { fit(columns[$0].header, widths[$0], right: columns[$0].alignRight) }
    lines.append(
      Paint.bold(header.joined(separator: "  ").trimmingTrailingSpaces(), enabled: colour))
    for row in rows {
      let cells = shown.map { index -> String in
        let text = fit(row[index].text, widths[index], right: columns[index].alignRight)
        return row[index].paint.map { $0(text, enabled: colour) } ?? text
      }
      lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }

  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}

/// A small bar for a value 0–1: `███████░░░`.
func bar(_ value: Double, width: Int = 10) -> String {
  let filled = Int((min(1, max(0, value)) * Double(width)).rounded())
  return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}
