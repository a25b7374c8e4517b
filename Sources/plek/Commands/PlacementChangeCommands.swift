import Foundation
import PlekCore
import PlekIO
import PlekReport
import PlekService
import PlekStore

/// `plek place` and `plek end`: a placement begun or ended, by an officer, in a dataset
/// directory's `placements.json` or in a state (`--state`: journaled like the service's
/// `placements.upsert` and `placements.end`, which do the checking either way).
extension Commands {
  static let place = Command(
    name: "place",
    summary: Message(
      en: "Record a placement: a person begins at a place.",
      nl: "Leg een plaatsing vast: een persoon begint op een plek."),
    usage:
      "plek place <participant-id> <place-id> --form FORM --hours N [--start DATE] [--planned-end DATE] [--job-coach] [--wage-cost-subsidy] [--id PM-…]",
    positionals: 2...2,
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "form", value: "FORM",
        en: "employment, secondment, trial, learning-work or sheltered (or the Dutch word)",
        nl:
          "dienstverband, detachering, proefplaatsing, leerwerktraject of beschut (of de code)"),
      OptionSpec(
        name: "hours", value: "N", en: "contracted hours per week (1–60)",
        nl: "uren per week volgens het contract (1–60)"),
      OptionSpec(
        name: "start", value: "DATE", en: "the first day (default: today)",
        nl: "de eerste dag (standaard: vandaag)"),
      OptionSpec(
        name: "planned-end", value: "DATE", en: "the day it is planned to end, if any",
        nl: "de dag waarop ze volgens plan eindigt, als die er is"),
      .flag(
        "job-coach", en: "a job coach supports the person",
        nl: "een jobcoach ondersteunt de persoon"),
      .flag("wage-cost-subsidy", en: "with wage-cost subsidy", nl: "met loonkostensubsidie"),
      OptionSpec(
        name: "id", value: "ID", en: "the placement's id (default: the next free PM- number)",
        nl: "het id van de plaatsing (standaard: het volgende vrije PM-nummer)"),
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Checked like every placement: the person and the place exist, the dates and hours are
        valid, and it does not overlap another placement of the same person at the same place.
        With --data DIR it is added to DIR/placements.json (written anew, in id order); with
        --state DIR it is journaled in the state (not while plek serve runs on it: send
        placements.upsert to the server then). A placed person is marked on lists and left out
        of plek assign.
        """,
      nl: """
        Gecontroleerd zoals elke plaatsing: de persoon en de plek bestaan, de datums en uren
        kloppen, en ze overlapt geen andere plaatsing van dezelfde persoon op dezelfde plek.
        Met --data MAP komt ze in MAP/placements.json (opnieuw geschreven, op id); met --state
        MAP in het journaal van de toestand (niet terwijl plek serve erop draait: stuur dan
        placements.upsert naar de server). Wie geplaatst is, krijgt een teken op lijsten en
        doet niet mee aan plek assign.
        """)
  ) { invocation in
    let language = try invocation.language()
    let positionals = invocation.positionals
    guard let person = ParticipantID(positionals[0]), let place = PlaceID(positionals[1]) else {
      throw UsageError(
        Message(
          en:
            "give a participant id and a place id (got \(text: positionals.joined(separator: " ")))",
          nl:
            "geef een deelnemer-id en een plek-id (nu \(text: positionals.joined(separator: " ")))")
      )
    }
    let form = try word(
      invocation.required("form"), PlacementForm.self, \.dutchWord, Message(en: "form", nl: "vorm"))
    let hours = try invocation.int(
      "hours", in: Placement.validHours, default: Int(try invocation.required("hours")) ?? 0)
    let start = try invocation.day("start")
    let plannedEnd = try invocation.value("planned-end").map { _ in
      try invocation.day("planned-end")
    }
    return try changePlacements(invocation, language) { engine in
      let id = try invocation.value("id").map(placementID) ?? nextPlacementID(engine.placements)
      let placement = Placement(
        id: id, participant: person, place: place, start: start, plannedEnd: plannedEnd,
        form: form, hoursPerWeek: hours, wageCostSubsidy: invocation.flag("wage-cost-subsidy"),
        jobCoach: invocation.flag("job-coach"))
      return (
        "placements.upsert", .object(["placements": .array([placement.json])]),
        Message(
          en: "placement \(id): \(person) at \(place) from \(start)",
          nl: "plaatsing \(id): \(person) bij \(place) vanaf \(start)")
      )
    }
  }

  static let end = Command(
    name: "end",
    summary: Message(
      en: "End a placement: its last day and why it ended.",
      nl: "Beëindig een plaatsing: de laatste dag en waarom ze eindigde."),
    usage:
      "plek end <placement-id> --reason REASON [--on DATE] [--certificate] [--praktijkverklaring]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "reason", value: "REASON",
        en:
          "regular-work, other-placement, contract-ended, fell-back-health, fell-back-mismatch, fell-back-other, moved-away or other (or the Dutch word)",
        nl:
          "uitstroom, doorstroom, contract-afgelopen, terugval-gezondheid, terugval-geen-match, terugval-anders, verhuisd of anders (of de code)"
      ),
      OptionSpec(
        name: "on", value: "DATE", en: "the last day (default: today)",
        nl: "de laatste dag (standaard: vandaag)"),
      .flag(
        "certificate", en: "a learning-work route earned its certificate",
        nl: "een leerwerktraject leverde het certificaat op"),
      .flag(
        "praktijkverklaring", en: "a learning-work route earned a praktijkverklaring",
        nl: "een leerwerktraject leverde een praktijkverklaring op"),
      CommonOptions.language,
    ],
    details: Message(
      en: """
        Ends a running placement (one that has ended is corrected through its record). A
        terugval (fell-back-…) counts for the vangnet and marks the place on the person's
        shortlists. With --data DIR, DIR/placements.json is written anew; with --state DIR the
        end is journaled (not while plek serve runs on it: send placements.end then).
        """,
      nl: """
        Beëindigt een lopende plaatsing (een beëindigde corrigeer je via haar record). Een
        terugval telt mee voor het vangnet en geeft de plek een teken op de shortlijsten van de
        persoon. Met --data MAP wordt MAP/placements.json opnieuw geschreven; met --state MAP
        komt het einde in het journaal (niet terwijl plek serve erop draait: stuur dan
        placements.end).
        """)
  ) { invocation in
    let language = try invocation.language()
    let id = try placementID(invocation.positionals[0])
    let reason = try word(
      invocation.required("reason"), PlacementEndReason.self, \.dutchWord,
      Message(en: "reason", nl: "reden"))
    let day = try invocation.day("on")
    let learned = invocation.flag("certificate") || invocation.flag("praktijkverklaring")
    let ending = PlacementEnd(
      placement: id, end: day, reason: reason,
      earned: learned
        ? LearningResult(
          certificate: invocation.flag("certificate"),
          praktijkverklaring: invocation.flag("praktijkverklaring"), competencies: [])
        : nil)
    return try changePlacements(invocation, language) { _ in
      (
        "placements.end", ending.json,
        Message(
          en: "placement \(id) ended on \(day) (\(reason.label))",
          nl: "plaatsing \(id) beëindigd op \(day) (\(reason.label))")
      )
    }
  }

  /// A vocabulary value from its code, its Dutch word or its label in either language, in
  /// any case.
  static func word<Value: Vocabulary & Labelled>(
    _ text: String, _ type: Value.Type, _ dutch: (Value) -> String, _ noun: Message
  ) throws(UsageError) -> Value {
    let lowered = text.lowercased()
    if let found = Value.allCases.first(where: { value in
      let words =
        [value.rawValue, dutch(value)]
        + Language.allCases.map {
          value.label($0).literalText.lowercased()
        }
      return words.contains(lowered)
    }) {
      return found
    }
    throw UsageError.unknown(
      noun, text, among: Value.allCases.map(\.rawValue) + Value.allCases.map(dutch),
      shown: { "'\($0)'" })
  }

  /// A placement id as typed.
  static func placementID(_ text: String) throws(UsageError) -> PlacementID {
    guard let id = PlacementID(text) else {
      throw UsageError(
        Message(en: "not a placement id: \(text: text)", nl: "geen plaatsings-id: \(text: text)"))
    }
    return id
  }

  /// The next free `PM-` number after the highest held.
  static func nextPlacementID(_ ledger: PlacementLedger) -> PlacementID {
    let highest =
      ledger.all.compactMap { placement -> Int? in
        let text = placement.id.rawValue
        guard text.hasPrefix("PM-") else { return nil }
        return Int(text.dropFirst(3))
      }.max() ?? 0
    return PlacementID(String(format: "PM-%06d", highest + 1))!
  }

  /// Makes a change of placements through the service's own method (the same checks,
  /// journaled with `--state`): `request` gives the method, its params and what to say.
  static func changePlacements(
    _ invocation: Invocation, _ language: Language,
    _ request: (MatchEngine) throws -> (method: String, params: JSONValue, done: Message)
  ) throws -> Int32 {
    var service: Service
    var directory: String?
    if let state = invocation.value("state") {
      guard StateDirectory.holdsState(state) else {
        throw CommandFailure(
          Message(
            en: "\(text: state) is not a state directory (plek serve --state creates one)",
            nl: "\(text: state) is geen toestandsmap (plek serve --state maakt er een)"))
      }
      let taxonomy = try DataLocator.taxonomyDirectory(
        invocation.value("taxonomy"),
        data: try DataLocator.dataDirectory(invocation.value("data")))
      do {
        service = try Service.withState(
          state, taxonomyDirectory: taxonomy,
          initial: { throw StateError("\(state) has no state") }, repair: false,
          journalLimit: Limits.journalBytes, options: .standard, log: { _ in })
      } catch let error as StateError {
        throw CommandFailure(message: error.description)
      }
    } else {
      if let file = invocation.value("data"), !DataLocator.isDirectory(file) {
        throw CommandFailure(
          Message(
            en:
              "\(text: file) is a snapshot: placements are recorded in a dataset directory or a state",
            nl:
              "\(text: file) is een snapshot: plaatsingen leg je vast in een map met een dataset of een toestand"
          ))
      }
      let session = try DataSession.load(invocation)
      directory = session.dataDirectory
      service = Service(engine: session.engine)
    }
    let (method, params, done) = try request(service.engine)
    let line = JSONWriter().bytes(
      .object([
        JSONMember("jsonrpc", .string("2.0")), JSONMember("id", .int(1)),
        JSONMember("method", .string(method)), JSONMember("params", params),
      ]))
    let answer = service.handle(line: line).flatMap { try? JSONParser().parse($0) }
    if let error = answer?["error"] {
      var message = error["message"]?.stringValue ?? "refused"
      // The first problem in full: which field, its value, what was expected.
      if let first = error["data"]?.arrayElements?.first, let path = first["path"]?.stringValue,
        let expected = first["expected"]?.stringValue
      {
        message = "\(path) \(first["value"]?.stringValue ?? ""): \(expected)"
      }
      throw CommandFailure(
        Message(
          en: "nothing was recorded: \(text: message)",
          nl: "er is niets vastgelegd: \(text: message)"))
    }
    if let directory {
      let writer = JSONWriter(style: .linePerElement)
      try DatasetLoader.write(
        writer.bytes(.array(service.engine.placements.all.map(\.json))),
        to: Path.join(directory, DatasetLoader.placementsFile))
    } else {
      try service.commit()
    }
    status(
      Message(en: "plek: recorded \(done)", nl: "plek: vastgelegd: \(done)"), language)
    return ExitCode.success
  }
}
