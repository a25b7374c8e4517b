import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let shortlist = Command(
    name: "shortlist",
    summary: Message(
      en: "The places that fit a participant best, with the reasons.",
      nl: "De plekken die het best bij een deelnemer passen, met de redenen."),
    usage:
      "plek shortlist <participant-id> [--top N] [--spread] [--sector S,…] [--kind K,…] [--learning-only] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      FilterField.sectors.spec,
      FilterField.employerKinds.spec,
      OptionSpec.flag(
        "learning-only", en: "only learning-work places", nl: "alleen leerwerkplekken"),
      OptionSpec(
        name: "max-travel", value: "MIN",
        en: "only places within this many minutes", nl: "alleen plekken binnen zoveel minuten"),
      OptionSpec.flag(
        "spread", en: "order by score minus the place's congestion price in the region's proposal",
        nl: "orden op score min de drukteprijs van de plek in het voorstel voor de regio"),
      QueryOptionSpecs.why, QueryOptionSpecs.date, QueryOptionSpecs.horizon, CommonOptions.format,
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Ranked best first: score, then place id. '!' marks points an officer must judge; run
        plek explain for the full breakdown. When nothing fits, the reasons that block most
        places are listed. Every entry shows the competition: how many others have the place at
        least as high on their own top 10, of all the lists that hold it, and its free slots.

        With --spread: ordered by score minus the place's congestion price in the region's
        placement proposal (plek assign), so that people are not all sent to the same door;
        the proposed place comes first. For a participant the proposal cannot place: their
        place in the line at each place. An officer decides.
        """,
      nl: """
        Beste eerst: score, dan id van de plek. '!' markeert punten die een consulent moet
        beoordelen; plek explain geeft de volledige opbouw. Als niets past, staan de redenen
        erbij die de meeste plekken blokkeren. Elke regel toont de concurrentie: hoeveel anderen
        de plek minstens zo hoog op hun eigen top 10 hebben, van alle lijsten waarop ze staat,
        en haar vrije plaatsen.

        Met --spread: geordend op score min de drukteprijs van de plek in het
        plaatsingsvoorstel van de regio (plek assign), zodat niet iedereen naar dezelfde deur
        gaat; de voorgestelde plek komt eerst. Voor een deelnemer die het voorstel niet kan
        plaatsen: de plaats in de rij bij elke plek. Een consulent beslist.
        """)
  ) { invocation in
    let question = try Question(invocation, list: true)
    let maxTravel = try invocation.maxTravel()
    let id = try invocation.participantID(at: 0)
    var workspace = try DataSession.load(invocation).workspace()
    let engine = workspace.engine
    let parsed = PlaceFilter.parse(
      sectors: invocation.codes(.sectors, taxonomy: engine.taxonomy),
      employerKinds: invocation.codes(.employerKinds, taxonomy: engine.taxonomy),
      learningOnly: invocation.flag("learning-only"), maxTravelMinutes: maxTravel,
      taxonomy: engine.taxonomy)
    try invocation.check(parsed.problems, taxonomy: engine.taxonomy)
    var query = ShortlistQuery(
      person: try stored(id, in: engine), storedID: id, options: question.options)
    query.filter = parsed.filter
    query.spread = invocation.flag("spread")
    // Tables and sheets show each match's reasons, so every match is explained; JSON only
    // carries explanations when asked (--why), as the service does.
    query.explain = question.format != "json" || invocation.flag("why")
    let presentation = try query.present(in: &workspace)
    question.print(
      json: { $0.list(presentation) }, csv: { $0.list(presentation) },
      text: { $0.shortlist(presentation, breakdowns: invocation.flag("why")) },
      question.localizer(engine))
    return ExitCode.success
  }
}
