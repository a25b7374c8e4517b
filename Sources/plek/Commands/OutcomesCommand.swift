import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let outcomes = Command(
    name: "outcomes",
    summary: Message(
      en: "Results over time: placements started and ended, uitstroom, werkbehoud, the vangnet.",
      nl:
        "Resultaten in de tijd: gestarte en beëindigde plaatsingen, uitstroom, werkbehoud, vangnet."
    ),
    usage:
      "plek outcomes [--from DATE] [--to DATE] [--by PERIOD] [--municipality M,…] [--target-group G,…] [--format table|csv|json] [--out FILE]",
    positionals: 0...0,
    options: [
      CommonOptions.data, CommonOptions.state, CommonOptions.taxonomy,
      OptionSpec(
        name: "from", value: "DATE",
        en: "the first day counted (default: 1 January of the year of --to)",
        nl: "de eerste dag die telt (standaard: 1 januari van het jaar van --to)"),
      OptionSpec(
        name: "to", value: "DATE",
        en: "the last day counted, and the day the history is read as of (default: today)",
        nl:
          "de laatste dag die telt, en de dag waarop de geschiedenis gelezen wordt (standaard: vandaag)"
      ),
      OptionSpec(
        name: "by", value: "PERIOD",
        en: "month, quarter or year (default: quarter)",
        nl: "maand, kwartaal of jaar (standaard: kwartaal)"),
      FilterField.municipalities.spec, FilterField.targetGroups.spec,
      OptionSpec(
        name: "per", value: "PART",
        en: "also the whole range per municipality or per target-group",
        nl: "ook de hele periode per gemeente of per doelgroep"),
      OptionSpec(
        name: "out", value: "FILE",
        en: "write to FILE instead of the terminal (csv unless it ends in .json)",
        nl: "schrijf naar BESTAND in plaats van de terminal (csv, tenzij het op .json eindigt)"),
      CommonOptions.format, CommonOptions.language,
    ],
    details: Message(
      en: """
        Counts the placements of the dataset's placements.json per period: started (by kind of
        employer and by form), people placed for the first time, ended, to regular work
        (uitstroom), outward from an internal place (doorstroom), fell back (terugval) and of
        those caught by an internal place within 30 days (vangnet), learning-work routes ended
        with a certificate or praktijkverklaring; and werkbehoud, the share of placements still
        running 6 and 12 months after the start (Kaplan-Meier), by kind and target group.
        Placements starting or ending after --to are not known yet. Aggregates only, small
        groups protected: a count of 1-4, or one that would give such a count away, is
        withheld ("•", null in JSON). For monitoring and accountability: never an input to a
        score. Outcomes.md defines every figure.
        """,
      nl: """
        Telt de plaatsingen in placements.json van de dataset per periode: gestart (per soort
        werkgever en per vorm), mensen voor het eerst geplaatst, beëindigd, uitstroom naar
        regulier werk, doorstroom vanuit een interne plek, terugval en daarvan binnen 30 dagen
        opgevangen door een interne plek (vangnet), leerwerktrajecten afgerond met certificaat of
        praktijkverklaring; en werkbehoud, het deel van de plaatsingen dat 6 en 12 maanden na
        de start nog loopt (Kaplan-Meier), per soort werkgever en doelgroep. Plaatsingen die
        na --to beginnen of eindigen zijn nog niet bekend. Alleen totalen, kleine groepen
        beschermd: een aantal van 1-4, of een aantal dat zo'n aantal zou verraden, wordt niet
        getoond ("•", null in JSON). Voor monitoring en verantwoording: telt nooit mee in een
        score. Outcomes.md beschrijft elk cijfer.
        """)
  ) { invocation in
    let started = Date()
    let (out, format) = try invocation.reportOutput()
    let language = try invocation.language()
    let to = try invocation.day("to")
    let from = try invocation.day(
      "from", else: Day(year: to.components.year, month: 1, day: 1) ?? to)
    let interval = try outcomeInterval(invocation.value("by"))
    let breakdown = try outcomeBreakdown(invocation.value("per"))
    guard from <= to, to.daysSinceEpoch - from.daysSinceEpoch < 20 * 366 else {
      throw UsageError(
        Message(
          en: "--from must be on or before --to, at most 20 years apart (got \(from) – \(to))",
          nl: "--from moet op of voor --to liggen, hoogstens 20 jaar ervoor (nu \(from) – \(to))"))
    }
    // The cohort's words are checked against the taxonomy before the records are read.
    func cohort(in taxonomy: Taxonomy) throws -> Cohort {
      let parsed = Cohort.parse(
        municipalities: invocation.codes(.municipalities, taxonomy: taxonomy),
        targetGroups: invocation.codes(.targetGroups, taxonomy: taxonomy), taxonomy: taxonomy)
      try invocation.check(parsed.problems, taxonomy: taxonomy)
      return parsed.cohort
    }
    let history: PlacementHistory
    let taxonomy: Taxonomy
    var asked = Cohort()
    if invocation.value("state") != nil
      || invocation.value("data").map({ !DataLocator.isDirectory($0) }) ?? false
    {
      // A snapshot or a state: its engine holds the placements.
      let engine = try DataSession.load(invocation).engine
      (history, taxonomy) = (engine.placementHistory(), engine.taxonomy)
      asked = try cohort(in: taxonomy)
    } else {
      // A directory: read without compiling an engine (a national one's records are let go
      // block by block).
      let data = try DataLocator.dataDirectory(invocation.value("data"))
      let loadedTaxonomy = DatasetLoader.loadTaxonomy(
        directory: try DataLocator.taxonomyDirectory(invocation.value("taxonomy"), data: data))
      if let plain = loadedTaxonomy.taxonomy?.value { asked = try cohort(in: plain) }
      let (report, loaded) = DatasetLoader.history(directory: data, taxonomy: loadedTaxonomy)
      guard let found = loaded, let plain = report.taxonomy?.value else {
        throw DataSession.refusal(report.issues, in: data)
      }
      (history, taxonomy) = (found, plain)
    }
    let presentation = OutcomesPresentation(
      history: history, from: from, to: to, interval: interval, cohort: asked,
      breakdown: breakdown, municipalities: taxonomy.region.municipalities.map(\.id),
      deadline: DispatchTime.now().uptimeNanoseconds
        + UInt64(Limits.protectionSeconds * 1e9))
    let output = ReportOutput(
      out: out, format: format, localizer: Localizer(language: language, taxonomy: taxonomy))
    try output.write(
      output.bytes(
        json: { $0.outcomes(presentation) }, csv: { $0.outcomes(presentation) },
        text: { $0.outcomes(presentation) }),
      what: Message(
        en: "the results of \(history.placementCount) placements",
        nl: "de resultaten van \(history.placementCount) plaatsingen"), since: started)
    return ExitCode.success
  }

  /// `--by`: the interval's code or its name in either language, in any case.
  static func outcomeInterval(_ word: String?) throws(UsageError) -> OutcomeInterval {
    guard let word else { return .quarter }
    let lowered = word.lowercased()
    if let interval = OutcomeInterval.allCases.first(where: {
      $0.rawValue == lowered || $0.label(.dutch).literalText == lowered
    }) {
      return interval
    }
    throw UsageError.unknown(
      Message(en: "period", nl: "periode"), word,
      among: OutcomeInterval.allCodes
        + OutcomeInterval.allCases.map { $0.label(.dutch).literalText },
      shown: { "'\($0)'" })
  }

  /// `--per`: `municipality` or `target-group`, or their Dutch names (`gemeente`,
  /// `doelgroep`).
  static func outcomeBreakdown(_ word: String?) throws(UsageError) -> OutcomesPresentation
    .Breakdown?
  {
    guard let word else { return nil }
    // The codes, then their Dutch names.
    let names: [(String, OutcomesPresentation.Breakdown)] =
      OutcomesPresentation.Breakdown.allCases.map { ($0.rawValue, $0) }
      + [("gemeente", .municipality), ("doelgroep", .targetGroup)]
    if let found = names.first(where: { $0.0 == word.lowercased() }) { return found.1 }
    throw UsageError.unknown(
      Message(en: "part", nl: "deel"), word, among: names.map(\.0), shown: { "'\($0)'" })
  }
}
