import PlekCore

/// The statistical shape of generated data: who the participants are and what places demand.
///
/// These tables are the generator's model of the region, made from the koersnota and common
/// sense, not from real records. They only shape generated data; nothing here is used for
/// scoring.
enum GeneratorProfiles {
  /// How common each target group is in the caseload.
  static let targetGroupWeights: [(TargetGroup, Double)] = [
    (.participatiewetDirect, 0.14), (.participatiewetWithinYear, 0.16),
    (.participatiewetOneToTwoYears, 0.14), (.activation, 0.06), (.nieuwBeschut, 0.07),
    (.banenafspraak, 0.09), (.subsidisedWork, 0.04), (.wsw, 0.10), (.nonBenefitApplicant, 0.03),
    (.youthWithoutQualification, 0.04), (.specialEducationPupil, 0.03), (.mboStudent, 0.04),
    (.wwWajong, 0.03), (.ipsUWV, 0.03),
  ]

  /// What a target group says about a person, on average.
  struct GroupShape {
    /// How many load dimensions the diagnosis records a limitation on (the rest: level 4,
    /// "no limitation", as in an FML).
    var limitations: ClosedRange<Int>
    /// Weights of a limitation's severity: 1, 2 or 3 levels below 4.
    var severity: [Double]
    /// Chance that a load dimension was not assessed.
    var unassessed: Double
    /// Weights of slow, steady, fast.
    var pace: [Double]
    /// Weights of support none, light, intensive, permanent.
    var support: [Double]
    /// Wage value range when established, and the chance it is 100.
    var wage: ClosedRange<Int>
    var fullWage: Double
    /// Chance the wage value is not established.
    var wageUnknown: Double
    /// Typical maximum hours per week.
    var hours: ClosedRange<Int>
    /// Chance of wanting a certificate.
    var certificate: Double
    /// Typical number of employee skills held and their mean level.
    var employeeSkills: ClosedRange<Int>
    var skillLevel: Double
  }

