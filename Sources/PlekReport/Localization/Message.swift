import PlekCore

/// Every sentence and phrase Plek says to people, keyed by message, English and Dutch side
/// by side: the one localisation table.
///
/// Templates name their values in braces (`{dimension}`); both languages of a message use
/// the same names (a test checks it), and ``Localizer`` fills them in. The names of sectors,
/// competencies, load dimensions and municipalities are data (the taxonomy files), not
/// words of this table; the labels of Plek's own vocabularies (target groups, employer
/// kinds, …) are at the end of this file.
///
/// Reason codes, field names and CSV column keys are for programs and never appear in a
/// sentence: a test renders every message of every output in both languages and looks for
/// them.
public enum Message: String, CaseIterable, Sendable {
  // MARK: Knock-outs
  case knockOutLoad
  case knockOutHoursTooMany
  case knockOutHoursTooFew
  case knockOutTravel
  case knockOutCompetency
  case knockOutCompetencyPace
  case knockOutLanguage
  case knockOutLanguagePace
  case knockOutIndication
  case knockOutWswOtherProvider
  case knockOutWageSubsidy
  case knockOutSupport
  case knockOutNoFreeSlot
  case knockOutSectorExcluded
  case knockOutNotYetAvailable
  case knockOutNotYetOpen
  case knockOutNotDisclosed
  case knockOutNotDisclosedShort
  case competencyNotHeld
  case competencyHeldAt
  case indicationNone
  case listOr

  // MARK: Assessment points
  case pointLoadNotAssessed
  case pointLoadAdaptation
  case pointDutchNotAssessed
  case pointWageValueNotAssessed
  case pointDutchForEmployer
  case pointForOfficer
  case pointJobCoachToArrange
  case pointPermanentSupport
  case pointMostlyUnassessed

  // MARK: Score components
  case componentSentence
  case componentLoadHeadroom
  case componentCompetency
  case componentDevelopment
  case componentWishes
  case componentPlacementOrder
  case componentSupport
  case meaningLoadHeadroom
  case meaningCompetency
  case meaningDevelopment
  case meaningWishes
  case meaningPlacementOrder
  case meaningSupport

  // MARK: Reasons
  case reasonWantsSector
  case reasonHoursAndTravelFit
  case reasonLearnsHere
  case reasonLearnsDutchHere
  case reasonSkillsMatch
  case reasonHasRequiredSkills
  case reasonLearningRoute
  case reasonLearningRouteWithCertificate
  case reasonLoadWellWithinCapacity
  case reasonRegularEmployer
  case reasonSupportAsNeeded

  // MARK: Reason codes in words (what blocks places)
  case blockerLoad
  case blockerHours
  case blockerTravel
  case blockerCompetency
  case blockerCompetencyPace
  case blockerLanguage
  case blockerLanguagePace
  case blockerIndication
  case blockerWswOtherProvider
  case blockerWageSubsidy
  case blockerSupport
  case blockerNoFreeSlot
  case blockerSectorExcluded
  case blockerNotYetAvailable
  case blockerNotYetOpen

  // MARK: Lists
  case shortlistTitle
  case shortlistCount
  case evaluatedCount
  case candidatesTitle
  case candidatesCount
  case employerViewMark
  case columnPlace
  case columnTitle
  case columnEmployer
  case columnKind
  case columnSector
  case columnHours
  case columnTravel
  case columnScore
  case columnReasons
  case columnParticipant
  case columnMunicipality
  case columnTargetGroup
  case columnStatus
  case statusFits
  case statusNeedsAssessment
  case pointsFootnote
  case minutesShort
  case profileHours
  case profileHoursRange
  case profileTravel
  case profileWants
  case notAvailableUntil
  case nothingWithinFilters
  case nothingFits
  case blockerLine
  case blockerOnlyReason
  case nobodyFits
  case placeIsFull
  case loweredByPolicy
  case opensOnShort
  case availableFromShort

