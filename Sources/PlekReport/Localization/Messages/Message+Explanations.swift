import PlekCore

/// The words of explanations: verdicts, learning steps, travel, what is withheld.
extension Message {
  /// Does not meet a condition that is not disclosed to employers.
  public static let knockOutNotDisclosed = Message(
    en: "Does not meet a condition that is not disclosed to employers.",
    nl: "Voldoet niet aan een voorwaarde die niet met werkgevers wordt gedeeld.")

  /// A condition that is not disclosed to employers.
  public static let knockOutNotDisclosedShort = Message(
    en: "A condition that is not disclosed to employers.",
    nl: "Een voorwaarde die niet met werkgevers wordt gedeeld.")

  /// Travel
  public static let travelLine = Message(
    en: "Travel",
    nl: "Reistijd")

  /// limit
  public static let travelLimit = Message(
    en: "limit",
    nl: "grens")

  /// KNOCKED OUT
  public static let knockedOut = Message(
    en: "KNOCKED OUT",
    nl: "VALT AF")

  /// ‹verdict› — ‹reasons›
  public static func knockedOutLine(verdict: String, reasons: String) -> Message {
    Message(
      en: "\(text: verdict) — \(text: reasons)",
      nl: "\(text: verdict) — \(text: reasons)")
  }

  /// ‹count› reason
  public static func reasonsOne(count: Int) -> Message {
    Message(
      en: "\(count) reason",
      nl: "\(count) reden")
  }

  /// ‹count› reasons
  public static func reasonsOther(count: Int) -> Message {
    Message(
      en: "\(count) reasons",
      nl: "\(count) redenen")
  }

  /// FITS
  public static let fits = Message(
    en: "FITS",
    nl: "PASSEND")

  /// FITS, NEEDS ASSESSMENT
  public static let fitsNeedsAssessment = Message(
    en: "FITS, NEEDS ASSESSMENT",
    nl: "PASSEND, NOG TE BEOORDELEN")

  /// FIT
  public static let fit = Message(
    en: "FIT",
    nl: "PASSEND")

  /// ‹verdict› — score ‹score› of 100
  public static func fitScore(verdict: String, score: String) -> Message {
    Message(
      en: "\(text: verdict) — score \(text: score) of 100",
      nl: "\(text: verdict) — score \(text: score) van 100")
  }

  /// ‹count› to judge
  public static func toJudgeCount(count: Int) -> Message {
    Message(
      en: "\(count) to judge",
      nl: "\(count) te beoordelen")
  }

  /// To judge:
  public static let toJudge = Message(
    en: "To judge:",
    nl: "Te beoordelen:")

  /// Learns here:
  public static let learnsHere = Message(
    en: "Learns here:",
    nl: "Leert hier:")

  /// level ‹from› → ‹to› in ‹months› months
  public static func learningStep(from: Int, to: Int, months: Int) -> Message {
    Message(
      en: "level \(from) → \(to) in \(months) months",
      nl: "niveau \(from) → \(to) in \(months) maanden")
  }

  /// ‹months› months
  public static func months(months: Int) -> Message {
    Message(
      en: "\(months) months",
      nl: "\(months) maanden")
  }

  /// Dutch: ‹from› → ‹to› in ‹months› months
  public static func learningStepDutch(from: DutchLevel, to: DutchLevel, months: Int) -> Message {
    Message(
      en: "Dutch: \(from) → \(to) in \(months) months",
      nl: "Nederlands: \(from) → \(to) in \(months) maanden")
  }

  /// Productive after about ‹months› months.
  public static func productiveAfter(months: Int) -> Message {
    Message(
      en: "Productive after about \(months) months.",
      nl: "Na ongeveer \(months) maanden productief.")
  }

  /// the points taken off exceed the parts: the score is 0
  public static let scoreClamped = Message(
    en: "the points taken off exceed the parts: the score is 0",
    nl: "de aftrek is groter dan de onderdelen: de score is 0")
  /// The score held at 100 (an SROI bonus above it).
  public static let scoreCapped = Message(
    en: "the points added take the parts above 100: the score is 100",
    nl: "de opgetelde punten brengen de onderdelen boven 100: de score is 100")

  /// Notes:
  public static let notesHeader = Message(
    en: "Notes:",
    nl: "Opmerkingen:")

  /// How a person travels, in a sentence: "by bike", "met de fiets".
  public static func travel(_ mode: TransportMode) -> Message {
    switch mode {
    case .walk: Message(en: "on foot", nl: "te voet")
    case .bike: Message(en: "by bike", nl: "met de fiets")
    case .publicTransport: Message(en: "by public transport", nl: "met het ov")
    case .car: Message(en: "by car", nl: "met de auto")
    }
  }
}
