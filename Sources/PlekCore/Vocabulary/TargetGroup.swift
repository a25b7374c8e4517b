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
