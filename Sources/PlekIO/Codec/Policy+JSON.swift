import PlekCore

extension Policy {
  /// Decodes a policy: every key optional (a missing key keeps its default), unknown keys
  /// rejected, then the values validated, once, against `taxonomy` (without one, everything
  /// but the municipality ids). Every problem is reported, those of the JSON's shape and
  /// those of its values together.
  public static func decode(json: JSONValue, taxonomy: Taxonomy?) -> Decoded<Policy> {
    let log = DecodeLog()
    var policy = Policy.default
    decode(json, into: &policy, log: log)
    guard let taxonomy else {
      log.appendSemantic(policy.problems(in: nil))
      return Decoded(
        validated: nil, unvalidated: log.problems.isEmpty ? policy : nil, problems: log.problems)
    }
    return log.finish(policy, taxonomy: taxonomy)
  }

  /// The keys of a policy file, in the order they are written.
  public static let jsonFields = [
    "weights", "travel", "monthsPerLevel", "dutchMonthsPerLevel", "placementOrder",
    "placementProfiles", "targetGroupProfiles", "developableTargetGroups", "sectorWish",
    "supportSurplusPenalty", "jobCoaches", "assessmentPointCost",
    "wswOtherProviderMunicipalities", "planningHorizonDays", "vangnetMonths", "sroiBonus", "advice",
  ]

  static let anyNumber = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude

  static func decode(_ json: JSONValue, into policy: inout Policy, log: DecodeLog) {
    guard let fields = log.object(json, "", allowed: jsonFields) else { return }
    if let value = fields.optional("weights"),
      let weights = log.object(value, "weights", allowed: ScoreComponentKind.allCodes)
    {
      for kind in ScoreComponentKind.allCases {
        number(weights, kind.rawValue, log) { policy.weights[kind] = $0 }
      }
    }
    if let value = fields.optional("travel"),
      let travel = log.object(value, "travel", allowed: ["detourFactor", "modes"])
    {
      number(travel, "detourFactor", log) { policy.travel.detourFactor = $0 }
      if let modesValue = travel.optional("modes"),
        let modes = log.object(modesValue, travel.path("modes"), allowed: TransportMode.allCodes)
      {
        for mode in TransportMode.allCases {
          guard let modeValue = modes.optional(mode.rawValue),
            let speed = log.object(
              modeValue, modes.path(mode.rawValue),
              allowed: ["kilometresPerHour", "overheadMinutes"])
          else { continue }
          number(speed, "kilometresPerHour", log) { policy.travel[mode].kilometresPerHour = $0 }
          number(speed, "overheadMinutes", log) { policy.travel[mode].overheadMinutes = $0 }
        }
      }
    }
    paceMonths(fields, "monthsPerLevel", log) { policy.monthsPerLevel = $0 }
    paceMonths(fields, "dutchMonthsPerLevel", log) { policy.dutchMonthsPerLevel = $0 }
    if let value = fields.optional("placementOrder") {
      order(value, "placementOrder", into: &policy.placementOrder, log)
    }
    if let value = fields.optional("placementProfiles"),
      let profiles = log.object(value, "placementProfiles", allowed: PlacementProfile.allCodes)
    {
      for profile in PlacementProfile.allCases {
        guard let ruleValue = profiles.optional(profile.rawValue),
          let rule = log.object(
            ruleValue, profiles.path(profile.rawValue), allowed: ["order", "internalMargin"])
        else { continue }
        var decoded =
          policy.placementProfiles.rules[profile]
          ?? PlacementRule(order: PlacementOrderValues(), internalMargin: 0)
        if let orderValue = rule.optional("order") {
          order(orderValue, rule.path("order"), into: &decoded.order, log)
        }
        number(rule, "internalMargin", log) { decoded.internalMargin = $0 }
        policy.placementProfiles.rules[profile] = decoded
      }
    }
    if let value = fields.optional("targetGroupProfiles"),
      let groups = log.object(value, "targetGroupProfiles", allowed: TargetGroup.allCodes)
    {
      // The table is replaced, not merged: a group not listed takes the standard order.
      var table: [TargetGroup: PlacementProfile] = [:]
      for member in groups.members {
        guard let group = TargetGroup(rawValue: member.key),
          let profile = log.code(
            member.value, groups.path(member.key), as: PlacementProfile.self)
        else { continue }
        table[group] = profile
      }
      policy.placementProfiles.targetGroups = table
    }
    if let value = fields.optional("developableTargetGroups"),
      let set = log.codeSet(value, "developableTargetGroups", as: TargetGroup.self)
    {
      policy.developableTargetGroups = TargetGroup.allCases.filter(set.contains)
    }
    if let value = fields.optional("sectorWish"),
      let wish = log.object(
        value, "sectorWish", allowed: ["rankStep", "wantedFloor", "neutral", "excludedSecondary"])
    {
      number(wish, "rankStep", log) { policy.sectorWish.rankStep = $0 }
      number(wish, "wantedFloor", log) { policy.sectorWish.wantedFloor = $0 }
      number(wish, "neutral", log) { policy.sectorWish.neutral = $0 }
      number(wish, "excludedSecondary", log) { policy.sectorWish.excludedSecondary = $0 }
    }
    number(fields, "supportSurplusPenalty", log) { policy.supportSurplusPenalty = $0 }
    if let value = fields.optional("jobCoaches"),
      let coaches = log.object(value, "jobCoaches", allowed: ["provided", "arrangedSupportValue"])
    {
      if let flag = coaches.optional("provided").flatMap({
        log.bool($0, coaches.path("provided"))
      }) {
        policy.jobCoaches.provided = flag
      }
      number(coaches, "arrangedSupportValue", log) { policy.jobCoaches.arrangedSupportValue = $0 }
    }
    number(fields, "assessmentPointCost", log) { policy.assessmentPointCost = $0 }
    number(fields, "sroiBonus", log) { policy.sroiBonus = $0 }
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
    if let months = fields.optional("vangnetMonths").flatMap({
      log.int($0, "vangnetMonths", 0...24)
    }) {
      policy.vangnetMonths = months
    }
    if let value = fields.optional("advice"),
      let advice = log.object(
        value, "advice",
        allowed: [
          "travelStepMinutes", "maximumExtraTravelMinutes", "hoursStep", "planningStepDays",
        ])
    {
      // Whole numbers of any size here: their ranges are checked by validation.
      func integer(_ key: String, _ set: (Int) -> Void) {
        if let number = advice.optional(key).flatMap({
          log.int($0, advice.path(key), -1_000_000...1_000_000)
        }) {
          set(number)
        }
      }
      integer("travelStepMinutes") { policy.advice.travelStepMinutes = $0 }
      integer("maximumExtraTravelMinutes") { policy.advice.maximumExtraTravelMinutes = $0 }
      integer("hoursStep") { policy.advice.hoursStep = $0 }
      integer("planningStepDays") { policy.advice.planningStepDays = $0 }
    }
  }

