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
    options: [
      CommonOptions.data, CommonOptions.taxonomy, CommonOptions.format, CommonOptions.language,
      QueryOptionSpecs.date,
    ],
    details: Message(
      en: """
        Reads placements.json of the dataset directory (checked against its people and places).
        A placement still runs when it has no end or ends on or after --date. For officers: a
        placement's form can tell sheltered work, which needs an indication. The sheet has the
        import layout (plek import --placements reads it back); JSON the records as the file
        holds them.
        """,
      nl: """
        Leest placements.json van de map met de dataset (gecontroleerd tegen de mensen en
        plekken daarin). Een plaatsing loopt nog als ze geen einde heeft of op of na --date
        eindigt. Voor consulenten: de vorm van een plaatsing kan beschut werk verraden, en
        daarvoor is een indicatie nodig. Het blad heeft de indeling van import (plek import
        --placements leest het weer in); JSON de records zoals het bestand ze bevat.
        """)
  ) { invocation in
    let question = try Question(invocation)
    let data = try DataLocator.dataDirectory(invocation.value("data"))
    let taxonomyDirectory = try DataLocator.taxonomyDirectory(
      invocation.value("taxonomy"), data: data)
    var people = Set<ParticipantID>()
    var places: [PlaceID: PlacementList.PlaceFacts] = [:]
    let report = DatasetLoader.load(
      directory: data, taxonomy: DatasetLoader.loadTaxonomy(directory: taxonomyDirectory),
      participants: { block, _ in people.formUnion(block.lazy.map(\.value.id)) },
      places: { block, _ in
        for place in block.lazy.map(\.value) {
          places[place.id] = PlacementList.PlaceFacts(title: place.title, kind: place.employerKind)
        }
      })
    guard report.issues.isEmpty, let taxonomy = report.taxonomy?.value else {
      throw DataSession.refusal(report.issues, in: data)
    }
    var placements = report.placements.map(\.value)
    if let text = invocation.positionals.first {
      if let person = ParticipantID(text), people.contains(person) {
        placements = placements.filter { $0.participant == person }
      } else if let place = PlaceID(text), places[place] != nil {
        placements = placements.filter { $0.place == place }
      } else {
        throw UsageError.unknown(
          Message(en: "participant or place", nl: "deelnemer of plek"), text,
          among: people.map(\.rawValue) + places.keys.map(\.rawValue), shown: { "'\($0)'" })
      }
    }
    let list = PlacementList(placements: placements, places: places, day: question.options.day)
    let localizer = Localizer(language: question.language, taxonomy: taxonomy)
    question.print(
      json: { _ in .array(list.placements.map(\.json)) },
      csv: { _ in (RecordCSV.placementColumns, RecordCSV.exportPlacements(list.placements)) },
      text: { $0.placements(list) }, localizer)
    return ExitCode.success
  }
}
