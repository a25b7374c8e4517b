/// A CSV table: a header and records, each record with the spreadsheet row it starts on.
public struct CSVTable: Sendable {
  /// The column names, trimmed.
  public var header: [String]
  /// The records, in file order.
  public var records: [CSVRecord]
  /// The delimiter found (or used).
  public var delimiter: UInt8
}

/// One record of a CSV table.
public struct CSVRecord: Sendable {
  /// The spreadsheet row the record starts on (the header is row 1). A quoted field with
  /// line breaks makes a record span several lines; the next record's row counts them.
  public var row: Int
  /// The fields, as text.
  public var fields: [String]
}

/// Why a CSV text cannot be read.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The row the problem is in.
  public var row: Int
  /// What is wrong.
  public var message: String

  public var description: String { "row \(row): \(message)" }
}

/// Reads CSV as spreadsheets write it: RFC 4180 quoting (fields in double quotes may hold the
/// delimiter, line breaks and `""` for a quote), `\n` or `\r\n` line ends, a UTF-8 byte order
/// mark, and the delimiter Dutch Excel uses (`;`) as well as `,` and tab, detected from the
/// header line.
public enum CSVReader {
  /// Parses `bytes`; `delimiter` `nil` detects it from the header.
  public static func read(_ bytes: [UInt8], delimiter: UInt8? = nil) throws(CSVError) -> CSVTable {
    var table = CSVTable(header: [], records: [], delimiter: 0)
    try scan(bytes, delimiter: delimiter) { header, separator in
      (table.header, table.delimiter) = (header, separator)
    } record: {
      table.records.append($0)
    }
    return table
  }

  /// Parses `bytes` a record at a time: `header` gets the trimmed column names and the
  /// delimiter, then `record` each record in file order, so that a large sheet need not be
  /// held as a table (an import keeps only the records it makes).
  ///
  /// - Throws: ``CSVError`` for text that is not UTF-8, a stray or unclosed quote, an empty
  ///   file; records before the problem may have been handed on.
  public static func scan(
    _ bytes: [UInt8], delimiter: UInt8? = nil, header: ([String], UInt8) -> Void,
    record: (CSVRecord) -> Void
  ) throws(CSVError) {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    guard String(validating: bytes[start...], as: UTF8.self) != nil else {
      throw CSVError(row: 1, message: "the file is not UTF-8; save it as \"CSV UTF-8\"")
    }
    let body = bytes[start...]
    let separator = delimiter ?? detectDelimiter(body)
    var sawHeader = false
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordRow = 1
    var index = body.startIndex
    var inQuotes = false
    var quotedField = false
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      quotedField = false
    }
    func endRecord() {
      endField()
      // A line with nothing on it is not a record.
      if !(fields.count == 1 && fields[0].isEmpty) {
        if sawHeader {
          record(CSVRecord(row: recordRow, fields: fields))
        } else {
          sawHeader = true
          header(fields.map { $0.trimmingCharacters(in: " \t") }, separator)
        }
      }
      fields.removeAll(keepingCapacity: true)
    }
    while index < body.endIndex {
      let byte = body[index]
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < body.endIndex && body[index + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 2
            continue
          }
          inQuotes = false
        } else {
          if byte == 0x0A { line += 1 }
          field.append(byte)
        }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        if field.allSatisfy({ $0 == 0x20 }) && !quotedField {
          field.removeAll()
          inQuotes = true
          quotedField = true
        } else {
          throw CSVError(
            row: line, message: "a quote inside an unquoted field; put the whole field in quotes")
        }
      case separator:
        endField()
      case 0x0D:
        break
      case 0x0A:
        endRecord()
        line += 1
        recordRow = line
      default:
        if quotedField && byte != 0x20 {
          throw CSVError(row: line, message: "text after a closing quote")
        }
        field.append(byte)
      }
      index += 1
    }
    if inQuotes { throw CSVError(row: recordRow, message: "a quoted field is not closed") }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    guard sawHeader else { throw CSVError(row: 1, message: "the file is empty") }
  }

  /// The most frequent of `;`, `,` and tab on the first line, outside quotes.
  static func detectDelimiter(_ body: some Collection<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ";"): 0, UInt8(ascii: ","): 0, 0x09: 0]
    var inQuotes = false
    for byte in body {
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if !inQuotes && byte == 0x0A { break }
      if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
    }
    return [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09].max { counts[$0]! < counts[$1]! }
      ?? UInt8(ascii: ";")
  }
}

