import PlekCore

/// A problem in an imported spreadsheet: the row, the column and what is wrong.
public struct CSVIssue: Hashable, Sendable, CustomStringConvertible {
  /// The spreadsheet row (the header is row 1).
  public var row: Int
  /// The column name, or names joined with ", " for a problem between columns.
  public var column: String
  /// The problem.
  public var problem: ModelProblem

  public var description: String {
    var text = "row \(row), column \(column): \(problem.kind.rawValue)"
    if let value = problem.value { text += " \(value)" }
    return text + "; expected \(problem.expected)"
  }
}

/// The spreadsheet layouts of participants and places: one row per record, one column per
/// field, documented in `Datasets/README.md` ("Spreadsheets").
///
/// Cells are text as a spreadsheet exports them: lists separated by `|`, competencies as
/// `id:level`, numbers with a decimal point or a decimal comma, dates as `YYYY-MM-DD` or
/// `D-M-YYYY`, yes/no as `yes`/`no`, `ja`/`nee`, `true`/`false` or `1`/`0`. An empty cell is
/// an absent field: unknown where the schema allows it, else a missing-field problem. Rows
/// are decoded by the same decoders as the JSON files, so validation is identical.
public enum RecordCSV {
  /// Participant columns, in export order.
  public static let participantColumns =
    ["id", "municipality", "lat", "lon", "targetGroup", "indications"] + LoadDimension.allCodes + [
      "competencies", "dutchLevel", "developmentPace", "wageValue", "supportNeed", "sectorsWanted",
      "sectorsExcluded", "hoursMin", "hoursMax", "maxTravelMinutes", "transport",
      "wantsCertificate",
      "availableFrom", "registeredOn",
    ]

  /// Place columns, in export order.
  public static let placeColumns =
    ["id", "employerId", "employerKind", "title", "sectors", "lat", "lon", "hoursMin", "hoursMax"]
    + LoadDimension.allCodes + [
      "adaptable", "requiredCompetencies", "desiredCompetencies", "dutchLevel", "learningTeaches",
      "learningMonths", "learningCertificate", "learningTeachesDutch", "support",
      "acceptsWageSubsidy",
      "requiredIndications", "freeSlots", "openFrom", "sroi", "capacity",
    ]

  /// Columns a participant sheet must have (the others may be left out).
  static let participantRequired: Set<String> = [
    "id", "municipality", "lat", "lon", "targetGroup", "developmentPace", "supportNeed", "hoursMin",
    "hoursMax",
    "maxTravelMinutes", "transport", "availableFrom",
  ]

  /// Columns a place sheet must have.
  static let placeRequired: Set<String> = Set(
    [
      "id", "employerId", "employerKind", "sectors", "lat", "lon", "hoursMin", "hoursMax",
      "openFrom",
    ]
      + LoadDimension.allCodes)

  // MARK: Import

  /// Reads participants from a sheet; records with problems are left out and every problem
  /// is reported.
  public static func importParticipants(_ table: CSVTable, taxonomy: Taxonomy) -> (
    records: [Participant], issues: [CSVIssue]
  ) {
    participantImporter(taxonomy).run(table)
  }

  /// Reads places from a sheet.
  public static func importPlaces(_ table: CSVTable, taxonomy: Taxonomy) -> (
    records: [Place], issues: [CSVIssue]
  ) {
    placeImporter(taxonomy).run(table)
  }

  /// Reads participants from a sheet's bytes a row at a time
  /// (``CSVReader/scan(_:delimiter:header:record:)``): only the records made are kept, not the table, so that memory follows the records, not
  /// the sheet.
  public static func importParticipants(
    bytes: [UInt8], delimiter: UInt8? = nil, taxonomy: Taxonomy
  ) throws(CSVError) -> (records: [Participant], issues: [CSVIssue]) {
    try participantImporter(taxonomy).run(bytes, delimiter: delimiter)
  }

  /// Reads places from a sheet's bytes a row at a time.
  public static func importPlaces(
    bytes: [UInt8], delimiter: UInt8? = nil, taxonomy: Taxonomy
  ) throws(CSVError) -> (records: [Place], issues: [CSVIssue]) {
    try placeImporter(taxonomy).run(bytes, delimiter: delimiter)
  }

  static func participantImporter(_ taxonomy: Taxonomy) -> RecordImporter<Participant> {
    RecordImporter(
      columns: participantColumns, required: participantRequired,
      build: { participantJSON(&$0, taxonomy: taxonomy) },
      decode: { Participant.decode(json: $0, taxonomy: taxonomy) }, column: participantColumn)
  }

