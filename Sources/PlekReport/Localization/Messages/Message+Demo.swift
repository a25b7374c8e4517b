import PlekCore

/// The words of the demo.
extension Message {
  /// a place where talent counts. ‹participants› participants, ‹places› places, on ‹date›.
  public static func demoIntro(participants: Int, places: Int, date: Day) -> Message {
    Message(
      en:
        "a place where talent counts. \(participants) participants, \(places) places, on \(date).",
      nl: "een plek waar talent telt. \(participants) deelnemers, \(places) plekken, op \(date).")
  }

  /// Knock-outs are hard limits (load, hours, travel, skills, eligibility); the rest is an expl…
  public static let demoRules = Message(
    en:
      "Knock-outs are hard limits (load, hours, travel, skills, eligibility); the rest is an explained score.",
    nl:
      "Knock-outs zijn harde grenzen (belasting, uren, reistijd, vaardigheden, indicatie); de rest is een uitgelegde score."
  )

  /// !1, !2: how many points an officer must judge (a capacity never assessed, a job coach to…
  public static let demoPoints = Message(
    en:
      "!1, !2: how many points an officer must judge (a capacity never assessed, a job coach to arrange, …); each lowers the score by the policy's cost per point.",
    nl:
      "!1, !2: hoeveel punten de consulent moet beoordelen (een belastbaarheid nooit beoordeeld, een jobcoach te regelen, …); elk verlaagt de score met de kosten per punt uit het beleid."
  )

  /// Next:
  public static let demoNext = Message(
    en: "Next:",
    nl: "Verder:")

  /// every score, component by component
  public static let demoHintWhy = Message(
    en: "every score, component by component",
    nl: "elke score per onderdeel")

  /// one match in plain words
  public static let demoHintExplain = Message(
    en: "one match in plain words",
    nl: "één match in gewone woorden")

  /// what an employer may see
  public static let demoHintEmployer = Message(
    en: "what an employer may see",
    nl: "wat een werkgever mag zien")

  /// all commands
  public static let demoHintHelp = Message(
    en: "all commands",
    nl: "alle opdrachten")
}
