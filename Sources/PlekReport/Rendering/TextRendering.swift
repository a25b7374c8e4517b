import PlekCore

/// Plek's answers as text for a terminal: tables that fit the width, breakdowns in plain
/// words, colour only when asked for.
public struct TextRendering: Sendable {
  /// Words.
  public let localizer: Localizer
  /// The width tables must fit, or `nil` for no limit.
  public let width: Int?
  /// Whether to use ANSI colours.
  public let colour: Bool

  /// Creates a renderer.
  public init(localizer: Localizer, width: Int?, colour: Bool) {
    (self.localizer, self.width, self.colour) = (localizer, width, colour)
  }

  func paint(_ text: String, _ paint: Paint) -> String { paint(text, enabled: colour) }

  // MARK: Lists

  /// A shortlist: the header, the officer's profile line, the table (or why it is empty),
  /// and, with `breakdowns`, every entry's full breakdown.
  public func shortlist(_ list: ListPresentation, breakdowns: Bool) -> String {
    let say = localizer
    guard case .participant(let id) = list.subject else {
      return candidates(list, breakdowns: breakdowns)
    }
    var text =
      paint(say(.shortlistTitle(participant: id)), .bold)
      + " · \(say.date(list.day)) · "
      + say(.shortlistCount(shown: list.entries.count, total: list.total))
      + paint(" (" + say(.evaluatedCount(count: list.evaluated)) + ")", .dim) + "\n"
    if let profile = list.profile { text += paint(profileLine(profile), .dim) + "\n" }
    for mark in list.placed {
      text += say(.placedNow(person: id, place: mark.place, since: mark.since)) + "\n"
    }
    if let learning = list.learning { text += learningLines(learning, person: id) }
    if let vangnet = list.vangnet { text += vangnetLines(vangnet, person: id) }
    if let day = list.entries.first?.match.availableFrom {
      text += say.sentence(FitNote.availableFrom(day)) + "\n"
    }
    if list.entries.isEmpty {
      if let why = list.whyEmpty { text += whyEmpty(why, day: list.day) + "\n" }
      return text
    }
    let competed = list.entries.contains { $0.competition != nil }
    var columns: [TextTable.Column] = [
      .init(header: "#", alignRight: true), .init(header: say(.columnPlace)),
      .init(header: say(.columnTitle), minimumWidth: 8, dropRank: 1),
      .init(header: say(.columnEmployer), minimumWidth: 6, dropRank: 3),
      .init(header: say(.columnKind), minimumWidth: 6, dropRank: 2),
      .init(header: say(.columnSector), minimumWidth: 6, dropRank: 0),
      .init(header: say(.columnHours), alignRight: true),
      .init(header: say(.columnTravel), alignRight: true),
      .init(header: say(.columnScore), alignRight: true),
    ]
    if competed {
      // Never shortened: a cut figure ("7 van 33,…") says nothing.
      columns.append(.init(header: say(.columnCompetition), alignRight: true))
    }
    if list.spread { columns.append(.init(header: say(.columnPrice), alignRight: true)) }
    columns += [
      .init(header: say(.columnReasons), minimumWidth: 12),
      .init(header: "!", alignRight: true),
    ]
    var table = TextTable(columns: columns)
    var details: [String] = []
    for entry in list.entries {
      guard let place = entry.place else { continue }
      var cells: [TextTable.Cell] = [
        .init(text: String(entry.rank)),
        .init(text: place.id.rawValue + (entry.fellBackHere == nil ? "" : " ↺")),
        .init(text: place.title ?? ""),
        .init(text: place.employer.rawValue),
        .init(text: say.label(place.kind) + (place.sroi ? " · SROI" : "")),
        .init(text: place.sectors.map(say.name).joined(separator: ", ")),
        .init(text: "\(place.hours.min)–\(place.hours.max)"),
        .init(text: minutes(entry.match.travelMinutes)),
        scoreCell(entry.match),
      ]
      if competed { cells.append(competitionCell(entry.competition)) }
      if list.spread { cells.append(priceCell(entry.competition?.spread)) }
      cells += [.init(text: reasons(entry)), pointsCell(entry.match)]
      table.append(cells)
      if breakdowns, let explanation = entry.explanation {
        details.append(
          breakdown(explanation, title: "\(entry.rank). \(place.id) \(place.title ?? "")"))
      }
    }
    text += table.render(width: width, colour: colour)
    if list.entries.contains(where: { ($0.match.assessmentPoints ?? 0) > 0 }) {
      text += paint("!", .yellow) + " " + say(.pointsFootnote(participant: id)) + "\n"
    }
    if list.entries.contains(where: { ($0.match.placementMarginMillionths ?? 0) > 0 }) {
      text += "↓ " + say(.loweredByPolicy) + "\n"
    }
    for entry in list.entries {
      if let end = entry.fellBackHere, let place = entry.place {
        text += wrapped(say(.fellBackHere(person: id, place: place.id, end: end))) + "\n"
      }
    }
    if competed { text += paint(wrapped(say(.competitionFootnote)), .dim) + "\n" }
    if list.spread { text += wrapped(say(.spreadNote)) + "\n" }
    for detail in details { text += "\n" + detail }
    return text
  }