  static func placeImporter(_ taxonomy: Taxonomy) -> RecordImporter<Place> {
    RecordImporter(
      columns: placeColumns, required: placeRequired, build: placeJSON,
      decode: { Place.decode(json: $0, taxonomy: taxonomy) }, column: placeColumn)
  }

  static func participantJSON(_ c: inout Cells, taxonomy: Taxonomy) -> JSONValue {
    var members: [JSONMember] = []
    c.text("id", into: &members)
    c.date("registeredOn", into: &members)
    c.municipality(into: &members, taxonomy: taxonomy)
    c.location(into: &members)
    c.text("targetGroup", into: &members)
    c.list("indications", into: &members)
    members.append(
      JSONMember("loadCapacity", .object(LoadDimension.allCodes.compactMap { c.loadCell($0) })))
    c.competencies("competencies", as: "competencies", into: &members)
    c.text("dutchLevel", into: &members)
    c.text("developmentPace", into: &members)
    c.integer("wageValue", into: &members)
    c.text("supportNeed", into: &members)
    var wishes: [JSONMember] = []
    let wanted = c.items("sectorsWanted")
    let excluded = c.items("sectorsExcluded")
    let sectors: [JSONValue] =
      wanted.enumerated().map {
        .object(["sector": .string($1), "wish": "wanted", "rank": .int($0 + 1)])
      }
      + excluded.map { .object(["sector": .string($0), "wish": "excluded"]) }
    wishes.append(JSONMember("sectors", .array(sectors)))
    var hours: [JSONMember] = []
    c.integer("hoursMin", as: "min", into: &hours)
    c.integer("hoursMax", as: "max", into: &hours)
    wishes.append(JSONMember("hoursPerWeek", .object(hours)))
    c.integer("maxTravelMinutes", into: &wishes)
    c.text("transport", into: &wishes)
    c.bool("wantsCertificate", into: &wishes)
    members.append(JSONMember("wishes", .object(wishes)))
    c.date("availableFrom", into: &members)
    return .object(members)
  }

  static func placeJSON(_ c: inout Cells) -> JSONValue {
    var members: [JSONMember] = []
    c.text("id", into: &members)
    c.bool("sroi", into: &members)
    c.text("employerId", into: &members)
    c.text("employerKind", into: &members)
    c.text("title", into: &members)
    c.list("sectors", into: &members)
    c.location(into: &members)
    var hours: [JSONMember] = []
    c.integer("hoursMin", as: "min", into: &hours)
    c.integer("hoursMax", as: "max", into: &hours)
    members.append(JSONMember("hoursPerWeek", .object(hours)))
    members.append(
      JSONMember("loadDemand", .object(LoadDimension.allCodes.compactMap { c.loadCell($0) })))
    c.list("adaptable", into: &members)
    c.competencies("requiredCompetencies", as: "requiredCompetencies", into: &members)
    c.competencies("desiredCompetencies", as: "desiredCompetencies", into: &members)
    c.text("dutchLevel", into: &members)
    if !c.cell("learningMonths").isEmpty || !c.cell("learningTeaches").isEmpty {
      var offer: [JSONMember] = []
      c.competencies("learningTeaches", as: "teaches", into: &offer, keepEmpty: true)
      c.integer("learningMonths", as: "months", into: &offer)
      c.bool("learningCertificate", as: "certificate", into: &offer)
      c.bool("learningTeachesDutch", as: "teachesDutch", into: &offer)
      members.append(JSONMember("learningOffer", .object(offer)))
    }
    c.text("support", into: &members)
    c.bool("acceptsWageSubsidy", into: &members)
    c.list("requiredIndications", into: &members)
    c.integer("freeSlots", into: &members)
    c.date("openFrom", into: &members)
    c.integer("capacity", into: &members)
    return .object(members)
  }

  /// The column a decoder path comes from.
  static func participantColumn(_ path: String, _ cells: Cells) -> String {
    let top =
      path.split(separator: ".").first.map { String($0.split(separator: "[").first ?? "") } ?? path
    switch top {
    case "location":
      return path.hasSuffix(".lat") ? "lat" : path.hasSuffix(".lon") ? "lon" : "lat, lon"
    case "loadCapacity": return String(path.dropFirst("loadCapacity.".count))
    case "wishes":
      if path.hasPrefix("wishes.hoursPerWeek") {
        return path.hasSuffix(".min")
          ? "hoursMin" : path.hasSuffix(".max") ? "hoursMax" : "hoursMin, hoursMax"
      }
      if path.hasPrefix("wishes.sectors[") {
        let index = Int(path.dropFirst("wishes.sectors[".count).prefix { $0.isNumber }) ?? 0
        return index < cells.items("sectorsWanted").count ? "sectorsWanted" : "sectorsExcluded"
      }
      return String(path.dropFirst("wishes.".count))
    case "": return "id"
    default: return top
    }
  }

