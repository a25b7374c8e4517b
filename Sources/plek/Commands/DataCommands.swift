import Foundation
import PlekCore
import PlekIO
import PlekService

extension Commands {
  static let batch = Command(
    name: "batch",
    summary: "Shortlists for every participant, to a CSV or JSON file.",
    usage: "plek batch --out FILE [--top N] [--format csv|json] [--threads N] [--date D] [options]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE", help: "file to write (.csv or .json; '-' for standard output)"),
      QueryOptionSpecs.top,
      OptionSpec(
        name: "format", value: "FORMAT", help: "csv or json (default: from the file name, else csv)"
      ),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, CommonOptions.language,
    ],
    details: """
      CSV: one row per match (participant, rank, place, employer, kind, sectors, score, travel
      minutes, points to judge), with a decimal comma and ';' in Dutch (--lang nl). JSON: the
      shape of the service's shortlist results. A progress bar is shown on standard error
      when it is a terminal.
      """
  ) { invocation in
    guard let out = invocation.value("out") else {
      throw UsageError(message: "--out FILE is required", hint: nil)
    }
    let defaultFormat = out.lowercased().hasSuffix(".json") ? "json" : "csv"
    let format = try invocation.choice("format", of: ["csv", "json"], default: defaultFormat)
    let language = try invocation.language()
    let day = try invocation.day(today: Service.systemToday)
    let k = try invocation.int("top", in: 1...1000, default: 10)
    let threads = try invocation.int("threads", in: 0...256, default: 0)
    let engine = try DataSession.load(invocation).engine
    let ids = engine.participantIDs
    let started = Date()
    var results: [BatchShortlist] = []
    results.reserveCapacity(ids.count)
    let progress = Progress(total: ids.count, enabled: Terminal.standardErrorIsTerminal)
    let slice = max(64, ids.count / 100)
    for start in stride(from: 0, to: ids.count, by: slice) {
      let part = Array(ids[start..<min(ids.count, start + slice)])
      results += try engine.batchShortlists(
        for: part, options: QueryOptions(k: k, day: day, threads: threads))
      progress.update(results.count)
    }
    progress.finish()
    let bytes: [UInt8]
    if format == "json" {
      let encoder = ResultEncoder(taxonomy: engine.taxonomy, language: language)
      bytes = JSONWriter(style: .pretty).bytes(
        .object([
          JSONMember("date", .string(day.iso)),
          JSONMember("participants", .int(ids.count)),
          JSONMember(
            "shortlists",
            .array(
              results.map {
                encoder.shortlist(
                  $0.shortlist,
                  subject: JSONMember("participant", .string($0.participantID.rawValue)), day: day,
                  place: { engine.place($0) })
              })),
        ]))
    } else {
      var rows: [[String]] = []
      for result in results {
        for (index, match) in result.shortlist.matches.enumerated() {
          let place = engine.place(match.placeID)!
          rows.append([
            result.participantID.rawValue, String(index + 1), place.id.rawValue,
            place.employerID.rawValue,
            place.employerKind.rawValue, place.sectors.map(\.rawValue).joined(separator: "|"),
            csvNumber(match.score, 2, language), csvNumber(match.travelMinutes, 1, language),
            String(match.assessmentPoints),
          ])
        }
      }
      bytes = CSVWriter(delimiter: UInt8(ascii: language == .dutch ? ";" : ",")).bytes(
        header: [
          "participant", "rank", "place", "employer", "employerKind", "sectors", "score",
          "travelMinutes", "assessmentPoints",
        ], rows: rows)
    }
    try writeOutput(bytes, to: out)
    let matches = results.reduce(0) { $0 + $1.shortlist.matches.count }
    StandardError.write(
      "Wrote \(matches) matches for \(ids.count) participants to \(out) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s."
    )
    return ExitCode.success
  }

  static let importSheet = Command(
    name: "import",
    summary: "Turn a spreadsheet (CSV, as Excel saves it) into validated JSON.",
    usage:
      "plek import --participants FILE.csv | --places FILE.csv [--out FILE.json] [--taxonomy DIR]",
    options: [
      OptionSpec(name: "participants", value: "FILE", help: "a sheet of participants"),
      OptionSpec(name: "places", value: "FILE", help: "a sheet of places"),
      OptionSpec(name: "out", value: "FILE", help: "JSON file to write (default: standard output)"),
      OptionSpec(name: "delimiter", value: "C", help: "';', ',' or 'tab' (default: detected)"),
      CommonOptions.taxonomy,
    ],
    details: """
      Semicolons or commas, a UTF-8 byte order mark, quoted cells with line breaks and decimal
      commas are all fine. Every problem is reported by row and column name; if there is any,
      nothing is written and the exit code is 1. The column layout is in Datasets/README.md;
      Datasets/examples holds example sheets.
      """
  ) { invocation in
    let people = invocation.value("participants")
    let placesFile = invocation.value("places")
    guard (people == nil) != (placesFile == nil), let file = people ?? placesFile else {
      throw UsageError(
        message: "give exactly one of --participants FILE or --places FILE", hint: nil)
    }
    var delimiter: UInt8?
    if let text = invocation.value("delimiter") {
      switch text {
      case ";": delimiter = UInt8(ascii: ";")
      case ",": delimiter = UInt8(ascii: ",")
      case "tab", "\\t": delimiter = 0x09
      default:
        throw UsageError(message: "--delimiter must be ';', ',' or 'tab', not '\(text)'", hint: nil)
      }
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure(message: "cannot read \(file)")
    }
    let taxonomy = try loadTaxonomy(invocation.value("taxonomy"))
    let table: CSVTable
    do {
      table = try CSVReader.read([UInt8](data), delimiter: delimiter)
    } catch let error as CSVError {
      throw CommandFailure(message: "\(file), \(error.description)")
    }
    let issues: [CSVIssue]
    let json: JSONValue
    let count: Int
    if people != nil {
      let (records, problems) = RecordCSV.importParticipants(table, taxonomy: taxonomy)
      (issues, json, count) = (problems, .array(records.map(\.json)), records.count)
    } else {
      let (records, problems) = RecordCSV.importPlaces(table, taxonomy: taxonomy)
      (issues, json, count) = (problems, .array(records.map(\.json)), records.count)
    }
    guard issues.isEmpty else {
      for issue in issues { print("\(file): \(issue.description)") }
      print("\(file): \(issues.count) problem\(issues.count == 1 ? "" : "s"); nothing was written.")
      return ExitCode.failure
    }
    try writeOutput(
      JSONWriter(style: .linePerElement).bytes(json), to: invocation.value("out") ?? "-")
    let what = people != nil ? "participants" : "places"
    StandardError.write(
      "Imported \(count) \(what) from \(file)" + (invocation.value("out").map { " to \($0)" } ?? "")
        + ".")
    return ExitCode.success
  }

  static let export = Command(
    name: "export",
    summary: "The dataset, or one shortlist, as a CSV sheet that opens cleanly in Excel.",
    usage:
      "plek export --participants | --places | --shortlist PARTICIPANT [--top N] [--out FILE] [--lang nl]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "participants", value: nil, help: "export the participants (the import layout)"),
      OptionSpec(name: "places", value: nil, help: "export the places (the import layout)"),
      OptionSpec(name: "shortlist", value: "ID", help: "export this participant's shortlist"),
      QueryOptionSpecs.top, QueryOptionSpecs.date,
      OptionSpec(name: "out", value: "FILE", help: "file to write (default: standard output)"),
      CommonOptions.language,
    ],
    details: """
      UTF-8 with a byte order mark and Windows line ends. With --lang nl (Dutch Excel): ';'
      between cells and a decimal comma; otherwise ',' and a decimal point. Participants and
      places use the import layout, so an exported sheet can be edited and imported again.
      """
  ) { invocation in
    let language = try invocation.language()
    let choices = [
      invocation.flag("participants"), invocation.flag("places"),
      invocation.value("shortlist") != nil,
    ]
    guard choices.filter({ $0 }).count == 1 else {
      throw UsageError(
        message: "give exactly one of --participants, --places or --shortlist ID", hint: nil)
    }
    let dutch = language == .dutch
    let writer = CSVWriter(delimiter: UInt8(ascii: dutch ? ";" : ","))
    let engine = try DataSession.load(invocation).engine
    let bytes: [UInt8]
    if invocation.flag("participants") {
      bytes = writer.bytes(
        header: RecordCSV.participantColumns,
        rows: RecordCSV.exportParticipants(
          engine.participantIDs.map { engine.participant($0)! }, decimalComma: dutch))
    } else if invocation.flag("places") {
      bytes = writer.bytes(
        header: RecordCSV.placeColumns,
        rows: RecordCSV.exportPlaces(engine.placeIDs.map { engine.place($0)! }, decimalComma: dutch)
      )
    } else {
      let text = invocation.value("shortlist")!
      guard let id = ParticipantID(text), engine.participant(id) != nil else {
        throw CommandFailure(
          message: ParticipantID(text).map { notFound($0, in: engine) }
            ?? "'\(text)' is not a participant id")
      }
      let day = try invocation.day(today: Service.systemToday)
      let list = try engine.shortlist(
        for: id,
        options: QueryOptions(k: try invocation.int("top", in: 1...1000, default: 10), day: day))
      let say = Labels(language: language)
      bytes = writer.bytes(
        header: [
          say("rank", "nr"), say("place", "plek"), say("title", "functie"),
          say("employer", "werkgever"), say("kind", "soort"),
          "sector", say("hours", "uren"), say("travel minutes", "reisminuten"), "score",
          say("points to judge", "te beoordelen"),
        ],
        rows: list.matches.enumerated().map { index, match in
          let place = engine.place(match.placeID)!
          return [
            String(index + 1), place.id.rawValue, place.title ?? "", place.employerID.rawValue,
            place.employerKind.label(language),
            place.sectors.map { engine.taxonomy.name(of: $0, in: language) }.joined(
              separator: ", "),
            "\(place.hoursPerWeek.min)–\(place.hoursPerWeek.max)",
            csvNumber(match.travelMinutes, 0, language),
            csvNumber(match.score, 1, language), String(match.assessmentPoints),
          ]
        })
    }
    try writeOutput(bytes, to: invocation.value("out") ?? "-")
    return ExitCode.success
  }

  static let demo = Command(
    name: "demo",
    summary: "A ten-second tour: a few participants of different target groups and their places.",
    usage: "plek demo [--data DIR] [--lang nl] [--date D]",
    options: CommonOptions.dataset + [QueryOptionSpecs.date, CommonOptions.language]
  ) { invocation in
    let language = try invocation.language()
    let day = try invocation.day(today: Service.systemToday)
    let engine = try DataSession.load(invocation).engine
    let say = Labels(language: language)
    print(
      Paint.bold("Plek") + " — "
        + say(
          "a place where talent counts. \(engine.participantCount) participants, \(engine.placeCount) places, on \(day.iso).",
          "een plek waar talent telt. \(engine.participantCount) deelnemers, \(engine.placeCount) plekken, op \(day.iso)."
        ))
    print(
      Paint.dim(
        say(
          "Knock-outs are hard limits (load, hours, travel, skills, eligibility); the rest is an explained score.",
          "Knock-outs zijn harde grenzen (belasting, uren, reistijd, vaardigheden, indicatie); de rest is een uitgelegde score."
        )))
    let groups: [TargetGroup] = [
      .participatiewetDirect, .participatiewetWithinYear, .nieuwBeschut, .wsw,
      .youthWithoutQualification,
    ]
    var firstPair: (ParticipantID, PlaceID)?
    for group in groups {
      // The first participant of the group who has at least one place.
      for id in engine.participantIDs where engine.participant(id)!.targetGroup == group {
        let list = try engine.shortlist(for: id, options: QueryOptions(k: 3, day: day))
        guard let best = list.matches.first else { continue }
        let person = engine.participant(id)!
        print(
          "\n" + Paint.bold("\(id)") + " · "
            + profileLine(person, taxonomy: engine.taxonomy, language: language))
        for (index, match) in list.matches.enumerated() {
          let place = engine.place(match.placeID)!
          let explanation = try engine.explain(participant: id, place: match.placeID, on: day)
          let reasons = Highlights.reasons(
            explanation, person: person, place: place, taxonomy: engine.taxonomy,
            language: language, view: .officer, limit: 2)
          print(
            "  \(index + 1). " + Paint.green(NumberText.format(match.score, decimals: 1, language))
              + "  \(place.id) \(place.title ?? "")"
              + " · \(place.employerKind.label(language)) · \(NumberText.format(match.travelMinutes, decimals: 0)) min"
              + (reasons.isEmpty ? "" : Paint.dim(" — " + reasons.joined(separator: "; ")))
              + (match.assessmentPoints > 0 ? Paint.yellow(" !\(match.assessmentPoints)") : ""))
        }
        if firstPair == nil { firstPair = (id, best.placeID) }
        break
      }
    }
    if let (person, place) = firstPair {
      print("\n" + say("Next:", "Verder:"))
      let hints = [
        (
          "plek shortlist \(person) --why",
          say("every score, component by component", "elke score per onderdeel")
        ),
        (
          "plek explain \(person) \(place)",
          say("one match in plain words", "één match in gewone woorden")
        ),
        (
          "plek candidates \(place) --view employer",
          say("what an employer may see", "wat een werkgever mag zien")
        ),
        ("plek help", say("all commands", "alle opdrachten")),
      ]
      let width = hints.map(\.0.count).max() ?? 0
      for (command, meaning) in hints {
        print("  " + command.padded(to: width) + "   " + Paint.dim(meaning))
      }
    }
    return ExitCode.success
  }
}

/// A progress bar on standard error, only when it is a terminal.
final class Progress {
  let total: Int
  let enabled: Bool

  init(total: Int, enabled: Bool) {
    self.total = total
    self.enabled = enabled
  }

  func update(_ done: Int) {
    guard enabled, total > 0 else { return }
    let share = Double(done) / Double(total)
    FileHandle.standardError.write(
      Data("\r\(bar(share, width: 30)) \(Int(share * 100))% (\(done)/\(total))".utf8))
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

/// Writes to a file, or to standard output for "-".
func writeOutput(_ bytes: [UInt8], to path: String) throws {
  if path == "-" {
    print(String(decoding: bytes, as: UTF8.self), terminator: "")
    return
  }
  do {
    try DatasetLoader.write(bytes, to: path)
  } catch {
    throw CommandFailure(message: "cannot write \(path): \(error.localizedDescription)")
  }
}
