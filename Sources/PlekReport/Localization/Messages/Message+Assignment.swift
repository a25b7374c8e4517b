import PlekCore

/// The words of the placement proposal and the congestion report.
extension Message {
  /// Placement proposal
  public static let assignTitle = Message(
    en: "Placement proposal",
    nl: "Plaatsingsvoorstel")

  /// An officer decides: this proposal is advice to the placement officers, not a decision.
  public static let assignAdvice = Message(
    en: "An officer decides: this proposal is advice to the placement officers, not a decision.",
    nl: "Een consulent beslist: dit voorstel is advies aan de consulenten, geen besluit.")

  /// ‹people› people: ‹placed› placed (the most any proposal can place), ‹withoutFit› fit no pl…
  public static func assignSummary(
    people: GroupCount, placed: GroupCount, withoutFit: GroupCount, outcompeted: GroupCount
  ) -> Message {
    Message(
      en:
        "\(people) people: \(placed) placed (the most any proposal can place), \(withoutFit) fit no place, \(outcompeted) lost every place they fit to others.",
      nl:
        "\(people) mensen: \(placed) geplaatst (het meeste dat een voorstel kan plaatsen), \(withoutFit) passen op geen plek, \(outcompeted) verloren elke passende plek aan anderen."
    )
  }

  /// Optimal: as many people placed as possible, then the highest total score (‹total› points);…
  public static func assignProven(total: String) -> Message {
    Message(
      en:
        "Optimal: as many people placed as possible, then the highest total score (\(text: total) points); proven by a price for every place, checked against every fit.",
      nl:
        "Optimaal: zoveel mogelijk mensen geplaatst, dan de hoogste totaalscore (\(text: total) punten); bewezen met een prijs per plek, gecontroleerd tegen elke passende plek."
    )
  }

  /// The proof of optimality did not check out: do not use this proposal, and report it.
  public static let assignNotProven = Message(
    en: "The proof of optimality did not check out: do not use this proposal, and report it.",
    nl: "Het bewijs van optimaliteit klopt niet: gebruik dit voorstel niet en meld het.")

  /// Placed per kind of employer
  public static let assignByKind = Message(
    en: "Placed per kind of employer",
    nl: "Geplaatst per soort werkgever")

  /// Per target group
  public static let assignByGroup = Message(
    en: "Per target group",
    nl: "Per doelgroep")

  /// Placements
  public static let assignPlacements = Message(
    en: "Placements",
    nl: "Plaatsingen")

  /// Not placed
  public static let assignUnplaced = Message(
    en: "Not placed",
    nl: "Niet geplaatst")

  /// fits no place on this day: ask for advice
  public static let assignNoFit = Message(
    en: "fits no place on this day: ask for advice",
    nl: "past op deze dag op geen plek: vraag advies")

  /// every place that fits went to others: ‹places›
  public static func assignTaken(places: String) -> Message {
    Message(
      en: "every place that fits went to others: \(text: places)",
      nl: "elke passende plek ging naar anderen: \(text: places)")
  }

  /// ‹place› (‹slots› free, at least ‹fitted› fit): the people counted are those whose fits
  /// the proposal read (each person's best 24, deeper only where needed), so the true number
  /// may be higher.
  public static func assignTakenPlace(place: PlaceID, slots: Int, fitted: Int) -> Message {
    Message(
      en: "\(place) (\(slots) free, at least \(fitted) fit)",
      nl: "\(place) (\(slots) vrij, minstens \(fitted) passen)")
  }

  /// The first ‹shown› of ‹total›; the sheet and the JSON list all.
  public static func assignShown(shown: Int, total: Int) -> Message {
    Message(
      en: "The first \(shown) of \(total); the sheet and the JSON list all.",
      nl: "De eerste \(shown) van \(total); het rekenblad en de JSON tonen alle.")
  }

  /// proposed; an officer decides
  public static let assignProposedRow = Message(
    en: "proposed; an officer decides",
    nl: "voorgesteld; een consulent beslist")

  /// Rank on own list
  public static let columnRankInList = Message(
    en: "Rank on own list",
    nl: "Plaats op eigen lijst")

  /// ‹count› of them are placed beyond the first ‹length› places of their own list (at rank ‹…
  public static func assignBeyondShortlist(count: GroupCount, length: Int, deepest: Int)
    -> Message
  {
    Message(
      en:
        "\(count) of them are placed beyond the first \(length) places of their own list (at rank \(deepest) at most): their place is not on the shortlist they see. The proposal places as many people as it can, so places higher up their lists go to others.",
      nl:
        "\(count) van hen staan geplaatst voorbij de eerste \(length) plekken van hun eigen lijst (hoogstens op plaats \(deepest)): hun plek staat niet op de shortlist die ze zien. Het voorstel plaatst zoveel mogelijk mensen, dus gaan plekken hoger op hun lijst naar anderen."
    )
  }

  /// Placed
  public static let columnPlaced = Message(
    en: "Placed",
    nl: "Geplaatst")

  /// Outcompeted
  public static let columnOutcompeted = Message(
    en: "Outcompeted",
    nl: "Verloren aan anderen")

  /// Why
  public static let columnWhy = Message(
    en: "Why",
    nl: "Waarom")

