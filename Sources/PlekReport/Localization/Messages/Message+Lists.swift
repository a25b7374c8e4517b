import PlekCore

/// The words of lists: shortlists, candidate lists, their columns and sheets.
extension Message {
  /// Shortlist for ‹participant›
  public static func shortlistTitle(participant: ParticipantID) -> Message {
    Message(
      en: "Shortlist for \(participant)",
      nl: "Shortlijst voor \(participant)")
  }

  /// ‹shown› of ‹total› places
  public static func shortlistCount(shown: Int, total: Int) -> Message {
    Message(
      en: "\(shown) of \(total) places",
      nl: "\(shown) van \(total) plekken")
  }

  /// ‹count› evaluated
  public static func evaluatedCount(count: Int) -> Message {
    Message(
      en: "\(count) evaluated",
      nl: "\(count) beoordeeld")
  }

  /// Candidates for ‹place›
  public static func candidatesTitle(place: PlaceID) -> Message {
    Message(
      en: "Candidates for \(place)",
      nl: "Kandidaten voor \(place)")
  }

  /// ‹shown› of ‹total› participants
  public static func candidatesCount(shown: Int, total: Int) -> Message {
    Message(
      en: "\(shown) of \(total) participants",
      nl: "\(shown) van \(total) deelnemers")
  }

  ///  · employer view
  public static let employerViewMark = Message(
    en: " · employer view",
    nl: " · werkgeversweergave")

  /// Place
  public static let columnPlace = Message(
    en: "Place",
    nl: "Plek")

  /// Title
  public static let columnTitle = Message(
    en: "Title",
    nl: "Functie")

  /// Employer
  public static let columnEmployer = Message(
    en: "Employer",
    nl: "Werkgever")

  /// Kind
  public static let columnKind = Message(
    en: "Kind",
    nl: "Soort")

  /// Sector
  public static let columnSector = Message(
    en: "Sector",
    nl: "Sector")

  /// Hours
  public static let columnHours = Message(
    en: "Hours",
    nl: "Uren")

  /// Travel
  public static let columnTravel = Message(
    en: "Travel",
    nl: "Reistijd")

  /// Score
  public static let columnScore = Message(
    en: "Score",
    nl: "Score")

  /// Reasons
  public static let columnReasons = Message(
    en: "Reasons",
    nl: "Redenen")

  /// Participant
  public static let columnParticipant = Message(
    en: "Participant",
    nl: "Deelnemer")

  /// Municipality
  public static let columnMunicipality = Message(
    en: "Municipality",
    nl: "Gemeente")

  /// Target group
  public static let columnTargetGroup = Message(
    en: "Target group",
    nl: "Doelgroep")

  /// Status
  public static let columnStatus = Message(
    en: "Status",
    nl: "Status")

  /// fits
  public static let statusFits = Message(
    en: "fits",
    nl: "passend")

  /// needs assessment
  public static let statusNeedsAssessment = Message(
    en: "needs assessment",
    nl: "nog te beoordelen")

  /// points an officer must judge; see plek explain ‹participant› <place-id>
  public static func pointsFootnote(participant: ParticipantID) -> Message {
    Message(
      en: "points an officer must judge; see plek explain \(participant) <place-id>",
      nl: "punten die de consulent moet beoordelen; zie plek explain \(participant) <plek-id>")
  }

  /// ‹minutes› min
  public static func minutesShort(minutes: Double) -> Message {
    Message(
      en: "\(minutes, decimals: 0) min",
      nl: "\(minutes, decimals: 0) min")
  }

  /// ‹hours› h/week
  public static func profileHours(hours: Int) -> Message {
    Message(
      en: "\(hours) h/week",
      nl: "\(hours) u/week")
  }

  /// ‹min›–‹max› h/week
  public static func profileHoursRange(min: Int, max: Int) -> Message {
    Message(
      en: "\(min)–\(max) h/week",
      nl: "\(min)–\(max) u/week")
  }

