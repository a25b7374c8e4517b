/// The target groups (doelgroepen) of the social development company, koersnota §3.6.
///
/// The target group describes the route a person is on. It is administrative context for
/// officers and shapes generated data; it is **not** a scoring input.
public enum TargetGroup: String, Vocabulary {
  /// Participatiewet benefit, directly placeable in paid work.
  case participatiewetDirect = "participatiewet-direct"
  /// Participatiewet, developable to paid work within one year.
  case participatiewetWithinYear = "participatiewet-within-1y"
  /// Participatiewet, developable to paid work in one to two years.
  case participatiewetOneToTwoYears = "participatiewet-1-2y"
  /// Activation; diagnosis or intake on request.
  case activation
  /// Nieuw beschut (sheltered work) indication.
  case nieuwBeschut = "nieuw-beschut"
  /// Banenafspraak indication (the jobs agreement).
  case banenafspraak
  /// Subsidised work.
  case subsidisedWork = "subsidised-work"
  /// Employed under the Wsw (the former sheltered-work law).
  case wsw
  /// Applicant for income support without a benefit yet.
  case nonBenefitApplicant = "non-benefit-applicant"
  /// Young person without a start qualification (VSV).
  case youthWithoutQualification = "youth-vsv"
  /// Pupil in VSO or praktijkonderwijs.
  case specialEducationPupil = "vso-praktijkonderwijs"
  /// MBO student.
  case mboStudent = "mbo-student"
  /// WW or Wajong benefit, on municipal order only.
  case wwWajong = "ww-wajong"
  /// IPS or UWV trajectory.
  case ipsUWV = "ips-uwv"

  public var label: LocalizedText {
    switch self {
    case .participatiewetDirect:
      LocalizedText(
        english: "Participatiewet, directly placeable", dutch: "Participatiewet, direct plaatsbaar")
    case .participatiewetWithinYear:
      LocalizedText(
        english: "Participatiewet, developable within 1 year",
        dutch: "Participatiewet, binnen 1 jaar ontwikkelbaar")
    case .participatiewetOneToTwoYears:
      LocalizedText(
        english: "Participatiewet, developable in 1–2 years",
        dutch: "Participatiewet, ontwikkelbaar in 1–2 jaar")
    case .activation: LocalizedText(english: "activation", dutch: "activering")
    case .nieuwBeschut:
      LocalizedText(english: "nieuw beschut (sheltered work)", dutch: "nieuw beschut")
    case .banenafspraak:
      LocalizedText(english: "banenafspraak (jobs agreement)", dutch: "banenafspraak")
    case .subsidisedWork: LocalizedText(english: "subsidised work", dutch: "gesubsidieerde arbeid")
    case .wsw: LocalizedText(english: "Wsw employee", dutch: "Wsw-medewerker")
    case .nonBenefitApplicant:
      LocalizedText(english: "non-benefit applicant", dutch: "niet-uitkeringsgerechtigde aanvrager")
    case .youthWithoutQualification:
      LocalizedText(
        english: "youth without start qualification", dutch: "jongere zonder startkwalificatie")
    case .specialEducationPupil:
      LocalizedText(english: "VSO/praktijkonderwijs pupil", dutch: "leerling VSO/praktijkonderwijs")
    case .mboStudent: LocalizedText(english: "MBO student", dutch: "mbo-student")
    case .wwWajong:
      LocalizedText(
        english: "WW or Wajong (municipal order)", dutch: "WW of Wajong (op opdracht gemeente)")
    case .ipsUWV: LocalizedText(english: "IPS or UWV trajectory", dutch: "IPS- of UWV-traject")
    }
  }
}

/// A formal indication that opens sheltered or jobs-agreement places.
public enum Indication: String, Vocabulary {
  /// Nieuw beschut werk.
  case nieuwBeschut = "nieuw-beschut"
  /// Banenafspraak (jobs agreement).
  case banenafspraak
  /// Wsw employment.
  case wsw

  /// The bit of this indication in packed indication masks.
  public var bit: UInt8 {
    switch self {
    case .nieuwBeschut: 1
    case .banenafspraak: 2
    case .wsw: 4
    }
  }

  public var label: LocalizedText {
    switch self {
    case .nieuwBeschut: LocalizedText(english: "nieuw beschut", dutch: "nieuw beschut")
    case .banenafspraak: LocalizedText(english: "banenafspraak", dutch: "banenafspraak")
    case .wsw: LocalizedText(english: "Wsw", dutch: "Wsw")
    }
  }
}

