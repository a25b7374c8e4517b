import PlekCore

/// The words of the region report.
extension Message {
  /// Region report
  public static let reportTitle = Message(
    en: "Region report",
    nl: "Regiorapportage")

  /// ‹date› · ‹participants› participants and ‹places› places in the dataset
  public static func reportFacts(date: Day, participants: GroupCount, places: GroupCount)
    -> Message
  {
    Message(
      en: "\(date) · \(participants) participants and \(places) places in the dataset",
      nl: "\(date) · \(participants) deelnemers en \(places) plekken in de dataset")
  }

  /// Policy in force: weights load ‹load›, competencies ‹competency›, development ‹development›…
  public static func reportPolicy(
    load: Double, competency: Double, development: Double, wishes: Double, order: Double,
    support: Double, horizon: Int, coaches: String
  ) -> Message {
    Message(
      en:
        "Policy in force: weights load \(load, decimals: 2), competencies \(competency, decimals: 2), development \(development, decimals: 2), wishes \(wishes, decimals: 2), placement order \(order, decimals: 2), support \(support, decimals: 2); planning horizon \(horizon) days; job coaches \(text: coaches).",
      nl:
        "Geldend beleid: gewichten belastbaarheid \(load, decimals: 2), competenties \(competency, decimals: 2), ontwikkeling \(development, decimals: 2), wensen \(wishes, decimals: 2), plaatsingsvolgorde \(order, decimals: 2), begeleiding \(support, decimals: 2); planningshorizon \(horizon) dagen; jobcoaches \(text: coaches)."
    )
  }

  /// Aggregates only: no person's id and no profile value.
  public static let reportSmallCounts = Message(
    en: "Aggregates only: no person's id and no profile value.",
    nl: "Alleen totalen: geen nummer van een persoon en geen profielgegeven.")

  /// • withheld to protect small groups: no group of 1 to 4 people (or places) can be read or …
  public static let withheldFootnote = Message(
    en:
      "\(GroupCount.withheld) withheld to protect small groups: no group of 1 to 4 people (or places) can be read or worked out from these figures together. A share is given only where both its counts are shown.",
    nl:
      "\(GroupCount.withheld) niet getoond om kleine groepen te beschermen: geen groep van 1 tot 4 mensen (of plekken) is uit deze cijfers samen af te lezen of af te leiden. Een aandeel staat er alleen waar beide aantallen getoond zijn."
  )

  /// 1. Caseload and places
  public static let reportSection1 = Message(
    en: "1. Caseload and places",
    nl: "1. Caseload en plekken")

  /// 2. Fit per target group
  public static let reportSection2 = Message(
    en: "2. Fit per target group",
    nl: "2. Passende plekken per doelgroep")

  /// 3. Development
  public static let reportSection3 = Message(
    en: "3. Development",
    nl: "3. Ontwikkeling")

  /// 4. Placement proposal
  public static let reportSection4 = Message(
    en: "4. Placement proposal",
    nl: "4. Plaatsingsvoorstel")

  /// 5. Congestion
  public static let reportSection5 = Message(
    en: "5. Congestion",
    nl: "5. Drukte")

  /// Participants per municipality
  public static let reportMapTitle = Message(
    en: "Participants per municipality",
    nl: "Deelnemers per gemeente")

  /// Participants per target group
  public static let reportGroupsTitle = Message(
    en: "Participants per target group",
    nl: "Deelnemers per doelgroep")

  /// Participants per target group and municipality
  public static let reportGroupsPerMunicipality = Message(
    en: "Participants per target group and municipality",
    nl: "Deelnemers per doelgroep en gemeente")

  /// Places and free slots per kind of employer
  public static let reportKindsTitle = Message(
    en: "Places and free slots per kind of employer",
    nl: "Plekken en vrije plaatsen per soort werkgever")

  /// Places per sector (main sector)
  public static let reportSectorsTitle = Message(
    en: "Places per sector (main sector)",
    nl: "Plekken per sector (hoofdsector)")

  /// Share with at least one fitting place
  public static let reportFitTitle = Message(
    en: "Share with at least one fitting place",
    nl: "Aandeel met minstens één passende plek")

  /// Best score per target group
  public static let reportBandsTitle = Message(
    en: "Best score per target group",
    nl: "Beste score per doelgroep")

  /// For people without a fit: the knock-out whose removal opens the most places (monitoring, n…
  public static let reportKnockOutsTitle = Message(
    en:
      "For people without a fit: the knock-out whose removal opens the most places (monitoring, never a scoring input)",
    nl:
      "Bij wie geen passende plek heeft: de uitsluiting waarvan wegnemen de meeste plekken opent (monitoring, nooit invoer voor de score)"
  )

  /// Steps that open places for the most people
  public static let reportStepsTitle = Message(
    en: "Steps that open places for the most people",
    nl: "Stappen die voor de meeste mensen plekken openen")

  /// Learning-work places: ‹places›, with ‹slots› free slots; the proposal fills ‹proposed› of …
  public static func reportLearning(places: String, slots: String, proposed: String) -> Message {
    Message(
      en:
        "Learning-work places: \(text: places), with \(text: slots) free slots; the proposal fills \(text: proposed) of them.",
      nl:
        "Leerwerkplekken: \(text: places), met \(text: slots) vrije plaatsen; het voorstel vult er \(text: proposed)."
    )
  }

  /// Placed in the proposal, per target group
  public static let reportProposalGroupTitle = Message(
    en: "Placed in the proposal, per target group",
    nl: "Geplaatst in het voorstel, per doelgroep")