  // MARK: Explanations
  case travelLine
  case travelLimit
  case knockedOut
  case knockedOutLine
  case reasonsOne
  case reasonsOther
  case fits
  case fitsNeedsAssessment
  case fit
  case fitScore
  case toJudgeCount
  case toJudge
  case learnsHere
  case learningStep
  case months
  case learningStepDutch
  case productiveAfter
  case adjustmentPoints
  case adjustmentPlacement
  case noteExcludedSecondary
  case noteOpensOn
  case noteAvailableFrom
  case noteDevelopmentGoal
  case scoreClamped
  case notesHeader

  // MARK: Travel
  case travelOnFoot
  case travelByBike
  case travelByPublicTransport
  case travelByCar

  // MARK: Sheets
  case sheetRank
  case sheetPlace
  case sheetTitle
  case sheetEmployer
  case sheetKind
  case sheetSector
  case sheetHours
  case sheetTravelMinutes
  case sheetScore
  case sheetPointsToJudge
  case sheetStatus

  // MARK: The demo
  case demoIntro
  case demoRules
  case demoNext
  case demoHintWhy
  case demoHintExplain
  case demoHintEmployer
  case demoHintHelp

  /// The English and Dutch templates.
  public var templates: (english: String, dutch: String) {
    switch self {
    case .knockOutLoad:
      (
        "{dimension}: the work demands level {demand}, capacity is {capacity}.",
        "{dimension}: het werk vraagt niveau {demand}, de belastbaarheid is {capacity}."
      )
    case .knockOutHoursTooMany:
      (
        "Hours: the place needs at least {placeMinimum} hours a week, the person wants at most {personMaximum}.",
        "Uren: de plek vraagt minstens {placeMinimum} uur per week, de persoon wil hooguit {personMaximum}."
      )
    case .knockOutHoursTooFew:
      (
        "Hours: the place offers at most {placeMaximum} hours a week, the person needs at least {personMinimum}.",
        "Uren: de plek biedt hooguit {placeMaximum} uur per week, de persoon wil minstens {personMinimum}."
      )
    case .knockOutTravel:
      (
        "Travel: about {minutes} minutes, the limit is {maximum}.",
        "Reistijd: ongeveer {minutes} minuten, de grens is {maximum}."
      )
    case .knockOutCompetency:
      (
        "{competency}: level {required} required, {held}, and the place does not teach it to that level.",
        "{competency}: niveau {required} vereist, {held}, en de plek leert het niet tot dat niveau aan."
      )
    case .knockOutCompetencyPace:
      (
        "{competency}: level {required} required, held {held}; at this pace that takes {monthsNeeded} months, the route lasts {offerMonths}.",
        "{competency}: niveau {required} vereist, nu {held}; in dit ontwikkeltempo kost dat {monthsNeeded} maanden, het leerwerktraject duurt {offerMonths}."
      )
    case .knockOutLanguage:
      (
        "Dutch: {required} required, {held} held, and the place does not teach Dutch.",
        "Nederlands: {required} vereist, {held} aanwezig, en de plek leert geen Nederlands."
      )
    case .knockOutLanguagePace:
      (
        "Dutch: {required} needed, {held} held; at this pace the climb takes {monthsNeeded} months, the route lasts {offerMonths}.",
        "Nederlands: {required} nodig, nu {held}; in dit ontwikkeltempo kost die stap {monthsNeeded} maanden, het leerwerktraject duurt {offerMonths}."
      )
    case .knockOutIndication:
      (
        "Indication: the place requires {required}; the person has: {held}.",
        "Indicatie: de plek vraagt {required}; de persoon heeft: {held}."
      )
    case .knockOutWswOtherProvider:
      (
        "Wsw employees from {municipality} are served by another sheltered-work body (WOZL), not on internal Wsw places.",
        "Wsw-medewerkers uit {municipality} vallen onder een ander werkvoorzieningsschap (WOZL), niet onder interne Wsw-plekken."
      )
    case .knockOutWageSubsidy:
      (
        "Wage value {wageValue}%: a regular employer must then accept wage-cost subsidy, this one does not.",
        "Loonwaarde {wageValue}%: een reguliere werkgever moet dan loonkostensubsidie accepteren, deze doet dat niet."
      )
    case .knockOutSupport:
      (
        "Support: needs {need} support ({minimumOffer}), the place offers {offered}.",
        "Begeleiding: nodig is {need} ({minimumOffer}), de plek biedt {offered}."
      )
    case .knockOutNoFreeSlot:
      ("No free slot left.", "Geen vrije plek meer.")
    case .knockOutSectorExcluded:
      (
        "The person excluded the sector {sector}.",
        "Sector {sector} is door de persoon uitgesloten."
      )
    case .knockOutNotYetAvailable:
      (
        "Available from {availableFrom}, after the planning horizon ({horizon}).",
        "Beschikbaar vanaf {availableFrom}, na de planningshorizon ({horizon})."
      )
    case .knockOutNotYetOpen:
      (
        "The place opens on {openFrom}, after the planning horizon ({horizon}).",
        "De plek gaat open op {openFrom}, na de planningshorizon ({horizon})."
      )
    case .knockOutNotDisclosed:
      (
        "Does not meet a condition that is not disclosed to employers.",
        "Voldoet niet aan een voorwaarde die niet met werkgevers wordt gedeeld."
      )
    case .knockOutNotDisclosedShort:
      (
        "A condition that is not disclosed to employers.",
        "Een voorwaarde die niet met werkgevers wordt gedeeld."
      )
    case .competencyNotHeld: ("not held", "niet aanwezig")
    case .competencyHeldAt: ("held at level {level}", "nu niveau {level}")
    case .indicationNone: ("none", "geen")
    case .listOr: (" or ", " of ")

    case .pointLoadNotAssessed:
      (
        "{dimension}: the work demands level {demand}, capacity not assessed.",
        "{dimension}: het werk vraagt niveau {demand}, de belastbaarheid is nog te beoordelen."
      )
    case .pointLoadAdaptation:
      (
        "{dimension}: the work demands level {demand}, capacity is {capacity}; the employer can adapt this.",
        "{dimension}: het werk vraagt niveau {demand}, de belastbaarheid is {capacity}; werkplekaanpassing mogelijk."
      )
    case .pointDutchNotAssessed:
      (
        "Dutch: {required} required, level not assessed.",
        "Nederlands: {required} vereist, het niveau is nog te beoordelen."
      )
    case .pointWageValueNotAssessed:
      (
        "Wage value not established, at a regular employer without wage-cost subsidy.",
        "Loonwaarde nog te beoordelen, bij een reguliere werkgever zonder loonkostensubsidie."
      )
    case .pointDutchForEmployer:
      (
        "Dutch: {required} required, level to be assessed.",
        "Nederlands: {required} vereist, het niveau wordt nog beoordeeld."
      )
    case .pointForOfficer:
      ("A point needs assessment by the officer.", "Een punt vraagt beoordeling door de consulent.")
    case .pointJobCoachToArrange:
      (
        "Support: needs {need} support ({minimumOffer}), the place offers {offered}; a job coach is to be arranged.",
        "Begeleiding: nodig is {need} ({minimumOffer}), de plek biedt {offered}; een jobcoach is te regelen."
      )
    case .pointPermanentSupport:
      (
        "Permanent support at a regular employer: possible with a job coach, to be agreed with the employer.",
        "Blijvende begeleiding bij een reguliere werkgever: mogelijk met een jobcoach, af te spreken met de werkgever."
      )
    case .pointMostlyUnassessed:
      (
        "{unassessed} of the {demanded} demands of this place were never assessed: {dimensions}.",
        "{unassessed} van de {demanded} belastingseisen van deze plek zijn nooit beoordeeld: {dimensions}."
      )

    case .componentSentence:
      (
        "{component}: {value} × {weight} = {contribution} points ({meaning})",
        "{component}: {value} × {weight} = {contribution} punten ({meaning})"
      )
    case .componentLoadHeadroom: ("load headroom", "belastbaarheidsruimte")
    case .componentCompetency: ("competencies", "competenties")
    case .componentDevelopment: ("development", "ontwikkeling")
    case .componentWishes: ("wishes", "wensen")
    case .componentPlacementOrder: ("placement order", "plaatsingsvolgorde")
    case .componentSupport: ("support", "begeleiding")
    case .meaningLoadHeadroom:
      (
        "capacity left above what the work demands",
        "belastbaarheid die overblijft boven wat het werk vraagt"
      )
    case .meaningCompetency:
      (
        "how far required competencies are held or learned on the route, and desired ones covered",
        "in hoeverre vereiste competenties aanwezig zijn of in het leerwerktraject komen, en gewenste gedekt"
      )
    case .meaningDevelopment:
      (
        "what the learning-work route teaches at this pace, and the certificate",
        "wat het leerwerktraject in dit tempo oplevert, en de praktijkverklaring"
      )
    case .meaningWishes:
      ("sector preference, hours and travel time", "voorkeur voor de sector, uren en reistijd")
    case .meaningPlacementOrder:
      (
        "regular work where it can be, internal where it must",
        "regulier waar het kan, intern waar het moet"
      )
    case .meaningSupport:
      ("support offered against support needed", "geboden begeleiding tegenover wat nodig is")

    case .reasonWantsSector: ("wants {sector} (#{rank})", "wil {sector} (#{rank})")
    case .reasonHoursAndTravelFit: ("hours and travel fit", "uren en reistijd passen")
    case .reasonLearnsHere: ("learns {competency} here", "leert hier {competency}")
    case .reasonLearnsDutchHere: ("learns Dutch here", "leert hier Nederlands")
    case .reasonSkillsMatch: ("skills match", "vaardigheden passen")
    case .reasonHasRequiredSkills: ("has the required skills", "heeft de vereiste vaardigheden")
    case .reasonLearningRoute:
      ("learning-work route ({months} mo)", "leerwerktraject ({months} mnd)")
    case .reasonLearningRouteWithCertificate:
      (
        "learning-work route with certificate ({months} mo)",
        "leerwerktraject met praktijkverklaring ({months} mnd)"
      )
    case .reasonLoadWellWithinCapacity:
      ("load well within capacity", "belasting ruim binnen belastbaarheid")
    case .reasonRegularEmployer: ("regular employer", "reguliere werkgever")
    case .reasonSupportAsNeeded: ("support as needed ({offer})", "passende begeleiding ({offer})")

    case .blockerLoad: ("load capacity", "belastbaarheid")
    case .blockerHours: ("hours per week", "uren per week")
    case .blockerTravel: ("travel time", "reistijd")
    case .blockerCompetency: ("a required competency", "een vereiste competentie")
    case .blockerCompetencyPace:
      ("a competency not learnable in time", "een competentie die niet op tijd te leren is")
    case .blockerLanguage: ("Dutch language level", "niveau Nederlands")
    case .blockerLanguagePace:
      ("Dutch not learnable in time", "Nederlands niet op tijd te leren")
    case .blockerIndication: ("a required indication", "een vereiste indicatie")
    case .blockerWswOtherProvider:
      ("Wsw served by another body (WOZL)", "Wsw bij een ander werkvoorzieningsschap (WOZL)")
    case .blockerWageSubsidy:
      ("wage value without wage-cost subsidy", "loonwaarde zonder loonkostensubsidie")
    case .blockerSupport: ("support needed", "benodigde begeleiding")
    case .blockerNoFreeSlot: ("no free slot", "geen vrije plek")
    case .blockerSectorExcluded: ("an excluded sector", "een uitgesloten sector")
    case .blockerNotYetAvailable: ("not yet available", "nog niet beschikbaar")
    case .blockerNotYetOpen: ("place not yet open", "plek nog niet open")

    case .shortlistTitle: ("Shortlist for {participant}", "Shortlijst voor {participant}")
    case .shortlistCount: ("{shown} of {total} places", "{shown} van {total} plekken")
    case .evaluatedCount: ("{count} evaluated", "{count} beoordeeld")
    case .candidatesTitle: ("Candidates for {place}", "Kandidaten voor {place}")
    case .candidatesCount: ("{shown} of {total} participants", "{shown} van {total} deelnemers")
    case .employerViewMark: (" · employer view", " · werkgeversweergave")
    case .columnPlace: ("Place", "Plek")
    case .columnTitle: ("Title", "Functie")
    case .columnEmployer: ("Employer", "Werkgever")
    case .columnKind: ("Kind", "Soort")
    case .columnSector: ("Sector", "Sector")
    case .columnHours: ("Hours", "Uren")
    case .columnTravel: ("Travel", "Reistijd")
    case .columnScore: ("Score", "Score")
    case .columnReasons: ("Reasons", "Redenen")
    case .columnParticipant: ("Participant", "Deelnemer")
    case .columnMunicipality: ("Municipality", "Gemeente")
    case .columnTargetGroup: ("Target group", "Doelgroep")
    case .columnStatus: ("Status", "Status")
    case .statusFits: ("fits", "passend")
    case .statusNeedsAssessment: ("needs assessment", "nog te beoordelen")
    case .pointsFootnote:
      (
        "points an officer must judge; see plek explain {participant} <place-id>",
        "punten die de consulent moet beoordelen; zie plek explain {participant} <plek-id>"
      )
    case .minutesShort: ("{minutes} min", "{minutes} min")
    case .profileHours: ("{hours} h/week", "{hours} u/week")
    case .profileHoursRange: ("{min}–{max} h/week", "{min}–{max} u/week")
    case .profileTravel: ("up to {minutes} min {travel}", "tot {minutes} min {travel}")
    case .profileWants: ("wants {sectors}", "wil {sectors}")
    case .notAvailableUntil:
      (
        "Not available until {date}, after the planning horizon ({horizon}).",
        "Pas beschikbaar vanaf {date}, na de planningshorizon ({horizon})."
      )
    case .nothingWithinFilters:
      (
        "Nothing fits within these filters ({count} places fit without them).",
        "Niets past binnen deze filters (zonder filters passen {count} plekken)."
      )
    case .nothingFits:
      (
        "No place fits on {date}. What blocks the most places:",
        "Geen plek past op {date}. Wat de meeste plekken blokkeert:"
      )
    case .blockerLine: ("{blocker}: {count} places", "{blocker}: {count} plekken")
    case .blockerOnlyReason: ("the only reason for {count}", "enige reden bij {count}")
    case .nobodyFits:
      ("Nobody fits this place on {date}.", "Niemand past op {date} bij deze plek.")
    case .placeIsFull:
      (
        "This place is full (no free slot): these people would fit when a slot opens.",
        "Deze plek is vol (geen vrije plaats): deze mensen passen zodra er een plaats vrijkomt."
      )
    case .loweredByPolicy:
      (
        "ranked lower by the placement policy for the person's target group (regular where it can be)",
        "lager gerangschikt door het plaatsingsbeleid voor de doelgroep (regulier waar het kan)"
      )
    case .opensOnShort: ("opens {date}", "open vanaf {date}")
    case .availableFromShort: ("available {date}", "beschikbaar vanaf {date}")

    case .travelLine: ("Travel", "Reistijd")
    case .travelLimit: ("limit", "grens")
    case .knockedOut: ("KNOCKED OUT", "VALT AF")
    case .knockedOutLine: ("{verdict} — {reasons}", "{verdict} — {reasons}")
    case .reasonsOne: ("{count} reason", "{count} reden")
    case .reasonsOther: ("{count} reasons", "{count} redenen")
    case .fits: ("FITS", "PASSEND")
    case .fitsNeedsAssessment: ("FITS, NEEDS ASSESSMENT", "PASSEND, NOG TE BEOORDELEN")
    case .fit: ("FIT", "PASSEND")
    case .fitScore: ("{verdict} — score {score} of 100", "{verdict} — score {score} van 100")
    case .toJudgeCount: ("{count} to judge", "{count} te beoordelen")
    case .toJudge: ("To judge:", "Te beoordelen:")
    case .learnsHere: ("Learns here:", "Leert hier:")
    case .learningStep:
      ("level {from} → {to} in {months} months", "niveau {from} → {to} in {months} maanden")
    case .months: ("{months} months", "{months} maanden")
    case .learningStepDutch:
      ("Dutch: {from} → {to} in {months} months", "Nederlands: {from} → {to} in {months} maanden")
    case .productiveAfter:
      ("Productive after about {months} months.", "Na ongeveer {months} maanden productief.")
    case .adjustmentPoints:
      ("points to judge: {count} × {cost}", "te beoordelen punten: {count} × {cost}")
    case .adjustmentPlacement:
      (
        "placement policy for {group}: an internal place comes after regular, social and municipal places (regular where it can)",
        "plaatsingsbeleid voor {group}: een interne plek komt na reguliere, sociale en gemeentelijke plekken (regulier waar het kan)"
      )
    case .noteExcludedSecondary:
      (
        "Also in {sector}, a sector the person excluded: the sector part is lower.",
        "Ook in de sector {sector}, die de persoon uitsluit: de sectorwaardering is lager."
      )
    case .noteOpensOn: ("The place opens on {date}.", "De plek gaat open op {date}.")
    case .noteAvailableFrom:
      ("The person is available from {date}.", "De persoon is beschikbaar vanaf {date}.")
    case .noteDevelopmentGoal:
      (
        "Target group {group}: development is a goal, so a learning-work route with a certificate counts as for someone who asked for one.",
        "Doelgroep {group}: ontwikkeling is een doel, dus een leerwerktraject met praktijkverklaring telt zoals voor iemand die erom vroeg."
      )
    case .scoreClamped:
      (
        "the points taken off exceed the parts: the score is 0",
        "de aftrek is groter dan de onderdelen: de score is 0"
      )
    case .notesHeader: ("Notes:", "Opmerkingen:")

    case .travelOnFoot: ("on foot", "te voet")
    case .travelByBike: ("by bike", "met de fiets")
    case .travelByPublicTransport: ("by public transport", "met het ov")
    case .travelByCar: ("by car", "met de auto")

    case .sheetRank: ("rank", "nr")
    case .sheetPlace: ("place", "plek")
    case .sheetTitle: ("title", "functie")
    case .sheetEmployer: ("employer", "werkgever")
    case .sheetKind: ("kind", "soort")
    case .sheetSector: ("sector", "sector")
    case .sheetHours: ("hours", "uren")
    case .sheetTravelMinutes: ("travel minutes", "reisminuten")
    case .sheetScore: ("score", "score")
    case .sheetPointsToJudge: ("points to judge", "te beoordelen")
    case .sheetStatus: ("status", "status")

    case .demoIntro:
      (
        "a place where talent counts. {participants} participants, {places} places, on {date}.",
        "een plek waar talent telt. {participants} deelnemers, {places} plekken, op {date}."
      )
    case .demoRules:
      (
        "Knock-outs are hard limits (load, hours, travel, skills, eligibility); the rest is an explained score.",
        "Knock-outs zijn harde grenzen (belasting, uren, reistijd, vaardigheden, indicatie); de rest is een uitgelegde score."
      )
    case .demoNext: ("Next:", "Verder:")
    case .demoHintWhy: ("every score, component by component", "elke score per onderdeel")
    case .demoHintExplain: ("one match in plain words", "één match in gewone woorden")
    case .demoHintEmployer: ("what an employer may see", "wat een werkgever mag zien")
    case .demoHintHelp: ("all commands", "alle opdrachten")
    }
  }
}

