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
