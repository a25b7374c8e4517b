import PlekCore
import PlekIO

/// A batch of shortlists as a file written in pieces, so that no run (however many people)
/// holds more than one piece of its results: the start, one piece per chunk of people, the
/// end.
///
/// - `csv`: a byte order mark and the header (``CSVRendering/batchHeader``; in Dutch, headings
///   and values in words), then one row per
///   match. Every shard's file has its own header, so a merged file is shard 1's file
///   followed by the other shards' files without their first line.
/// - `ndjson`: one line per participant, the JSON of that participant's shortlist (the
///   service's shape); the shards' files put one after the other are the merged file.
/// - `json`: one document, `{"date", "participants", "shortlists": [...]}`, indented; it
///   cannot be merged by putting files together, so it is for a whole batch only.
public struct BatchRendering: Sendable {
  /// The file formats.
  public enum Format: String, CaseIterable, Sendable {
    case csv, json, ndjson

    /// Whether the shards' files merge into the whole batch's file line by line.
    public var mergesByLines: Bool { self != .json }
  }

  /// The format.
  public let format: Format
  let csv: CSVRendering
  let json: JSONRendering

  /// A renderer for `format` in `localizer`'s language.
  public init(format: Format, localizer: Localizer) {
    self.format = format
    csv = CSVRendering(localizer: localizer)
    json = JSONRendering(localizer: localizer)
  }

  /// The start of the file: the CSV header, or the JSON document up to its list.
  public func start(day: Day, participants: Int) -> [UInt8] {
    switch format {
    case .csv:
      return csv.writer(byteOrderMark: true).header(csv.batchHeader)
    case .ndjson:
      return []
    case .json:
      // The document with an empty list, cut just after its `[`: the same bytes the whole
      // document starts with.
      let document = JSONWriter(style: .pretty).bytes(
        envelope(day: day, participants: participants))
      return Array(document.dropLast(Self.emptyEnd.count))
    }
  }

  /// The bytes of one piece of lists; `first` when no list was written before it.
  public func piece(_ lists: [ListPresentation], first: Bool) -> [UInt8] {
    var output: [UInt8] = []
    switch format {
    case .csv:
      csv.writer(byteOrderMark: false).append(lists.flatMap(csv.batchRows), to: &output)
    case .ndjson:
      let writer = JSONWriter(style: .compact)
      for list in lists {
        output += writer.bytes(json.list(list))
        output.append(0x0A)
      }
    case .json:
      for (position, list) in lists.enumerated() {
        if !(first && position == 0) { output.append(UInt8(ascii: ",")) }
        output.append(0x0A)
        output += repeatElement(UInt8(ascii: " "), count: 4)
        output += JSONWriter.indented(json.list(list), level: 2)
      }
    }
    return output
  }

  /// The end of the file; `empty` when no list was written.
  public func end(empty: Bool) -> [UInt8] {
    guard format == .json else { return [] }
    return empty ? Self.emptyEnd : Array("\n  ]\n}\n".utf8)
  }

  func envelope(day: Day, participants: Int) -> JSONValue {
    .object([
      JSONMember("date", .string(day.iso)),
      JSONMember("participants", .int(participants)),
      JSONMember("shortlists", .array([])),
    ])
  }

  /// How the pretty document ends when its list is empty.
  static let emptyEnd = Array("]\n}\n".utf8)
}