  /// A candidate list: the header, the table, and with `breakdowns` every breakdown.
  public func candidates(_ list: ListPresentation, breakdowns: Bool) -> String {
    let say = localizer
    guard case .place(let place) = list.subject else {
      return shortlist(list, breakdowns: breakdowns)
    }
    let officer = list.audience == .officer
    var text =
      paint(say(.candidatesTitle(place: place.id)), .bold)
      + " \(place.title ?? "") · \(say.label(place.kind))\(place.sroi ? " · SROI" : "") · \(say.date(list.day)) · "
      + say(.candidatesCount(shown: list.entries.count, total: list.total))
      + (officer ? "" : paint(say(.employerViewMark), .dim)) + "\n"
    if list.entries.isEmpty {
      return text + say(.nobodyFits(date: list.day)) + "\n"
    }
    if list.placeIsFull { text += paint(say(.placeIsFull), .yellow) + "\n" }
    if let day = list.entries.first?.match.opensOn {
      text += say.sentence(FitNote.opensOn(day)) + "\n"
    }
    var columns: [TextTable.Column] = [
      .init(header: "#", alignRight: true), .init(header: say(.columnParticipant)),
      .init(header: say(.columnMunicipality), minimumWidth: 6, dropRank: 0),
    ]
    if officer {
      columns.append(.init(header: say(.columnTargetGroup), minimumWidth: 8, dropRank: 1))
    }
    columns.append(.init(header: say(.columnTravel), alignRight: true))
    columns.append(
      officer
        ? .init(header: say(.columnScore), alignRight: true) : .init(header: say(.columnStatus)))
    columns.append(.init(header: say(.columnReasons), minimumWidth: 12))
    if officer { columns.append(.init(header: "!", alignRight: true)) }
    var table = TextTable(columns: columns)
    var details: [String] = []
    for entry in list.entries {
      guard let person = entry.participant else { continue }
      var row: [TextTable.Cell] = [
        .init(text: String(entry.rank)),
        .init(text: person.id.rawValue + (entry.placed.isEmpty ? "" : " ●")),
        .init(text: say.name(person.municipality)),
      ]
      if let group = person.targetGroup { row.append(.init(text: say.label(group))) }
      row.append(.init(text: minutes(entry.match.travelMinutes)))
      row.append(scoreCell(entry.match))
      row.append(.init(text: reasons(entry)))
      if officer { row.append(pointsCell(entry.match)) }
      table.append(row)
      if breakdowns, let explanation = entry.explanation {
        details.append(breakdown(explanation, title: "\(entry.rank). \(person.id)"))
      }
    }
    text += table.render(width: width, colour: colour)
    for entry in list.entries {
      guard let person = entry.participant else { continue }
      for mark in entry.placed {
        text += say(.placedNow(person: person.id, place: mark.place, since: mark.since)) + "\n"
      }
    }
    for detail in details { text += "\n" + detail }
    return text
  }

  func minutes(_ value: Double) -> String {
    localizer(.minutesShort(minutes: value))
  }

  /// The reasons cell: a later start first ("opens 01-03-2027"; the subject's own later
  /// start is said once above the table instead), then the strongest reasons.
  func reasons(_ entry: ListPresentation.Entry, limit: Int = 3) -> String {
    var phrases: [String] = []
    if let day = entry.match.opensOn, entry.place != nil {
      phrases.append(localizer(.opensOnShort(date: day)))
    }
    if let day = entry.match.availableFrom, entry.participant != nil {
      phrases.append(localizer(.availableFromShort(date: day)))
    }
    phrases += entry.reasons.prefix(limit).map(localizer.phrase)
    return phrases.joined(separator: "; ")
  }

  /// The score, or for an audience without scores the status; `↓` marks a score the
  /// placement policy lowered.
  func scoreCell(_ match: DisclosedMatch) -> TextTable.Cell {
    if let score = match.scoreMillionths {
      let lowered = (match.placementMarginMillionths ?? 0) > 0
      return .init(text: (lowered ? "↓" : "") + localizer.score(score), paint: .green)
    }
    return match.status == .needsAssessment
      ? .init(text: localizer(.statusNeedsAssessment), paint: .yellow)
      : .init(text: localizer(.statusFits), paint: .green)
  }

  func pointsCell(_ match: DisclosedMatch) -> TextTable.Cell {
    let points = match.assessmentPoints ?? 0
    return .init(text: points > 0 ? "! \(points)" : "", paint: .yellow)
  }