/// How fast a person learns at work (ontwikkeltempo). The policy defines each pace as a number
/// of months per competency level gained in a learning-work route.
public enum DevelopmentPace: String, Vocabulary {
  /// Needs the most time per level.
  case slow
  /// The usual pace.
  case steady
  /// Learns quickly.
  case fast

  public var label: LocalizedText {
    switch self {
    case .slow: LocalizedText(english: "slow", dutch: "langzaam")
    case .steady: LocalizedText(english: "steady", dutch: "gemiddeld")
    case .fast: LocalizedText(english: "fast", dutch: "snel")
    }
  }
}

/// The support a person needs at work (begeleidingsbehoefte).
public enum SupportNeed: String, Vocabulary, Comparable {
  /// No support needed.
  case none
  /// Light support: a colleague to turn to.
  case light
  /// Intensive support: a job coach.
  case intensive
  /// Permanent support: a job coach for as long as the placement lasts.
  case permanent

  /// The least support a place must offer: none for `none`, a colleague for `light`, a job
  /// coach for `intensive` and `permanent`.
  public var minimumOffer: SupportOffer {
    switch self {
    case .none: .none
    case .light: .colleague
    case .intensive, .permanent: .jobCoach
    }
  }

  public var label: LocalizedText {
    switch self {
    case .none: LocalizedText(english: "none", dutch: "geen")
    case .light: LocalizedText(english: "light", dutch: "licht")
    case .intensive: LocalizedText(english: "intensive", dutch: "intensief")
    case .permanent: LocalizedText(english: "permanent", dutch: "blijvend")
    }
  }

  /// The position on the scale, 0 (none) to 3 (permanent).
  public var rank: Int {
    switch self {
    case .none: 0
    case .light: 1
    case .intensive: 2
    case .permanent: 3
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The support a place offers.
public enum SupportOffer: String, Vocabulary, Comparable {
  /// No structured support.
  case none
  /// A designated colleague (werkbegeleider).
  case colleague
  /// A job coach.
  case jobCoach = "job-coach"

  /// The position on the scale, 0 (none) to 2 (job coach).
  public var rank: Int {
    switch self {
    case .none: 0
    case .colleague: 1
    case .jobCoach: 2
    }
  }

  public var label: LocalizedText {
    switch self {
    case .none: LocalizedText(english: "none", dutch: "geen")
    case .colleague: LocalizedText(english: "colleague", dutch: "werkbegeleider")
    case .jobCoach: LocalizedText(english: "job coach", dutch: "jobcoach")
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// How a person travels to work.
public enum TransportMode: String, Vocabulary {
  /// On foot.
  case walk
  /// By bicycle.
  case bike
  /// By bus or train.
  case publicTransport = "public-transport"
  /// By car.
  case car

  public var label: LocalizedText {
    switch self {
    case .walk: LocalizedText(english: "walk", dutch: "lopen")
    case .bike: LocalizedText(english: "bike", dutch: "fiets")
    case .publicTransport: LocalizedText(english: "public transport", dutch: "ov")
    case .car: LocalizedText(english: "car", dutch: "auto")
    }
  }
}

/// The kind of employer a place belongs to, in the placement preference order of koersnota
/// §3.7.4: regular work where it can be, an internal place where it must.
public enum EmployerKind: String, Vocabulary {
  /// A regular employer (preferred).
  case regular
  /// A social enterprise, a municipal or an affiliated employer.
  case socialOrMunicipal = "social-municipal"
  /// An external sheltered place.
  case externalSheltered = "external-sheltered"
  /// An internal place at the social development company itself.
  case `internal`

  /// The position in the preference order, 0 (regular) to 3 (internal).
  public var preferenceRank: Int {
    switch self {
    case .regular: 0
    case .socialOrMunicipal: 1
    case .externalSheltered: 2
    case .internal: 3
    }
  }

  public var label: LocalizedText {
    switch self {
    case .regular: LocalizedText(english: "regular", dutch: "regulier")
    case .socialOrMunicipal:
      LocalizedText(english: "social/municipal", dutch: "sociaal/gemeentelijk")
    case .externalSheltered: LocalizedText(english: "external sheltered", dutch: "extern beschut")
    case .internal: LocalizedText(english: "internal", dutch: "intern")
    }
  }
}
