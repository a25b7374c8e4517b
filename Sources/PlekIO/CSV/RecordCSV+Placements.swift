import PlekCore

/// The spreadsheet layout of placements (`Datasets/README.md`, *Placement columns*): one row
/// per placement, the learning-work result in three columns.
extension RecordCSV {
  /// Placement columns, in export order.
  public static let placementColumns = [
    "id", "participant", "place", "start", "plannedEnd", "end", "endReason", "form",
    "hoursPerWeek", "wageCostSubsidy", "jobCoach", "earnedCertificate",
    "earnedPraktijkverklaring", "earnedCompetencies",
  ]

  /// Columns a placement sheet must have.
  static let placementRequired: Set<String> = [
    "id", "participant", "place", "start", "form", "hoursPerWeek",
  ]

  /// Reads placements from a sheet's bytes a row at a time; records with problems are left
  /// out and every problem is reported. Whether the people and places exist is checked
  /// where the placements meet their dataset (``DatasetLoader``).
  public static func importPlacements(
    bytes: [UInt8], delimiter: UInt8? = nil, taxonomy: Taxonomy
  ) throws(CSVError) -> (records: [Placement], issues: [CSVIssue]) {
    try RecordImporter(
      columns: placementColumns, required: placementRequired, build: placementJSON,
      decode: { Placement.decode(json: $0, taxonomy: taxonomy) }, column: placementColumn
    ).run(bytes, delimiter: delimiter)
  }

  static func placementJSON(_ c: inout Cells) -> JSONValue {
    var members: [JSONMember] = []
    for name in ["id", "participant", "place"] { c.text(name, into: &members) }
    for name in ["start", "plannedEnd", "end"] { c.date(name, into: &members) }
    c.text("endReason", into: &members)
    c.text("form", into: &members)
    c.integer("hoursPerWeek", into: &members)
    c.bool("wageCostSubsidy", into: &members)
    c.bool("jobCoach", into: &members)
    let earned = ["earnedCertificate", "earnedPraktijkverklaring", "earnedCompetencies"]
    if earned.contains(where: { !c.cell($0).isEmpty }) {
      var result: [JSONMember] = []
      c.bool("earnedCertificate", as: "certificate", into: &result)
      c.bool("earnedPraktijkverklaring", as: "praktijkverklaring", into: &result)
      c.competencies("earnedCompetencies", as: "competencies", into: &result)
      members.append(JSONMember("earned", .object(result)))
    }
    return .object(members)
  }

  /// The column a decoder path comes from.
  static func placementColumn(_ path: String, _ cells: Cells) -> String {
    if path.hasPrefix("earned.certificate") { return "earnedCertificate" }
    if path.hasPrefix("earned.praktijkverklaring") { return "earnedPraktijkverklaring" }
    if path.hasPrefix("earned.competencies") { return "earnedCompetencies" }
    if path == "earned" { return "earnedCertificate, earnedPraktijkverklaring" }
    return path.isEmpty ? "id" : String(path.split(separator: ".").first ?? "id")
  }

  /// Placements as sheet rows, in ``placementColumns`` order.
  public static func exportPlacements(_ placements: [Placement]) -> [[String]] {
    placements.map { placement in
      [
        placement.id.rawValue, placement.participant.rawValue, placement.place.rawValue,
        placement.start.iso, placement.plannedEnd?.iso ?? "", placement.end?.iso ?? "",
        placement.endReason?.rawValue ?? "", placement.form.rawValue,
        String(placement.hoursPerWeek), placement.wageCostSubsidy ? "yes" : "no",
        placement.jobCoach ? "yes" : "no",
        placement.earned.map { $0.certificate ? "yes" : "no" } ?? "",
        placement.earned.map { $0.praktijkverklaring ? "yes" : "no" } ?? "",
        placement.earned.map { competencies($0.competencies) } ?? "",
      ]
    }
  }
}
