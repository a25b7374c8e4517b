import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let assign = Command(
    name: "assign",
    summary: Message(
      en: "A regional placement proposal: the most people placed, proven optimal.",
      nl: "Een regionaal plaatsingsvoorstel: zoveel mogelijk mensen geplaatst, bewezen optimaal."),
    usage: """
      plek assign [--out FILE] [--format table|json|csv] [--report] [--municipality M,…] [--target-group G,…] [--sector S,…] [--kind K,…] [options]
      """,
    positionals: 0...0,
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE",
        en: "file to write (.csv or .json; '-' for standard output)",
        nl: "bestand om te schrijven (.csv of .json; '-' voor standaarduitvoer)"),
      OptionSpec.flag(
        "report",
        en:
          "the congestion report instead: plain and spread shortlists side by side with the proposal",
        nl:
          "in plaats daarvan het drukterapport: gewone en gespreide shortlijsten naast het voorstel"
      ),
      OptionSpec(
        name: "top", value: "N",
        en: "with --report: the lists' length (default 10)",
        nl: "met --report: de lengte van de lijsten (standaard 10)"),
      FilterField.municipalities.spec,
      FilterField.targetGroups.spec,
      FilterField.sectors.spec,
      FilterField.employerKinds.spec,
      OptionSpec.flag(
        "include-placed",
        en: "also people with a placement running on the day (left out by default)",
        nl: "ook mensen met een plaatsing die op de dag loopt (standaard niet meegenomen)"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      OptionSpec(
        name: "format", value: "FORMAT",
        en: "table, csv or json (default: from the file name, else table)",
        nl: "table, csv of json (standaard: volgens de bestandsnaam, anders table)"),
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Each person at most one place, no place over its free slots, only pairs that fit: as
        many people placed as possible, then the highest total score. The proposal is exact:
        a price for every place proves that no other proposal places more people, or as many
        with a higher total score, checked against every fit. For each person left out: no fit
        at all (ask for advice), or every place they fit went to others (which, with their free
        slots and how many fit). People with a placement running on the day (placements.json)
        are left out unless --include-placed (the report, --report, counts everybody). An
        officer decides: the proposal is advice.

        With --report: people placed if everyone takes their number one, by the best choice
        from the lists, and by the proposal; overbooked number ones; how evenly places are
        listed (Gini); places that fit someone but are on no list; the mean score of the first
        entry — for plain and spread shortlists (plek shortlist --spread).
        """,
      nl: """
        Iedereen hoogstens één plek, geen plek boven haar vrije plaatsen, alleen paren die
        passen: zoveel mogelijk mensen geplaatst, dan de hoogste totaalscore. Het voorstel is
        exact: een prijs per plek bewijst dat geen ander voorstel meer mensen plaatst, of
        evenveel met een hogere totaalscore, gecontroleerd tegen elke passende plek. Voor wie
        buiten het voorstel valt: helemaal geen passende plek (vraag advies), of elke passende
        plek ging naar anderen (welke, met hun vrije plaatsen en hoeveel er passen). Mensen met
        een plaatsing die op de dag loopt (placements.json) doen niet mee, tenzij
        --include-placed (het rapport, --report, telt iedereen). Een consulent beslist: het
        voorstel is advies.

        Met --report: hoeveel mensen geplaatst worden als iedereen zijn nummer één neemt, bij de
        beste keuze uit de lijsten, en met het voorstel; overboekte nummers één; hoe gelijk
        plekken over de lijsten verdeeld zijn (Gini); plekken die bij iemand passen maar op
        geen lijst staan; de gemiddelde score van de eerste plek — voor gewone en gespreide
        shortlijsten (plek shortlist --spread).
        """)
  ) { invocation in
    let (out, format) = try invocation.reportOutput()
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let threads = try invocation.threads()
    let report = invocation.flag("report")
    if !report && invocation.value("top") != nil {
      throw UsageError(Message(en: "--top is for --report", nl: "--top hoort bij --report"))
    }
    let depth = report ? try invocation.top() : CompetitionIndex.standardDepth
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let scope = try assignmentScope(invocation, engine.taxonomy)
    let started = Date()
    let options = QueryOptions(day: day, threads: threads, horizonDays: horizon)
    var workspace = session.workspace()
    let output = ReportOutput(
      out: out, format: format,
      localizer: Localizer(language: language, taxonomy: engine.taxonomy))
    let bytes: [UInt8]
    let counted: Message
    if report {
      var query = CongestionQuery(scope: scope, options: options)
      query.depth = depth
      let presentation = try query.present(in: &workspace)
      counted = Message(
        en: "the congestion report for \(presentation.report.people) participants",
        nl: "het drukterapport voor \(presentation.report.people) deelnemers")
      bytes = output.bytes(
        json: { $0.congestion(presentation) }, csv: { $0.congestion(presentation) },
        text: { $0.congestion(presentation) })
    } else {
      let (assignment, presentation) = try AssignQuery(scope: scope, options: options).present(
        in: &workspace)
      counted = Message(
        en:
          "a proposal placing \(assignment.placedCount) of \(assignment.participantIDs.count) participants",
        nl:
          "een voorstel dat \(assignment.placedCount) van de \(assignment.participantIDs.count) deelnemers plaatst"
      )
      bytes = output.bytes(
        json: { $0.assignment(presentation) }, csv: { $0.assignment(presentation) },
        text: { $0.assignment(presentation) })
    }
    try output.write(bytes, what: counted, since: started)
    return ExitCode.success
  }

  /// The scope of `plek assign`: a cohort of people and a filter of places.
  static func assignmentScope(_ invocation: Invocation, _ taxonomy: Taxonomy) throws
    -> AssignmentScope
  {
    let cohort = Cohort.parse(
      municipalities: invocation.codes(.municipalities, taxonomy: taxonomy),
      targetGroups: invocation.codes(.targetGroups, taxonomy: taxonomy), taxonomy: taxonomy)
    let places = PlaceFilter.parse(
      sectors: invocation.codes(.sectors, taxonomy: taxonomy),
      employerKinds: invocation.codes(.employerKinds, taxonomy: taxonomy),
      taxonomy: taxonomy)
    try invocation.check(cohort.problems + places.problems, taxonomy: taxonomy)
    // A proposal leaves people with a running placement out unless asked; the congestion
    // report (--report) counts everybody.
    return AssignmentScope(
      cohort: cohort.cohort, places: places.filter,
      includePlaced: invocation.flag("report") || invocation.flag("include-placed"))
  }
}