  /// One line about a participant for officers: target group, municipality, wishes.
  public func profileLine(_ profile: ParticipantProfile) -> String {
    let say = localizer
    var parts = [
      say.label(profile.targetGroup), say.name(profile.municipality),
      profile.hours.min == profile.hours.max
        ? say(.profileHours(hours: profile.hours.max))
        : say(.profileHoursRange(min: profile.hours.min, max: profile.hours.max)),
      say(
        .profileTravel(minutes: profile.maxTravelMinutes, travel: .travel(profile.transport))),
    ]
    if !profile.wantedSectors.isEmpty {
      parts.append(
        say(.profileWants(sectors: profile.wantedSectors))
      )
    }
    return parts.joined(separator: " · ")
  }

  /// Why a shortlist is empty.
  public func whyEmpty(_ why: EmptyList, day: Day) -> String {
    let say = localizer
    switch why {
    case .notAvailableUntil(let date, let horizon):
      return say(.notAvailableUntil(date: date, horizon: horizon))
    case .filteredOut(let fits):
      return say(.nothingWithinFilters(count: fits))
    case .blocked(_, let advice?):
      return say(.adviceNoFit(date: day)) + " " + adviceSummary(advice)
    case .blocked(let summary, nil):
      var text = say(.nothingFits(date: day))
      for reason in summary.reasons.prefix(5) {
        let sole = summary.soleReasons.first { $0.kind == reason.kind }?.places ?? 0
        text +=
          "\n  "
          + say(.blockerLine(blocker: reason.kind.label, count: reason.places))
          + (sole > 0
            ? paint(" (" + say(.blockerOnlyReason(count: sole)) + ")", .dim) : "")
      }
      return text
    }
  }

  // MARK: Explanations

  /// A person's learning line: a line per level earned, then the pace reached.
  func learningLines(_ learning: LearningMark, person: ParticipantID) -> String {
    let say = localizer
    var text = ""
    for earned in learning.earned {
      text +=
        wrapped(
          say(
            .learnedOnRoute(
              person: person, competency: earned.competency.id,
              level: Int(earned.competency.level.rawValue),
              proof: earned.certificate ? .proofCertificate : .proofPraktijkverklaring,
              placement: earned.placement, place: earned.place, end: earned.end))) + "\n"
    }
    if let pace = learning.pace {
      text +=
        wrapped(
          say(
            .paceReached(
              pace: pace.pace, perLevel: pace.monthsPerLevel, levels: pace.levels,
              months: pace.months, onFile: pace.onFile))) + "\n"
    }
    return text
  }

  /// One pair in plain words: the place, the officer's profile line, travel, the breakdown.
  public func explanation(_ presentation: ExplanationPresentation) -> String {
    let say = localizer
    let explanation = presentation.explanation
    let place = presentation.place
    var text =
      paint("\(explanation.participantID) × \(explanation.placeID)", .bold)
      + " \(place.title ?? "") · \(place.employer) · \(say.label(place.kind)) · "
      + say.date(presentation.day) + "\n"
    if let profile = presentation.profile { text += paint(profileLine(profile), .dim) + "\n" }
    let person = explanation.participantID
    for mark in presentation.placed {
      text += say(.placedNow(person: person, place: mark.place, since: mark.since)) + "\n"
    }
    if let learning = presentation.learning { text += learningLines(learning, person: person) }
    if let vangnet = presentation.vangnet {
      text +=
        wrapped(say(.vangnetExplained(person: person, place: vangnet.place, end: vangnet.end)))
        + "\n"
    }
    if let end = presentation.fellBackHere {
      text += wrapped(say(.fellBackHere(person: person, place: place.id, end: end))) + "\n"
    }
    text +=
      say(.travelLine) + ": " + minutes(explanation.travelMinutes) + " "
      + say.travel(presentation.transport)
      + (presentation.profile.map { " (" + say(.travelLimit) + " \($0.maxTravelMinutes))" } ?? "")
      + "\n\n"
    return text + breakdown(explanation, title: nil)
  }

