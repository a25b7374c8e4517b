/// Why a placement ended, as the SOB records it.
///
/// The fall-back reasons (*terugval*) count for the *vangnet*; moving on to regular work is
/// *uitstroom*; moving on to a placement of another kind is *doorstroom* when it leads from
/// an internal place outward.
public enum PlacementEndReason: String, Vocabulary {
  /// The person moved on to regular work.
  case regularWork = "regular-work"
  /// The person moved on to a placement of another kind.
  case otherPlacement = "other-placement"
  /// The contract (or the planned route) ended.
  case contractEnded = "contract-ended"
  /// Fell back for reasons of health.
  case fellBackHealth = "fell-back-health"
  /// Fell back because the work did not match.
  case fellBackMismatch = "fell-back-mismatch"
  /// Fell back for another reason.
  case fellBackOther = "fell-back-other"
  /// The person moved out of the region.
  case movedAway = "moved-away"
  /// Another reason.
  case other

  /// Whether the reason is a fall-back (*terugval*).
  public var isFallBack: Bool {
    switch self {
    case .fellBackHealth, .fellBackMismatch, .fellBackOther: true
    case .regularWork, .otherPlacement, .contractEnded, .movedAway, .other: false
    }
  }
}

/// The form a placement takes.
public enum PlacementForm: String, Vocabulary {
  /// Employed by the place's employer.
  case employment
  /// Employed by the SOB and seconded (*detachering*) to the employer.
  case secondment
  /// A trial placement (*proefplaatsing*), with benefits kept.
  case trial
  /// A learning-work route (*leerwerktraject*).
  case learningWork = "learning-work"
  /// Sheltered work (*beschut werk*).
  case sheltered
}

extension PlacementEndReason: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .regularWork:
      Message(en: "moved on to regular work", nl: "uitgestroomd naar regulier werk")
    case .otherPlacement:
      Message(en: "moved on to another placement", nl: "doorgestroomd naar een andere plaatsing")
    case .contractEnded: Message(en: "contract ended", nl: "contract afgelopen")
    case .fellBackHealth: Message(en: "fell back (health)", nl: "teruggevallen (gezondheid)")
    case .fellBackMismatch: Message(en: "fell back (mismatch)", nl: "teruggevallen (geen match)")
    case .fellBackOther: Message(en: "fell back (other)", nl: "teruggevallen (anders)")
    case .movedAway: Message(en: "moved away", nl: "verhuisd")
    case .other: Message(en: "other", nl: "anders")
    }
  }
}

extension PlacementForm: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .employment: Message(en: "employment", nl: "dienstverband")
    case .secondment: Message(en: "secondment", nl: "detachering")
    case .trial: Message(en: "trial placement", nl: "proefplaatsing")
    case .learningWork: Message(en: "learning-work route", nl: "leerwerktraject")
    case .sheltered: Message(en: "sheltered work", nl: "beschut werk")
    }
  }
}

extension PlacementEndReason {
  /// The word a Dutch officer types for the reason (`plek end --reason`), beside the code.
  public var dutchWord: String {
    switch self {
    case .regularWork: "uitstroom"
    case .otherPlacement: "doorstroom"
    case .contractEnded: "contract-afgelopen"
    case .fellBackHealth: "terugval-gezondheid"
    case .fellBackMismatch: "terugval-geen-match"
    case .fellBackOther: "terugval-anders"
    case .movedAway: "verhuisd"
    case .other: "anders"
    }
  }
}

extension PlacementForm {
  /// The word a Dutch officer types for the form (`plek place --form`), beside the code.
  public var dutchWord: String {
    switch self {
    case .employment: "dienstverband"
    case .secondment: "detachering"
    case .trial: "proefplaatsing"
    case .learningWork: "leerwerktraject"
    case .sheltered: "beschut"
    }
  }
}
