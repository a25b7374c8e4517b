import PlekCore

extension Policy {
  /// Decodes a policy: every key optional (a missing key keeps its default), unknown keys
  /// rejected, then the values validated, once, against `taxonomy` (without one, everything
  /// but the municipality ids).
  public static func decode(json: JSONValue, taxonomy: Taxonomy?) -> Decoded<Policy> {
    let log = DecodeLog()
    var policy = Policy.default
    decode(json, into: &policy, log: log)
    guard log.problems.isEmpty else { return Decoded(validated: nil, problems: log.problems) }
    guard let taxonomy else {
      let problems = policy.problems(in: nil)
      return Decoded(
        validated: nil, unvalidated: problems.isEmpty ? policy : nil, problems: problems)
    }
    let validation = taxonomy.validate(policy)
    return Decoded(validated: validation.validated, problems: validation.problems)
  }

  static let jsonFields = [
    "weights", "travel", "monthsPerLevel", "placementOrder", "sectorWish",
    "supportSurplusPenalty", "wswOtherProviderMunicipalities", "planningHorizonDays",
  ]

  static func decode(_ json: JSONValue, into policy: inout Policy, log: DecodeLog) {
    guard let fields = log.object(json, "", allowed: jsonFields) else { return }
    let anyNumber = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
    if let value = fields.optional("weights"),
      let weights = log.object(value, "weights", allowed: ScoreComponentKind.allCodes)
    {
      for kind in ScoreComponentKind.allCases {
        if let weight = weights.optional(kind.rawValue).flatMap({
          log.double($0, weights.path(kind.rawValue), anyNumber)
        }) {
          policy.weights[kind] = weight
        }
      }
    }
    if let value = fields.optional("travel"),
      let travel = log.object(value, "travel", allowed: ["detourFactor", "modes"])
    {
      if let factor = travel.optional("detourFactor").flatMap({
        log.double($0, travel.path("detourFactor"), anyNumber)
      }) {
        policy.travel.detourFactor = factor
      }
      if let modesValue = travel.optional("modes"),
        let modes = log.object(modesValue, travel.path("modes"), allowed: TransportMode.allCodes)
      {
        for mode in TransportMode.allCases {
          guard let modeValue = modes.optional(mode.rawValue),
            let speed = log.object(
              modeValue, modes.path(mode.rawValue),
              allowed: ["kilometresPerHour", "overheadMinutes"])
          else { continue }
          if let kmh = speed.optional("kilometresPerHour").flatMap({
            log.double($0, speed.path("kilometresPerHour"), anyNumber)
          }) {
            policy.travel[mode].kilometresPerHour = kmh
          }
          if let overhead = speed.optional("overheadMinutes").flatMap({
            log.double($0, speed.path("overheadMinutes"), anyNumber)
          }) {
            policy.travel[mode].overheadMinutes = overhead
          }
        }
      }
    }
    if let value = fields.optional("monthsPerLevel"),
      let months = log.object(value, "monthsPerLevel", allowed: DevelopmentPace.allCodes)
    {
      for pace in DevelopmentPace.allCases {
        if let count = months.optional(pace.rawValue).flatMap({
          log.int($0, months.path(pace.rawValue), 1...60)
        }) {
          policy.monthsPerLevel[pace] = count
        }
      }
    }
    if let value = fields.optional("placementOrder"),
      let order = log.object(value, "placementOrder", allowed: EmployerKind.allCodes)
    {
      for kind in EmployerKind.allCases {
        if let number = order.optional(kind.rawValue).flatMap({
          log.double($0, order.path(kind.rawValue), anyNumber)
        }) {
          policy.placementOrder[kind] = number
        }
      }
    }
    if let value = fields.optional("sectorWish"),
      let wish = log.object(value, "sectorWish", allowed: ["rankStep", "wantedFloor", "neutral"])
    {
      if let number = wish.optional("rankStep").flatMap({
        log.double($0, wish.path("rankStep"), anyNumber)
      }) {
        policy.sectorWish.rankStep = number
      }
      if let number = wish.optional("wantedFloor").flatMap({
        log.double($0, wish.path("wantedFloor"), anyNumber)
      }) {
        policy.sectorWish.wantedFloor = number
      }
      if let number = wish.optional("neutral").flatMap({
        log.double($0, wish.path("neutral"), anyNumber)
      }) {
        policy.sectorWish.neutral = number
      }
    }
    if let number = fields.optional("supportSurplusPenalty").flatMap({
      log.double($0, "supportSurplusPenalty", anyNumber)
    }) {
      policy.supportSurplusPenalty = number
    }
    if let value = fields.optional("wswOtherProviderMunicipalities"),
      let elements = log.array(value, "wswOtherProviderMunicipalities")
    {
      let ids = elements.enumerated().map { index, element in
        log.taxonomyID(
          element, DecodeLog.join("wswOtherProviderMunicipalities", index),
          as: MunicipalityID.self, unknownKind: .unknownMunicipality,
          expected: "a municipality id of the region")
      }
      if !ids.contains(nil) { policy.wswOtherProviderMunicipalities = ids.compactMap { $0 } }
    }
    if let days = fields.optional("planningHorizonDays").flatMap({
      log.int($0, "planningHorizonDays", 0...365)
    }) {
      policy.planningHorizonDays = days
    }
  }

  /// The complete policy as JSON, every key present.
  public var json: JSONValue {
    .object([
      JSONMember(
        "weights",
        .object(ScoreComponentKind.allCases.map { JSONMember($0.rawValue, .number(weights[$0])) })),
      JSONMember(
        "travel",
        .object([
          JSONMember("detourFactor", .number(travel.detourFactor)),
          JSONMember(
            "modes",
            .object(
              TransportMode.allCases.map { mode in
                JSONMember(
                  mode.rawValue,
                  .object([
                    JSONMember("kilometresPerHour", .number(travel[mode].kilometresPerHour)),
                    JSONMember("overheadMinutes", .number(travel[mode].overheadMinutes)),
                  ]))
              })),
        ])),
      JSONMember(
        "monthsPerLevel",
        .object(DevelopmentPace.allCases.map { JSONMember($0.rawValue, .int(monthsPerLevel[$0])) })),
      JSONMember(
        "placementOrder",
        .object(EmployerKind.allCases.map { JSONMember($0.rawValue, .number(placementOrder[$0])) })),
      JSONMember(
        "sectorWish",
        .object([
          JSONMember("rankStep", .number(sectorWish.rankStep)),
          JSONMember("wantedFloor", .number(sectorWish.wantedFloor)),
          JSONMember("neutral", .number(sectorWish.neutral)),
        ])),
      JSONMember("supportSurplusPenalty", .number(supportSurplusPenalty)),
      JSONMember(
        "wswOtherProviderMunicipalities",
        .array(wswOtherProviderMunicipalities.map { .string($0.rawValue) })),
      JSONMember("planningHorizonDays", .int(planningHorizonDays)),
    ])
  }
}