  /// Congestion
  public static let congestionTitle = Message(
    en: "Congestion",
    nl: "Drukte")

  /// ‹people› people (‹withFit› with a fit), ‹places› places (‹fitting› fit someone); lists of …
  public static func congestionPeople(
    people: GroupCount, withFit: GroupCount, places: GroupCount, fitting: GroupCount, depth: Int
  ) -> Message {
    Message(
      en:
        "\(people) people (\(withFit) with a fit), \(places) places (\(fitting) fit someone); lists of \(depth).",
      nl:
        "\(people) mensen (\(withFit) met een passende plek), \(places) plekken (\(fitting) passen iemand); lijsten van \(depth)."
    )
  }

  /// At most ‹maximum› people can be placed at once; the placement proposal places exactly that…
  public static func congestionMaximum(maximum: GroupCount) -> Message {
    Message(
      en:
        "At most \(maximum) people can be placed at once; the placement proposal places exactly that many.",
      nl:
        "Hooguit \(maximum) mensen kunnen tegelijk geplaatst worden; het plaatsingsvoorstel plaatst er precies zoveel."
    )
  }

  /// Spread lists order by score minus the place's congestion price in the proposal; people the…
  public static let congestionSpreadNote = Message(
    en:
      "Spread lists order by score minus the place's congestion price in the proposal; people the proposal leaves out, by their place in the line. An officer decides.",
    nl:
      "Gespreide lijsten ordenen op score min de drukteprijs van de plek in het voorstel; mensen die het voorstel niet plaatst, op hun plaats in de rij. Een consulent beslist."
  )

  /// placed if everyone takes their number one
  public static let congestionNumberOnes = Message(
    en: "placed if everyone takes their number one",
    nl: "geplaatst als ieder zijn nummer één neemt")

  /// placed by the best choice from the lists
  public static let congestionFromLists = Message(
    en: "placed by the best choice from the lists",
    nl: "geplaatst met de beste keuze uit de lijsten")

  /// people whose number one is overbooked
  public static let congestionOverbookedPeople = Message(
    en: "people whose number one is overbooked",
    nl: "mensen van wie de nummer één overboekt is")

  /// number-one places overbooked
  public static let congestionOverbookedPlaces = Message(
    en: "number-one places overbooked",
    nl: "nummer-één-plekken overboekt")

  /// Gini of how often each fitting place is listed
  public static let congestionGini = Message(
    en: "Gini of how often each fitting place is listed",
    nl: "Gini van hoe vaak elke passende plek op een lijst staat")

  /// places that fit someone but are on no list
  public static let congestionUnlisted = Message(
    en: "places that fit someone but are on no list",
    nl: "plekken die iemand passen maar op geen lijst staan")

  /// mean score of the first entry
  public static let congestionTopScore = Message(
    en: "mean score of the first entry",
    nl: "gemiddelde score van de eerste plek")

  /// Figure
  public static let columnFigure = Message(
    en: "Figure",
    nl: "Kengetal")

  /// Plain lists
  public static let columnPlain = Message(
    en: "Plain lists",
    nl: "Gewone lijsten")

  /// Spread lists
  public static let columnSpread = Message(
    en: "Spread lists",
    nl: "Gespreide lijsten")

  /// Competition
  public static let columnCompetition = Message(
    en: "Competition",
    nl: "Concurrentie")

  /// ‹asHigh›/‹listed›, ‹free› free
  public static func competitionCell(asHigh: Int, listed: Int, free: Int) -> Message {
    Message(
      en: "\(asHigh)/\(listed), \(free) free",
      nl: "\(asHigh)/\(listed), \(free) vrij")
  }

  /// Price
  public static let columnPrice = Message(
    en: "Price",
    nl: "Prijs")

  /// Ahead/free: others whose own shortlist ranks the place higher, and the place's free slots.
  public static let competitionFootnote = Message(
    en:
      "Competition 7/33, 1 free: 7 others have the place at least as high on their own top 10, of the 33 top-10 lists that hold it (this one included); the place has 1 free slot.",
    nl:
      "Concurrentie 7/33, 1 vrij: 7 anderen hebben de plek minstens zo hoog in hun eigen top 10, van de 33 top-10-lijsten waarop de plek staat (deze meegeteld); de plek heeft 1 vrije plaats."
  )

  /// Spread: ordered by score minus the place's congestion price in a placement proposal (◆ pro…
  public static let spreadNote = Message(
    en:
      "Spread: ordered by score minus the place's congestion price in a placement proposal (◆ proposed to this person; ‼ taking it costs another person their placement). An officer decides.",
    nl:
      "Gespreid: geordend op score min de drukteprijs van de plek in een plaatsingsvoorstel (◆ voorgesteld voor deze persoon; ‼ deze plek kost een ander de plaatsing). Een consulent beslist."
  )

  /// ‼ +‹points›
  public static func priceCostsPlacement(points: String) -> Message {
    Message(
      en: "‼ +\(text: points)",
      nl: "‼ +\(text: points)")
  }

  /// #‹position› in line
  public static func lineCell(position: Int) -> Message {
    Message(
      en: "#\(position) in line",
      nl: "#\(position) in de rij")
  }
}
