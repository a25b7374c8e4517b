import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let demo = Command(
    name: "demo",
    summary: Message(
      en: "A ten-second tour: a few participants of different target groups and their places.",
      nl:
        "Een rondleiding van tien seconden: enkele deelnemers uit verschillende doelgroepen en hun plekken."
    ),
    usage: "plek demo [--data DIR] [--lang nl] [--date D]",
    options: CommonOptions.dataset + [QueryOptionSpecs.date, CommonOptions.language]
  ) { invocation in
    let language = try invocation.language()
    let day = try invocation.day()
    let engine = try DataSession.load(invocation).engine
    let localizer = Localizer(language: language, taxonomy: engine.taxonomy)
    let presenter = Presenter(audience: .officer)
    let groups: [TargetGroup] = [
      .participatiewetDirect, .participatiewetWithinYear, .nieuwBeschut, .wsw,
      .youthWithoutQualification,
    ]
    // For each group, the first participant who has at least one place.
    var tours: [ListPresentation] = []
    for group in groups {
      for id in engine.participantIDs where engine.participant(id)!.targetGroup == group {
        let list = try engine.shortlist(for: id, options: QueryOptions(k: 3, day: day))
        guard !list.matches.isEmpty else { continue }
        tours.append(
          presenter.shortlist(
            list, for: engine.validatedParticipant(id)!, day: day, explain: true, in: engine))
        break
      }
    }
    printText(
      textRendering(localizer).demo(
        tours, participants: engine.participantCount, places: engine.placeCount, day: day))
    return ExitCode.success
  }
}
