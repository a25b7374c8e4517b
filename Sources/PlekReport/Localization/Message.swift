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

  // MARK: Advice, carving and the region
  case stepTravelMinutes
  case stepTravelMinutesNow
  case stepTransport
  case stepTransportNow
  case stepHoursMaximum
  case stepHoursMaximumNow
  case stepHoursMinimum
  case stepHoursMinimumNow
  case stepPlanAhead
  case stepPlanAheadNow
  case stepCompetency
  case stepCompetencyNow
  case stepCompetencyNotHeld
  case stepDutch
  case stepDutchNow
  case stepDutchNotAssessed
  case stepLoadAssessed
  case stepLoadAssessedNow
  case stepAdaptation
  case stepWageCostSubsidy
  case stepJobCoach
  case stepAnd
  case rungMinutes
  case rungHours
  case rungDays
  case rungLevel
  case rungOpens
  case ladderLine
  case effectOpensOne
  case effectOpens
  case effectBest
  case effectRaises
  case effectRaisesFromNothing
  case effectCloses
  case effectLearnAt
  case adviceTitle
  case adviceFitsOne
  case adviceFits
  case adviceNoFit
  case adviceSteps
  case adviceNoStep
  case adviceNothing
  case adviceCombinations
  case adviceNearest
  case adviceTopSteps
  case adviceMore
  case carveTitle
  case carveFits
  case carveChanges
  case carveNone
  case carveLetsIn
  case carveBest
  case carveSmallGroups
  case countPeople
  case countPerson
  case countFewerThan
  case changeLoadLower
  case changeLoadAdaptable
  case changeCompetencyLower
  case changeCompetencyDesired
  case changeHoursMinimum
  case changeHoursMaximum
  case changeDutch
  case changeSupport
  case changeWageCostSubsidy
  case changeOpenNow
  case regionTitle
  case regionEverybody
  case regionPeople
  case regionSteps
  case regionNoSteps
  case regionSmallLeftOut
  case regionPlaces
  case regionPlacesMore
  case regionStepsMore
  case regionCohortTooSmall
  case regionNoPlaceBlockers
  case summaryDate
  case summaryCohort
  case summaryPeople
  case summaryWithFit
  case summaryStuck
  case regionNoBlockers
  case columnStep
  case columnPeople
  case columnWithoutFit
  case columnPlacesOpened
  case columnRoutes
  case columnKeptOutBy
  case blockerKindTravel
  case blockerKindHours
  case blockerKindPlanAhead
  case blockerKindCompetency
  case blockerKindDutch
  case blockerKindAdaptation
  case blockerKindWageCostSubsidy
  case blockerKindJobCoach
  case sheetPart
  case sheetCode
  case sheetSubject
  case sheetValue
  case sheetWords
  case sheetPeople
  case sheetWithoutFit
  case sheetPlacesOpened
  case sheetRoutes

  // MARK: Assignment and congestion
  case assignTitle
  case assignAdvice
  case assignSummary
  case assignProven
  case assignNotProven
  case assignByKind
  case assignByGroup
  case assignPlacements
  case assignUnplaced
  case assignNoFit
  case assignTaken
  case assignTakenPlace
  case assignShown
  case assignProposedRow
  case columnRankInList
  case columnPlaced
  case columnOutcompeted
  case columnWhy
  case congestionTitle
  case congestionPeople
  case congestionMaximum
  case congestionSpreadNote
  case congestionNumberOnes
  case congestionFromLists
  case congestionOverbookedPeople
  case congestionOverbookedPlaces
  case congestionGini
  case congestionUnlisted
  case congestionTopScore
  case columnFigure
  case columnPlain
  case columnSpread
  case columnCompetition
  case columnPrice
  case competitionFootnote
  case spreadNote
  case priceCostsPlacement
  case lineCell

  // MARK: The region report
  case reportTitle
  case reportFacts
  case reportPolicy
  case reportSmallCounts
  case reportSection1
  case reportSection2
  case reportSection3
  case reportSection4
  case reportSection5
  case reportMapTitle
  case reportGroupsTitle
  case reportGroupsPerMunicipality
  case reportKindsTitle
  case reportSectorsTitle
  case reportFitTitle
  case reportBandsTitle
  case reportKnockOutsTitle
  case reportStepsTitle
  case reportLearning
  case reportProposalGroupTitle
  case reportProposalKindTitle
  case reportInternal
  case reportLorenzTitle
  case reportCongestionTitle
  case reportNobodyTitle
  case reportAdvice
  case columnPlaces
  case columnFreeSlots
  case columnWithFit
  case columnShare
  case columnBand
  case columnReason
  case columnPlacesShare
  case columnListingsShare

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

    case .stepTravelMinutes:
      ("Accept {extra} more minutes of travel", "{extra} minuten langer reizen")
    case .stepTravelMinutesNow:
      (
        "up to {after} instead of {before} min {travel}",
        "tot {after} in plaats van {before} min {travel}"
      )
    case .stepTransport:
      ("Travel {travel}", "Reizen {travel}")
    case .stepTransportNow:
      ("instead of {travel}", "in plaats van {travel}")
    case .stepHoursMaximum:
      ("Work up to {hours} hours a week", "Tot {hours} uur per week werken")
    case .stepHoursMaximumNow:
      ("now at most {hours}", "nu hooguit {hours}")
    case .stepHoursMinimum:
      ("Work from {hours} hours a week", "Vanaf {hours} uur per week werken")
    case .stepHoursMinimumNow:
      ("now at least {hours}", "nu minstens {hours}")
    case .stepPlanAhead:
      ("Plan {days} days ahead", "{days} dagen vooruit plannen")
    case .stepPlanAheadNow:
      ("until {date}", "tot {date}")
    case .stepCompetency:
      ("Learn {competency} to level {level}", "{competency} leren tot niveau {level}")
    case .stepCompetencyNow:
      ("now level {level}", "nu niveau {level}")
    case .stepCompetencyNotHeld:
      ("not held yet", "nog niet aanwezig")
    case .stepDutch:
      ("Learn Dutch to {level}", "Nederlands leren tot {level}")
    case .stepDutchNow:
      ("now {level}", "nu {level}")
    case .stepDutchNotAssessed:
      ("not assessed yet", "nog niet beoordeeld")
    case .stepLoadAssessed:
      ("Have {dimension} assessed", "{dimension} laten beoordelen")
    case .stepLoadAssessedNow:
      (
        "counted as level {level}, the highest demand among the places that fit",
        "gerekend als niveau {level}, de hoogste eis van de plekken die passen"
      )
    case .stepAdaptation:
      (
        "Ask employers for a workplace adaptation for {dimension}",
        "Werkgevers vragen om werkplekaanpassing voor {dimension}"
      )
    case .stepWageCostSubsidy:
      (
        "Arrange wage-cost subsidy at regular employers",
        "Loonkostensubsidie regelen bij reguliere werkgevers"
      )
    case .stepJobCoach:
      ("Arrange a job coach", "Een jobcoach regelen")
    case .stepAnd:
      (" and ", " en ")
    case .rungMinutes:
      ("+{extra} min", "+{extra} min")
    case .rungHours:
      ("{hours} h", "{hours} u")
    case .rungDays:
      ("{days} days", "{days} dagen")
    case .rungLevel:
      ("level {level}", "niveau {level}")
    case .rungOpens:
      ("{rung}: {count}", "{rung}: {count}")
    case .ladderLine:
      ("places opened per step: {rungs}", "geopende plekken per stap: {rungs}")
    case .effectOpensOne:
      ("opens 1 place", "opent 1 plek")
    case .effectOpens:
      ("opens {count} places", "opent {count} plekken")
    case .effectBest:
      ("best {place} ({score})", "beste {place} ({score})")
    case .effectRaises:
      (
        "raises the best fit from {before} to {after} ({place})",
        "verhoogt de beste match van {before} naar {after} ({place})"
      )
    case .effectRaisesFromNothing:
      ("the best fit becomes {after} ({place})", "de beste match wordt {after} ({place})")
    case .effectCloses:
      (
        "{count} places that fit now would not",
        "{count} plekken die nu passen, passen dan niet meer"
      )
    case .effectLearnAt:
      (
        "learnable on a learning-work place that fits now: {places}",
        "te leren op een leerwerkplek die nu past: {places}"
      )
    case .adviceTitle:
      ("Advice for {participant}", "Advies voor {participant}")
    case .adviceFitsOne:
      ("1 place fits now: {place} ({score}).", "Nu past 1 plek: {place} ({score}).")
    case .adviceFits:
      (
        "{count} places fit now; the best is {place} ({score}).",
        "Nu passen {count} plekken; de beste is {place} ({score})."
      )
    case .adviceNoFit:
      ("No place fits on {date}.", "Geen plek past op {date}.")
    case .adviceSteps:
      (
        "Steps that would open places or raise the best fit:",
        "Stappen die plekken openen of de beste match verhogen:"
      )
    case .adviceNoStep:
      ("No single step opens a place.", "Geen enkele stap opent een plek.")
    case .adviceNothing:
      (
        "No step within reach opens a place or raises the best fit.",
        "Geen stap binnen bereik opent een plek of verhoogt de beste match."
      )
    case .adviceCombinations:
      ("Two steps together:", "Twee stappen samen:")
    case .adviceNearest:
      (
        "The nearest places, and what is missing:",
        "De plekken die het dichtst bij komen, en wat ontbreekt:"
      )
    case .adviceTopSteps:
      ("What would open places:", "Wat plekken zou openen:")
    case .adviceMore:
      ("Every step: plek advise {participant}", "Alle stappen: plek advise {participant}")
    case .carveTitle:
      ("Job carving for {place}", "Jobcarving voor {place}")
    case .carveFits:
      ("People who fit now: {count}.", "Mensen die nu passen: {count}.")
    case .carveChanges:
      (
        "Changes that would let people in, most first:",
        "Aanpassingen die mensen toelaten, meeste eerst:"
      )
    case .carveNone:
      ("No single change lets anyone in.", "Geen enkele aanpassing laat iemand toe.")
    case .carveLetsIn:
      ("lets in {count}", "laat {count} toe")
    case .carveBest:
      ("best {people}", "beste {people}")
    case .carveSmallGroups:
      (
        "Counts below 5 are shown as “fewer than 5”.",
        "Aantallen onder 5 staan er als “minder dan 5”."
      )
    case .countPeople:
      ("{count} people", "{count} mensen")
    case .countPerson:
      ("1 person", "1 persoon")
    case .countFewerThan:
      ("fewer than {count}", "minder dan {count}")
    case .changeLoadLower:
      (
        "Demand {dimension} at level {level} instead of {current}",
        "{dimension} op niveau {level} vragen in plaats van {current}"
      )
    case .changeLoadAdaptable:
      (
        "Allow a workplace adaptation for {dimension}",
        "Werkplekaanpassing toestaan voor {dimension}"
      )
    case .changeCompetencyLower:
      (
        "Require {competency} at level {level} instead of {current}",
        "{competency} op niveau {level} vragen in plaats van {current}"
      )
    case .changeCompetencyDesired:
      (
        "Make {competency} desired instead of required",
        "{competency} gewenst in plaats van vereist"
      )
    case .changeHoursMinimum:
      (
        "Accept from {hours} hours a week instead of {current}",
        "Vanaf {hours} uur per week accepteren in plaats van {current}"
      )
    case .changeHoursMaximum:
      (
        "Offer up to {hours} hours a week instead of {current}",
        "Tot {hours} uur per week bieden in plaats van {current}"
      )
    case .changeDutch:
      (
        "Require Dutch {level} instead of {current}",
        "Nederlands {level} vragen in plaats van {current}"
      )
    case .changeSupport:
      (
        "Offer support by {offer} instead of {current}",
        "Begeleiding bieden door {offer} in plaats van {current}"
      )
    case .changeWageCostSubsidy:
      ("Accept wage-cost subsidy", "Loonkostensubsidie accepteren")
    case .changeOpenNow:
      ("Open on {date} instead of {current}", "Openen op {date} in plaats van {current}")
    case .regionTitle:
      ("Advice for the region", "Advies voor de regio")
    case .regionEverybody:
      ("everyone", "iedereen")
    case .regionPeople:
      (
        "People: {people}; with a place that fits: {withFit}; with neither a fit nor a single step: {stuck}.",
        "Mensen: {people}; met een passende plek: {withFit}; zonder passende plek en zonder enkele stap: {stuck}."
      )
    case .regionSteps:
      (
        "Steps that open places, most people first:",
        "Stappen die plekken openen, meeste mensen eerst:"
      )
    case .regionNoSteps:
      (
        "No step opens places for 5 people or more.",
        "Geen stap opent plekken voor 5 mensen of meer."
      )
    case .regionSmallLeftOut:
      (
        "Steps that open places for fewer than 5 people are left out; counts below 5 are shown as “fewer than 5”.",
        "Stappen die voor minder dan 5 mensen plekken openen, staan er niet bij; aantallen onder 5 staan er als “minder dan 5”."
      )
    case .regionPlaces:
      (
        "Places nobody fits: {count}. What keeps people out (people one step away):",
        "Plekken waar niemand past: {count}. Wat mensen tegenhoudt (mensen op één stap afstand):"
      )
    case .regionPlacesMore:
      (
        "… and {count} more places; the CSV and JSON list every place.",
        "… en nog {count} plekken; CSV en JSON noemen elke plek."
      )
    case .summaryDate: ("the day asked for", "de gevraagde dag")
    case .summaryCohort: ("who the advice is about", "over wie het advies gaat")
    case .summaryPeople: ("people", "mensen")
    case .summaryWithFit: ("people with a place that fits", "mensen met een passende plek")
    case .summaryStuck:
      (
        "people with neither a fit nor a single step",
        "mensen zonder passende plek en zonder enkele stap"
      )
    case .regionCohortTooSmall:
      (
        "Fewer than 5 people in this cohort: steps and places are not shown, so that no one can be recognised.",
        "Minder dan 5 mensen in deze groep: stappen en plekken staan er niet bij, zodat niemand herkenbaar is."
      )
    case .regionNoPlaceBlockers:
      (
        "None of them keeps 5 or more people out by one kind of step.",
        "Bij geen van deze plekken houdt één soort stap 5 of meer mensen tegen."
      )
    case .regionStepsMore:
      (
        "… and {count} more steps; the CSV and JSON list every step.",
        "… en nog {count} stappen; CSV en JSON noemen elke stap."
      )
    case .regionNoBlockers:
      ("no kind of step keeps 5 or more people out", "geen soort stap houdt 5 of meer mensen tegen")
    case .columnStep:
      ("Step", "Stap")
    case .columnPeople:
      ("People", "Mensen")
    case .columnWithoutFit:
      ("Without a fit", "Zonder passende plek")
    case .columnPlacesOpened:
      ("Places opened", "Geopende plekken")
    case .columnRoutes:
      ("Routes", "Leerwerkplekken")
    case .columnKeptOutBy:
      ("Kept out by", "Tegengehouden door")
    case .blockerKindTravel:
      ("travel", "reistijd")
    case .blockerKindHours:
      ("hours", "uren")
    case .blockerKindPlanAhead:
      ("start date", "startdatum")
    case .blockerKindCompetency:
      ("a competency", "een competentie")
    case .blockerKindDutch:
      ("Dutch", "Nederlands")
    case .blockerKindAdaptation:
      ("a workplace adaptation", "werkplekaanpassing")
    case .blockerKindWageCostSubsidy:
      ("wage-cost subsidy", "loonkostensubsidie")
    case .blockerKindJobCoach:
      ("a job coach", "een jobcoach")
    case .sheetPart:
      ("part", "deel")
    case .sheetCode:
      ("code", "code")
    case .sheetSubject:
      ("subject", "onderwerp")
    case .sheetValue:
      ("value", "waarde")
    case .sheetWords:
      ("in words", "omschrijving")
    case .sheetPeople:
      ("people", "mensen")
    case .sheetWithoutFit:
      ("without a fit", "zonder passende plek")
    case .sheetPlacesOpened:
      ("places opened", "geopende plekken")
    case .sheetRoutes:
      ("routes", "leerwerkplekken")

    case .assignTitle:
      ("Placement proposal", "Plaatsingsvoorstel")
    case .assignAdvice:
      (
        "An officer decides: this proposal is advice to the placement officers, not a decision.",
        "Een consulent beslist: dit voorstel is advies aan de consulenten, geen besluit."
      )
    case .assignSummary:
      (
        "{people} people: {placed} placed (the most any proposal can place), {withoutFit} fit no place, {outcompeted} lost every place they fit to others.",
        "{people} mensen: {placed} geplaatst (het meeste dat een voorstel kan plaatsen), {withoutFit} passen op geen plek, {outcompeted} verloren elke passende plek aan anderen."
      )
    case .assignProven:
      (
        "Optimal: as many people placed as possible, then the highest total score ({total} points); proven by a price for every place, checked against every fit.",
        "Optimaal: zoveel mogelijk mensen geplaatst, dan de hoogste totaalscore ({total} punten); bewezen met een prijs per plek, gecontroleerd tegen elke passende plek."
      )
    case .assignNotProven:
      (
        "The proof of optimality did not check out: do not use this proposal, and report it.",
        "Het bewijs van optimaliteit klopt niet: gebruik dit voorstel niet en meld het."
      )
    case .assignByKind:
      ("Placed per kind of employer", "Geplaatst per soort werkgever")
    case .assignByGroup:
      ("Per target group", "Per doelgroep")
    case .assignPlacements:
      ("Placements", "Plaatsingen")
    case .assignUnplaced:
      ("Not placed", "Niet geplaatst")
    case .assignNoFit:
      ("fits no place on this day: ask for advice", "past op deze dag op geen plek: vraag advies")
    case .assignTaken:
      (
        "every place that fits went to others: {places}",
        "elke passende plek ging naar anderen: {places}"
      )
    case .assignTakenPlace:
      ("{place} ({slots} free, {fitted} fit)", "{place} ({slots} vrij, {fitted} passen)")
    case .assignShown:
      (
        "The first {shown} of {total}; the sheet and the JSON list all.",
        "De eerste {shown} van {total}; het rekenblad en de JSON tonen alle."
      )
    case .assignProposedRow:
      ("proposed; an officer decides", "voorgesteld; een consulent beslist")
    case .columnRankInList:
      ("On list", "Op lijst")
    case .columnPlaced:
      ("Placed", "Geplaatst")
    case .columnOutcompeted:
      ("Outcompeted", "Verloren aan anderen")
    case .columnWhy:
      ("Why", "Waarom")
    case .congestionTitle:
      ("Congestion", "Drukte")
    case .congestionPeople:
      (
        "{people} people ({withFit} with a fit), {places} places ({fitting} fit someone); lists of {depth}.",
        "{people} mensen ({withFit} met een passende plek), {places} plekken ({fitting} passen iemand); lijsten van {depth}."
      )
    case .congestionMaximum:
      (
        "At most {maximum} people can be placed at once; the placement proposal places exactly that many.",
        "Hooguit {maximum} mensen kunnen tegelijk geplaatst worden; het plaatsingsvoorstel plaatst er precies zoveel."
      )
    case .congestionSpreadNote:
      (
        "Spread lists order by score minus the place's congestion price in the proposal; people the proposal leaves out, by their place in the line. An officer decides.",
        "Gespreide lijsten ordenen op score min de drukteprijs van de plek in het voorstel; mensen die het voorstel niet plaatst, op hun plaats in de rij. Een consulent beslist."
      )
    case .congestionNumberOnes:
      ("placed if everyone takes their number one", "geplaatst als ieder zijn nummer één neemt")
    case .congestionFromLists:
      ("placed by the best choice from the lists", "geplaatst met de beste keuze uit de lijsten")
    case .congestionOverbookedPeople:
      ("people whose number one is overbooked", "mensen van wie de nummer één overboekt is")
    case .congestionOverbookedPlaces:
      ("number-one places overbooked", "nummer-één-plekken overboekt")
    case .congestionGini:
      (
        "Gini of how often each fitting place is listed",
        "Gini van hoe vaak elke passende plek op een lijst staat"
      )
    case .congestionUnlisted:
      (
        "places that fit someone but are on no list",
        "plekken die iemand passen maar op geen lijst staan"
      )
    case .congestionTopScore:
      ("mean score of the first entry", "gemiddelde score van de eerste plek")
    case .columnFigure:
      ("Figure", "Kengetal")
    case .columnPlain:
      ("Plain lists", "Gewone lijsten")
    case .columnSpread:
      ("Spread lists", "Gespreide lijsten")
    case .columnCompetition:
      ("Ahead/free", "Voor/vrij")
    case .columnPrice:
      ("Price", "Prijs")
    case .competitionFootnote:
      (
        "Ahead/free: others whose own shortlist ranks the place higher, and the place's free slots.",
        "Voor/vrij: anderen bij wie de plek hoger op de eigen lijst staat, en de vrije plaatsen van de plek."
      )
    case .spreadNote:
      (
        "Spread: ordered by score minus the place's congestion price in a placement proposal (◆ proposed to this person; ‼ taking it costs another person their placement). An officer decides.",
        "Gespreid: geordend op score min de drukteprijs van de plek in een plaatsingsvoorstel (◆ voorgesteld voor deze persoon; ‼ deze plek kost een ander de plaatsing). Een consulent beslist."
      )
    case .priceCostsPlacement:
      ("‼ +{points}", "‼ +{points}")
    case .lineCell:
      ("#{position} in line", "#{position} in de rij")
    case .reportTitle:
      ("Region report", "Regiorapportage")
    case .reportFacts:
      (
        "{date} · {participants} participants and {places} places in the dataset",
        "{date} · {participants} deelnemers en {places} plekken in de dataset"
      )
    case .reportPolicy:
      (
        "Policy in force: weights load {load}, competencies {competency}, development {development}, wishes {wishes}, placement order {order}, support {support}; planning horizon {horizon} days; job coaches {coaches}.",
        "Geldend beleid: gewichten belastbaarheid {load}, competenties {competency}, ontwikkeling {development}, wensen {wishes}, plaatsingsvolgorde {order}, begeleiding {support}; planningshorizon {horizon} dagen; jobcoaches {coaches}."
      )
    case .reportSmallCounts:
      (
        "Aggregates only. Counts below 5 are shown as “< 5”, and shares built on them are left out, so that no small group can be recognised.",
        "Alleen totalen. Aantallen onder de 5 staan er als “< 5”, en aandelen die erop berusten zijn weggelaten, zodat geen kleine groep herkenbaar is."
      )
    case .reportSection1:
      ("1. Caseload and places", "1. Caseload en plekken")
    case .reportSection2:
      ("2. Fit per target group", "2. Passende plekken per doelgroep")
    case .reportSection3:
      ("3. Development", "3. Ontwikkeling")
    case .reportSection4:
      ("4. Placement proposal", "4. Plaatsingsvoorstel")
    case .reportSection5:
      ("5. Congestion", "5. Drukte")
    case .reportMapTitle:
      ("Participants per municipality", "Deelnemers per gemeente")
    case .reportGroupsPerMunicipality:
      ("Participants per target group and municipality", "Deelnemers per doelgroep en gemeente")
    case .reportGroupsTitle:
      ("Participants per target group", "Deelnemers per doelgroep")
    case .reportKindsTitle:
      (
        "Places and free slots per kind of employer",
        "Plekken en vrije plaatsen per soort werkgever"
      )
    case .reportSectorsTitle:
      ("Places per sector (main sector)", "Plekken per sector (hoofdsector)")
    case .reportFitTitle:
      ("Share with at least one fitting place", "Aandeel met minstens één passende plek")
    case .reportBandsTitle:
      ("Best score per target group", "Beste score per doelgroep")
    case .reportKnockOutsTitle:
      (
        "For people without a fit: the knock-out whose removal opens the most places (monitoring, never a scoring input)",
        "Bij wie geen passende plek heeft: de uitsluiting waarvan wegnemen de meeste plekken opent (monitoring, nooit invoer voor de score)"
      )
    case .reportStepsTitle:
      ("Steps that open the most places", "Stappen die de meeste plekken openen")
    case .reportLearning:
      (
        "Learning-work places: {places}, with {slots} free slots; the proposal fills {proposed} of them.",
        "Leerwerkplekken: {places}, met {slots} vrije plaatsen; het voorstel vult er {proposed}."
      )
    case .reportProposalGroupTitle:
      ("Placed in the proposal, per target group", "Geplaatst in het voorstel, per doelgroep")
    case .reportProposalKindTitle:
      ("Placed per kind of employer", "Geplaatst per soort werkgever")
    case .reportInternal:
      (
        "Regular where it can, internal where it must: {internal} proposed to internal places, of whom {regular} also fit a regular place.",
        "Regulier waar het kan, intern waar het moet: {internal} voorgesteld voor interne plekken, van wie {regular} ook op een reguliere plek passen."
      )
    case .reportLorenzTitle:
      (
        "How evenly places are on shortlists (Lorenz curve)",
        "Hoe gelijk plekken op shortlijsten staan (Lorenzcurve)"
      )
    case .reportCongestionTitle:
      ("Plain and spread shortlists", "Gewone en gespreide shortlijsten")
    case .reportNobodyTitle:
      (
        "Places nobody fits ({count}) and what keeps people out",
        "Plekken die niemand past ({count}) en wat mensen buitenhoudt"
      )
    case .reportAdvice:
      (
        "A placement proposal is advice: an officer decides.",
        "Een plaatsingsvoorstel is advies: een consulent beslist."
      )
    case .columnPlaces:
      ("Places", "Plekken")
    case .columnFreeSlots:
      ("Free slots", "Vrije plaatsen")
    case .columnWithFit:
      ("With a fit", "Met passende plek")
    case .columnShare:
      ("Share", "Aandeel")
    case .columnBand:
      ("Best score", "Beste score")
    case .columnReason:
      ("Knock-out", "Uitsluiting")
    case .columnPlacesShare:
      ("Places (least listed first)", "Plekken (minst vermeld eerst)")
    case .columnListingsShare:
      ("Share of listings", "Aandeel vermeldingen")
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
