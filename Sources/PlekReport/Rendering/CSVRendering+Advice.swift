import PlekCore

/// The region's advice as one spreadsheet table.
extension CSVRendering {
  /// The region's advice, one row per fact: `summary` rows (the day, the cohort, the counts
  /// of people), a `step` row per step (its code, what it is about, its value, in words, the
  /// people it opens places for, of them without a fit, the places opened, for a competency the learning-work places that teach it), and
  /// a `place` row per place nobody fits and kind of step that keeps people out. A count
  /// withheld to protect small groups is written `•`.
  public func region(_ presentation: RegionPresentation) -> (header: [String], rows: [[String]]) {
    let say = localizer
    let region = presentation.region
    let header = [
      say(.sheetPart), say(.sheetCode), say(.sheetSubject), say(.sheetValue), say(.sheetWords),
      say(.sheetPeople), say(.sheetWithoutFit), say(.sheetPlacesOpened), say(.sheetRoutes),
    ]
    let count = say.count
    // The parts and codes: keys in English (what programs read), words in Dutch.
    let (summaryPart, stepPart, placePart) = (
      say(Message(en: "summary", nl: "samenvatting")), say(Message(en: "step", nl: "stap")),
      say(Message(en: "place", nl: "plek"))
    )
    func summary(_ code: Message, _ value: String, _ words: Message, people: String = "")
      -> [String]
    {
      [summaryPart, say(code), "", value, say(words), people, "", "", ""]
    }
    var rows = [
      summary(Message(en: "date", nl: "datum"), region.day.iso, .summaryDate),
      summary(Message(en: "cohort", nl: "cohort"), cohort(region.cohort), .summaryCohort),
      summary(
        Message(en: "people", nl: "mensen"), "", .summaryPeople, people: count(region.people)),
      summary(
        Message(en: "with-fit", nl: "met passende plek"), "", .summaryWithFit,
        people: count(region.withFit)),
      summary(
        Message(en: "without-fit-or-step", nl: "zonder plek of stap"), "", .summaryStuck,
        people: count(region.withoutFitOrStep)),
    ]
    let dutch = say.language == .dutch
    for step in region.steps {
      let (subject, value) = subjectAndValue(step.step)
      rows.append([
        stepPart,
        dutch ? step.step.blocker.map { say.label($0) } ?? step.step.code : step.step.code,
        subject, value, say.sentence(step.step), count(step.people),
        count(step.withoutFit), String(step.placesOpened), Self.routes(step),
      ])
    }
    for place in region.placesNobodyFits {
      if place.blockers.isEmpty {
        rows.append([
          placePart, place.placeID.rawValue, "", "", say(.regionNoBlockers), "", "", "", "",
        ])
      }
      for blocker in place.blockers {
        rows.append([
          placePart, place.placeID.rawValue,
          say.language == .dutch ? say.label(blocker.blocker) : blocker.blocker.rawValue, "",
          say.name(blocker.blocker),
          count(blocker.people), "", "", "",
        ])
      }
    }
    return (header, rows)
  }

  /// The learning-work routes of a competency step; empty for other steps.
  static func routes(_ step: DisclosedRegionStep) -> String {
    if case .competency = step.step { return String(step.routes) }
    return ""
  }

  /// The cohort as codes: municipalities and target groups, `|` between them; empty for
  /// everyone.
  func cohort(_ cohort: Cohort) -> String {
    guard localizer.language == .dutch else {
      return
        (cohort.municipalities.map(\.rawValue).sorted()
        + cohort.targetGroups.map(\.rawValue).sorted()).joined(separator: "|")
    }
    return
      (cohort.municipalities.sorted().map(localizer.name)
      + TargetGroup.allCases.filter(cohort.targetGroups.contains).map { localizer.label($0) })
      .joined(separator: ", ")
  }

  /// What a step is about and its value: as the data files write them in English, in words
  /// in Dutch (the competency's, dimension's or transport's name).
  func subjectAndValue(_ step: AdviceStep) -> (subject: String, value: String) {
    let (subject, value) = Self.subjectAndValue(step)
    guard localizer.language == .dutch else { return (subject, value) }
    switch step {
    case .transport(let mode): return (localizer.label(mode), value)
    case .competency(let id, _): return (localizer.name(id), value)
    case .loadAssessed(let dimension, _), .adaptation(let dimension):
      return (localizer.name(dimension), value)
    case .loadAssessment(let levels):
      return (
        LoadDimension.allCases.filter { levels[$0] != nil }.map(localizer.name).joined(
          separator: ", "), value
      )
    default: return (subject, value)
    }
  }

  /// What a step is about (a competency, a load dimension, a transport) and its value (extra
  /// minutes, hours, days, a level), as the data files write them.
  static func subjectAndValue(_ step: AdviceStep) -> (subject: String, value: String) {
    switch step {
    case .travelMinutes(let extra): ("", String(extra))
    case .transport(let mode): (mode.rawValue, "")
    case .hoursMaximum(let hours), .hoursMinimum(let hours): ("", String(hours))
    case .planAhead(let days): ("", String(days))
    case .competency(let id, let level): (id.rawValue, String(level.rawValue))
    case .dutch(let level): ("", level.rawValue)
    case .loadAssessed(let dimension, let level): (dimension.rawValue, String(level.rawValue))
    case .loadAssessment(let levels):
      (
        LoadDimension.allCases.filter { levels[$0] != nil }.map(\.rawValue).joined(separator: "|"),
        ""
      )
    case .adaptation(let dimension): (dimension.rawValue, "")
    case .wageCostSubsidy, .jobCoach: ("", "")
    }
  }
}
