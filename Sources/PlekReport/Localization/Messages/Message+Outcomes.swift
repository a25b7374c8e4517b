import PlekCore

/// The words of the results (`plek outcomes`) and of placement lists (`plek placements`):
/// titles, table headings and notes.
extension Message {
  /// Results ‹from›–‹to›, by ‹interval›
  public static func outcomesTitle(from: Day, to: Day, interval: OutcomeInterval) -> Message {
    Message(
      en: "Results \(from) – \(to), by \(interval)",
      nl: "Resultaten \(from) – \(to), per \(interval)")
  }

  /// Counted: people of ‹municipalities›; target groups ‹groups›
  public static func outcomesScope(municipalities: String, groups: String) -> Message {
    Message(
      en: "Counted: people living in \(text: municipalities); target groups: \(text: groups).",
      nl: "Geteld: mensen die wonen in \(text: municipalities); doelgroepen: \(text: groups).")
  }

  /// all
  public static let outcomesAll = Message(en: "all", nl: "alle")

  /// the whole region
  public static let outcomesWholeRegion = Message(en: "the whole region", nl: "de hele regio")

  /// Placements started, by kind of employer
  public static let outcomesStarts = Message(
    en: "Placements started, by kind of employer",
    nl: "Gestarte plaatsingen, per soort werkgever")

  /// Placements started, by form
  public static let outcomesForms = Message(
    en: "Placements started, by form", nl: "Gestarte plaatsingen, per vorm")

  /// Placements ended: uitstroom, doorstroom, terugval and the vangnet
  public static let outcomesEnds = Message(
    en:
      "Placements ended: to regular work, moved outward from an internal place, fell back and caught by the safety net within 30 days",
    nl:
      "Beëindigde plaatsingen: uitstroom naar regulier werk, doorstroom vanuit een interne plek, terugval en binnen 30 dagen opgevangen door het vangnet"
  )

  /// Learning-work routes ended, with a certificate or a praktijkverklaring
  public static let outcomesLearning = Message(
    en: "Learning-work routes ended, with a certificate or a praktijkverklaring",
    nl: "Beëindigde leerwerktrajecten, met een certificaat of een praktijkverklaring")

  /// Werkbehoud: placements started in the range still running 6 and 12 months after…
  public static let outcomesRetention = Message(
    en:
      "Job retention: of the placements started in this range, the share still running 6 and 12 months after the start (Kaplan–Meier: placements too recent to know count as far as they are known)",
    nl:
      "Werkbehoud: van de plaatsingen gestart in deze periode het deel dat 6 en 12 maanden na de start nog loopt (Kaplan–Meier: te recente plaatsingen tellen mee voor zover ze bekend zijn)"
  )

  /// The whole range, per part
  public static let outcomesParts = Message(
    en: "The whole range, per part (the parts add up to the total)",
    nl: "De hele periode, per deel (de delen tellen op tot het totaal)")

  /// Werkbehoud per municipality
  public static let outcomesPartsRetention = Message(
    en: "Job retention per municipality (as above)",
    nl: "Werkbehoud per gemeente (als hierboven)")

  /// Learning-work routes in the whole range, per part
  public static let outcomesPartsLearning = Message(
    en: "Learning-work routes ended in the whole range, per part",
    nl: "Beëindigde leerwerktrajecten in de hele periode, per deel")

  /// period
  public static let columnPeriod = Message(en: "period", nl: "periode")
  /// from
  public static let columnFrom = Message(en: "from", nl: "van")
  /// to
  public static let columnTo = Message(en: "to", nl: "tot en met")
  /// Placements
  public static let placementsTitle = Message(en: "Placements", nl: "Plaatsingen")
  /// No placements.
  public static let placementsNone = Message(en: "No placements.", nl: "Geen plaatsingen.")
  /// running
  public static let placementRunning = Message(en: "running", nl: "loopt")
  /// placement
  public static let columnPlacement = Message(en: "Placement", nl: "Plaatsing")
  /// form
  public static let columnForm = Message(en: "Form", nl: "Vorm")
  /// start
  public static let columnStart = Message(en: "Start", nl: "Start")
  /// end
  public static let columnEnd = Message(en: "End", nl: "Einde")

