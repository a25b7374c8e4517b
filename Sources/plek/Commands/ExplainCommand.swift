import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let explain = Command(
    name: "explain",
    summary: Message(
      en:
        "Everything about one participant and one place: knock-outs, components, points to judge.",
      nl:
        "Alles over één deelnemer en één plek: uitsluitingen, onderdelen, punten om te beoordelen."),
    usage:
      "plek explain <participant-id> <place-id> [--view employer] [--date D] [--format table|json|csv] [--lang nl]",
    positionals: 2...2,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.view, QueryOptionSpecs.date, QueryOptionSpecs.horizon, CommonOptions.format,
      CommonOptions.language,
    ]
  ) { invocation in
    let question = try Question(invocation)
    let audience = try invocation.audience()
    let personID = try invocation.participantID(at: 0)
    let placeID = try invocation.placeID(at: 1)
    let session = try DataSession.load(invocation)
    let engine = session.engine
    var query = ExplainQuery(
      person: try stored(personID, in: engine), place: try stored(placeID, in: engine),
      day: question.options.day, horizonDays: question.options.horizonDays)
    query.audience = audience
    let presentation = try query.present(in: session.workspace())
    question.print(
      json: { $0.explanation(presentation) }, csv: { $0.explanation(presentation) },
      text: { $0.explanation(presentation) }, question.localizer(engine))
    return ExitCode.success
  }
}
