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
}
