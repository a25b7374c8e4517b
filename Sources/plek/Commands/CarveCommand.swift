import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let carve = Command(
    name: "carve",
    summary: Message(
      en:
        "Job carving: which demand of a place keeps the most people out, and what a change opens.",
      nl:
        "Jobcarving: welke eis van een plek de meeste mensen tegenhoudt, en wat een aanpassing opent."
    ),
    usage:
      "plek carve <place-id> [--view employer] [--date D] [--horizon DAYS] [--format table|json] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.view, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      CommonOptions.tableOrJSON,
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Each change to the place (a load demand one level lower or adaptable, a competency one
        level lower or desired, fewer or more hours, less Dutch, more support, wage-cost
        subsidy, opening now) with the people it would let in: those whose every knock-out it
        removes; when no single change lets anyone in, pairs of changes made together. The
        employer view shows counts only, small groups withheld ("•"), and no people.
        """,
      nl: """
        Elke aanpassing van de plek (een belastingseis één niveau lager of aanpasbaar, een
        vaardigheid één niveau lager of gewenst, minder of meer uren, minder Nederlands, meer
        begeleiding, loonkostensubsidie, nu openen) met de mensen die het zou toelaten: wie
        door die aanpassing elke uitsluiting kwijt is; als geen enkele aanpassing iemand
        toelaat, paren van aanpassingen samen. De weergave voor de werkgever toont alleen
        aantallen, kleine groepen niet getoond ("•"), en geen mensen.
        """)
  ) { invocation in
    let question = try Question(invocation, formats: ["table", "json"])
    let audience = try invocation.audience()
    let id = try invocation.placeID(at: 0)
    let session = try DataSession.load(invocation)
    let engine = session.engine
    var query = CarveQuery(
      place: try stored(id, in: engine), storedID: id, options: question.options)
    query.audience = audience
    let presentation = try query.present(in: session.workspace())
    question.print(
      json: { $0.carving(presentation) }, text: { $0.carving(presentation) },
      question.localizer(engine))
    return ExitCode.success
  }
}
