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
}

extension Indication: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .nieuwBeschut: Message(en: "nieuw beschut", nl: "nieuw beschut")
    case .banenafspraak: Message(en: "banenafspraak", nl: "banenafspraak")
    case .wsw: Message(en: "Wsw", nl: "Wsw")
    }
  }
}
