import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let export = Command(
    name: "export",
    summary: Message(
      en: "The dataset, or one shortlist, as a CSV sheet that opens cleanly in Excel.",
      nl: "De dataset, of één shortlijst, als CSV-blad dat netjes opent in Excel."),
    usage:
      "plek export --participants | --places | --placements | --shortlist PARTICIPANT [--top N] [--out FILE] [--lang nl]\n       plek export --dataset DIR [--state DIR]",
    options: CommonOptions.dataset + [
      OptionSpec.flag(
        "participants", en: "export the participants (the import layout)",
        nl: "exporteer de deelnemers (de indeling van import)"),
      OptionSpec.flag(
        "places", en: "export the places (the import layout)",
        nl: "exporteer de plekken (de indeling van import)"),
      OptionSpec.flag(
        "placements",
        en: "export the dataset directory's placements (the import layout; officers only)",
        nl:
          "exporteer de plaatsingen van de map met de dataset (de indeling van import; alleen consulenten)"
      ),
      OptionSpec(
        name: "shortlist", value: "ID",
        en: "export this participant's shortlist",
        nl: "exporteer de shortlijst van deze deelnemer"),
      OptionSpec(
        name: "dataset", value: "DIR",
        en:
          "write the data as a dataset (participants.json, places.json, policy.json) to a new directory: with --state, what plek serve holds",
        nl:
          "schrijf de data als dataset (participants.json, places.json, policy.json) naar een nieuwe map: met --state, wat plek serve bewaart"

      ),
      QueryOptionSpecs.top, QueryOptionSpecs.date, QueryOptionSpecs.horizon, QueryOptionSpecs.view,
      OptionSpec(
        name: "out", value: "FILE",
        en: "file to write (default: standard output)",
        nl: "bestand om te schrijven (standaard: standaarduitvoer)"),
      CommonOptions.language,
    ],
    details: Message(
      en: """
        UTF-8 with a byte order mark and Windows line ends. With --lang nl (Dutch Excel): ';'
        between cells and a decimal comma; otherwise ',' and a decimal point. Participants and
        places use the import layout, so an exported sheet can be edited and imported again.
        Participant records hold health data and are exported for officers only; with --view
        employer a shortlist shows whether each place fits or needs assessment, no scores.
        """,
      nl: """
        UTF-8 met een BOM en Windows-regeleinden. Met --lang nl (Nederlandse Excel):
        ';' tussen cellen en een decimale komma; anders ',' en een decimale punt. Deelnemers en
        plekken gebruiken de indeling van import, zodat een geëxporteerd blad bewerkt en weer
        geïmporteerd kan worden. Gegevens van deelnemers bevatten gezondheidsgegevens en gaan
        alleen naar consulenten; met --view employer toont een shortlijst of elke plek past of
        beoordeling nodig heeft, zonder scores.
        """)
  ) { invocation in
    if let directory = invocation.value("dataset") {
      return try exportDataset(invocation, to: directory)
    }
    let language = try invocation.language()
    let choices = [
      invocation.flag("participants"), invocation.flag("places"), invocation.flag("placements"),
      invocation.value("shortlist") != nil,
    ]
    guard choices.filter({ $0 }).count == 1 else {
      throw UsageError(
        Message(
          en: "give exactly one of --participants, --places, --placements or --shortlist ID",
          nl: "geef precies één van --participants, --places, --placements of --shortlist ID"))
    }
    let audience = try invocation.audience()
    if audience != .officer && (invocation.flag("participants") || invocation.flag("placements")) {
      throw UsageError(
        Message(
          en:
            "participant records and placements hold health data (load capacity, wage value, support need, sheltered work); they are exported for officers only",
          nl:
            "gegevens van deelnemers en plaatsingen bevatten gezondheidsgegevens (belastbaarheid, loonwaarde, begeleidingsbehoefte, beschut werk); die gaan alleen naar consulenten"
        ),
        hint: Message(
          en: "Leave out --view employer, or export --places or --shortlist ID.",
          nl: "Laat --view employer weg, of exporteer --places of --shortlist ID."))
    }
    let dutch = language == .dutch
    if invocation.flag("placements") {
      return try exportPlacements(invocation, language)
    }
    let engine = try DataSession.load(invocation).engine
    let csv = CSVRendering(localizer: Localizer(language: language, taxonomy: engine.taxonomy))
    let table: (header: [String], rows: [[String]])
    if invocation.flag("participants") {
      table = (
        RecordCSV.participantColumns,
        RecordCSV.exportParticipants(
          engine.participantIDs.map { engine.participant($0)! }, decimalComma: dutch)
      )
    } else if invocation.flag("places") {
      table = (
        RecordCSV.placeColumns,
        RecordCSV.exportPlaces(engine.placeIDs.map { engine.place($0)! }, decimalComma: dutch)
      )
    } else {
      let text = invocation.value("shortlist")!
      guard let id = ParticipantID(text), let person = engine.validatedParticipant(id) else {
        throw CommandFailure(
          ParticipantID(text).map { notFound($0, in: engine) }
            ?? Message(
              en: "'\(text: text)' is not a participant id",
              nl: "'\(text: text)' is geen id van een deelnemer"))
      }
      let day = try invocation.day()
      let horizon = try invocation.horizon()
      let list = try engine.shortlist(
        for: id,
        options: QueryOptions(k: try invocation.top(minimum: 1), day: day, horizonDays: horizon))
      table = csv.sheet(
        Presenter(audience: audience).shortlist(
          list, for: person, day: day, horizonDays: horizon, explain: false, in: engine))
    }
    try writeOutput(
      csv.bytes(header: table.header, rows: table.rows, byteOrderMark: true),
      to: invocation.value("out") ?? "-")
    return ExitCode.success
  }

  /// `plek export --placements`: the dataset directory's placements as a sheet (the import
  /// layout), checked against its people and places first.
  static func exportPlacements(_ invocation: Invocation, _ language: Language) throws -> Int32 {
    let data = try DataLocator.dataDirectory(invocation.value("data"))
    let taxonomyDirectory = try DataLocator.taxonomyDirectory(
      invocation.value("taxonomy"), data: data)
    let report = DatasetLoader.load(
      directory: data, taxonomy: DatasetLoader.loadTaxonomy(directory: taxonomyDirectory),
      participants: { _, _ in }, places: { _, _ in })
    guard report.issues.isEmpty, let taxonomy = report.taxonomy?.value else {
      throw DataSession.refusal(report.issues, in: data)
    }
    let csv = CSVRendering(localizer: Localizer(language: language, taxonomy: taxonomy))
    try writeOutput(
      csv.bytes(
        header: RecordCSV.placementColumns,
        rows: RecordCSV.exportPlacements(report.placements.map(\.value)), byteOrderMark: true),
      to: invocation.value("out") ?? "-")
    return ExitCode.success
  }

  /// `plek export --dataset DIR`: the data (with `--state`, the service's state) as JSON files
  /// `--data` reads, in a new or empty directory.
  static func exportDataset(_ invocation: Invocation, to directory: String) throws -> Int32 {
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: directory),
      !entries.isEmpty
    {
      throw CommandFailure(message: "\(directory) is not empty; export into a new directory")
    }
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let writer = JSONWriter(style: .linePerElement)
    do {
      if engine.placements.count > 0 {
        try DatasetLoader.write(
          writer.bytes(.array(engine.placements.all.map(\.json))),
          to: directory + "/" + DatasetLoader.placementsFile)
      }
      try DatasetLoader.write(
        writer.bytes(.array(engine.participantIDs.map { engine.participant($0)!.json })),
        to: directory + "/" + DatasetLoader.participantsFile)
      try DatasetLoader.write(
        writer.bytes(.array(engine.placeIDs.map { engine.place($0)!.json })),
        to: directory + "/" + DatasetLoader.placesFile)
      try DatasetLoader.write(
        JSONWriter(style: .pretty).bytes(engine.policy.json), to: directory + "/policy.json")
    } catch {
      throw CommandFailure(message: "cannot write \(directory): \(error.localizedDescription)")
    }
    status(
      Message(
        en:
          "Wrote \(engine.participantCount) participants, \(engine.placeCount) places and the policy to \(text: directory) (read it with --data \(text: directory) --policy \(text: directory)/policy.json).",
        nl:
          "\(engine.participantCount) deelnemers, \(engine.placeCount) plekken en het beleid staan in \(text: directory) (lees ze met --data \(text: directory) --policy \(text: directory)/policy.json)."
      ), (try? invocation.language()) ?? .english)
    return ExitCode.success
  }
}
