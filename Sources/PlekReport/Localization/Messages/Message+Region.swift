import PlekCore

/// The words of the region's advice: what keeps people out, in columns and sheets.
extension Message {
  /// Advice for the region
  public static let regionTitle = Message(
    en: "Advice for the region",
    nl: "Advies voor de regio")

  /// everyone
  public static let regionEverybody = Message(
    en: "everyone",
    nl: "iedereen")

  /// People: ‹people›; with a place that fits: ‹withFit›; with neither a fit nor a single step:…
  public static func regionPeople(people: String, withFit: String, stuck: String) -> Message {
    Message(
      en:
        "People: \(text: people); with a place that fits: \(text: withFit); with neither a fit nor a single step: \(text: stuck).",
      nl:
        "Mensen: \(text: people); met een passende plek: \(text: withFit); zonder passende plek en zonder enkele stap: \(text: stuck)."
    )
  }

  /// Steps that open places, most people first:
  public static let regionSteps = Message(
    en: "Steps that open places, most people first:",
    nl: "Stappen die plekken openen, meeste mensen eerst:")

  /// No step opens places for 5 people or more.
  public static let regionNoSteps = Message(
    en: "No step opens places for 5 people or more.",
    nl: "Geen stap opent plekken voor 5 mensen of meer.")

  /// Steps that open places for fewer than 5 people are left out.
  public static let regionSmallLeftOut = Message(
    en: "Steps that open places for fewer than 5 people are left out.",
    nl: "Stappen die voor minder dan 5 mensen plekken openen, staan er niet bij.")

  /// Places nobody fits: ‹count›. What keeps people out (people one step away):
  public static func regionPlaces(count: Int) -> Message {
    Message(
      en: "Places nobody fits: \(count). What keeps people out (people one step away):",
      nl: "Plekken waar niemand past: \(count). Wat mensen tegenhoudt (mensen op één stap afstand):"
    )
  }

  /// … and ‹count› more places; the CSV and JSON list every place.
  public static func regionPlacesMore(count: Int) -> Message {
    Message(
      en: "… and \(count) more places; the CSV and JSON list every place.",
      nl: "… en nog \(count) plekken; CSV en JSON noemen elke plek.")
  }

  /// … and ‹count› more steps; the CSV and JSON list every step.
  public static func regionStepsMore(count: Int) -> Message {
    Message(
      en: "… and \(count) more steps; the CSV and JSON list every step.",
      nl: "… en nog \(count) stappen; CSV en JSON noemen elke stap.")
  }

  /// Fewer than 5 people in this cohort: steps and places are not shown, so that no one can be …
  public static let regionCohortTooSmall = Message(
    en:
      "Fewer than 5 people in this cohort: steps and places are not shown, so that no one can be recognised.",
    nl:
      "Minder dan 5 mensen in deze groep: stappen en plekken staan er niet bij, zodat niemand herkenbaar is."
  )

  /// None of them keeps 5 or more people out by one kind of step.
  public static let regionNoPlaceBlockers = Message(
    en: "None of them keeps 5 or more people out by one kind of step.",
    nl: "Bij geen van deze plekken houdt één soort stap 5 of meer mensen tegen.")

  /// the day asked for
  public static let summaryDate = Message(
    en: "the day asked for",
    nl: "de gevraagde dag")

  /// who the advice is about
  public static let summaryCohort = Message(
    en: "who the advice is about",
    nl: "over wie het advies gaat")

  /// people
  public static let summaryPeople = Message(
    en: "people",
    nl: "mensen")

  /// people with a place that fits
  public static let summaryWithFit = Message(
    en: "people with a place that fits",
    nl: "mensen met een passende plek")

  /// people with neither a fit nor a single step
  public static let summaryStuck = Message(
    en: "people with neither a fit nor a single step",
    nl: "mensen zonder passende plek en zonder enkele stap")

  /// no kind of step keeps 5 or more people out
  public static let regionNoBlockers = Message(
    en: "no kind of step keeps 5 or more people out",
    nl: "geen soort stap houdt 5 of meer mensen tegen")

  /// Step
  public static let columnStep = Message(
    en: "Step",
    nl: "Stap")

  /// People
  public static let columnPeople = Message(
    en: "People",
    nl: "Mensen")

  /// Without a fit
  public static let columnWithoutFit = Message(
    en: "Without a fit",
    nl: "Zonder passende plek")

  /// Places it opens
  public static let columnPlacesOpened = Message(
    en: "Places it opens",
    nl: "Plekken die opengaan")

  /// Routes
  public static let columnRoutes = Message(
    en: "Routes",
    nl: "Leerwerkplekken")

  /// Kept out by
  public static let columnKeptOutBy = Message(
    en: "Kept out by",
    nl: "Tegengehouden door")

  /// part
  public static let sheetPart = Message(
    en: "part",
    nl: "deel")

  /// code
  public static let sheetCode = Message(
    en: "code",
    nl: "code")

  /// subject
  public static let sheetSubject = Message(
    en: "subject",
    nl: "onderwerp")

  /// value
  public static let sheetValue = Message(
    en: "value",
    nl: "waarde")

  /// in words
  public static let sheetWords = Message(
    en: "in words",
    nl: "omschrijving")

  /// people
  public static let sheetPeople = Message(
    en: "people",
    nl: "mensen")

  /// without a fit
  public static let sheetWithoutFit = Message(
    en: "without a fit",
    nl: "zonder passende plek")

  /// places opened
  public static let sheetPlacesOpened = Message(
    en: "places opened",
    nl: "geopende plekken")

  /// routes
  public static let sheetRoutes = Message(
    en: "routes",
    nl: "leerwerkplekken")
}
