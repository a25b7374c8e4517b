import Foundation
import PlekCore
import PlekIO
import PlekService

extension Commands {
  static let shortlist = Command(
    name: "shortlist",
    summary: "The places that fit a participant best, with the reasons.",
    usage:
      "plek shortlist <participant-id> [--top N] [--sector S,…] [--kind K,…] [--learning-only] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      OptionSpec(name: "sector", value: "S,…", help: "only places in these sectors"),
      OptionSpec(
        name: "kind", value: "K,…",
        help: "only these employer kinds: regular, social-municipal, external-sheltered, internal"),
      OptionSpec(name: "learning-only", value: nil, help: "only learning-work places"),
      OptionSpec(name: "max-travel", value: "MIN", help: "only places within this many minutes"),
      QueryOptionSpecs.why, QueryOptionSpecs.date, CommonOptions.format, CommonOptions.language,
    ],
    details: """
      Ranked best first: score, then place id. '!' marks points an officer must judge; run
      plek explain for the full breakdown. When nothing fits, the reasons that block most
      places are listed.
      """
  ) { invocation in
    let format = try invocation.format()
    let language = try invocation.language()
    let day = try invocation.day(today: Service.systemToday)
    let k = try invocation.int("top", in: 0...1000, default: 10)
    guard let id = ParticipantID(invocation.positionals[0]) else {
      throw UsageError(
        message:
          "'\(invocation.positionals[0])' is not a participant id (\(ParticipantID.pattern))",
        hint: nil)
    }
    let session = try DataSession.load(invocation)
    let engine = session.engine
    var filter = PlaceFilter(learningOnly: invocation.flag("learning-only"))
    for text in invocation.list("sector") {
      guard let sector = SectorID(text), engine.taxonomy.index(of: sector) != nil else {
        throw UsageError(
          message: "unknown sector '\(text)'"
            + (Suggest.closest(to: text, among: engine.taxonomy.sectors.map(\.id.rawValue)).map {
              " (did you mean \($0)?)"
            } ?? ""),
          hint: "Sectors: " + engine.taxonomy.sectors.map(\.id.rawValue).joined(separator: ", "))
      }
      filter.sectors.insert(sector)
    }
    for text in invocation.list("kind") {
      guard let kind = EmployerKind(rawValue: text) else {
        throw UsageError(
          message:
            "unknown employer kind '\(text)'; use \(EmployerKind.allCodes.joined(separator: ", "))",
          hint: nil)
      }
      filter.employerKinds.insert(kind)
    }
    if invocation.value("max-travel") != nil {
      filter.maxTravelMinutes = try invocation.int(
        "max-travel", in: Wishes.validTravelMinutes, default: 60)
    }
    guard let person = engine.participant(id) else {
      throw CommandFailure(message: notFound(id, in: engine))
    }
    let list = try engine.shortlist(
      for: id, filter: filter, options: QueryOptions(k: k, day: day, threads: 0))
    let encoder = ResultEncoder(taxonomy: engine.taxonomy, language: language)
    let explanations = list.matches.map {
      try? engine.explain(participant: id, place: $0.placeID, on: day)
    }
    switch format {
    case "json":
      printJSON(
        encoder.shortlist(
          list, subject: JSONMember("participant", .string(id.rawValue)), day: day,
          place: { engine.place($0) },
          explanation: invocation.flag("why")
            ? { match in try? engine.explain(participant: id, place: match.placeID, on: day) } : nil
        ))
    case "csv":
      let rows = list.matches.enumerated().map { index, match -> [String] in
        let place = engine.place(match.placeID)!
        return [
          String(index + 1), place.id.rawValue, place.title ?? "", place.employerID.rawValue,
          place.employerKind.rawValue,
          place.sectors.map(\.rawValue).joined(separator: "|"), String(place.hoursPerWeek.min),
          String(place.hoursPerWeek.max),
          csvNumber(match.travelMinutes, 1, language), csvNumber(match.score, 2, language),
          String(match.assessmentPoints),
          explanations[index].map {
            Highlights.reasons(
              $0, person: person, place: place, taxonomy: engine.taxonomy, language: language,
              view: .officer
            )
            .joined(separator: "; ")
          } ?? "",
        ]
      }
      printCSV(
        header: [
          "rank", "place", "title", "employer", "employerKind", "sectors", "hoursMin", "hoursMax",
          "travelMinutes", "score",
          "assessmentPoints", "reasons",
        ], rows: rows, language: language)
    default:
      let say = Labels(language: language)
      print(
        Paint.bold(say("Shortlist for", "Shortlijst voor") + " \(id)")
          + " · \(day.iso) · "
          + say(
            "\(list.matches.count) of \(list.total) places",
            "\(list.matches.count) van \(list.total) plekken")
          + Paint.dim(
            " (" + say("\(list.evaluated) evaluated", "\(list.evaluated) beoordeeld") + ")"))
      print(Paint.dim(profileLine(person, taxonomy: engine.taxonomy, language: language)))
      if list.matches.isEmpty {
        print(
          try nothingFits(
            person, engine: engine, day: day, language: language, filtered: filter != PlaceFilter())
        )
        return ExitCode.success
      }
      var table = TextTable(columns: [
        .init(header: "#", alignRight: true), .init(header: say("Place", "Plek")),
        .init(header: say("Title", "Functie"), minimumWidth: 8, dropRank: 1),
        .init(header: say("Employer", "Werkgever"), minimumWidth: 6, dropRank: 3),
        .init(header: say("Kind", "Soort"), minimumWidth: 6, dropRank: 2),
        .init(header: "Sector", minimumWidth: 6, dropRank: 0),
        .init(header: say("Hours", "Uren"), alignRight: true),
        .init(header: say("Travel", "Reistijd"), alignRight: true),
        .init(header: "Score", alignRight: true),
        .init(header: say("Reasons", "Redenen"), minimumWidth: 12),
        .init(header: "!", alignRight: true),
      ])
      var breakdowns: [String] = []
      for (index, match) in list.matches.enumerated() {
        let place = engine.place(match.placeID)!
        let reasons =
          explanations[index].map {
            Highlights.reasons(
              $0, person: person, place: place, taxonomy: engine.taxonomy, language: language,
              view: .officer)
          } ?? []
        table.append([
          .init(text: String(index + 1)), .init(text: place.id.rawValue),
          .init(text: place.title ?? ""),
          .init(text: place.employerID.rawValue), .init(text: place.employerKind.label(language)),
          .init(
            text: place.sectors.map { engine.taxonomy.name(of: $0, in: language) }.joined(
              separator: ", ")),
          .init(text: "\(place.hoursPerWeek.min)–\(place.hoursPerWeek.max)"),
          .init(text: NumberText.format(match.travelMinutes, decimals: 0) + " min"),
          .init(text: NumberText.format(match.score, decimals: 1, language), paint: .green),
          .init(text: reasons.joined(separator: "; ")),
          .init(
            text: match.assessmentPoints > 0 ? "! \(match.assessmentPoints)" : "", paint: .yellow),
        ])
        if invocation.flag("why"), let explanation = explanations[index] {
          breakdowns.append(
            breakdown(
              explanation, title: "\(index + 1). \(place.id) \(place.title ?? "")", engine: engine,
              language: language, view: .officer))
        }
      }
      print(table.render(width: Terminal.width), terminator: "")
      if list.matches.contains(where: { $0.assessmentPoints > 0 }) {
        print(
          Paint.yellow("!") + " "
            + say(
              "points an officer must judge; see plek explain \(id) <place-id>",
              "punten die de consulent moet beoordelen; zie plek explain \(id) <plek-id>"))
      }
      for text in breakdowns { print("\n" + text, terminator: "") }
    }
    return ExitCode.success
  }

  static let candidates = Command(
    name: "candidates",
    summary: "The participants who fit a place best; --view employer hides health data.",
    usage:
      "plek candidates <place-id> [--top N] [--municipality M,…] [--max-travel MIN] [--view employer] [options]",
    positionals: 1...1,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.top,
      OptionSpec(name: "municipality", value: "M,…", help: "only participants living here"),
      OptionSpec(
        name: "max-travel", value: "MIN", help: "only participants within this many minutes"),
      QueryOptionSpecs.view, QueryOptionSpecs.why, QueryOptionSpecs.date, CommonOptions.format,
      CommonOptions.language,
    ],
    details: """
      The employer view shows whether each person fits or needs assessment, never load
      capacity, wage value, support need, scores or target groups.
      """
  ) { invocation in
    let format = try invocation.format()
    let language = try invocation.language()
    let day = try invocation.day(today: Service.systemToday)
    let k = try invocation.int("top", in: 0...1000, default: 10)
    let view = ResultView(
      rawValue: try invocation.choice(
        "view", of: ResultView.allCases.map(\.rawValue), default: "officer"))!
    guard let id = PlaceID(invocation.positionals[0]) else {
      throw UsageError(
        message: "'\(invocation.positionals[0])' is not a place id (\(PlaceID.pattern))", hint: nil)
    }
    let session = try DataSession.load(invocation)
    let engine = session.engine
    var filter = ParticipantFilter()
    for text in invocation.list("municipality") {
      guard let municipality = MunicipalityID(text), engine.taxonomy.index(of: municipality) != nil
      else {
        throw UsageError(
          message: "unknown municipality '\(text)'",
          hint: "Municipalities: "
            + engine.taxonomy.region.municipalities.map(\.id.rawValue).joined(separator: ", "))
      }
      filter.municipalities.insert(municipality)
    }
    if invocation.value("max-travel") != nil {
      filter.maxTravelMinutes = try invocation.int(
        "max-travel", in: Wishes.validTravelMinutes, default: 60)
    }
    guard let place = engine.place(id) else {
      throw CommandFailure(message: notFound(id, in: engine))
    }
    let list = try engine.candidates(
      for: id, filter: filter, options: QueryOptions(k: k, day: day, threads: 0))
    let encoder = ResultEncoder(taxonomy: engine.taxonomy, language: language, view: view)
    let explanations = list.matches.map {
      try? engine.explain(participant: $0.participantID, place: id, on: day)
    }
    switch format {
    case "json":
      printJSON(
        encoder.shortlist(
          list, subject: JSONMember("place", .string(id.rawValue)), day: day, place: { _ in nil },
          explanation: invocation.flag("why")
            ? { match in try? engine.explain(participant: match.participantID, place: id, on: day) }
            : nil))
    case "csv":
      let header =
        view == .officer
        ? [
          "rank", "participant", "municipality", "targetGroup", "travelMinutes", "score",
          "assessmentPoints",
        ]
        : ["rank", "participant", "municipality", "travelMinutes", "status"]
      let rows = list.matches.enumerated().map { index, match -> [String] in
        let person = engine.participant(match.participantID)!
        return view == .officer
          ? [
            String(index + 1), person.id.rawValue, person.municipality.rawValue,
            person.targetGroup.rawValue,
            csvNumber(match.travelMinutes, 1, language), csvNumber(match.score, 2, language),
            String(match.assessmentPoints),
          ]
          : [
            String(index + 1), person.id.rawValue, person.municipality.rawValue,
            csvNumber(match.travelMinutes, 1, language),
            match.assessmentPoints > 0 ? "needs-assessment" : "fits",
          ]
      }
      printCSV(header: header, rows: rows, language: language)
    default:
      let say = Labels(language: language)
      print(
        Paint.bold(say("Candidates for", "Kandidaten voor") + " \(id)")
          + " \(place.title ?? "") · \(place.employerKind.label(language)) · \(day.iso) · "
          + say(
            "\(list.matches.count) of \(list.total) participants",
            "\(list.matches.count) van \(list.total) deelnemers")
          + (view == .employer ? Paint.dim(say(" · employer view", " · werkgeversweergave")) : ""))
      if list.matches.isEmpty {
        print(
          say("Nobody fits this place on \(day.iso).", "Niemand past op \(day.iso) bij deze plek."))
        return ExitCode.success
      }
      var columns: [TextTable.Column] = [
        .init(header: "#", alignRight: true), .init(header: say("Participant", "Deelnemer")),
        .init(header: say("Municipality", "Gemeente"), minimumWidth: 6, dropRank: 0),
      ]
      if view == .officer {
        columns.append(
          .init(header: say("Target group", "Doelgroep"), minimumWidth: 8, dropRank: 1))
      }
      columns.append(.init(header: say("Travel", "Reistijd"), alignRight: true))
      columns.append(
        view == .officer ? .init(header: "Score", alignRight: true) : .init(header: "Status"))
      columns.append(.init(header: say("Reasons", "Redenen"), minimumWidth: 12))
      if view == .officer { columns.append(.init(header: "!", alignRight: true)) }
      var table = TextTable(columns: columns)
      var breakdowns: [String] = []
      for (index, match) in list.matches.enumerated() {
        let person = engine.participant(match.participantID)!
        let reasons =
          explanations[index].map {
            Highlights.reasons(
              $0, person: person, place: place, taxonomy: engine.taxonomy, language: language,
              view: view)
          } ?? []
        var row: [TextTable.Cell] = [
          .init(text: String(index + 1)), .init(text: person.id.rawValue),
          .init(text: engine.taxonomy.name(of: person.municipality, in: language)),
        ]
        if view == .officer { row.append(.init(text: person.targetGroup.label(language))) }
        row.append(.init(text: NumberText.format(match.travelMinutes, decimals: 0) + " min"))
        if view == .officer {
          row.append(
            .init(text: NumberText.format(match.score, decimals: 1, language), paint: .green))
        } else {
          row.append(
            match.assessmentPoints > 0
              ? .init(text: say("needs assessment", "beoordelen"), paint: .yellow)
              : .init(text: say("fits", "past"), paint: .green))
        }
        row.append(.init(text: reasons.joined(separator: "; ")))
        if view == .officer {
          row.append(
            .init(
              text: match.assessmentPoints > 0 ? "! \(match.assessmentPoints)" : "", paint: .yellow)
          )
        }
        table.append(row)
        if invocation.flag("why"), let explanation = explanations[index] {
          breakdowns.append(
            breakdown(
              explanation, title: "\(index + 1). \(person.id)", engine: engine, language: language,
              view: view))
        }
      }
      print(table.render(width: Terminal.width), terminator: "")
      for text in breakdowns { print("\n" + text, terminator: "") }
    }
    return ExitCode.success
  }

  static let explain = Command(
    name: "explain",
    summary:
      "Everything about one participant and one place: knock-outs, components, points to judge.",
    usage:
      "plek explain <participant-id> <place-id> [--view employer] [--date D] [--format table|json] [--lang nl]",
    positionals: 2...2,
    options: CommonOptions.dataset + [
      QueryOptionSpecs.view, QueryOptionSpecs.date, CommonOptions.format, CommonOptions.language,
    ]
  ) { invocation in
    let format = try invocation.format()
    let language = try invocation.language()
    let day = try invocation.day(today: Service.systemToday)
    let view = ResultView(
      rawValue: try invocation.choice(
        "view", of: ResultView.allCases.map(\.rawValue), default: "officer"))!
    guard let personID = ParticipantID(invocation.positionals[0]) else {
      throw UsageError(message: "'\(invocation.positionals[0])' is not a participant id", hint: nil)
    }
    guard let placeID = PlaceID(invocation.positionals[1]) else {
      throw UsageError(message: "'\(invocation.positionals[1])' is not a place id", hint: nil)
    }
    let engine = try DataSession.load(invocation).engine
    guard engine.participant(personID) != nil else {
      throw CommandFailure(message: notFound(personID, in: engine))
    }
    guard let place = engine.place(placeID) else {
      throw CommandFailure(message: notFound(placeID, in: engine))
    }
    let explanation = try engine.explain(participant: personID, place: placeID, on: day)
    if format == "json" {
      printJSON(
        ResultEncoder(taxonomy: engine.taxonomy, language: language, view: view).explanationResult(
          explanation, day: day))
      return ExitCode.success
    }
    if format == "csv" {
      printCSV(
        header: ["part", "code", "value", "weight", "contribution", "sentence"],
        rows: explanationRows(explanation, engine: engine, language: language, view: view),
        language: language)
      return ExitCode.success
    }
    let say = Labels(language: language)
    let person = engine.participant(personID)!
    var text =
      Paint.bold("\(personID) × \(placeID)")
      + " \(place.title ?? "") · \(place.employerID) · \(place.employerKind.label(language)) · \(day.iso)\n"
    if view == .officer {
      text += Paint.dim(profileLine(person, taxonomy: engine.taxonomy, language: language)) + "\n"
    }
    text +=
      say("Travel", "Reistijd") + ": " + NumberText.format(explanation.travelMinutes, decimals: 0)
      + " min "
      + travelPhrase(person.wishes.transport, language)
      + (view == .officer
        ? " (" + say("limit", "grens") + " \(person.wishes.maxTravelMinutes))" : "") + "\n\n"
    text += breakdown(explanation, title: nil, engine: engine, language: language, view: view)
    print(text, terminator: "")
    return ExitCode.success
  }
}

