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

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

extension SupportNeed: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .none: Message(en: "none", nl: "geen")
    case .light: Message(en: "light", nl: "licht")
    case .intensive: Message(en: "intensive", nl: "intensief")
    case .permanent: Message(en: "permanent", nl: "blijvend")
    }
  }
}

extension SupportOffer: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .none: Message(en: "none", nl: "geen")
    case .colleague: Message(en: "colleague", nl: "werkbegeleider")
    case .jobCoach: Message(en: "job coach", nl: "jobcoach")
    }
  }
}
