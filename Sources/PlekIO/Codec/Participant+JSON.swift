import PlekCore

extension Participant {
  /// The data-file field names of a participant, in the order they are written.
  public static let jsonFields = [
    "id", "municipality", "location", "targetGroup", "indications", "loadCapacity",
    "competencies", "dutchLevel", "developmentPace", "wageValue", "supportNeed", "wishes",
    "availableFrom", "registeredOn",
  ]

  /// Decodes a participant, with placeholders for fields that failed (their problems are in
  /// `log`); `nil` only when `json` is not an object.
  static func decode(_ json: JSONValue, log: DecodeLog) -> Participant? {
    guard let fields = log.object(json, "", allowed: jsonFields) else { return nil }
    let id = fields.required("id").flatMap { log.identifier($0, "id", as: ParticipantID.self) }
    let municipality = fields.required("municipality").flatMap {
      log.taxonomyID(
        $0, "municipality", as: MunicipalityID.self, unknownKind: .unknownMunicipality,
        expected: "a municipality id of the region")
    }
    let location = fields.required("location").flatMap { log.geoPoint($0, "location") }
    let targetGroup = fields.required("targetGroup").flatMap {
      log.code($0, "targetGroup", as: TargetGroup.self)
    }
    let indications =
      fields.optional("indications").map {
        log.codeSet($0, "indications", as: Indication.self).map { log.values?.share($0) ?? $0 }
      } ?? []
    let loadCapacity = fields.required("loadCapacity").flatMap {
      LoadProfile.decode($0, "loadCapacity", log: log)
    }
    let competencies =
      fields.optional("competencies").map { log.competencies($0, "competencies") } ?? []
    var dutchLevel: DutchLevel?? = .some(nil)
    if let value = fields.optional("dutchLevel") {
      dutchLevel = log.code(value, "dutchLevel", as: DutchLevel.self).map { .some($0) }
    }
    let developmentPace = fields.required("developmentPace").flatMap {
      log.code($0, "developmentPace", as: DevelopmentPace.self)
    }
    var wageValue: Int?? = .some(nil)
    if let value = fields.optional("wageValue") {
      wageValue = log.int(value, "wageValue", 0...100).map { .some($0) }
    }
    let supportNeed = fields.required("supportNeed").flatMap {
      log.code($0, "supportNeed", as: SupportNeed.self)
    }
    let wishes = fields.required("wishes").flatMap { Wishes.decode($0, "wishes", log: log) }
    let availableFrom = fields.required("availableFrom").flatMap { log.day($0, "availableFrom") }
    let registeredOn = fields.optional("registeredOn").flatMap { log.day($0, "registeredOn") }
    return Participant(
      id: id ?? "x-placeholder", municipality: municipality ?? "x-placeholder",
      location: location ?? GeoPoint(latitude: 0, longitude: 0),
      targetGroup: targetGroup ?? .activation,
      indications: indications ?? [], loadCapacity: loadCapacity ?? .unknown,
      competencies: competencies ?? [],
      dutchLevel: dutchLevel ?? nil, developmentPace: developmentPace ?? .steady,
      wageValue: wageValue ?? nil,
      supportNeed: supportNeed ?? .none,
      wishes: wishes
        ?? Wishes(hoursPerWeek: HoursRange(min: 0, max: 0), maxTravelMinutes: 30, transport: .bike),
      availableFrom: availableFrom ?? Day(daysSinceEpoch: 0), registeredOn: registeredOn)
  }

  /// The participant as a JSON object, fields in ``jsonFields`` order, unknowns as `null`
  /// (`registeredOn` left out when not known, as files written before it have it).
  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember("id", .string(id.rawValue)),
      JSONMember("municipality", .string(municipality.rawValue)),
      JSONMember("location", location.json),
      JSONMember("targetGroup", .string(targetGroup.rawValue)),
      JSONMember("indications", Indication.allCases.filter(indications.contains).json),
      JSONMember("loadCapacity", loadCapacity.json),
      JSONMember("competencies", competencies.json),
      JSONMember("dutchLevel", dutchLevel.map { .string($0.rawValue) } ?? .null),
      JSONMember("developmentPace", .string(developmentPace.rawValue)),
      JSONMember("wageValue", wageValue.map { .int($0) } ?? .null),
      JSONMember("supportNeed", .string(supportNeed.rawValue)),
      JSONMember("wishes", wishes.json),
      JSONMember("availableFrom", .string(availableFrom.iso)),
    ]
    if let registeredOn { members.append(JSONMember("registeredOn", .string(registeredOn.iso))) }
    return .object(members)
  }
}

extension Wishes {
  static let jsonFields = [
    "sectors", "hoursPerWeek", "maxTravelMinutes", "transport", "wantsCertificate",
  ]

  static func decode(_ json: JSONValue, _ path: String, log: DecodeLog) -> Wishes? {
    guard let fields = log.object(json, path, allowed: jsonFields) else { return nil }
    let sectors =
      fields.optional("sectors").map { decodeSectors($0, fields.path("sectors"), log: log) } ?? []
    let hours = fields.required("hoursPerWeek").flatMap {
      log.hours($0, fields.path("hoursPerWeek"))
    }
    let maxTravel = fields.required("maxTravelMinutes").flatMap {
      log.int($0, fields.path("maxTravelMinutes"), Wishes.validTravelMinutes)
    }
    let transport = fields.required("transport").flatMap {
      log.code($0, fields.path("transport"), as: TransportMode.self)
    }
    let wantsCertificate =
      fields.optional("wantsCertificate").map { log.bool($0, fields.path("wantsCertificate")) }
      ?? false
    return Wishes(
      sectors: sectors ?? [], hoursPerWeek: hours ?? HoursRange(min: 0, max: 0),
      maxTravelMinutes: maxTravel ?? 30,
      transport: transport ?? .bike, wantsCertificate: wantsCertificate ?? false)
  }

