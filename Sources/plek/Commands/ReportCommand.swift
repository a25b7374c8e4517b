import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let report = Command(
    name: "report",
    summary: Message(
      en: "The region at a glance: one HTML file (or JSON) for the SOB and municipalities.",
      nl: "De regio in één oogopslag: één HTML-bestand (of JSON) voor het SOB en de gemeenten."),
    usage: "plek report --out FILE [--format html|json] [--lang nl|en] [--date D] [options]",
    positionals: 0...0,
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE",
        en: "the file to write ('-' for standard output)",
        nl: "het bestand om te schrijven ('-' voor standaarduitvoer)"),
      OptionSpec(
        name: "format", value: "FORMAT",
        en: "html or json (default: from the file name, else html)",
        nl: "html of json (standaard: volgens de bestandsnaam, anders html)"),
      OptionSpec(
        name: "lang", value: "LANG",
        en: "nl or en (default: nl for this report)",
        nl: "nl of en (standaard: nl voor deze rapportage)"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
    ],
    details: Message(
      en: """
        Caseload and places per municipality, fit per target group, development (the steps that
        open the most places, learning-work places), the placement proposal (regular where it
        can, internal where it must), congestion (how evenly places are listed) and, when the
        data holds placements, the results of the last eight quarters (placements started,
        uitstroom, doorstroom, terugval and the vangnet, werkbehoud; per municipality). Aggregates
        only, small groups protected: a count of 1-4, or one that would give such a count
        away, is withheld ("•"). One self-contained file: inline charts, no
        script, nothing fetched; the same data and date give the same bytes.
        """,
      nl: """
        Caseload en plekken per gemeente, passende plekken per doelgroep, ontwikkeling (de
        stappen die voor de meeste mensen plekken openen, leerwerkplekken), het
        plaatsingsvoorstel (regulier waar het kan, intern waar het moet), drukte (hoe gelijk
        plekken over de lijsten verdeeld zijn) en, als de data plaatsingen bevat, de resultaten
        van de laatste acht kwartalen (gestarte plaatsingen, uitstroom, doorstroom, terugval en
        vangnet, werkbehoud; per gemeente). Alleen totalen, kleine groepen beschermd: een
        aantal van 1-4, of een aantal dat zo'n aantal zou verraden, wordt niet getoond ("•").
        Eén bestand dat op zichzelf staat: grafieken erin, geen script, niets opgehaald;
        dezelfde data en datum geven dezelfde bytes.
        """)
  ) { invocation in
    let out = try invocation.requiredOut()
    let format = try invocation.choice(
      "format", of: ["html", "json"], default: out.lowercased().hasSuffix(".json") ? "json" : "html"
    )
    let language: Language =
      invocation.value("lang") == nil && ProcessInfo.processInfo.environment["PLEK_LANG"] == nil
      ? .dutch : try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let threads = try invocation.threads()
    let started = Date()
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let report = try ReportQuery(
      options: QueryOptions(day: day, threads: threads, horizonDays: horizon)
    ).present(in: session.workspace())
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    let bytes =
      format == "json"
      ? JSONWriter(style: .pretty).bytes(JSONRendering(localizer: localizer).report(report))
      : Array(HTMLRendering(localizer: localizer).report(report).utf8)
    try writeOutput(bytes, to: out)
    if out != "-" {
      wrote(
        Message(
          en:
            "the region report (\(engine.participantCount) participants, \(engine.placeCount) places)",
          nl:
            "de regiorapportage (\(engine.participantCount) deelnemers, \(engine.placeCount) plekken)"
        ), to: out, since: started, language)
    }
    return ExitCode.success
  }
}