  /// The full breakdown of an explanation in plain words.
  public func breakdown(_ explanation: DisclosedExplanation, title: String?) -> String {
    let say = localizer
    var lines: [String] = []
    if let title { lines.append(paint(title, .bold)) }
    switch explanation.outcome {
    case .knockedOut(let knockOuts):
      // The count is of what is shown: a count of hidden reasons would tell an employer
      // something about the person's health.
      let shown = knockOuts.reasons.count + (knockOuts.withheld ? 1 : 0)
      lines.append(
        say(
          .knockedOutLine(verdict: paint(say(.knockedOut), .red), reasons: say.reasonCount(shown))))
      for reason in knockOuts.reasons {
        lines.append("  " + paint("✗", .red) + " " + say.sentence(reason))
      }
      if knockOuts.withheld {
        lines.append("  " + paint("✗", .red) + " " + say(.knockOutNotDisclosedShort))
      }
    case .fit(let fit):
      if let printed = PrintedScore(fit, decimals: 1) {
        // Printed parts are rounded so that they add up to the printed score.
        lines.append(
          say(
            .fitScore(
              verdict: paint(say(.fit), .green),
              score: paint(say.number(printed.score, decimals: 1), .bold)))
            + (fit.assessmentPoints.isEmpty
              ? "" : ", " + say(.toJudgeCount(count: fit.assessmentPoints.count))))
        let labelWidth = ScoreComponentKind.allCases.map { say.label($0).count }.max() ?? 0
        for (component, contribution) in zip(fit.components, printed.contributions) {
          lines.append(
            "  " + say.label(component.kind).capitalizedFirst.padded(to: labelWidth) + "  "
              + bar(component.value) + "  " + say.number(component.value, decimals: 2) + " × "
              + NumberText.percent(component.weight) + " = "
              + say.number(contribution, decimals: 1).padded(to: 4) + "  "
              + paint(say.meaning(component.kind), .dim))
        }
        for (adjustment, points) in zip(fit.adjustments, printed.adjustments) {
          lines.append(
            // Points added (an SROI bonus) carry their sign, as points taken off do.
            "  " + (points > 0 ? "+" : "") + say.number(points, decimals: 1) + "  "
              + paint(say.sentence(adjustment), .dim))
        }
        if printed.clamped {
          lines.append(
            "  " + paint(say(printed.score > 0 ? .scoreCapped : .scoreClamped), .dim))
        }
        let points = say.pointSentences(fit)
        if !points.isEmpty {
          lines.append(say(.toJudge))
          for sentence in points { lines.append("  " + paint("!", .yellow) + " " + sentence) }
        }
      } else {
        lines.append(
          fit.status == .fits
            ? paint(say(.fits), .green) : paint(say(.fitsNeedsAssessment), .yellow))
        for sentence in say.employerSentences(fit) {
          lines.append("  " + paint("!", .yellow) + " " + sentence)
        }
      }
      if !fit.learningSteps.isEmpty {
        lines.append(say(.learnsHere))
        for step in fit.learningSteps { lines.append("  " + say.sentence(step)) }
        lines.append(
          "  " + say(.productiveAfter(months: fit.monthsToProductive)))
      }
      if !fit.notes.isEmpty {
        lines.append(say(.notesHeader))
        for note in fit.notes { lines.append("  " + say.sentence(note)) }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: The demo

  /// The ten-second tour: a line about the data, then each participant's best places with
  /// their strongest reasons, then what to try next.
  public func demo(_ tours: [ListPresentation], participants: Int, places: Int, day: Day)
    -> String
  {
    let say = localizer
    var text =
      paint("Plek", .bold) + " — "
      + say(
        .demoIntro(participants: participants, places: places, date: day))
      + "\n" + paint(say(.demoRules), .dim) + "\n"
    for tour in tours {
      guard case .participant(let id) = tour.subject else { continue }
      text += "\n" + paint(id.rawValue, .bold)
      if let profile = tour.profile { text += " · " + profileLine(profile) }
      text += "\n"
      for entry in tour.entries {
        guard let place = entry.place else { continue }
        let reasons = entry.reasons.prefix(2).map(say.phrase)
        let points = entry.match.assessmentPoints ?? 0
        text +=
          "  \(entry.rank). " + paint(say.score(entry.match.scoreMillionths ?? 0), .green)
          + "  \(place.id) \(place.title ?? "")" + " · \(say.label(place.kind)) · "
          + minutes(entry.match.travelMinutes)
          + (reasons.isEmpty ? "" : paint(" — " + reasons.joined(separator: "; "), .dim))
          + (points > 0 ? paint(" !\(points)", .yellow) : "") + "\n"
      }
    }
    if tours.contains(where: { $0.entries.contains { ($0.match.assessmentPoints ?? 0) > 0 } }) {
      text += "\n" + paint(wrapped(say(.demoPoints)), .yellow) + "\n"
    }
    guard case .participant(let person) = tours.first?.subject,
      let place = tours.first?.entries.first?.match.placeID
    else { return text }
    let hints = [
      ("plek shortlist \(person) --why", say(.demoHintWhy)),
      ("plek explain \(person) \(place)", say(.demoHintExplain)),
      ("plek candidates \(place) --view employer", say(.demoHintEmployer)),
      ("plek help", say(.demoHintHelp)),
    ]
    let width = hints.map(\.0.count).max() ?? 0
    text += "\n" + say(.demoNext) + "\n"
    for (command, meaning) in hints {
      text += "  " + command.padded(to: width) + "   " + paint(meaning, .dim) + "\n"
    }
    return text
  }
}