  static func placeColumn(_ path: String, _ cells: Cells) -> String {
    let top =
      path.split(separator: ".").first.map { String($0.split(separator: "[").first ?? "") } ?? path
    switch top {
    case "location":
      return path.hasSuffix(".lat") ? "lat" : path.hasSuffix(".lon") ? "lon" : "lat, lon"
    case "hoursPerWeek":
      return path.hasSuffix(".min")
        ? "hoursMin" : path.hasSuffix(".max") ? "hoursMax" : "hoursMin, hoursMax"
    case "loadDemand": return String(path.dropFirst("loadDemand.".count))
    case "learningOffer":
      if path.hasPrefix("learningOffer.teaches") { return "learningTeaches" }
      if path.hasPrefix("learningOffer.months") { return "learningMonths" }
      if path.hasPrefix("learningOffer.certificate") { return "learningCertificate" }
      if path.hasPrefix("learningOffer.teachesDutch") { return "learningTeachesDutch" }
      return "learningMonths"
    case "": return "id"
    default: return top
    }
  }

  // MARK: Export

  /// Participants as sheet rows, in ``participantColumns`` order. Numbers use a decimal comma
  /// when `decimalComma` (Dutch Excel).
  public static func exportParticipants(_ participants: [Participant], decimalComma: Bool)
    -> [[String]]
  {
    participants.map { person in
      var row = [
        person.id.rawValue, person.municipality.rawValue,
        number(person.location.latitude, decimalComma),
        number(person.location.longitude, decimalComma), person.targetGroup.rawValue,
        Indication.allCases.filter(person.indications.contains).map(\.rawValue).joined(
          separator: "|"),
      ]
      row += LoadDimension.allCases.map {
        person.loadCapacity[$0].map { String($0.rawValue) } ?? ""
      }
      let wanted = person.wishes.sectors.compactMap { preference -> (Int, String)? in
        if case .wanted(let rank) = preference.wish { return (rank, preference.sector.rawValue) }
        return nil
      }.sorted { $0.0 < $1.0 }.map(\.1)
      let excluded = person.wishes.sectors.filter { $0.wish == .excluded }.map(\.sector.rawValue)
      row += [
        competencies(person.competencies), person.dutchLevel?.rawValue ?? "",
        person.developmentPace.rawValue,
        person.wageValue.map(String.init) ?? "", person.supportNeed.rawValue,
        wanted.joined(separator: "|"),
        excluded.joined(separator: "|"), String(person.wishes.hoursPerWeek.min),
        String(person.wishes.hoursPerWeek.max),
        String(person.wishes.maxTravelMinutes), person.wishes.transport.rawValue,
        person.wishes.wantsCertificate ? "yes" : "no", person.availableFrom.iso,
        person.registeredOn?.iso ?? "",
      ]
      return row
    }
  }

  /// Places as sheet rows, in ``placeColumns`` order.
  public static func exportPlaces(_ places: [Place], decimalComma: Bool) -> [[String]] {
    places.map { place in
      var row = [
        place.id.rawValue, place.employerID.rawValue, place.employerKind.rawValue,
        place.title ?? "",
        place.sectors.map(\.rawValue).joined(separator: "|"),
        number(place.location.latitude, decimalComma),
        number(place.location.longitude, decimalComma), String(place.hoursPerWeek.min),
        String(place.hoursPerWeek.max),
      ]
      row += LoadDimension.allCases.map { place.loadDemand[$0].map { String($0.rawValue) } ?? "" }
      let offer = place.learningOffer
      row += [
        LoadDimension.allCases.filter(place.adaptable.contains).map(\.rawValue).joined(
          separator: "|"),
        competencies(place.requiredCompetencies), competencies(place.desiredCompetencies),
        place.dutchLevel.rawValue,
        offer.map { competencies($0.teaches) } ?? "", offer.map { String($0.months) } ?? "",
        offer.map { $0.certificate ? "yes" : "no" } ?? "",
        offer.map { $0.teachesDutch ? "yes" : "no" } ?? "",
        place.support.rawValue, place.acceptsWageSubsidy.map { $0 ? "yes" : "no" } ?? "",
        Indication.allCases.filter(place.requiredIndications.contains).map(\.rawValue).joined(
          separator: "|"),
        String(place.freeSlots), place.openFrom.iso, place.sroi ? "yes" : "no",
        place.capacity.map(String.init) ?? "",
      ]
      return row
    }
  }

