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

extension TransportMode: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .walk: Message(en: "walk", nl: "lopen")
    case .bike: Message(en: "bike", nl: "fiets")
    case .publicTransport: Message(en: "public transport", nl: "ov")
    case .car: Message(en: "car", nl: "auto")
    }
  }
}
