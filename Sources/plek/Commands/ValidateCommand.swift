import Foundation
import PlekCore
import PlekIO

extension Commands {
  static let validate = Command(
    name: "validate",
    summary: Message(
      en: "Check a dataset, its taxonomy and the policy, and list every problem.",
      nl: "Controleer een dataset, de taxonomie en het beleid, en noem elk probleem."),
    usage:
      "plek validate [DIR | --data DIR] [--taxonomy DIR] [--policy FILE] [--format table|json] [--lang nl|en]",
    positionals: 0...1,
    options: [
      CommonOptions.data, CommonOptions.taxonomy, CommonOptions.policy,
      CommonOptions.tableOrJSON,
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Every problem is listed with its file, record index, record id, field path, the
        offending value and what was expected. Exit code 0 when clean, 1 when there are problems.
        """,
      nl: """
        Elk probleem staat erbij met bestand, recordnummer, id van het record, pad van het
        veld, de foute waarde en wat er verwacht werd. Afsluitcode 0 als alles klopt, 1 als er
        problemen zijn.
        """)
  ) { invocation in
    let format = try invocation.choice("format", of: ["table", "json"], default: "table")
    let say = PlekCLI.usageWords(try invocation.language())
    // `--data DIR` as every other command takes it, or the directory alone.
    if invocation.value("data") != nil && !invocation.positionals.isEmpty {
      throw UsageError(
        Message(
          en: "give the dataset directory once: DIR or --data DIR",
          nl: "geef de map met de dataset één keer: MAP of --data MAP"))
    }
    let data = try DataLocator.dataDirectory(
      invocation.value("data") ?? invocation.positionals.first)
    let taxonomyDirectory = try DataLocator.taxonomyDirectory(
      invocation.value("taxonomy"), data: data)
    // Records are counted and let go block by block: validating a national dataset holds
    // one block's decoded values at a time.
    var report = DatasetLoader.load(
      directory: data, taxonomy: DatasetLoader.loadTaxonomy(directory: taxonomyDirectory),
      participants: { _, _ in }, places: { _, _ in })
    if let policyFile = try DataLocator.policyFile(invocation.value("policy"), data: data) {
      let (_, issues) = DatasetLoader.loadPolicy(file: policyFile, taxonomy: report.taxonomy?.value)
      report.issues += issues
    }
    if format == "json" {
      let json: JSONValue = .object([
        JSONMember("ok", .bool(report.issues.isEmpty)),
        JSONMember("data", .string(data)),
        JSONMember("participants", .int(report.participantsLoaded)),
        JSONMember("places", .int(report.placesLoaded)),
        JSONMember("placements", .int(report.placements.count)),
        JSONMember("problems", .int(report.problemCount)),
        JSONMember("issues", .array(report.issues.map(\.json))),
      ])
      print(JSONWriter(style: .pretty).string(json), terminator: "")
    } else {
      for issue in report.issues { print(issue.description) }
      let (people, places) = (report.participantsLoaded, report.placesLoaded)
      if report.issues.isEmpty {
        // Placements are named only where the directory has them.
        let count = report.placements.count
        print(
          say(
            count == 0
              ? Message(
                en:
                  "\(text: data): no problems (\(people) valid participants, \(places) valid places).",
                nl:
                  "\(text: data): geen problemen (\(people) geldige deelnemers, \(places) geldige plekken)."
              )
              : Message(
                en:
                  "\(text: data): no problems (\(people) valid participants, \(places) valid places, \(count) valid placements).",
                nl:
                  "\(text: data): geen problemen (\(people) geldige deelnemers, \(places) geldige plekken, \(count) geldige plaatsingen)."
              )))
      } else {
        let files = Set(report.issues.map(\.file)).count
        let total = report.problemCount
        let problems = counted(
          total, Message(en: "problem", nl: "probleem"), Message(en: "problems", nl: "problemen"))
        let fileWords = counted(
          files, Message(en: "file", nl: "bestand"), Message(en: "files", nl: "bestanden"))
        print(
          say(
            Message(
              en:
                "\(text: data): \(total) \(problems) in \(files) \(fileWords) (\(people) valid participants, \(places) valid places).",
              nl:
                "\(text: data): \(total) \(problems) in \(files) \(fileWords) (\(people) geldige deelnemers, \(places) geldige plekken)."
            )))
      }
    }
    return report.issues.isEmpty ? ExitCode.success : ExitCode.failure
  }
}

extension ValidationIssue {
  /// The issue as a JSON object, for `--format json` and the service.
  var json: JSONValue {
    .object([
      JSONMember("file", .string(file)),
      JSONMember("record", record.map { .int($0) } ?? .null),
      JSONMember("id", id.map { .string($0) } ?? .null),
      JSONMember("path", .string(problem.path)),
      JSONMember("kind", .string(problem.kind.rawValue)),
      JSONMember("value", problem.value.map { .string($0) } ?? .null),
      JSONMember("expected", .string(problem.expected)),
      JSONMember("line", position.map { .int($0.line) } ?? .null),
      JSONMember("column", position.map { .int($0.column) } ?? .null),
    ])
  }
}
