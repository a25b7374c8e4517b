import PlekCore

/// The words of job carving: changes to a place and counts of people.
extension Message {
  /// Job carving for ‹place›
  public static func carveTitle(place: PlaceID) -> Message {
    Message(
      en: "Job carving for \(place)",
      nl: "Jobcarving voor \(place)")
  }

  /// People who fit now: ‹count›.
  public static func carveFits(count: String) -> Message {
    Message(
      en: "People who fit now: \(text: count).",
      nl: "Mensen die nu passen: \(text: count).")
  }

  /// Changes that would let people in, most first:
  public static let carveChanges = Message(
    en: "Changes that would let people in, most first:",
    nl: "Aanpassingen die mensen toelaten, meeste eerst:")

  /// No single change lets anyone in.
  /// No single change lets anyone in; two changes made together would, most people first:
  public static let carvePairs = Message(
    en: "No single change lets anyone in; two changes made together would, most people first:",
    nl: "Geen enkele aanpassing alleen laat iemand toe; twee samen wel, meeste mensen eerst:")

  /// and
  public static let carveAnd = Message(en: " and ", nl: " en ")

  public static let carveNone = Message(
    en: "No single change lets anyone in.",
    nl: "Geen enkele aanpassing laat iemand toe.")

  /// lets in ‹count›
  public static func carveLetsIn(count: String) -> Message {
    Message(
      en: "lets in \(text: count)",
      nl: "laat \(text: count) toe")
  }

  /// best ‹people›
  public static func carveBest(people: String) -> Message {
    Message(
      en: "best \(text: people)",
      nl: "beste \(text: people)")
  }

  /// ‹count› people
  public static func countPeople(count: GroupCount) -> Message {
    Message(
      en: "\(count) people",
      nl: "\(count) mensen")
  }

  /// 1 person
  public static let countPerson = Message(
    en: "1 person",
    nl: "1 persoon")

  /// Demand ‹dimension› at level ‹level› instead of ‹current›
  public static func changeLoadLower(dimension: LoadDimension, level: LoadLevel, current: Int)
    -> Message
  {
    Message(
      en: "Demand \(dimension, .lowercased) at level \(level) instead of \(current)",
      nl: "\(dimension) op niveau \(level) vragen in plaats van \(current)")
  }

  /// Allow a workplace adaptation for ‹dimension›
  public static func changeLoadAdaptable(dimension: LoadDimension) -> Message {
    Message(
      en: "Allow a workplace adaptation for \(dimension, .lowercased)",
      nl: "Werkplekaanpassing toestaan voor \(dimension, .lowercased)")
  }

  /// Require ‹competency› at level ‹level› instead of ‹current›
  public static func changeCompetencyLower(
    competency: CompetencyID, level: CompetencyLevel, current: Int
  ) -> Message {
    Message(
      en: "Require \(competency, .lowercased) at level \(level) instead of \(current)",
      nl: "\(competency) op niveau \(level) vragen in plaats van \(current)")
  }

  /// Make ‹competency› desired instead of required
  public static func changeCompetencyDesired(competency: CompetencyID) -> Message {
    Message(
      en: "Make \(competency, .lowercased) desired instead of required",
      nl: "\(competency) gewenst in plaats van vereist")
  }

  /// Accept from ‹hours› hours a week instead of ‹current›
  public static func changeHoursMinimum(hours: Int, current: Int) -> Message {
    Message(
      en: "Accept from \(hours) hours a week instead of \(current)",
      nl: "Vanaf \(hours) uur per week accepteren in plaats van \(current)")
  }

  /// Offer up to ‹hours› hours a week instead of ‹current›
  public static func changeHoursMaximum(hours: Int, current: Int) -> Message {
    Message(
      en: "Offer up to \(hours) hours a week instead of \(current)",
      nl: "Tot \(hours) uur per week bieden in plaats van \(current)")
  }

  /// Require Dutch ‹level› instead of ‹current›
  public static func changeDutch(level: DutchLevel, current: DutchLevel) -> Message {
    Message(
      en: "Require Dutch \(level) instead of \(current)",
      nl: "Nederlands \(level) vragen in plaats van \(current)")
  }

  /// Offer support by ‹offer› instead of ‹current›
  public static func changeSupport(offer: SupportOffer, current: SupportOffer) -> Message {
    Message(
      en: "Offer support by \(offer) instead of \(current)",
      nl: "Begeleiding bieden door \(offer) in plaats van \(current)")
  }

  /// Accept wage-cost subsidy
  public static let changeWageCostSubsidy = Message(
    en: "Accept wage-cost subsidy",
    nl: "Loonkostensubsidie accepteren")

  /// Open on ‹date› instead of ‹current›
  public static func changeOpenNow(date: Day, current: Day) -> Message {
    Message(
      en: "Open on \(date) instead of \(current)",
      nl: "Openen op \(date) in plaats van \(current)")
  }
}
