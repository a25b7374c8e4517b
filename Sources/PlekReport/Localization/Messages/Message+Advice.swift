import PlekCore

/// The words of advice, carving and the region: steps, changes, counts.
extension Message {
  /// Accept ‹extra› more minutes of travel
  public static func stepTravelMinutes(extra: Int) -> Message {
    Message(
      en: "Accept \(extra) more minutes of travel",
      nl: "\(extra) minuten langer reizen")
  }

  /// up to ‹after› instead of ‹before› min ‹travel›
  public static func stepTravelMinutesNow(after: Int, before: Int, travel: Message) -> Message {
    Message(
      en: "up to \(after) instead of \(before) min \(travel)",
      nl: "tot \(after) in plaats van \(before) min \(travel)")
  }

  /// Travel ‹travel›
  public static func stepTransport(travel: Message) -> Message {
    Message(
      en: "Travel \(travel)",
      nl: "Reizen \(travel)")
  }

  /// instead of ‹travel›
  public static func stepTransportNow(travel: Message) -> Message {
    Message(
      en: "instead of \(travel)",
      nl: "in plaats van \(travel)")
  }

  /// Work up to ‹hours› hours a week
  public static func stepHoursMaximum(hours: Int) -> Message {
    Message(
      en: "Work up to \(hours) hours a week",
      nl: "Tot \(hours) uur per week werken")
  }

  /// now at most ‹hours›
  public static func stepHoursMaximumNow(hours: Int) -> Message {
    Message(
      en: "now at most \(hours)",
      nl: "nu hooguit \(hours)")
  }

  /// Work from ‹hours› hours a week
  public static func stepHoursMinimum(hours: Int) -> Message {
    Message(
      en: "Work from \(hours) hours a week",
      nl: "Vanaf \(hours) uur per week werken")
  }

  /// now at least ‹hours›
  public static func stepHoursMinimumNow(hours: Int) -> Message {
    Message(
      en: "now at least \(hours)",
      nl: "nu minstens \(hours)")
  }

  /// Plan ‹days› days ahead
  public static func stepPlanAhead(days: Int) -> Message {
    Message(
      en: "Plan \(days) days ahead",
      nl: "\(days) dagen vooruit plannen")
  }

  /// until ‹date›
  public static func stepPlanAheadNow(date: Day) -> Message {
    Message(
      en: "until \(date)",
      nl: "tot \(date)")
  }

  /// Learn ‹competency› to level ‹level›
  public static func stepCompetency(competency: CompetencyID, level: CompetencyLevel) -> Message {
    Message(
      en: "Learn \(competency, .lowercased) to level \(level)",
      nl: "\(competency) leren tot niveau \(level)")
  }

  /// now level ‹level›
  public static func stepCompetencyNow(level: Int) -> Message {
    Message(
      en: "now level \(level)",
      nl: "nu niveau \(level)")
  }

  /// about ‹months› months at their pace
  public static func stepDuration(months: Int) -> Message {
    Message(
      en: "about \(months) months at their pace",
      nl: "ongeveer \(months) maanden in hun tempo")
  }

  /// not held yet
  public static let stepCompetencyNotHeld = Message(
    en: "not held yet",
    nl: "nog niet aanwezig")

  /// Learn Dutch to ‹level›
  public static func stepDutch(level: DutchLevel) -> Message {
    Message(
      en: "Learn Dutch to \(level)",
      nl: "Nederlands leren tot \(level)")
  }

  /// now ‹level›
  public static func stepDutchNow(level: DutchLevel) -> Message {
    Message(
      en: "now \(level)",
      nl: "nu \(level)")
  }

  /// not assessed yet
  public static let stepDutchNotAssessed = Message(
    en: "not assessed yet",
    nl: "nog niet beoordeeld")

  /// Have a full load-capacity (FML) assessment done
  public static let stepLoadAssessment = Message(
    en: "Have a full load-capacity (FML) assessment done",
    nl: "Een volledige belastbaarheidsbeoordeling (FML) laten doen")

  /// ‹count› dimensions the places that fit demand were never assessed; counted as their hi…
  public static func stepLoadAssessmentNow(count: Int) -> Message {
    Message(
      en:
        "\(count) dimensions the places that fit demand were never assessed; counted as their highest demands",
      nl:
        "\(count) belastingseisen van de plekken die passen zijn nooit beoordeeld; gerekend als de hoogste eisen"
    )
  }

  /// Have ‹dimension› assessed
  public static func stepLoadAssessed(dimension: LoadDimension) -> Message {
    Message(
      en: "Have \(dimension, .lowercased) assessed",
      nl: "\(dimension) laten beoordelen")
  }

  /// counted as level ‹level›, the highest demand among the places that fit
  public static func stepLoadAssessedNow(level: LoadLevel) -> Message {
    Message(
      en: "counted as level \(level), the highest demand among the places that fit",
      nl: "gerekend als niveau \(level), de hoogste eis van de plekken die passen")
  }

  /// Ask employers for a workplace adaptation for ‹dimension›
  public static func stepAdaptation(dimension: LoadDimension) -> Message {
    Message(
      en: "Ask employers for a workplace adaptation for \(dimension, .lowercased)",
      nl: "Werkgevers vragen om werkplekaanpassing voor \(dimension, .lowercased)")
  }

  /// Arrange wage-cost subsidy at regular employers
  public static let stepWageCostSubsidy = Message(
    en: "Arrange wage-cost subsidy at regular employers",
    nl: "Loonkostensubsidie regelen bij reguliere werkgevers")

  /// Arrange a job coach
  public static let stepJobCoach = Message(
    en: "Arrange a job coach",
    nl: "Een jobcoach regelen")

