import Foundation
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let placements = Command(
    name: "placements",
    summary: Message(
      en: "The placements of a person or a place (or all): where, how, since when, how it ended.",
      nl:
        "De plaatsingen van een persoon of een plek (of alle): waar, hoe, sinds wanneer, hoe ze eindigden."
    ),
    usage: "plek placements [<participant-id> | <place-id>] [--format table|csv|json] [--lang nl]",
    positionals: 0...1,
    options: CommonOptions.dataset + [
      CommonOptions.format, CommonOptions.language, QueryOptionSpecs.date,
    ],
    details: Message(
      en: """
        Reads the placements of the data: placements.json of a dataset directory (checked
        against its people and places), a snapshot (plek snapshot keeps them) or a state
        (--state: what plek serve acknowledged, placements.upsert and placements.end included).
        A placement still runs when it has no end or ends on or after --date. For officers: a
        placement's form can tell sheltered work, which needs an indication. The sheet has the
        import layout (plek import --placements reads it back); JSON the records as the file
        holds them.
        """,
      nl: """
        Leest de plaatsingen van de gegevens: placements.json van een map met een dataset
        (gecontroleerd tegen de mensen en plekken daarin), een snapshot (plek snapshot bewaart
        ze) of een toestand (--state: wat plek serve bevestigde, ook placements.upsert en
        placements.end). Een plaatsing loopt nog als ze geen einde heeft of op of na --date
        eindigt. Voor consulenten: de vorm van een plaatsing kan beschut werk verraden, en
        daarvoor is een indicatie nodig. Het blad heeft de indeling van import (plek import
        --placements leest het weer in); JSON de records zoals het bestand ze bevat.
        """)
  ) { invocation in
    let question = try Question(invocation)
    // From a directory, a snapshot or a state: the engine holds the placements.
    let session = try DataSession.load(invocation)
    let engine = session.engine
    let ledger = engine.placements
    var placements = ledger.all
    if let text = invocation.positionals.first {
      if let person = ParticipantID(text), engine.participant(person) != nil {
        placements = ledger.placements(of: person)
      } else if let place = PlaceID(text), engine.place(place) != nil {
        placements = ledger.placements(at: place)
      } else {
        throw UsageError.unknown(
          Message(en: "participant or place", nl: "deelnemer of plek"), text,
          among: engine.participantIDs.map(\.rawValue) + engine.placeIDs.map(\.rawValue),
          shown: { "'\($0)'" })
      }
    }
    var places: [PlaceID: PlacementList.PlaceFacts] = [:]
    for id in Set(placements.map(\.place)) {
      if let place = engine.place(id) {
        places[id] = PlacementList.PlaceFacts(title: place.title, kind: place.employerKind)
      }
    }
    let taxonomy = engine.taxonomy
    let list = PlacementList(placements: placements, places: places, day: question.options.day)
    let localizer = Localizer(language: question.language, taxonomy: taxonomy)
    question.print(
      json: { _ in .array(list.placements.map(\.json)) },
      csv: { _ in (RecordCSV.placementColumns, RecordCSV.exportPlacements(list.placements)) },
      text: { $0.placements(list) }, localizer)
    return ExitCode.success
  }
}