/// Writes CSV that opens cleanly in Excel: a UTF-8 byte order mark (so accents survive),
/// `\r\n` line ends, and quotes around any field holding the delimiter, a quote, a line
/// break or leading or trailing spaces.
///
/// A field a spreadsheet could take for a formula (one that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return, after any `'`s) gets a `'` in front, as OWASP recommends
/// against formula injection, unless it is a plain number (`-2.5`, `-2,5`). ``CSVReader``
/// users read such a cell back with ``CSVWriter/unneutralized(_:)``.
public struct CSVWriter: Sendable {
  /// The delimiter.
  public var delimiter: UInt8
  /// Whether to start with a UTF-8 byte order mark.
  public var byteOrderMark: Bool

  /// Creates a writer.
  public init(delimiter: UInt8 = UInt8(ascii: ";"), byteOrderMark: Bool = true) {
    (self.delimiter, self.byteOrderMark) = (delimiter, byteOrderMark)
  }

  /// The bytes of a table with a header.
  public func bytes(header: [String], rows: [[String]]) -> [UInt8] {
    var output = self.header(header)
    append(rows, to: &output)
    return output
  }

  /// The byte order mark (if written) and the header line: the start of a table that is
  /// written in pieces.
  public func header(_ header: [String]) -> [UInt8] {
    var output: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    append([header], to: &output)
    return output
  }

  /// Appends the lines of `rows` (CRLF after each) to `output`: the body of a table, or one
  /// piece of it.
  public func append(_ rows: [[String]], to output: inout [UInt8]) {
    for row in rows {
      for (index, field) in row.enumerated() {
        if index > 0 { output.append(delimiter) }
        let bytes = Self.neutralized(Array(field.utf8))
        let needsQuotes =
          bytes.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
          || bytes.first == 0x20 || bytes.last == 0x20
        if needsQuotes {
          output.append(UInt8(ascii: "\""))
          for byte in bytes {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
          }
          output.append(UInt8(ascii: "\""))
        } else {
          output.append(contentsOf: bytes)
        }
      }
      output.append(contentsOf: [0x0D, 0x0A])
    }
  }
}

extension CSVWriter {
  /// Whether a field's bytes could start a formula: after any `'`s, `=`, `+`, `-`, `@`, a tab
  /// or a carriage return.
  static func looksLikeFormula(_ bytes: some Collection<UInt8>) -> Bool {
    guard let first = bytes.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
    return [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
      .contains(first)
  }

  /// Whether a field is a plain decimal number: an optional sign, digits, and an optional
  /// decimal point or comma with digits.
  static func isPlainNumber(_ bytes: [UInt8]) -> Bool {
    var index = 0
    if index < bytes.count
      && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+"))
    {
      index += 1
    }
    let digits = { (start: Int) -> Int in
      var end = start
      while end < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
        end += 1
      }
      return end
    }
    let whole = digits(index)
    guard whole > index else { return false }
    if whole == bytes.count { return true }
    guard bytes[whole] == UInt8(ascii: ".") || bytes[whole] == UInt8(ascii: ",") else {
      return false
    }
    let fraction = digits(whole + 1)
    return fraction > whole + 1 && fraction == bytes.count
  }

  /// A field as written: a `'` in front when a spreadsheet could take it for a formula.
  static func neutralized(_ bytes: [UInt8]) -> [UInt8] {
    looksLikeFormula(bytes) && !isPlainNumber(bytes) ? [UInt8(ascii: "'")] + bytes : bytes
  }

  /// A cell as it was before ``neutralized(_:)``: one leading `'` dropped when what follows
  /// could start a formula.
  public static func unneutralized(_ cell: String) -> String {
    let bytes = Array(cell.utf8)
    guard bytes.first == UInt8(ascii: "'"), looksLikeFormula(bytes.dropFirst()) else { return cell }
    return String(decoding: bytes.dropFirst(), as: UTF8.self)
  }
}

extension String {
  /// The string without leading and trailing characters from `set`, compared by Unicode
  /// scalar (as `Character`s, "\r\n" would be one character and a lone "\n" not in the set).
  func trimmingCharacters(in set: String) -> String {
    let scalars = Set(set.unicodeScalars)
    var view = Substring(self).unicodeScalars
    while let first = view.first, scalars.contains(first) { view.removeFirst() }
    while let last = view.last, scalars.contains(last) { view.removeLast() }
    return String(view)
  }
}