  /// A number member, handed to `set` when it is one (the range is checked by validation).
  static func number(_ fields: Fields, _ key: String, _ log: DecodeLog, _ set: (Double) -> Void) {
    if let number = fields.optional(key).flatMap({ log.double($0, fields.path(key), anyNumber) }) {
      set(number)
    }
  }

  static func paceMonths(
    _ fields: Fields, _ key: String, _ log: DecodeLog, _ set: (PaceMonths) -> Void
  ) {
    guard let value = fields.optional(key),
      let months = log.object(value, key, allowed: DevelopmentPace.allCodes)
    else { return }
    var table = key == "dutchMonthsPerLevel" ? Policy.default.dutchMonthsPerLevel : PaceMonths()
    for pace in DevelopmentPace.allCases {
      if let count = months.optional(pace.rawValue).flatMap({
        log.int($0, months.path(pace.rawValue), 1...60)
      }) {
        table[pace] = count
      }
    }
    set(table)
  }

  static func order(
    _ value: JSONValue, _ path: String, into order: inout PlacementOrderValues, _ log: DecodeLog
  ) {
    guard let kinds = log.object(value, path, allowed: EmployerKind.allCodes) else { return }
    for kind in EmployerKind.allCases {
      number(kinds, kind.rawValue, log) { order[kind] = $0 }
    }
  }

  /// The complete policy as JSON, every key present, in ``jsonFields`` order.
  public var json: JSONValue {
    func orderJSON(_ order: PlacementOrderValues) -> JSONValue {
      .object(EmployerKind.allCases.map { JSONMember($0.rawValue, .number(order[$0])) })
    }
    func paceJSON(_ months: PaceMonths) -> JSONValue {
      .object(DevelopmentPace.allCases.map { JSONMember($0.rawValue, .int(months[$0])) })
    }
    return .object([
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
      JSONMember("monthsPerLevel", paceJSON(monthsPerLevel)),
      JSONMember("dutchMonthsPerLevel", paceJSON(dutchMonthsPerLevel)),
      JSONMember("placementOrder", orderJSON(placementOrder)),
      JSONMember(
        "placementProfiles",
        .object(
          PlacementProfile.allCases.compactMap { profile in
            placementProfiles.rules[profile].map { rule in
              JSONMember(
                profile.rawValue,
                .object([
                  JSONMember("order", orderJSON(rule.order)),
                  JSONMember("internalMargin", .number(rule.internalMargin)),
                ]))
            }
          })),
      JSONMember(
        "targetGroupProfiles",
        .object(
          TargetGroup.allCases.compactMap { group in
            placementProfiles.targetGroups[group].map {
              JSONMember(group.rawValue, .string($0.rawValue))
            }
          })),
      JSONMember(
        "developableTargetGroups", .array(developableTargetGroups.map { .string($0.rawValue) })),
      JSONMember(
        "sectorWish",
        .object([
          JSONMember("rankStep", .number(sectorWish.rankStep)),
          JSONMember("wantedFloor", .number(sectorWish.wantedFloor)),
          JSONMember("neutral", .number(sectorWish.neutral)),
          JSONMember("excludedSecondary", .number(sectorWish.excludedSecondary)),
        ])),
      JSONMember("supportSurplusPenalty", .number(supportSurplusPenalty)),
      JSONMember(
        "jobCoaches",
        .object([
          JSONMember("provided", .bool(jobCoaches.provided)),
          JSONMember("arrangedSupportValue", .number(jobCoaches.arrangedSupportValue)),
        ])),
      JSONMember("assessmentPointCost", .number(assessmentPointCost)),
      JSONMember(
        "wswOtherProviderMunicipalities",
        .array(wswOtherProviderMunicipalities.map { .string($0.rawValue) })),
      JSONMember("planningHorizonDays", .int(planningHorizonDays)),
      JSONMember("vangnetMonths", .int(vangnetMonths)),
      JSONMember("sroiBonus", .number(sroiBonus)),
      JSONMember(
        "advice",
        .object([
          JSONMember("travelStepMinutes", .int(advice.travelStepMinutes)),
          JSONMember("maximumExtraTravelMinutes", .int(advice.maximumExtraTravelMinutes)),
          JSONMember("hoursStep", .int(advice.hoursStep)),
          JSONMember("planningStepDays", .int(advice.planningStepDays)),
        ])),
    ])
  }
}