  /// Placed per kind of employer
  public static let reportProposalKindTitle = Message(
    en: "Placed per kind of employer",
    nl: "Geplaatst per soort werkgever")

  /// Regular where it can, internal where it must: ‹internal› proposed to internal places, of w…
  public static func reportInternal(internal internalCount: String, regular: String) -> Message {
    Message(
      en:
        "Regular where it can, internal where it must: \(text: internalCount) proposed to internal places, of whom \(text: regular) also fit a regular place.",
      nl:
        "Regulier waar het kan, intern waar het moet: \(text: internalCount) voorgesteld voor interne plekken, van wie \(text: regular) ook op een reguliere plek passen."
    )
  }

  /// How evenly places are on shortlists (Lorenz curve)
  public static let reportLorenzTitle = Message(
    en: "How evenly places are on shortlists (Lorenz curve)",
    nl: "Hoe gelijk plekken op shortlijsten staan (Lorenzcurve)")

  /// Plain and spread shortlists
  public static let reportCongestionTitle = Message(
    en: "Plain and spread shortlists",
    nl: "Gewone en gespreide shortlijsten")

  /// Places nobody fits (‹count›) and what keeps people out
  public static func reportNobodyTitle(count: String) -> Message {
    Message(
      en: "Places nobody fits (\(text: count)) and what keeps people out",
      nl: "Plekken die niemand past (\(text: count)) en wat mensen buitenhoudt")
  }

  /// A placement proposal is advice: an officer decides.
  public static let reportAdvice = Message(
    en: "A placement proposal is advice: an officer decides.",
    nl: "Een plaatsingsvoorstel is advies: een consulent beslist.")

  /// Places
  public static let columnPlaces = Message(
    en: "Places",
    nl: "Plekken")

  /// Free slots
  public static let columnFreeSlots = Message(
    en: "Free slots",
    nl: "Vrije plaatsen")

  /// With a fit
  public static let columnWithFit = Message(
    en: "With a fit",
    nl: "Met passende plek")

  /// Share
  public static let columnShare = Message(
    en: "Share",
    nl: "Aandeel")

  /// Best score
  public static let columnBand = Message(
    en: "Best score",
    nl: "Beste score")

  /// Knock-out
  public static let columnReason = Message(
    en: "Knock-out",
    nl: "Uitsluiting")

  /// Places (least listed first)
  public static let columnPlacesShare = Message(
    en: "Places (least listed first)",
    nl: "Plekken (minst vermeld eerst)")

  /// Share of listings
  public static let columnListingsShare = Message(
    en: "Share of listings",
    nl: "Aandeel vermeldingen")
}

/// The words of the report's notes, charts and added rows.
extension Message {
  /// provided
  public static let reportCoachesProvided = Message(
    en: "provided",
    nl: "geregeld")

  /// not provided
  public static let reportCoachesNotProvided = Message(
    en: "not provided",
    nl: "niet geregeld")

  /// The dataset gives places a location, not a municipality: a place is counted under the mu…
  public static let reportMapNote = Message(
    en:
      "The dataset gives places a location, not a municipality: a place is counted under the municipality whose centre is nearest. A bubble's area is proportional to the people living there.",
    nl:
      "De dataset geeft plekken een locatie, geen gemeente: een plek telt mee bij de gemeente met het dichtstbijzijnde centrum. De oppervlakte van een bel is evenredig met het aantal mensen dat er woont."
  )

  /// another step (a load-capacity assessment, or a kind not listed above)
  public static let reportOtherFirstStep = Message(
    en: "another step (a load-capacity assessment, or a kind not listed above)",
    nl: "een andere stap (een belastbaarheidsonderzoek, of een soort die hierboven niet staat)")

  /// no single step opens a place
  public static let reportNoSingleStep = Message(
    en: "no single step opens a place",
    nl: "geen enkele stap opent een plek")

  /// no single step opens it to anybody
  public static let reportNobodyNoStep = Message(
    en: "no single step opens it to anybody",
    nl: "geen enkele stap opent hem voor iemand")

  /// Each place nobody fits is counted once, under the kind of step that alone lets the most p…
  public static let reportNobodyNote = Message(
    en:
      "Each place nobody fits is counted once, under the kind of step that alone lets the most people in; the rows add up to the places nobody fits.",
    nl:
      "Elke plek die niemand past telt één keer mee, bij de soort stap die in z'n eentje de meeste mensen binnenlaat; de rijen tellen op tot de plekken die niemand past."
  )

  /// Each person without a fit is counted once, under the first step of their advice that open…
  public static let reportKnockOutsNote = Message(
    en:
      "Each person without a fit is counted once, under the first step of their advice that opens a place; per target group the rows add up to the people without a fit.",
    nl:
      "Iedereen zonder passende plek telt één keer mee, bij de eerste stap van zijn of haar advies die een plek opent; per doelgroep tellen de rijen op tot de mensen zonder passende plek."
  )

  /// Gini: 0 when every place that fits someone stands on as many lists as any other, 1 when a…
  public static let reportGiniNote = Message(
    en:
      "Gini: 0 when every place that fits someone stands on as many lists as any other, 1 when all listings go to one place. Congestion price: the points a place costs others in the placement proposal; a spread list subtracts it from the score, so that fewer people are sent to the same few places.",
    nl:
      "Gini: 0 als elke plek die iemand past op even veel lijsten staat als elke andere, 1 als alle vermeldingen naar één plek gaan. Drukteprijs: de punten die een plek anderen kost in het plaatsingsvoorstel; een gespreide lijst trekt die af van de score, zodat minder mensen naar dezelfde paar plekken gaan."
  )
}
