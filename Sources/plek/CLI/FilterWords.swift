import PlekCore
import PlekReport

/// The filter options an officer types (`--sector`, `--kind`, `--municipality`,
/// `--target-group`): each word a code (`hospitality`, `regular`) or a name in either
/// language, in any case (`horeca`, `regulier`, `Eijsden-Margraten`), so that a Dutch officer
/// never has to learn the codes. Declared once for every command that filters.
enum FilterField: String, CaseIterable {
  /// The filter fields by the names PlekCore's parsing reports problems under.
  case sectors, employerKinds, municipalities, targetGroups

  /// The option that gives the field.
  var option: String {
    switch self {
    case .sectors: "sector"
    case .employerKinds: "kind"
    case .municipalities: "municipality"
    case .targetGroups: "target-group"
    }
  }

  /// The option as commands declare it (codes or names, comma-separated).
  var spec: OptionSpec {
    switch self {
    case .sectors:
      OptionSpec(
        name: option, value: "S,…", en: "only places in these sectors (codes or names)",
        nl: "alleen plekken in deze sectoren (codes of namen)")
    case .employerKinds:
      OptionSpec(
        name: option, value: "K,…",
        en: "only these employer kinds: regular, social-municipal, external-sheltered, internal",
        nl: "alleen deze soorten werkgever: regulier, sociaal/gemeentelijk, extern beschut, intern")
    case .municipalities:
      OptionSpec(
        name: option, value: "M,…", en: "only participants living here",
        nl: "alleen deelnemers die hier wonen")
    case .targetGroups:
      OptionSpec(
        name: option, value: "G,…", en: "only these target groups", nl: "alleen deze doelgroepen")
    }
  }

  /// What one value is called, and what the values are called (for the hint).
  var names: (noun: Message, plural: Message) {
    switch self {
    case .sectors: (Message(en: "sector", nl: "sector"), Message(en: "Sectors", nl: "Sectoren"))
    case .employerKinds:
      (
        Message(en: "employer kind", nl: "soort werkgever"),
        Message(en: "Employer kinds", nl: "Soorten werkgever")
      )
    case .municipalities:
      (Message(en: "municipality", nl: "gemeente"), Message(en: "Municipalities", nl: "Gemeenten"))
    case .targetGroups:
      (
        Message(en: "target group", nl: "doelgroep"),
        Message(en: "Target groups", nl: "Doelgroepen")
      )
    }
  }

  /// Every value: its code and its names in English and Dutch.
  func values(_ taxonomy: Taxonomy) -> [(code: String, english: String, dutch: String)] {
    func labels<Value: Vocabulary & Labelled>(_: Value.Type) -> [(String, String, String)] {
      Value.allCases.map {
        ($0.rawValue, $0.label(.english).literalText, $0.label(.dutch).literalText)
      }
    }
    switch self {
    case .sectors:
      return taxonomy.sectors.map { ($0.id.rawValue, $0.name.english, $0.name.dutch) }
    case .employerKinds: return labels(EmployerKind.self)
    case .municipalities:
      return taxonomy.region.municipalities.map { ($0.id.rawValue, $0.name, $0.name) }
    case .targetGroups: return labels(TargetGroup.self)
    }
  }
}

extension Invocation {
  /// The codes of a filter option: a code as it is, a name (English or Dutch, any case)
  /// as its code; a word that is neither stays as typed, for the parser to refuse with a
  /// suggestion.
  func codes(_ field: FilterField, taxonomy: Taxonomy) -> [String] {
    let values = field.values(taxonomy)
    return list(field.option).map { word in
      let lowered = word.lowercased()
      return values.first {
        $0.code == word || $0.english.lowercased() == lowered || $0.dutch.lowercased() == lowered
      }?.code ?? word
    }
  }
}

extension Invocation {
  /// Throws the first problem of a filter's words as a usage error (``filterUsageError``).
  func check(_ problems: [ModelProblem], taxonomy: Taxonomy) throws(UsageError) {
    if let error = filterUsageError(problems, taxonomy: taxonomy, language: try language()) {
      throw error
    }
  }
}

/// The first problem of a filter's words (from PlekCore's filter parsing, the same as the
/// service's) as a usage error: "unknown sector 'horeka' (did you mean Horeca?)", with the
/// known names in the officer's language as the hint.
func filterUsageError(
  _ problems: [ModelProblem], taxonomy: Taxonomy, language: Language
) -> UsageError? {
  guard let problem = problems.first else { return nil }
  let name = String(problem.path.prefix { $0 != "[" })
  guard let field = FilterField(rawValue: name) else {
    return UsageError(
      Message(
        en: "\(text: name): \(text: problem.value ?? "")",
        nl: "\(text: name): \(text: problem.value ?? "")"))
  }
  // Problems quote the value as JSON does ("horeka"); the officer typed it bare.
  var word = problem.value ?? ""
  if word.count >= 2, word.hasPrefix("\""), word.hasSuffix("\"") {
    word = String(word.dropFirst().dropLast())
  }
  let values = field.values(taxonomy)
  // The hint lists what the officer would type: Dutch names in Dutch, the codes in English.
  let names = values.map { language == .dutch ? $0.dutch : $0.code }
  let hint = Message(
    en: "\(field.names.plural): \(text: names.joined(separator: ", ")).",
    nl: "\(field.names.plural): \(text: names.joined(separator: ", ")).")
  // The nearest of the codes and the names in the language (codes first on a tie).
  let candidates = values.map(\.code) + values.map { language == .dutch ? $0.dutch : $0.english }
  var error = UsageError.unknown(
    field.names.noun, word, among: candidates, shown: { "'\($0)'" }, suggested: { $0 })
  error.hint = hint
  return error
}