  static func shape(of group: TargetGroup) -> GroupShape {
    switch group {
    case .participatiewetDirect, .nonBenefitApplicant:
      GroupShape(
        limitations: 0...3, severity: [0.6, 0.3, 0.1], unassessed: 0.04, pace: [0.1, 0.5, 0.4],
        support: [0.6, 0.35, 0.05, 0],
        wage: 75...99, fullWage: 0.75, wageUnknown: 0.05, hours: 24...40, certificate: 0.25,
        employeeSkills: 14...20, skillLevel: 2.3)
    case .participatiewetWithinYear:
      GroupShape(
        limitations: 1...4, severity: [0.5, 0.35, 0.15], unassessed: 0.06, pace: [0.2, 0.6, 0.2],
        support: [0.3, 0.5, 0.2, 0],
        wage: 65...99, fullWage: 0.4, wageUnknown: 0.05, hours: 20...36, certificate: 0.55,
        employeeSkills: 12...19, skillLevel: 2.0)
    case .participatiewetOneToTwoYears:
      GroupShape(
        limitations: 2...6, severity: [0.4, 0.4, 0.2], unassessed: 0.08, pace: [0.4, 0.5, 0.1],
        support: [0.1, 0.5, 0.4, 0],
        wage: 50...90, fullWage: 0.1, wageUnknown: 0.08, hours: 16...32, certificate: 0.5,
        employeeSkills: 10...17, skillLevel: 1.8)
    case .activation:
      GroupShape(
        limitations: 3...8, severity: [0.3, 0.4, 0.3], unassessed: 0.3, pace: [0.6, 0.35, 0.05],
        support: [0.05, 0.35, 0.5, 0.1],
        wage: 30...70, fullWage: 0, wageUnknown: 0.5, hours: 8...20, certificate: 0.2,
        employeeSkills: 6...12, skillLevel: 1.5)
    case .nieuwBeschut:
      GroupShape(
        limitations: 5...10, severity: [0.25, 0.4, 0.35], unassessed: 0.05,
        pace: [0.55, 0.4, 0.05], support: [0, 0.1, 0.5, 0.4],
        wage: 20...50, fullWage: 0, wageUnknown: 0.03, hours: 12...32, certificate: 0.2,
        employeeSkills: 9...16, skillLevel: 1.7)
    case .wsw:
      GroupShape(
        limitations: 4...9, severity: [0.3, 0.4, 0.3], unassessed: 0.03, pace: [0.5, 0.45, 0.05],
        support: [0, 0.15, 0.5, 0.35],
        wage: 30...70, fullWage: 0, wageUnknown: 0.02, hours: 16...36, certificate: 0.1,
        employeeSkills: 12...19, skillLevel: 2.0)
    case .banenafspraak, .wwWajong:
      GroupShape(
        limitations: 3...7, severity: [0.35, 0.4, 0.25], unassessed: 0.06, pace: [0.35, 0.55, 0.1],
        support: [0.05, 0.4, 0.45, 0.1],
        wage: 40...90, fullWage: 0.05, wageUnknown: 0.05, hours: 12...32, certificate: 0.3,
        employeeSkills: 10...17, skillLevel: 1.8)
    case .subsidisedWork, .ipsUWV:
      GroupShape(
        limitations: 2...6, severity: [0.4, 0.4, 0.2], unassessed: 0.06, pace: [0.3, 0.55, 0.15],
        support: [0.15, 0.5, 0.35, 0],
        wage: 50...90, fullWage: 0.1, wageUnknown: 0.05, hours: 16...32, certificate: 0.3,
        employeeSkills: 10...17, skillLevel: 1.9)
    case .youthWithoutQualification, .mboStudent:
      GroupShape(
        limitations: 0...3, severity: [0.6, 0.3, 0.1], unassessed: 0.12, pace: [0.15, 0.45, 0.4],
        support: [0.3, 0.55, 0.15, 0],
        wage: 60...99, fullWage: 0.5, wageUnknown: 0.1, hours: 16...32, certificate: 0.7,
        employeeSkills: 8...15, skillLevel: 1.7)
    case .specialEducationPupil:
      GroupShape(
        limitations: 2...5, severity: [0.45, 0.35, 0.2], unassessed: 0.1, pace: [0.4, 0.5, 0.1],
        support: [0, 0.35, 0.55, 0.1],
        wage: 40...85, fullWage: 0.05, wageUnknown: 0.15, hours: 12...24, certificate: 0.75,
        employeeSkills: 7...13, skillLevel: 1.5)
    }
  }

  /// How popular each sector is as a wish, and how common as a place (by sector id).
  static let sectorWeights: [String: (wish: Double, place: Double)] = [
    "care": (0.9, 0.12), "technology-metal": (0.7, 0.08), "education": (0.5, 0.05),
    "logistics": (1.0, 0.12), "hospitality": (0.9, 0.10), "cleaning": (0.6, 0.10),
    "domestic-care": (0.5, 0.06), "green-public-space": (0.9, 0.07),
    "production-assembly": (0.8, 0.09), "retail": (0.9, 0.10), "facility-services": (0.6, 0.05),
    "construction": (0.5, 0.04), "administration": (0.6, 0.04), "agriculture": (0.4, 0.03),
  ]

  /// Sectors where the social development company has its own production (internal places).
  static let internalSectors: Set<String> = [
    "production-assembly", "green-public-space", "cleaning", "facility-services", "logistics",
    "hospitality", "technology-metal",
  ]

