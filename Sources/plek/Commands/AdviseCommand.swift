import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let advise = Command(
    name: "advise",
    summary: Message(
      en: "What would open places for a participant; --all adds it up for the region.",
      nl: "Wat plekken zou openen voor een deelnemer; --all telt het op voor de regio."),
    usage: """
      plek advise <participant-id> [--date D] [--horizon DAYS] [--format table|json] [options]
             plek advise --all [--out FILE] [--format table|csv|json] [--municipality M,…] [--target-group G,…] [options]
      """,
    positionals: 0...1,
    options: CommonOptions.dataset + [
      OptionSpec.flag(
        "all", en: "every participant (or the cohort), added up for the region",
        nl: "elke deelnemer (of het cohort), opgeteld voor de regio"),
      OptionSpec(
        name: "out", value: "FILE",
        en: "with --all: file to write (.csv or .json; '-' for standard output)",
        nl: "met --all: bestand om te schrijven (.csv of .json; '-' voor standaarduitvoer)"),
      OptionSpec(
        name: "municipality", value: "M,…",
        en: "with --all: only participants living here",
        nl: "met --all: alleen deelnemers die hier wonen"),
      OptionSpec(
        name: "target-group", value: "G,…",
        en: "with --all: only these target groups", nl: "met --all: alleen deze doelgroepen"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      OptionSpec(
        name: "format", value: "FORMAT",
        en: "table or json; with --all also csv (default: from the file name, else table)",
        nl: "table of json; met --all ook csv (standaard: volgens de bestandsnaam, anders table)"
      ),
      CommonOptions.language,
    ],
    details: Message(
      en: """
        For one participant: the single steps that would open places or raise the best fit,
        most places first (travel, hours, planning ahead, a competency and where to learn it,
        Dutch, an assessment, an adaptation, wage-cost subsidy, a job coach), each with what
        it opens and the best place it opens; when no single step opens anything, pairs of
        steps and the nearest places with exactly what is missing. For officers: steps name
        load capacity and support.

        With --all: for every participant of the cohort, which steps open places for how many
        people, and which places nobody fits with what keeps people out. Small groups are
        protected: steps for fewer than 5 people are left out, and a count of 1-4, or one
        that would give such a count away, is withheld ("•", null in JSON). CSV (one row per fact, ';' and a decimal comma in Dutch) and JSON.
        """,
      nl: """
        Voor één deelnemer: de afzonderlijke stappen die plekken zouden openen of de beste match
        verhogen, meeste plekken eerst (reistijd, uren, vooruit plannen, een vaardigheid en waar
        die te leren is, Nederlands, een beoordeling, een aanpassing, loonkostensubsidie, een
        jobcoach), elk met wat het opent en de beste plek die het opent; als geen enkele stap
        iets opent, paren van stappen en de dichtstbijzijnde plekken met precies wat ontbreekt.
        Voor consulenten: stappen noemen belastbaarheid en begeleiding.

        Met --all: voor elke deelnemer van het cohort, welke stappen voor hoeveel mensen plekken
        openen, en welke plekken bij niemand passen en wat mensen tegenhoudt. Kleine groepen
        zijn beschermd: stappen voor minder dan 5 mensen staan er niet bij, en een aantal van
        1-4, of een aantal dat zo'n aantal zou verraden, wordt niet getoond ("•", null in JSON).
        CSV (één regel per feit, ';' en een decimale komma in het Nederlands) en JSON.
        """)
  ) { invocation in
    if invocation.flag("all") { return try regionAdvice(invocation) }
    for option in ["out", "municipality", "target-group"] where invocation.value(option) != nil {
      throw UsageError(
        Message(en: "--\(text: option) is for --all", nl: "--\(text: option) hoort bij --all"))
    }
    guard invocation.positionals.count == 1 else {
      throw UsageError(
        Message(
          en: "give a participant id, or --all for the region",
          nl: "geef de id van een deelnemer, of --all voor de regio"))
    }
    let question = try Question(invocation, formats: ["table", "json"])
    let id = try invocation.participantID(at: 0)
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let presentation = try AdviceQuery(
      person: try stored(id, in: engine), storedID: id, options: question.options
    ).present(in: session.workspace())
    question.print(
      json: { $0.advice(presentation) }, text: { $0.advice(presentation) },
      question.localizer(engine))
    return ExitCode.success
  }

  /// `plek advise --all`: the region's advice for a cohort, as a table, CSV or JSON.
  static func regionAdvice(_ invocation: Invocation) throws -> Int32 {
    guard invocation.positionals.isEmpty else {
      throw UsageError(
        Message(
          en: "--all takes no participant id (got \(text: invocation.positionals[0]))",
          nl: "--all neemt geen id van een deelnemer (wel \(text: invocation.positionals[0]))"))
    }
    let (out, format) = try invocation.reportOutput()
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let threads = try invocation.threads()
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let parsed = Cohort.parse(
      municipalities: invocation.codes(.municipalities, taxonomy: engine.taxonomy),
      targetGroups: invocation.codes(.targetGroups, taxonomy: engine.taxonomy),
      taxonomy: engine.taxonomy)
    try invocation.check(parsed.problems, taxonomy: engine.taxonomy)
    let started = Date()
    let (region, presentation) = try RegionAdviceQuery(
      cohort: parsed.cohort, options: QueryOptions(day: day, threads: threads, horizonDays: horizon)
    ).present(in: session.workspace())
    let output = ReportOutput(
      out: out, format: format,
      localizer: Localizer(language: language, taxonomy: engine.taxonomy))
    try output.write(
      output.bytes(
        json: { $0.region(presentation) }, csv: { $0.region(presentation) },
        text: { $0.region(presentation) }),
      what: Message(
        en: "the advice for \(region.people) participants",
        nl: "het advies voor \(region.people) deelnemers"), since: started)
    return ExitCode.success
  }
}
