import PlekCore

/// The cells of one sheet row, read into JSON members for the record decoders. Cells that
/// cannot be read at all (a number that is not a number) are reported here, by column.
struct Cells {
  let record: CSVRecord
  let positions: [String: Int]
  var problems: [CSVIssue] = []

  init(record: CSVRecord, positions: [String: Int]) {
    (self.record, self.positions) = (record, positions)
  }

  /// The trimmed text of a column ("" when the column or the cell is absent), with the `'`
  /// the writer puts before what could start a formula taken off again.
  func cell(_ name: String) -> String {
    guard let position = positions[name], position < record.fields.count else { return "" }
    return CSVWriter.unneutralized(record.fields[position].trimmingCharacters(in: " \t\r\n"))
  }

  /// The `|`-separated items of a cell.
  func items(_ name: String) -> [String] {
    cell(name).split(separator: "|").map { String($0).trimmingCharacters(in: " \t\r\n") }.filter {
      !$0.isEmpty
    }
  }

  mutating func fail(_ name: String, _ kind: ProblemKind, _ expected: String) {
    problems.append(
      CSVIssue(
        row: record.row, column: name,
        problem: ModelProblem(
          path: "", kind: kind, value: "\"" + cell(name) + "\"", expected: expected)))
  }

  /// A municipality as a sheet names it: its id, or its name in any case ("Eijsden-Margraten",
  /// "eijsden-margraten"); anything else is a problem that lists the region's names.
  mutating func municipality(into members: inout [JSONMember], taxonomy: Taxonomy) {
    let text = cell("municipality")
    guard !text.isEmpty else { return }
    let lowered = text.lowercased()
    let municipalities = taxonomy.region.municipalities
    guard
      let found = municipalities.first(where: {
        $0.id.rawValue == lowered || $0.name.lowercased() == lowered
      })
    else {
      fail(
        "municipality", .unknownMunicipality,
        "a municipality of the region: " + municipalities.map(\.name).joined(separator: ", "))
      return
    }
    members.append(JSONMember("municipality", .string(found.id.rawValue)))
  }

  mutating func text(_ name: String, as key: String? = nil, into members: inout [JSONMember]) {
    let text = cell(name)
    if !text.isEmpty { members.append(JSONMember(key ?? name, .string(text))) }
  }

  /// A plain decimal number, with a decimal point or a decimal comma: an optional sign,
  /// digits, and optional decimals. Nothing else that `Double` would read (hexadecimal
  /// `0x20`, exponents, `inf`, `nan`) is a number in a sheet.
  mutating func parseNumber(_ name: String) -> Double? {
    var text = cell(name)
    guard CSVWriter.isPlainNumber(Array(text.utf8)) else {
      fail(name, .wrongType, "a plain decimal number")
      return nil
    }
    text = text.replacingOccurrences(of: ",", with: ".")
    guard let value = Double(text), value.isFinite else {
      fail(name, .wrongType, "a plain decimal number")
      return nil
    }
    return value
  }

  mutating func integer(_ name: String, as key: String? = nil, into members: inout [JSONMember]) {
    guard !cell(name).isEmpty, let value = parseNumber(name) else { return }
    // Whole-number checks are the decoder's: it reports `not-integer` with the field's range.
    members.append(JSONMember(key ?? name, .number(value)))
  }

  mutating func location(into members: inout [JSONMember]) {
    var point: [JSONMember] = []
    if !cell("lat").isEmpty, let latitude = parseNumber("lat") {
      point.append(JSONMember("lat", .number(latitude)))
    }
    if !cell("lon").isEmpty, let longitude = parseNumber("lon") {
      point.append(JSONMember("lon", .number(longitude)))
    }
    if !point.isEmpty || !cell("lat").isEmpty || !cell("lon").isEmpty {
      members.append(JSONMember("location", .object(point)))
    }
  }

  mutating func list(_ name: String, into members: inout [JSONMember]) {
    let items = items(name)
    if !items.isEmpty { members.append(JSONMember(name, .array(items.map { .string($0) }))) }
  }

  mutating func competencies(
    _ name: String, as key: String, into members: inout [JSONMember], keepEmpty: Bool = false
  ) {
    let items = items(name)
    guard !items.isEmpty || keepEmpty else { return }
    var entries: [JSONValue] = []
    for item in items {
      let parts = item.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, let level = Double(String(parts[1]).trimmingCharacters(in: " \t\r\n"))
      else {
        problems.append(
          CSVIssue(
            row: record.row, column: name,
            problem: ModelProblem(
              path: "", kind: .invalidValue, value: "\"\(item)\"",
              expected: "competency:level, e.g. forklift-driving:2")))
        continue
      }
      entries.append(
        .object([
          "id": .string(String(parts[0]).trimmingCharacters(in: " \t\r\n")),
          "level": .number(level),
        ]))
    }
    members.append(JSONMember(key, .array(entries)))
  }

  mutating func bool(_ name: String, as key: String? = nil, into members: inout [JSONMember]) {
    let text = cell(name).lowercased()
    guard !text.isEmpty else { return }
    switch text {
    case "yes", "ja", "true", "waar", "1", "y", "j", "x":
      members.append(JSONMember(key ?? name, .bool(true)))
    case "no", "nee", "false", "onwaar", "0", "n":
      members.append(JSONMember(key ?? name, .bool(false)))
    default: fail(name, .wrongType, "yes or no (ja/nee, true/false, 1/0)")
    }
  }

  /// A date as `YYYY-MM-DD`, or as Dutch Excel writes it, `D-M-YYYY` or `D/M/YYYY`.
  mutating func date(_ name: String, into members: inout [JSONMember]) {
    let text = cell(name)
    guard !text.isEmpty else { return }
    if let date = Day(typed: text) {
      members.append(JSONMember(name, .string(date.iso)))
    } else {
      // Let the decoder judge it: a real ISO date passes, anything else is a bad-date.
      members.append(JSONMember(name, .string(text)))
    }
  }

  mutating func loadCell(_ dimension: String) -> JSONMember? {
    guard !cell(dimension).isEmpty, let value = parseNumber(dimension) else { return nil }
    return JSONMember(dimension, .number(value))
  }
}