  /// Typical load demand of a sector, in lane order (concentration … irregular hours).
  static func demand(of sector: String) -> [Double] {
    switch sector {
    case "care": [2.5, 2.5, 2, 3, 2.5, 3, 1, 1, 2.5, 3, 1.5, 1.5, 2.5, 3, 1, 3]
    case "technology-metal": [3, 2.5, 2.5, 0.5, 1, 2, 3, 1.5, 3, 2, 2, 2.5, 2, 3, 1, 1.5]
    case "education": [2.5, 2, 2, 3, 2.5, 2.5, 2, 1, 1, 2, 1, 1, 1.5, 2, 2, 0.5]
    case "logistics": [2, 3, 1.5, 1, 1, 2, 2, 2, 3, 3, 1, 2.5, 2.5, 3, 0.5, 2.5]
    case "hospitality": [2, 3, 1.5, 3, 2, 3, 2, 0.5, 2, 3, 1, 2, 2, 3.5, 0.5, 3.5]
    case "cleaning": [1.5, 2, 1, 1, 1, 1.5, 1.5, 0.5, 2, 3, 2, 3, 3, 3, 0.5, 2.5]
    case "domestic-care": [2, 1.5, 1.5, 2.5, 1.5, 1, 1, 0.5, 2, 2.5, 2, 2.5, 3, 2.5, 0.5, 0.5]
    case "green-public-space": [1.5, 1.5, 1, 1, 1, 2, 2.5, 4, 3, 3.5, 1.5, 2.5, 3, 3, 0.5, 0.5]
    case "production-assembly":
      [2.5, 2.5, 1.5, 0.5, 0.5, 1.5, 2.5, 0.5, 2, 1, 0.5, 3.5, 1.5, 2.5, 2, 2]
    case "retail": [2, 2.5, 1.5, 3, 2, 2, 1.5, 0.5, 2.5, 2.5, 1, 2, 2.5, 3, 1, 2.5]
    case "facility-services": [2, 2, 1.5, 2.5, 1.5, 2, 1, 1, 2, 2.5, 1.5, 1.5, 2, 2.5, 1.5, 1.5]
    case "construction": [2.5, 2.5, 2, 0.5, 1, 2.5, 3.5, 3.5, 3.5, 3, 3, 2.5, 3, 3, 0.5, 0.5]
    case "administration": [3, 2, 2.5, 2.5, 2, 2, 0.5, 0, 0.5, 0.5, 0.5, 2.5, 0.5, 0.5, 3.5, 0.5]
    case "agriculture": [1.5, 2, 1, 0.5, 0.5, 1.5, 2, 4, 3, 3, 1.5, 3, 3.5, 3, 0.5, 1.5]
    default: [2, 2, 2, 2, 1.5, 2, 1.5, 1.5, 2, 2, 1, 2, 2, 2.5, 1, 1.5]
    }
  }

  /// Job titles per sector, in Dutch as officers and employers write them (the titles are
  /// the employers' own words, not translated by the interface).
  static func titles(of sector: String) -> [String] {
    switch sector {
    case "care":
      [
        "Zorgassistent", "Afdelingsassistent", "Activiteitenbegeleider", "Gastvrouw maaltijden",
        "Medewerker linnenservice",
      ]
    case "technology-metal":
      [
        "Metaalbewerker", "Assistent lasser", "Machineoperator", "Plaatwerker",
        "Leerling Metaal@work",
      ]
    case "education":
      ["Klassenassistent", "Conciërge", "Overblijfkracht", "Bibliotheekassistent"]
    case "logistics":
      [
        "Orderpicker", "Magazijnmedewerker", "Pakketsorteerder", "Heftruckchauffeur",
        "Bijrijder",
      ]
    case "hospitality":
      ["Keukenassistent", "Afwasser", "Gastheer", "Barista", "Leerling Horeca@work"]
    case "cleaning":
      ["Kantoorschoonmaker", "Schoonmaakmedewerker", "Glazenwasser", "Industrieel reiniger"]
    case "domestic-care":
      ["Huishoudelijke hulp", "Assistent thuiszorg", "Huishoudelijk medewerker"]
    case "green-public-space":
      [
        "Medewerker groenonderhoud", "Straatveger", "Assistent hovenier", "Medewerker parkbeheer",
      ]
    case "production-assembly":
      ["Assemblagemedewerker", "Inpakker", "Productiemedewerker", "Kwaliteitscontroleur"]
    case "retail": ["Vakkenvuller", "Kassamedewerker", "Verkoopmedewerker", "Medewerker AGF"]
    case "facility-services":
      ["Receptiemedewerker", "Medewerker postkamer", "Facilitair medewerker", "Huismeester"]
    case "construction":
      ["Bouwassistent", "Assistent schilder", "Sloopmedewerker", "Assistent tegelzetter"]
    case "administration":
      [
        "Medewerker gegevensinvoer", "Archiefmedewerker", "Baliemedewerker",
        "Administratief medewerker",
      ]
    case "agriculture": ["Fruitplukker", "Kasmedewerker", "Boerderijhulp", "Medewerker wijngaard"]
    default: ["Medewerker"]
    }
  }
}