  static let sectorFields = ["sector", "wish", "rank"]

  static func decodeSectors(_ json: JSONValue, _ path: String, log: DecodeLog)
    -> [SectorPreference]?
  {
    guard let elements = log.array(json, path) else { return nil }
    var preferences: [SectorPreference] = []
    // A failed entry becomes a placeholder, so that later entries keep their index.
    let placeholder = SectorPreference(sector: "x-placeholder", wish: .neutral)
    for (index, element) in elements.enumerated() {
      guard let fields = log.object(element, path, index: index, allowed: sectorFields) else {
        preferences.append(placeholder)
        log.placeholder(DecodeLog.join(path, index))
        continue
      }
      let sector = fields.required("sector").flatMap {
        log.taxonomyID(
          $0, fields.path("sector"), as: SectorID.self, unknownKind: .unknownSector,
          expected: "a sector id from the taxonomy")
      }
      let wishCode = fields.required("wish").flatMap { value -> String? in
        guard let text = log.string(value, fields.path("wish")) else { return nil }
        guard SectorWish.codes.contains(text) else {
          log.add(
            fields.path("wish"), .invalidValue, DecodeLog.render(value),
            "one of: " + SectorWish.codes.joined(separator: ", "))
          return nil
        }
        return text
      }
      var wish: SectorWish?
      switch (wishCode, fields.optional("rank")) {
      case ("wanted", let rank?):
        wish = log.int(rank, fields.path("rank"), SectorWish.validRanks).map { .wanted(rank: $0) }
      case ("wanted", nil):
        log.add(fields.path("rank"), .missingField, nil, "a rank 1–16 for a wanted sector")
      case (let code?, let rank?):
        log.add(
          fields.path("rank"), .conflict, DecodeLog.render(rank),
          "no rank for a sector that is \(code)")
      case ("excluded", nil): wish = .excluded
      case ("neutral", nil): wish = .neutral
      default: break
      }
      if let sector, let wish {
        preferences.append(SectorPreference(sector: sector, wish: wish))
      } else {
        preferences.append(placeholder)
        log.placeholder(fields.path)
      }
    }
    return preferences
  }

  var json: JSONValue {
    .object([
      JSONMember(
        "sectors",
        .array(
          sectors.map { preference in
            switch preference.wish {
            case .excluded:
              .object(["sector": .string(preference.sector.rawValue), "wish": "excluded"])
            case .neutral:
              .object(["sector": .string(preference.sector.rawValue), "wish": "neutral"])
            case .wanted(let rank):
              .object([
                "sector": .string(preference.sector.rawValue), "wish": "wanted", "rank": .int(rank),
              ])
            }
          })),
      JSONMember("hoursPerWeek", hoursPerWeek.json),
      JSONMember("maxTravelMinutes", .int(maxTravelMinutes)),
      JSONMember("transport", .string(transport.rawValue)),
      JSONMember("wantsCertificate", .bool(wantsCertificate)),
    ])
  }
}

extension LoadProfile {
  /// The data-file field names of a load profile: the dimensions' codes.
  static let jsonFields = LoadDimension.allCodes
  static let dimensions = LoadDimension.allCases

  /// Decodes `{ "lifting": 2, "walking": null, ... }`; dimensions not present are unknown.
  static func decode(_ json: JSONValue, _ path: String, log: DecodeLog) -> LoadProfile? {
    guard let fields = log.object(json, path, allowed: Self.jsonFields) else { return nil }
    var profile = LoadProfile.unknown
    for (ordinal, member) in fields.members.enumerated() {
      guard member.value != .null,
        let position = DecodeLog.position(of: member.key, in: jsonFields, hint: ordinal)
      else { continue }
      let dimension = dimensions[position]
      // A level that fails stays unknown here; its problem is in the log.
      if let level = log.int(member.value, fields.path(member.key), LoadLevel.range) {
        profile[dimension] = LoadLevel(level)
      }
    }
    return profile
  }

  var json: JSONValue {
    .object(
      LoadDimension.allCases.map { dimension in
        JSONMember(dimension.rawValue, self[dimension].map { .int(Int($0.rawValue)) } ?? .null)
      })
  }
}

extension GeoPoint {
  var json: JSONValue {
    .object([JSONMember("lat", .number(latitude)), JSONMember("lon", .number(longitude))])
  }
}

extension HoursRange {
  var json: JSONValue { .object([JSONMember("min", .int(min)), JSONMember("max", .int(max))]) }
}

extension Array where Element == CompetencyEntry {
  var json: JSONValue {
    .array(map { .object(["id": .string($0.id.rawValue), "level": .int(Int($0.level.rawValue))]) })
  }
}

extension Array where Element: Vocabulary {
  var json: JSONValue { .array(map { .string($0.rawValue) }) }
}
