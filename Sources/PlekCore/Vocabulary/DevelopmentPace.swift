/// How fast a person learns at work (ontwikkeltempo). The policy defines each pace as a number
/// of months per competency level gained in a learning-work route.
public enum DevelopmentPace: String, Vocabulary {
  /// Needs the most time per level.
  case slow
  /// The usual pace.
  case steady
  /// Learns quickly.
  case fast
}

extension DevelopmentPace: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .slow: Message(en: "slow", nl: "langzaam")
    case .steady: Message(en: "steady", nl: "gemiddeld")
    case .fast: Message(en: "fast", nl: "snel")
    }
  }
}
