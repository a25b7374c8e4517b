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
}

extension TargetGroup: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .participatiewetDirect:
      Message(en: "Participatiewet, directly placeable", nl: "Participatiewet, direct plaatsbaar")
    case .participatiewetWithinYear:
      Message(
        en: "Participatiewet, developable within 1 year",
        nl: "Participatiewet, binnen 1 jaar ontwikkelbaar")
    case .participatiewetOneToTwoYears:
      Message(
        en: "Participatiewet, developable in 1–2 years",
        nl: "Participatiewet, ontwikkelbaar in 1–2 jaar")
    case .activation: Message(en: "activation", nl: "activering")
    case .nieuwBeschut: Message(en: "nieuw beschut (sheltered work)", nl: "nieuw beschut")
    case .banenafspraak: Message(en: "banenafspraak (jobs agreement)", nl: "banenafspraak")
    case .subsidisedWork: Message(en: "subsidised work", nl: "gesubsidieerde arbeid")
    case .wsw: Message(en: "Wsw employee", nl: "Wsw-medewerker")
    case .nonBenefitApplicant:
      Message(en: "non-benefit applicant", nl: "niet-uitkeringsgerechtigde aanvrager")
    case .youthWithoutQualification:
      Message(en: "youth without start qualification", nl: "jongere zonder startkwalificatie")
    case .specialEducationPupil:
      Message(en: "VSO/praktijkonderwijs pupil", nl: "leerling VSO/praktijkonderwijs")
    case .mboStudent: Message(en: "MBO student", nl: "mbo-student")
    case .wwWajong:
      Message(en: "WW or Wajong (municipal order)", nl: "WW of Wajong (op opdracht gemeente)")
    case .ipsUWV: Message(en: "IPS or UWV trajectory", nl: "IPS- of UWV-traject")
    }
  }
}