  /// total
  public static let outcomesTotal = Message(en: "total", nl: "totaal")
  /// group
  public static let columnGroup = Message(en: "group", nl: "groep")
  /// lost
  public static let columnLost = Message(en: "lost", nl: "verloren")
  /// 6 months
  public static let columnSixMonths = Message(en: "6 months", nl: "6 maanden")
  /// 12 months
  public static let columnTwelveMonths = Message(en: "12 months", nl: "12 maanden")

  /// — not known yet: no placement of the group has been followed that long.
  public static let outcomesNotKnown = Message(
    en:
      "— not known yet (no placement of the group has been followed that long) or not shown (a count it is made of is withheld).",
    nl:
      "— nog niet bekend (geen plaatsing van de groep is zo lang gevolgd) of niet getoond (een aantal waarvan het is gemaakt is niet getoond)."
  )

  /// The protection ran out of time
  public static let outcomesProtectionStopped = Message(
    en:
      "The protection of small groups ran out of time and withheld every count it had not yet proven safe to show: ask for fewer parts (a cohort of municipalities) or without --per.",
    nl:
      "De bescherming van kleine groepen had te weinig tijd en heeft elk aantal weggelaten dat nog niet veilig bleek: vraag om minder delen (een cohort van gemeenten) of zonder --per."
  )

  /// For monitoring and accountability only: never an input to anyone's score.
  public static let outcomesNotAScore = Message(
    en:
      "These figures are for monitoring and accountability: they are never an input to anyone's score. Outcomes.md defines each one.",
    nl:
      "Deze cijfers zijn voor monitoring en verantwoording: ze tellen nooit mee in iemands score. Outcomes.md beschrijft elk cijfer precies."
  )
}

/// The words of the region report's results section.
extension Message {
  /// 6. Results
  public static let reportSection6 = Message(en: "6. Results", nl: "6. Resultaten")

  /// The results section's scope: the quarters counted and the day they are read as of.
  public static func reportResultsIntro(from: Day, to: Day) -> Message {
    Message(
      en:
        "Placements per quarter from \(from) to \(to), as known on \(to), for the whole region and per municipality (the funding is per municipality). Small groups are protected among these figures as elsewhere in the report.",
      nl:
        "Plaatsingen per kwartaal van \(from) tot en met \(to), zoals bekend op \(to), voor de hele regio en per gemeente (de financiering is per gemeente). Kleine groepen zijn binnen deze cijfers beschermd zoals elders in de rapportage."
    )
  }

  /// Placements started per quarter
  public static let reportStartsChart = Message(
    en: "Placements started per quarter", nl: "Gestarte plaatsingen per kwartaal")

  /// To regular work per quarter
  public static let reportUitstroomChart = Message(
    en: "Placements ended in regular work (uitstroom) per quarter",
    nl: "Plaatsingen beëindigd met uitstroom naar regulier werk, per kwartaal")

  /// Job retention at 6 months
  public static let reportRetentionChart = Message(
    en: "Job retention 6 months after the start", nl: "Werkbehoud 6 maanden na de start")
}

/// The words of the time from registration to a placement.
extension Message {
  /// Time from registration to a placement …
  public static let outcomesTimeToPlacement = Message(
    en:
      "Time from registration to a first placement and to a first placement at a regular employer: the median in days of the people whose one started in the period (shown for 10 people or more; people whose registration is not known are not counted)",
    nl:
      "Tijd van aanmelding tot een eerste plaatsing en tot een eerste plaatsing bij een reguliere werkgever: de mediaan in dagen van de mensen bij wie die in de periode begon (getoond vanaf 10 mensen; mensen van wie de aanmelding niet bekend is tellen niet mee)"
  )
  /// days to a first placement (median), or to a first regular one
  public static func columnDaysTo(regular: Bool) -> Message {
    regular
      ? Message(en: "days to regular (median)", nl: "dagen tot regulier (mediaan)")
      : Message(en: "days to first (median)", nl: "dagen tot eerste (mediaan)")
  }
}