// MARK: Shared presentation

/// The full breakdown of an explanation in plain words.
func breakdown(
  _ explanation: Explanation, title: String?, engine: MatchEngine, language: Language,
  view: ResultView
) -> String {
  let say = Labels(language: language)
  var lines: [String] = []
  if let title { lines.append(Paint.bold(title)) }
  switch explanation.outcome {
  case .knockedOut(let reasons):
    let shown = view == .officer ? reasons : reasons.filter { !$0.revealsHealthData }
    lines.append(
      Paint.red(say("KNOCKED OUT", "VALT AF")) + " — "
        + say(
          "\(reasons.count) reason\(reasons.count == 1 ? "" : "s")",
          "\(reasons.count) reden\(reasons.count == 1 ? "" : "en")"))
    for reason in shown {
      lines.append(
        "  " + Paint.red("✗") + " " + reason.sentence(language, taxonomy: engine.taxonomy))
    }
    if shown.count < reasons.count {
      lines.append(
        "  " + Paint.red("✗") + " "
          + say(
            "A condition that is not disclosed (health, wage value or support).",
            "Een voorwaarde die niet wordt gedeeld (gezondheid, loonwaarde of begeleiding)."))
    }
  case .fit(let fit):
    if view == .employer {
      lines.append(
        fit.assessmentPoints.isEmpty
          ? Paint.green(say("FITS", "PAST"))
          : Paint.yellow(say("FITS, NEEDS ASSESSMENT", "PAST, MOET BEOORDEELD WORDEN")))
      for sentence in Set(fit.assessmentPoints.map { $0.employerSentence(language) }).sorted() {
        lines.append("  " + Paint.yellow("!") + " " + sentence)
      }
    } else {
      lines.append(
        Paint.green(say("FIT", "PAST")) + " — " + say("score", "score") + " "
          + Paint.bold(NumberText.format(fit.score, decimals: 1, language))
          + say(" of 100", " van 100")
          + (fit.assessmentPoints.isEmpty
            ? ""
            : ", "
              + say(
                "\(fit.assessmentPoints.count) to judge",
                "\(fit.assessmentPoints.count) te beoordelen")))
      let labelWidth = ScoreComponentKind.allCases.map { $0.label(language).count }.max() ?? 0
      for component in fit.components {
        let label = component.kind.label(language)
        lines.append(
          "  " + (label.prefix(1).uppercased() + label.dropFirst()).padded(to: labelWidth) + "  "
            + bar(component.value) + "  "
            + NumberText.format(component.value, decimals: 2, language) + " × "
            + NumberText.percent(component.weight) + " = "
            + NumberText.format(component.contribution, decimals: 1, language).padded(to: 4) + "  "
            + Paint.dim(component.kind.meaning(language)))
      }
      if !fit.assessmentPoints.isEmpty {
        lines.append(say("To judge:", "Te beoordelen:"))
        for point in fit.assessmentPoints {
          lines.append(
            "  " + Paint.yellow("!") + " " + point.sentence(language, taxonomy: engine.taxonomy))
        }
      }
    }
    if !fit.learningSteps.isEmpty {
      lines.append(say("Learns here:", "Leert hier:"))
      for step in fit.learningSteps {
        lines.append(
          "  " + engine.taxonomy.name(of: step.competency, in: language) + ": "
            + say(
              "level \(step.from) → \(step.to) in \(step.months) months",
              "niveau \(step.from) → \(step.to) in \(step.months) maanden"))
      }
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

/// An explanation as sheet rows: one per knock-out, component, point to judge and learning
/// step; the employer view leaves out what touches health data.
func explanationRows(
  _ explanation: Explanation, engine: MatchEngine, language: Language, view: ResultView
) -> [[String]] {
  var rows: [[String]] = []
  switch explanation.outcome {
  case .knockedOut(let reasons):
    for reason in reasons where view == .officer || !reason.revealsHealthData {
      rows.append([
        "knock-out", reason.code, "", "", "", reason.sentence(language, taxonomy: engine.taxonomy),
      ])
    }
    if view == .employer && reasons.contains(where: \.revealsHealthData) {
      rows.append(["knock-out", "not-disclosed", "", "", "", ""])
    }
  case .fit(let fit):
    if view == .officer {
      rows.append(["score", "", csvNumber(fit.score, 2, language), "", "", ""])
      for component in fit.components {
        rows.append([
          "component", component.kind.rawValue, csvNumber(component.value, 4, language),
          csvNumber(component.weight, 4, language), csvNumber(component.contribution, 2, language),
          component.sentence(language),
        ])
      }
      for point in fit.assessmentPoints {
        rows.append([
          "to-judge", point.code, "", "", "", point.sentence(language, taxonomy: engine.taxonomy),
        ])
      }
    } else {
      rows.append([
        "status", fit.assessmentPoints.isEmpty ? "fits" : "needs-assessment", "", "", "", "",
      ])
    }
    for step in fit.learningSteps {
      rows.append([
        "learning", step.competency.rawValue, "\(step.from)→\(step.to)", "", "",
        "\(step.months) months",
      ])
    }
  }
  return rows
}

/// One line about a participant for officers: target group, municipality, wishes.
func profileLine(_ person: Participant, taxonomy: Taxonomy, language: Language) -> String {
  let say = Labels(language: language)
  let wanted = person.wishes.sectors.compactMap { preference -> (Int, String)? in
    if case .wanted(let rank) = preference.wish {
      return (rank, taxonomy.name(of: preference.sector, in: language))
    }
    return nil
  }.sorted { $0.0 < $1.0 }.map(\.1)
  var parts = [
    person.targetGroup.label(language), taxonomy.name(of: person.municipality, in: language),
    (person.wishes.hoursPerWeek.min == person.wishes.hoursPerWeek.max
      ? "\(person.wishes.hoursPerWeek.max) "
      : "\(person.wishes.hoursPerWeek.min)–\(person.wishes.hoursPerWeek.max) ")
      + say("h/week", "u/week"),
    say("up to", "tot") + " \(person.wishes.maxTravelMinutes) min "
      + travelPhrase(person.wishes.transport, language),
  ]
  if !wanted.isEmpty { parts.append(say("wants ", "wil ") + wanted.joined(separator: ", ")) }
  return parts.joined(separator: " · ")
}

/// What to say when a shortlist is empty: why, and what blocks the most places.
func nothingFits(
  _ person: Participant, engine: MatchEngine, day: Day, language: Language, filtered: Bool
) throws -> String {
  let say = Labels(language: language)
  let horizon = day.adding(days: engine.policy.planningHorizonDays)
  if person.availableFrom > horizon {
    return say(
      "Not available until \(person.availableFrom.iso), after the planning horizon (\(horizon.iso)).",
      "Pas beschikbaar vanaf \(person.availableFrom.iso), na de planningshorizon (\(horizon.iso)).")
  }
  let summary = try engine.knockOutSummary(for: person.id, on: day)
  var text =
    filtered && summary.fits > 0
    ? say(
      "Nothing fits within these filters (\(summary.fits) places fit without them).",
      "Niets past binnen deze filters (zonder filters passen \(summary.fits) plekken).")
    : say(
      "No place fits on \(day.iso). What blocks the most places:",
      "Geen plek past op \(day.iso). Wat de meeste plekken blokkeert:")
  if !(filtered && summary.fits > 0) {
    for reason in summary.reasons.prefix(5) {
      let sole = summary.soleReasons.first { $0.code == reason.code }?.places ?? 0
      text +=
        "\n  \(reason.code): \(reason.places) " + say("places", "plekken")
        + (sole > 0
          ? Paint.dim(" (" + say("the only reason for \(sole)", "enige reden bij \(sole)") + ")")
          : "")
    }
  }
  return text
}

/// "by bike", "met de fiets", ...
func travelPhrase(_ mode: TransportMode, _ language: Language) -> String {
  switch (mode, language) {
  case (.walk, .english): "on foot"
  case (.bike, .english): "by bike"
  case (.publicTransport, .english): "by public transport"
  case (.car, .english): "by car"
  case (.walk, .dutch): "te voet"
  case (.bike, .dutch): "met de fiets"
  case (.publicTransport, .dutch): "met het ov"
  case (.car, .dutch): "met de auto"
  }
}

func notFound<Tag>(_ id: Identifier<Tag>, in engine: MatchEngine) -> String {
  let candidates: [String] =
    Tag.self == ParticipantTag.self
    ? engine.participantIDs.map(\.rawValue) : engine.placeIDs.map(\.rawValue)
  let kind = Tag.self == ParticipantTag.self ? "participant" : "place"
  var message = "no \(kind) \(id) in this dataset"
  if let close = Suggest.closest(to: id.rawValue, among: candidates) {
    message += " (did you mean \(close)?)"
  }
  return message
}

func printJSON(_ value: JSONValue) {
  print(JSONWriter(style: .pretty).string(value), terminator: "")
}

func printCSV(header: [String], rows: [[String]], language: Language) {
  let bytes = CSVWriter(
    delimiter: UInt8(ascii: language == .dutch ? ";" : ","), byteOrderMark: false
  ).bytes(header: header, rows: rows)
  FileHandle.standardOutput.write(Data(bytes))
}

/// A number for a CSV cell: a decimal comma for Dutch spreadsheets.
func csvNumber(_ value: Double, _ decimals: Int, _ language: Language) -> String {
  NumberText.format(value, decimals: decimals, language)
}
