import Foundation
import PlekCore
import PlekIO

extension Commands {
  static let importSheet = Command(
    name: "import",
    summary: Message(
      en: "Turn a spreadsheet (CSV, as Excel saves it) into validated JSON.",
      nl: "Maak van een spreadsheet (CSV, zoals Excel het bewaart) gecontroleerde JSON."),
    usage:
      "plek import --participants FILE.csv | --places FILE.csv | --placements FILE.csv [--out FILE.json] [--taxonomy DIR]",
    options: [
      OptionSpec(
        name: "participants", value: "FILE",
        en: "a sheet of participants", nl: "een blad met deelnemers"),
      OptionSpec(
        name: "places", value: "FILE",
        en: "a sheet of places", nl: "een blad met plekken"),
      OptionSpec(
        name: "placements", value: "FILE",
        en: "a sheet of placements", nl: "een blad met plaatsingen"),
      OptionSpec(
        name: "out", value: "FILE",
        en: "JSON file to write (default: standard output)",
        nl: "JSON-bestand om te schrijven (standaard: standaarduitvoer)"),
      OptionSpec(
        name: "delimiter", value: "C",
        en: "';', ',' or 'tab' (default: detected)", nl: "';', ',' of 'tab' (standaard: herkend)"
      ),
      CommonOptions.taxonomy,
    ],
    details: Message(
      en: """
        Semicolons or commas, a UTF-8 byte order mark, quoted cells with line breaks and decimal
        commas are all fine. Every problem is reported by row and column name; if there is any,
        nothing is written and the exit code is 1. The column layout is in Datasets/README.md;
        Datasets/examples holds example sheets.
        """,
      nl: """
        Puntkomma's of komma's, een UTF-8-BOM, cellen tussen aanhalingstekens met
        regeleinden en decimale komma's zijn allemaal goed. Elk probleem wordt gemeld met regel
        en kolomnaam; is er een, dan wordt niets geschreven en is de afsluitcode 1. De indeling
        van de kolommen staat in Datasets/README.md; Datasets/examples heeft voorbeeldbladen.
        """)
  ) { invocation in
    let kinds = ["participants", "places", "placements"]
    let given = kinds.filter { invocation.value($0) != nil }
    guard given.count == 1, let kind = given.first, let file = invocation.value(kind) else {
      throw UsageError(
        Message(
          en: "give exactly one of --participants FILE, --places FILE or --placements FILE",
          nl:
            "geef precies één van --participants BESTAND, --places BESTAND of --placements BESTAND"
        ))
    }
    var delimiter: UInt8?
    if let text = invocation.value("delimiter") {
      switch text {
      case ";": delimiter = UInt8(ascii: ";")
      case ",": delimiter = UInt8(ascii: ",")
      case "tab", "\\t": delimiter = 0x09
      default:
        throw UsageError(
          Message(
            en: "--delimiter must be ';', ',' or 'tab', not '\(text: text)'",
            nl: "--delimiter moet ';', ',' of 'tab' zijn, niet '\(text: text)'"))
      }
    }
    // The same limit as a data file's (2 GiB); read once, without a second copy.
    if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
      let refusal = MemoryBudget.refusal(reading: file, size: size)
    {
      throw CommandFailure(message: refusal)
    }
    guard let bytes = FileBytes.read(file, limit: DatasetLoader.maximumFileBytes) else {
      throw CommandFailure(message: "cannot read \(file)")
    }
    let taxonomy = try loadTaxonomy(invocation.value("taxonomy")).value
    // Read a row at a time and written a record at a time: memory follows the records
    // kept, not the sheet.
    let issues: [CSVIssue]
    let count: Int
    let writeJSON: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    do throws(CSVError) {
      switch kind {
      case "participants":
        let (records, problems) = try RecordCSV.importParticipants(
          bytes: bytes, delimiter: delimiter, taxonomy: taxonomy)
        (issues, count) = (problems, records.count)
        writeJSON = { try JSONWriter.linePerElement(records.count, { records[$0].json }, emit: $0) }
      case "places":
        let (records, problems) = try RecordCSV.importPlaces(
          bytes: bytes, delimiter: delimiter, taxonomy: taxonomy)
        (issues, count) = (problems, records.count)
        writeJSON = { try JSONWriter.linePerElement(records.count, { records[$0].json }, emit: $0) }
      default:
        let (records, problems) = try RecordCSV.importPlacements(
          bytes: bytes, delimiter: delimiter, taxonomy: taxonomy)
        (issues, count) = (problems, records.count)
        writeJSON = { try JSONWriter.linePerElement(records.count, { records[$0].json }, emit: $0) }
      }
    } catch {
      throw CommandFailure(message: "\(file), \(error.description)")
    }
    guard issues.isEmpty else {
      for issue in issues { print("\(file): \(issue.description)") }
      print("\(file): \(issues.count) problem\(issues.count == 1 ? "" : "s"); nothing was written.")
      return ExitCode.failure
    }
    try writeOutput(to: invocation.value("out") ?? "-", writeJSON)
    StandardError.write(
      "Imported \(count) \(kind) from \(file)" + (invocation.value("out").map { " to \($0)" } ?? "")
        + ".")
    return ExitCode.success
  }
}