// MARK: - Vocabulary labels

/// The names of Plek's own vocabularies in English and Dutch: part of the same table.
enum VocabularyLabels {
  static func targetGroup(_ value: TargetGroup) -> (english: String, dutch: String) {
    switch value {
    case .participatiewetDirect:
      ("Participatiewet, directly placeable", "Participatiewet, direct plaatsbaar")
    case .participatiewetWithinYear:
      ("Participatiewet, developable within 1 year", "Participatiewet, binnen 1 jaar ontwikkelbaar")
    case .participatiewetOneToTwoYears:
      ("Participatiewet, developable in 1–2 years", "Participatiewet, ontwikkelbaar in 1–2 jaar")
    case .activation: ("activation", "activering")
    case .nieuwBeschut: ("nieuw beschut (sheltered work)", "nieuw beschut")
    case .banenafspraak: ("banenafspraak (jobs agreement)", "banenafspraak")
    case .subsidisedWork: ("subsidised work", "gesubsidieerde arbeid")
    case .wsw: ("Wsw employee", "Wsw-medewerker")
    case .nonBenefitApplicant: ("non-benefit applicant", "niet-uitkeringsgerechtigde aanvrager")
    case .youthWithoutQualification:
      ("youth without start qualification", "jongere zonder startkwalificatie")
    case .specialEducationPupil: ("VSO/praktijkonderwijs pupil", "leerling VSO/praktijkonderwijs")
    case .mboStudent: ("MBO student", "mbo-student")
    case .wwWajong: ("WW or Wajong (municipal order)", "WW of Wajong (op opdracht gemeente)")
    case .ipsUWV: ("IPS or UWV trajectory", "IPS- of UWV-traject")
    }
  }