  static func competencies(_ entries: [CompetencyEntry]) -> String {
    entries.map { "\($0.id.rawValue):\($0.level.rawValue)" }.joined(separator: "|")
  }

  /// A number as a spreadsheet shows it, with a decimal comma for Dutch Excel.
  public static func number(_ value: Double, _ decimalComma: Bool) -> String {
    let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}

/// Turns a sheet's rows into records, one row at a time: the header checked first (known
/// columns only, each once, the required ones there), then each row built, decoded and
/// checked (cells beyond the header, duplicate ids among all rows).
struct RecordImporter<Record: Sendable> {
  let columns: [String]
  let required: Set<String>
  let build: (inout Cells) -> JSONValue
  let decode: (JSONValue) -> Decoded<Record>
  let column: (String, Cells) -> String
  var issues: [CSVIssue] = []
  var records: [Record] = []
  private var positions: [String: Int] = [:]
  private var headerCount = 0
  private var headerRefused = false
  private var firstRow: [String: Int] = [:]

  init(
    columns: [String], required: Set<String>, build: @escaping (inout Cells) -> JSONValue,
    decode: @escaping (JSONValue) -> Decoded<Record>, column: @escaping (String, Cells) -> String
  ) {
    (self.columns, self.required, self.build, self.decode, self.column) = (
      columns, required, build, decode, column
    )
  }

  /// The records and problems of a table.
  consuming func run(_ table: CSVTable) -> (records: [Record], issues: [CSVIssue]) {
    header(table.header)
    for record in table.records { add(record) }
    return (records, issues)
  }

  /// The records and problems of a sheet's bytes, read a row at a time.
  consuming func run(_ bytes: [UInt8], delimiter: UInt8?) throws(CSVError) -> (
    records: [Record], issues: [CSVIssue]
  ) {
    var importer = self
    try CSVReader.scan(bytes, delimiter: delimiter) { names, _ in
      importer.header(names)
    } record: {
      importer.add($0)
    }
    return (importer.records, importer.issues)
  }

  /// The header: known columns only (a `name` or `bsn` column is refused), each once.
  mutating func header(_ names: [String]) {
    headerCount = names.count
    for (index, name) in names.enumerated() {
      guard let canonical = columns.first(where: { $0.lowercased() == name.lowercased() }) else {
        issues.append(
          CSVIssue(
            row: 1, column: name.isEmpty ? "#\(index + 1)" : name,
            problem: ModelProblem(
              path: "", kind: .unknownField, value: name, expected: "one of the documented columns")
          ))
        continue
      }
      if positions[canonical] != nil {
        issues.append(
          CSVIssue(
            row: 1, column: name,
            problem: ModelProblem(
              path: "", kind: .duplicateEntry, value: name, expected: "each column once")))
      }
      positions[canonical] = index
    }
    for name in columns where required.contains(name) && positions[name] == nil {
      issues.append(
        CSVIssue(
          row: 1, column: name,
          problem: ModelProblem(
            path: "", kind: .missingField, value: nil, expected: "a column \(name)")))
    }
    // A header with problems: its rows are not read (their columns are not known).
    headerRefused = !issues.isEmpty
  }

  /// One row.
  mutating func add(_ record: CSVRecord) {
    guard !headerRefused else { return }
    var cells = Cells(record: record, positions: positions)
    if record.fields.count > headerCount,
      record.fields[headerCount...].contains(where: { !$0.trimmingCharacters(in: " ").isEmpty })
    {
      cells.problems.append(
        CSVIssue(
          row: record.row, column: "#\(headerCount + 1)",
          problem: ModelProblem(
            path: "", kind: .unknownField, value: nil,
            expected: "no more cells than the header has columns")))
    }
    let json = build(&cells)
    let decoded = decode(json)
    issues.append(contentsOf: cells.problems)
    // Problems already reported for a cell (an unreadable number) are not repeated.
    let reported = Set(cells.problems.map(\.column))
    for problem in decoded.problems {
      let name = column(problem.path, cells)
      if reported.contains(name) { continue }
      issues.append(CSVIssue(row: record.row, column: name, problem: problem))
    }
    // Duplicates count among all rows, valid or not.
    let rawID = cells.cell("id")
    if !rawID.isEmpty {
      if let first = firstRow[rawID] {
        issues.append(
          CSVIssue(
            row: record.row, column: "id",
            problem: ModelProblem(
              path: "id", kind: .duplicateID, value: rawID,
              expected: "a unique id (already in row \(first))")))
        return
      }
      firstRow[rawID] = record.row
    }
    guard cells.problems.isEmpty, let value = decoded.value else { return }
    records.append(value)
  }
}
