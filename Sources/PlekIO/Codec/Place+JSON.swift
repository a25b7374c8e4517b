import PlekCore

extension Place {
  /// The data-file field names of a place, in the order they are written.
  public static let jsonFields = [
    "id", "employerId", "employerKind", "title", "sectors", "location", "hoursPerWeek",
    "loadDemand", "adaptable", "requiredCompetencies", "desiredCompetencies", "dutchLevel",
    "learningOffer", "support", "acceptsWageSubsidy", "requiredIndications", "freeSlots",
    "openFrom", "sroi", "capacity",
  ]

  /// Decodes a place, with placeholders for fields that failed; `nil` only when `json` is not
  /// an object.
  static func decode(_ json: JSONValue, log: DecodeLog) -> Place? {
    guard let fields = log.object(json, "", allowed: jsonFields) else { return nil }
    let id = fields.required("id").flatMap { log.identifier($0, "id", as: PlaceID.self) }
    let employerID = fields.required("employerId").flatMap {
      log.identifier($0, "employerId", as: EmployerID.self)
    }
    let employerKind = fields.required("employerKind").flatMap {
      log.code($0, "employerKind", as: EmployerKind.self)
    }
    var title: String?? = .some(nil)
    if let value = fields.optional("title") {
      title = log.string(value, "title").map { .some(log.values?.share($0) ?? $0) }
    }
    let sectors = fields.required("sectors").flatMap { value -> [SectorID]? in
      guard let elements = log.array(value, "sectors") else { return nil }
      return elements.enumerated().map { index, element in
        log.taxonomyID(
          element, DecodeLog.join("sectors", index), as: SectorID.self, unknownKind: .unknownSector,
          expected: "a sector id from the taxonomy") ?? "x-placeholder"
      }
    }
    let location = fields.required("location").flatMap { log.geoPoint($0, "location") }
    let hours = fields.required("hoursPerWeek").flatMap { log.hours($0, "hoursPerWeek") }
    let loadDemand = fields.required("loadDemand").flatMap {
      LoadProfile.decode($0, "loadDemand", log: log)
    }
    let adaptable =
      fields.optional("adaptable").map {
        log.codeSet($0, "adaptable", as: LoadDimension.self).map { log.values?.share($0) ?? $0 }
      } ?? []
    let required =
      fields.optional("requiredCompetencies").map {
        log.competencies($0, "requiredCompetencies")
      } ?? []
    let desired =
      fields.optional("desiredCompetencies").map { log.competencies($0, "desiredCompetencies") }
      ?? []
    let dutchLevel =
      fields.optional("dutchLevel").map { log.code($0, "dutchLevel", as: DutchLevel.self) } ?? .a0
    var learningOffer: LearningOffer?? = .some(nil)
    if let value = fields.optional("learningOffer") {
      learningOffer = LearningOffer.decode(value, "learningOffer", log: log).map { .some($0) }
    }
    let support =
      fields.optional("support").map { log.code($0, "support", as: SupportOffer.self) }
      ?? SupportOffer.none
    // Absent or null: the employer has not said (unknown, never "no").
    var acceptsSubsidy: Bool?? = .some(nil)
    if let value = fields.optional("acceptsWageSubsidy"), value != .null {
      acceptsSubsidy = log.bool(value, "acceptsWageSubsidy").map { .some($0) }
    }
    let indications =
      fields.optional("requiredIndications").map {
        log.codeSet($0, "requiredIndications", as: Indication.self).map {
          log.values?.share($0) ?? $0
        }
      } ?? []
    // With a capacity the free slots follow from the placements: freeSlots may be left out
    // (and is not used when given).
    let capacity = fields.optional("capacity").flatMap {
      log.int($0, "capacity", Place.validFreeSlots)
    }
    var freeSlots = capacity
    if let value = fields.optional("freeSlots") {
      freeSlots = log.int(value, "freeSlots", Place.validFreeSlots)
    } else if fields.optional("capacity") == nil {
      log.add("freeSlots", .missingField, nil, "a whole number 0–10000, or a capacity")
    }
    let openFrom = fields.required("openFrom").flatMap { log.day($0, "openFrom") }
    let sroi = fields.optional("sroi").flatMap { log.bool($0, "sroi") }
    return Place(
      id: id ?? "x-placeholder", employerID: employerID ?? "x-placeholder",
      employerKind: employerKind ?? .regular,
      title: title ?? nil, sectors: sectors ?? [],
      location: location ?? GeoPoint(latitude: 0, longitude: 0),
      hoursPerWeek: hours ?? HoursRange(min: 1, max: 1),
      loadDemand: loadDemand ?? LoadProfile(repeating: .none),
      adaptable: adaptable ?? [], requiredCompetencies: required ?? [],
      desiredCompetencies: desired ?? [],
      dutchLevel: dutchLevel ?? .a0, learningOffer: learningOffer ?? nil, support: support ?? .none,
      acceptsWageSubsidy: acceptsSubsidy ?? nil, requiredIndications: indications ?? [],
      freeSlots: freeSlots ?? 1,
      openFrom: openFrom ?? Day(daysSinceEpoch: 0), sroi: sroi ?? false, capacity: capacity)
  }

