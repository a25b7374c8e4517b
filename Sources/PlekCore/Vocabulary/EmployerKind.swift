/// The kind of employer a place belongs to, in the placement preference order of koersnota
/// §3.7.4: regular work where it can be, an internal place where it must.
public enum EmployerKind: String, Vocabulary {
  /// A regular employer (preferred).
  case regular
  /// A social enterprise, a municipal or an affiliated employer.
  case socialOrMunicipal = "social-municipal"
  /// An external sheltered place.
  case externalSheltered = "external-sheltered"
  /// An internal place at the social development company itself.
  case `internal`

  /// The position in the preference order, 0 (regular) to 3 (internal).
  public var preferenceRank: Int {
    switch self {
    case .regular: 0
    case .socialOrMunicipal: 1
    case .externalSheltered: 2
    case .internal: 3
    }
  }
}

extension EmployerKind: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .regular: Message(en: "regular", nl: "regulier")
    case .socialOrMunicipal: Message(en: "social/municipal", nl: "sociaal/gemeentelijk")
    case .externalSheltered: Message(en: "external sheltered", nl: "extern beschut")
    case .internal: Message(en: "internal", nl: "intern")
    }
  }
}
