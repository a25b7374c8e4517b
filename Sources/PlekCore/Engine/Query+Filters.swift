/// Filters from the words of a request, and their validation: the CLI's options and the
/// service's parameters go through the same code, and the engine refuses what it would
/// otherwise silently match against nothing.
extension PlaceFilter {
  /// A filter from sector ids and employer-kind codes as a person types them or a client
  /// sends them; every unknown word is a problem naming it, with the nearest known word.
  /// Paths are `sectors[i]`, `employerKinds[i]` and `maxTravelMinutes`.
  public static func parse(
    sectors: [String], employerKinds: [String], learningOnly: Bool = false,
    maxTravelMinutes: Int? = nil, taxonomy: Taxonomy
  ) -> (filter: PlaceFilter, problems: [ModelProblem]) {
    var filter = PlaceFilter(learningOnly: learningOnly, maxTravelMinutes: maxTravelMinutes)
    var problems: [ModelProblem] = []
    filter.sectors = known(
      sectors, "sectors", .unknownSector, "a sector id from the taxonomy",
      among: taxonomy.sectors.map(\.id.rawValue), into: &problems
    ) { SectorID($0).flatMap { taxonomy.index(of: $0) != nil ? $0 : nil } }
    filter.employerKinds = known(
      employerKinds, "employerKinds", .invalidValue,
      "one of: " + EmployerKind.allCodes.joined(separator: ", "), among: EmployerKind.allCodes,
      into: &problems, EmployerKind.init(rawValue:))
    return (filter, problems + travelProblems(maxTravelMinutes))
  }

  /// What is wrong with this filter under `taxonomy`: sectors it does not know, a travel
  /// limit out of range.
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    if sectors.isEmpty && maxTravelMinutes == nil { return [] }
    var problems: [ModelProblem] = []
    for sector in sectors.sorted() where taxonomy.index(of: sector) == nil {
      problems.append(
        unknown(
          "sectors", .unknownSector, sector.rawValue, "a sector id from the taxonomy",
          among: taxonomy.sectors.map(\.id.rawValue)))
    }
    return problems + travelProblems(maxTravelMinutes)
  }
}

extension ParticipantFilter {
  /// A filter from municipality ids as typed or sent; every unknown id is a problem with the
  /// nearest known one. Paths are `municipalities[i]` and `maxTravelMinutes`.
  public static func parse(
    municipalities: [String], maxTravelMinutes: Int? = nil, taxonomy: Taxonomy
  ) -> (filter: ParticipantFilter, problems: [ModelProblem]) {
    var filter = ParticipantFilter(maxTravelMinutes: maxTravelMinutes)
    var problems: [ModelProblem] = []
    filter.municipalities = known(
      municipalities, "municipalities", .unknownMunicipality, "a municipality id of the region",
      among: taxonomy.region.municipalities.map(\.id.rawValue), into: &problems
    ) { MunicipalityID($0).flatMap { taxonomy.index(of: $0) != nil ? $0 : nil } }
    return (filter, problems + travelProblems(maxTravelMinutes))
  }

  /// What is wrong with this filter under `taxonomy`.
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    if municipalities.isEmpty && maxTravelMinutes == nil { return [] }
    var problems: [ModelProblem] = []
    for municipality in municipalities.sorted() where taxonomy.index(of: municipality) == nil {
      problems.append(
        unknown(
          "municipalities", .unknownMunicipality, municipality.rawValue,
          "a municipality id of the region",
          among: taxonomy.region.municipalities.map(\.id.rawValue)))
    }
    return problems + travelProblems(maxTravelMinutes)
  }
}

extension Cohort {
  /// A cohort from municipality ids and target-group codes as typed or sent; every unknown
  /// word is a problem with the nearest known one. Paths are `municipalities[i]` and
  /// `targetGroups[i]`.
  public static func parse(municipalities: [String], targetGroups: [String], taxonomy: Taxonomy)
    -> (cohort: Cohort, problems: [ModelProblem])
  {
    var problems: [ModelProblem] = []
    let places = known(
      municipalities, "municipalities", .unknownMunicipality, "a municipality id of the region",
      among: taxonomy.region.municipalities.map(\.id.rawValue), into: &problems
    ) { MunicipalityID($0).flatMap { taxonomy.index(of: $0) != nil ? $0 : nil } }
    let groups = known(
      targetGroups, "targetGroups", .invalidValue,
      "one of: " + TargetGroup.allCodes.joined(separator: ", "), among: TargetGroup.allCodes,
      into: &problems, TargetGroup.init(rawValue:))
    return (Cohort(municipalities: places, targetGroups: groups), problems)
  }
}

/// The known words of a list as values; every other word is a problem at `path[i]`.
private func known<Value: Hashable>(
  _ words: [String], _ path: String, _ kind: ProblemKind, _ expected: String,
  among candidates: [String], into problems: inout [ModelProblem], _ value: (String) -> Value?
) -> Set<Value> {
  var values = Set<Value>()
  for (index, word) in words.enumerated() {
    if let known = value(word) {
      values.insert(known)
    } else {
      problems.append(unknown("\(path)[\(index)]", kind, word, expected, among: candidates))
    }
  }
  return values
}

/// An unknown word: the value in quotes, what was expected and the nearest known word.
private func unknown(
  _ path: String, _ kind: ProblemKind, _ text: String, _ expected: String, among known: [String]
) -> ModelProblem {
  let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
  return ModelProblem(
    path: path, kind: kind, value: "\"" + shown + "\"", expected: expected,
    suggestion: Suggestion.closest(to: text, among: known))
}

private func travelProblems(_ minutes: Int?) -> [ModelProblem] {
  guard let minutes, !Limits.travelMinutes.contains(minutes) else { return [] }
  return [
    ModelProblem(
      path: "maxTravelMinutes", kind: .outOfRange, value: String(minutes),
      expected: "\(Limits.travelMinutes.lowerBound)–\(Limits.travelMinutes.upperBound)")
  ]
}