  /// The place as a JSON object, fields in ``jsonFields`` order (`sroi` only when it is
  /// `true` and `capacity` only when given, as files written before them have it).
  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember("id", .string(id.rawValue)),
      JSONMember("employerId", .string(employerID.rawValue)),
      JSONMember("employerKind", .string(employerKind.rawValue)),
      JSONMember("title", title.map { .string($0) } ?? .null),
      JSONMember("sectors", .array(sectors.map { .string($0.rawValue) })),
      JSONMember("location", location.json),
      JSONMember("hoursPerWeek", hoursPerWeek.json),
      JSONMember("loadDemand", loadDemand.json),
      JSONMember("adaptable", LoadDimension.allCases.filter(adaptable.contains).json),
      JSONMember("requiredCompetencies", requiredCompetencies.json),
      JSONMember("desiredCompetencies", desiredCompetencies.json),
      JSONMember("dutchLevel", .string(dutchLevel.rawValue)),
      JSONMember("learningOffer", learningOffer?.json ?? .null),
      JSONMember("support", .string(support.rawValue)),
      JSONMember("acceptsWageSubsidy", acceptsWageSubsidy.map { .bool($0) } ?? .null),
      JSONMember(
        "requiredIndications", Indication.allCases.filter(requiredIndications.contains).json),
      JSONMember("freeSlots", .int(freeSlots)),
      JSONMember("openFrom", .string(openFrom.iso)),
    ]
    if sroi { members.append(JSONMember("sroi", true)) }
    if let capacity { members.append(JSONMember("capacity", .int(capacity))) }
    return .object(members)
  }
}

extension LearningOffer {
  /// The data-file field names of a learning offer.
  static let jsonFields = ["teaches", "months", "certificate", "teachesDutch"]

  static func decode(_ json: JSONValue, _ path: String, log: DecodeLog) -> LearningOffer? {
    guard
      let fields = log.object(
        json, path, allowed: jsonFields)
    else { return nil }
    let teaches = fields.required("teaches").flatMap {
      log.competencies($0, fields.path("teaches"))
    }
    let months = fields.required("months").flatMap {
      log.int($0, fields.path("months"), LearningOffer.validMonths)
    }
    let certificate =
      fields.optional("certificate").map { log.bool($0, fields.path("certificate")) } ?? false
    let teachesDutch =
      fields.optional("teachesDutch").map { log.bool($0, fields.path("teachesDutch")) } ?? false
    return LearningOffer(
      teaches: teaches ?? [], months: months ?? 1, certificate: certificate ?? false,
      teachesDutch: teachesDutch ?? false)
  }

  var json: JSONValue {
    .object([
      JSONMember("teaches", teaches.json),
      JSONMember("months", .int(months)),
      JSONMember("certificate", .bool(certificate)),
      JSONMember("teachesDutch", .bool(teachesDutch)),
    ])
  }
}
