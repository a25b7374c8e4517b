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
    func summary(_ code: String, _ value: String, _ words: Message, people: String = "")
      -> [String]
    {
      ["summary", code, "", value, say(words), people, "", "", ""]
    }
    var rows = [
      summary("date", region.day.iso, .summaryDate),
      summary("cohort", cohort(region.cohort), .summaryCohort),
      summary("people", "", .summaryPeople, people: count(region.people)),
      summary("with-fit", "", .summaryWithFit, people: count(region.withFit)),
      summary("without-fit-or-step", "", .summaryStuck, people: count(region.withoutFitOrStep)),
    ]
    for step in region.steps {
      let (subject, value) = Self.subjectAndValue(step.step)
      rows.append([
        "step", step.step.code, subject, value, say.sentence(step.step), count(step.people),
        count(step.withoutFit), String(step.placesOpened), Self.routes(step),
      ])
    }
    for place in region.placesNobodyFits {
      if place.blockers.isEmpty {
        rows.append([
          "place", place.placeID.rawValue, "", "", say(.regionNoBlockers), "", "", "", "",
        ])
      }
      for blocker in place.blockers {
        rows.append([
          "place", place.placeID.rawValue, blocker.blocker.rawValue, "", say.name(blocker.blocker),
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
    (cohort.municipalities.map(\.rawValue).sorted()
      + cohort.targetGroups.map(\.rawValue).sorted()).joined(separator: "|")
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