  /// up to ‹minutes› min ‹travel›
  public static func profileTravel(minutes: Int, travel: Message) -> Message {
    Message(
      en: "up to \(minutes) min \(travel)",
      nl: "tot \(minutes) min \(travel)")
  }

  /// wants ‹sectors›
  public static func profileWants(sectors: [SectorID]) -> Message {
    Message(
      en: "wants \(sectors, separator: ", ")",
      nl: "wil \(sectors, separator: ", ")")
  }

  /// Not available until ‹date›, after the planning horizon (‹horizon›).
  public static func notAvailableUntil(date: Day, horizon: Day) -> Message {
    Message(
      en: "Not available until \(date), after the planning horizon (\(horizon)).",
      nl: "Pas beschikbaar vanaf \(date), na de planningshorizon (\(horizon)).")
  }

  /// Nothing fits within these filters (‹count› places fit without them).
  public static func nothingWithinFilters(count: Int) -> Message {
    Message(
      en: "Nothing fits within these filters (\(count) places fit without them).",
      nl: "Niets past binnen deze filters (zonder filters passen \(count) plekken).")
  }

  /// No place fits on ‹date›. What blocks the most places:
  public static func nothingFits(date: Day) -> Message {
    Message(
      en: "No place fits on \(date). What blocks the most places:",
      nl: "Geen plek past op \(date). Wat de meeste plekken blokkeert:")
  }

  /// ‹blocker›: ‹count› places
  public static func blockerLine(blocker: Message, count: Int) -> Message {
    Message(
      en: "\(blocker): \(count) places",
      nl: "\(blocker): \(count) plekken")
  }

  /// the only reason for ‹count›
  public static func blockerOnlyReason(count: Int) -> Message {
    Message(
      en: "the only reason for \(count)",
      nl: "enige reden bij \(count)")
  }

  /// Nobody fits this place on ‹date›.
  public static func nobodyFits(date: Day) -> Message {
    Message(
      en: "Nobody fits this place on \(date).",
      nl: "Niemand past op \(date) bij deze plek.")
  }

  /// This place is full (no free slot): these people would fit when a slot opens.
  public static let placeIsFull = Message(
    en: "This place is full (no free slot): these people would fit when a slot opens.",
    nl: "Deze plek is vol (geen vrije plaats): deze mensen passen zodra er een plaats vrijkomt.")

  /// ranked lower by the placement policy for the person's target group (regular where it can be)
  public static let loweredByPolicy = Message(
    en:
      "ranked lower by the placement policy for the person's target group (regular where it can be)",
    nl: "lager gerangschikt door het plaatsingsbeleid voor de doelgroep (regulier waar het kan)")

  /// opens ‹date›
  public static func opensOnShort(date: Day) -> Message {
    Message(
      en: "opens \(date)",
      nl: "open vanaf \(date)")
  }

  /// available ‹date›
  public static func availableFromShort(date: Day) -> Message {
    Message(
      en: "available \(date)",
      nl: "beschikbaar vanaf \(date)")
  }

  /// rank
  public static let sheetRank = Message(
    en: "rank",
    nl: "nr")

  /// place
  public static let sheetPlace = Message(
    en: "place",
    nl: "plek")

  /// title
  public static let sheetTitle = Message(
    en: "title",
    nl: "functie")

  /// employer
  public static let sheetEmployer = Message(
    en: "employer",
    nl: "werkgever")

  /// kind
  public static let sheetKind = Message(
    en: "kind",
    nl: "soort")

  /// sector
  public static let sheetSector = Message(
    en: "sector",
    nl: "sector")

  /// hours
  public static let sheetHours = Message(
    en: "hours",
    nl: "uren")

  /// travel minutes
  public static let sheetTravelMinutes = Message(
    en: "travel minutes",
    nl: "reisminuten")

  /// score
  public static let sheetScore = Message(
    en: "score",
    nl: "score")

  /// points to judge
  public static let sheetPointsToJudge = Message(
    en: "points to judge",
    nl: "te beoordelen")

  /// status
  public static let sheetStatus = Message(
    en: "status",
    nl: "status")
}