  static func indication(_ value: Indication) -> (english: String, dutch: String) {
    switch value {
    case .nieuwBeschut: ("nieuw beschut", "nieuw beschut")
    case .banenafspraak: ("banenafspraak", "banenafspraak")
    case .wsw: ("Wsw", "Wsw")
    }
  }

  static func pace(_ value: DevelopmentPace) -> (english: String, dutch: String) {
    switch value {
    case .slow: ("slow", "langzaam")
    case .steady: ("steady", "gemiddeld")
    case .fast: ("fast", "snel")
    }
  }

  static func supportNeed(_ value: SupportNeed) -> (english: String, dutch: String) {
    switch value {
    case .none: ("none", "geen")
    case .light: ("light", "licht")
    case .intensive: ("intensive", "intensief")
    case .permanent: ("permanent", "blijvend")
    }
  }

  static func supportOffer(_ value: SupportOffer) -> (english: String, dutch: String) {
    switch value {
    case .none: ("none", "geen")
    case .colleague: ("colleague", "werkbegeleider")
    case .jobCoach: ("job coach", "jobcoach")
    }
  }

  static func transport(_ value: TransportMode) -> (english: String, dutch: String) {
    switch value {
    case .walk: ("walk", "lopen")
    case .bike: ("bike", "fiets")
    case .publicTransport: ("public transport", "ov")
    case .car: ("car", "auto")
    }
  }

