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