/// The words of what the placement history says on lists (officers only).
extension Message {
  /// ● ‹person› is placed at ‹place› since ‹since›
  public static func placedNow(person: ParticipantID, place: PlaceID, since: Day) -> Message {
    Message(
      en: "● \(person) is placed at \(place) since \(since)",
      nl: "● \(person) is geplaatst bij \(place) sinds \(since)")
  }

  /// ↺ ‹person› fell back at ‹place› before (ended ‹end›): an officer decides
  public static func fellBackHere(person: ParticipantID, place: PlaceID, end: Day) -> Message {
    Message(
      en: "↺ \(person) fell back at \(place) before (ended \(end)): an officer decides",
      nl: "↺ \(person) is eerder bij \(place) teruggevallen (einde \(end)): de consulent beslist")
  }
}

/// The words of the vangnet on a shortlist (officers only).
extension Message {
  /// Vangnet: ‹person› fell back at ‹place› on ‹end›: internal places first
  public static func vangnetNote(person: ParticipantID, place: PlaceID, end: Day) -> Message {
    Message(
      en:
        "Vangnet: \(person) fell back at \(place) on \(end) and holds no placement: the internal places that fit come first (temporary, an officer decides):",
      nl:
        "Vangnet: \(person) is op \(end) bij \(place) teruggevallen en heeft geen plaatsing: eerst de interne plekken die passen (tijdelijk, de consulent beslist):"
    )
  }

  /// No internal place fits now.
  public static let vangnetNoInternal = Message(
    en: "no internal place fits now", nl: "er past nu geen interne plek")
}

/// The vangnet in an explanation.
extension Message {
  /// Vangnet: ‹person› fell back at ‹place› on ‹end›: internal places first
  public static func vangnetExplained(person: ParticipantID, place: PlaceID, end: Day) -> Message {
    Message(
      en:
        "Vangnet: \(person) fell back at \(place) on \(end) and holds no placement: internal places are offered first.",
      nl:
        "Vangnet: \(person) is op \(end) bij \(place) teruggevallen en heeft geen plaatsing: interne plekken worden eerst aangeboden."
    )
  }
}

/// The words of a person's learning line (officers only).
extension Message {
  /// ✚ ‹person› learned ‹competency› to level ‹level› on a route (‹proof›, ‹placement› at
  /// ‹place›, ended ‹end›): counted in the scores
  public static func learnedOnRoute(
    person: ParticipantID, competency: CompetencyID, level: Int, proof: Message,
    placement: PlacementID, place: PlaceID, end: Day
  ) -> Message {
    Message(
      en:
        "✚ \(person) learned \(competency, .lowercased) to level \(level) on a route (\(proof), \(placement) at \(place), ended \(end)): counted in the scores",
      nl:
        "✚ \(person) leerde \(competency, .lowercased) tot niveau \(level) in een traject (\(proof), \(placement) bij \(place), geëindigd \(end)): telt mee in de scores"
    )
  }

  /// A route that ended with a certificate.
  public static let proofCertificate = Message(en: "certificate", nl: "certificaat")
  /// A route that ended with a praktijkverklaring.
  public static let proofPraktijkverklaring = Message(
    en: "praktijkverklaring", nl: "praktijkverklaring")

  /// ⏱ Pace reached on routes: ‹pace› (‹perLevel› months a level: ‹levels› levels in
  /// ‹months› months); on file: ‹onFile›, not changed
  public static func paceReached(
    pace: DevelopmentPace, perLevel: Double, levels: Int, months: Double, onFile: DevelopmentPace
  ) -> Message {
    Message(
      en:
        "⏱ Pace reached on routes: \(pace) (\(perLevel, decimals: 1) months a level: \(levels) levels in \(months, decimals: 1) months); on file: \(onFile), not changed",
      nl:
        "⏱ Tempo bereikt in trajecten: \(pace) (\(perLevel, decimals: 1) maanden per niveau: \(levels) niveaus in \(months, decimals: 1) maanden); in het dossier: \(onFile), niet gewijzigd"
    )
  }
}