  ///  and
  public static let stepAnd = Message(
    en: " and ",
    nl: " en ")

  /// +‹extra› min
  public static func rungMinutes(extra: Int) -> Message {
    Message(
      en: "+\(extra) min",
      nl: "+\(extra) min")
  }

  /// ‹hours› h
  public static func rungHours(hours: Int) -> Message {
    Message(
      en: "\(hours) h",
      nl: "\(hours) u")
  }

  /// ‹days› days
  public static func rungDays(days: Int) -> Message {
    Message(
      en: "\(days) days",
      nl: "\(days) dagen")
  }

  /// level ‹level›
  public static func rungLevel(level: CompetencyLevel) -> Message {
    Message(
      en: "level \(level)",
      nl: "niveau \(level)")
  }

  /// ‹rung›: ‹count›
  public static func rungOpens(rung: String, count: Int) -> Message {
    Message(
      en: "\(text: rung): \(count)",
      nl: "\(text: rung): \(count)")
  }

  /// places opened per step: ‹rungs›
  public static func ladderLine(rungs: String) -> Message {
    Message(
      en: "places opened per step: \(text: rungs)",
      nl: "geopende plekken per stap: \(text: rungs)")
  }

  /// opens 1 place
  public static let effectOpensOne = Message(
    en: "opens 1 place",
    nl: "opent 1 plek")

  /// opens ‹count› places
  public static func effectOpens(count: Int) -> Message {
    Message(
      en: "opens \(count) places",
      nl: "opent \(count) plekken")
  }

  /// best ‹place› (‹score›)
  public static func effectBest(place: String, score: String) -> Message {
    Message(
      en: "best \(text: place) (\(text: score))",
      nl: "beste \(text: place) (\(text: score))")
  }

  /// raises the best fit from ‹before› to ‹after› (‹place›)
  public static func effectRaises(before: String, after: String, place: String) -> Message {
    Message(
      en: "raises the best fit from \(text: before) to \(text: after) (\(text: place))",
      nl: "verhoogt de beste match van \(text: before) naar \(text: after) (\(text: place))")
  }

  /// the best fit becomes ‹after› (‹place›)
  public static func effectRaisesFromNothing(after: String, place: String) -> Message {
    Message(
      en: "the best fit becomes \(text: after) (\(text: place))",
      nl: "de beste match wordt \(text: after) (\(text: place))")
  }

  /// ‹count› places that fit now would not
  public static func effectCloses(count: Int) -> Message {
    Message(
      en: "\(count) places that fit now would not",
      nl: "\(count) plekken die nu passen, passen dan niet meer")
  }

  /// also taught nearby, once what keeps the person out is solved: ‹places›
  public static func effectLearnNearby(places: String) -> Message {
    Message(
      en: "also taught nearby, once what keeps them out is solved: \(text: places)",
      nl: "ook dichtbij te leren, als opgelost is wat hen tegenhoudt: \(text: places)")
  }

  /// learnable on a learning-work place that fits now: ‹places›
  public static func effectLearnAt(places: String) -> Message {
    Message(
      en: "learnable on a learning-work place that fits now: \(text: places)",
      nl: "te leren op een leerwerkplek die nu past: \(text: places)")
  }

  /// Advice for ‹participant›
  public static func adviceTitle(participant: ParticipantID) -> Message {
    Message(
      en: "Advice for \(participant)",
      nl: "Advies voor \(participant)")
  }

  /// 1 place fits now: ‹place› (‹score›).
  public static func adviceFitsOne(place: String, score: String) -> Message {
    Message(
      en: "1 place fits now: \(text: place) (\(text: score)).",
      nl: "Nu past 1 plek: \(text: place) (\(text: score)).")
  }

  /// ‹count› places fit now; the best is ‹place› (‹score›).
  public static func adviceFits(count: Int, place: String, score: String) -> Message {
    Message(
      en: "\(count) places fit now; the best is \(text: place) (\(text: score)).",
      nl: "Nu passen \(count) plekken; de beste is \(text: place) (\(text: score)).")
  }

  /// No place fits on ‹date›.
  public static func adviceNoFit(date: Day) -> Message {
    Message(
      en: "No place fits on \(date).",
      nl: "Geen plek past op \(date).")
  }

  /// Steps that would open places or raise the best fit:
  public static let adviceSteps = Message(
    en: "Steps that would open places or raise the best fit:",
    nl: "Stappen die plekken openen of de beste match verhogen:")

  /// No single step opens a place.
  public static let adviceNoStep = Message(
    en: "No single step opens a place.",
    nl: "Geen enkele stap opent een plek.")

  /// No step within reach opens a place or raises the best fit.
  public static let adviceNothing = Message(
    en: "No step within reach opens a place or raises the best fit.",
    nl: "Geen stap binnen bereik opent een plek of verhoogt de beste match.")

  /// Two steps together:
  public static let adviceCombinations = Message(
    en: "Two steps together:",
    nl: "Twee stappen samen:")

  /// The nearest places, and what is missing:
  public static let adviceNearest = Message(
    en: "The nearest places, and what is missing:",
    nl: "De plekken die het dichtst bij komen, en wat ontbreekt:")

  /// What would open places:
  public static let adviceTopSteps = Message(
    en: "What would open places:",
    nl: "Wat plekken zou openen:")

  /// Every step: plek advise ‹participant›
  public static func adviceMore(participant: ParticipantID) -> Message {
    Message(
      en: "Every step: plek advise \(participant)",
      nl: "Alle stappen: plek advise \(participant)")
  }
}
