import PlekCore

/// ANSI colours; applied only when the caller says the output is a colour terminal.
public enum Paint: Sendable {
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

  /// `text` in this colour when `enabled`.
  public func callAsFunction(_ text: String, enabled: Bool) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// A plain-text table that fits a width: flexible columns shrink (with "…") down to their
/// minimum; cells may carry a colour that does not count towards the width.
public struct TextTable: Sendable {
  /// A column.
  public struct Column: Sendable {
    var header: String
    var alignRight: Bool
    /// How narrow the column may get when the table must shrink; `nil`: never shrinks.
    var minimumWidth: Int?
    /// Columns with a drop rank are left out, highest rank first, before any column shrinks
    /// below its content; `nil`: never dropped.
    var dropRank: Int?

    /// Creates a column.
    public init(
      header: String, alignRight: Bool = false, minimumWidth: Int? = nil, dropRank: Int? = nil
    ) {
      (self.header, self.alignRight, self.minimumWidth, self.dropRank) = (
        header, alignRight, minimumWidth, dropRank
      )
    }
  }

  /// A cell: its text and, optionally, a colour.
  public struct Cell: Sendable {
    var text: String
    var paint: Paint?

    /// Creates a cell; control characters (which validation refuses in every text field)
    /// are never printed, whatever their source.
    public init(text: String, paint: Paint? = nil) {
      self.text = ControlCharacters.removed(from: text)
      self.paint = paint
    }
  }

  var columns: [Column]
  var rows: [[Cell]] = []

  /// Creates an empty table.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Adds a row.
  public mutating func append(_ cells: [Cell]) { rows.append(cells) }

  /// The table as lines of text, at most `limit` characters wide when given.
  public func render(width limit: Int?, colour: Bool) -> String {
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
public func bar(_ value: Double, width: Int = 10) -> String {
  let filled = Int((min(1, max(0, value)) * Double(width)).rounded())
  return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}