  static func employerKind(_ value: EmployerKind) -> (english: String, dutch: String) {
    switch value {
    case .regular: ("regular", "regulier")
    case .socialOrMunicipal: ("social/municipal", "sociaal/gemeentelijk")
    case .externalSheltered: ("external sheltered", "extern beschut")
    case .internal: ("internal", "intern")
    }
  }

  static func competencyKind(_ value: CompetencyKind) -> (english: String, dutch: String) {
    switch value {
    case .employee: ("employee skill", "werknemersvaardigheid")
    case .vocational: ("vocational skill", "vakvaardigheid")
    }
  }

  static func rubric(_ value: FMLRubric) -> (english: String, dutch: String) {
    switch value {
    case .personalFunctioning: ("personal functioning", "persoonlijk functioneren")
    case .socialFunctioning: ("social functioning", "sociaal functioneren")
    case .physicalEnvironment: ("physical environment", "aanpassing aan fysieke omgevingseisen")
    case .dynamicActions: ("dynamic actions", "dynamische handelingen")
    case .staticPostures: ("static postures", "statische houdingen")
    case .workingHours: ("working hours", "werktijden")
    }
  }

  /// Every label of every vocabulary, for the table's tests.
  static var all: [(english: String, dutch: String)] {
    TargetGroup.allCases.map(targetGroup) + Indication.allCases.map(indication)
      + DevelopmentPace.allCases.map(pace) + SupportNeed.allCases.map(supportNeed)
      + SupportOffer.allCases.map(supportOffer) + TransportMode.allCases.map(transport)
      + EmployerKind.allCases.map(employerKind) + CompetencyKind.allCases.map(competencyKind)
      + FMLRubric.allCases.map(rubric)
  }
}
