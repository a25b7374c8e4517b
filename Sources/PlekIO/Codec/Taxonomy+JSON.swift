import PlekCore

/// Decoding and encoding of the four taxonomy files.
public enum TaxonomyCodec {
  /// The file names in a taxonomy directory.
  public enum File: String, CaseIterable, Sendable {
    /// The sectors, in bit order.
    case sectors = "sectors.json"
    /// The competencies, in bit order.
    case competencies = "competencies.json"
    /// The sixteen load dimensions with level descriptions.
    case loadDimensions = "load-dimensions.json"
    /// The region: bounds and municipalities.
    case region = "region.json"
  }

  static func localized(_ fields: Fields, log: DecodeLog) -> LocalizedText? {
    let english = fields.required("en").flatMap { log.string($0, fields.path("en")) }
    let dutch = fields.required("nl").flatMap { log.string($0, fields.path("nl")) }
    guard let english, let dutch else { return nil }
    for (key, text) in [("en", english), ("nl", dutch)] where text.isEmpty {
      log.add(fields.path(key), .empty, "\"\"", "a name")
    }
    return LocalizedText(english: english, dutch: dutch)
  }

  static func records<T>(
    _ json: JSONValue, log: DecodeLog, decode: (JSONValue, String) -> T?
  ) -> [T]? {
    guard let elements = log.array(json, "") else { return nil }
    let decoded = elements.enumerated().map { decode($1, DecodeLog.join("", $0)) }
    return decoded.contains { $0 == nil } ? nil : decoded.compactMap { $0 }
  }

  static func sectors(_ json: JSONValue, log: DecodeLog) -> [Sector]? {
    records(json, log: log) { value, path in
      guard let fields = log.object(value, path, allowed: ["id", "en", "nl"]) else { return nil }
      let id = fields.required("id").flatMap {
        log.taxonomyID(
          $0, fields.path("id"), as: SectorID.self, unknownKind: .badID,
          expected: "a kebab-case id matching \(SectorID.pattern)")
      }
      let name = localized(fields, log: log)
      guard let id, let name else { return nil }
      return Sector(id: id, name: name)
    }
  }

  static func competencies(_ json: JSONValue, log: DecodeLog) -> [Competency]? {
    records(json, log: log) { value, path in
      guard let fields = log.object(value, path, allowed: ["id", "kind", "sectors", "en", "nl"])
      else { return nil }
      let id = fields.required("id").flatMap {
        log.taxonomyID(
          $0, fields.path("id"), as: CompetencyID.self, unknownKind: .badID,
          expected: "a kebab-case id matching \(CompetencyID.pattern)")
      }
      let kind = fields.required("kind").flatMap {
        log.code($0, fields.path("kind"), as: CompetencyKind.self)
      }
      let sectors = fields.required("sectors").flatMap { value -> [SectorID]? in
        guard let elements = log.array(value, fields.path("sectors")) else { return nil }
        let ids = elements.enumerated().map { index, element in
          log.taxonomyID(
            element, DecodeLog.join(fields.path("sectors"), index), as: SectorID.self,
            unknownKind: .unknownSector, expected: "a sector id from sectors.json")
        }
        return ids.contains(nil) ? nil : ids.compactMap { $0 }
      }
      let name = localized(fields, log: log)
      guard let id, let kind, let sectors, let name else { return nil }
      return Competency(id: id, kind: kind, sectors: sectors, name: name)
    }
  }

  static func loadDimensions(_ json: JSONValue, log: DecodeLog) -> [LoadDimensionInfo]? {
    records(json, log: log) { value, path in
      guard
        let fields = log.object(value, path, allowed: ["id", "rubric", "en", "nl", "levels"])
      else { return nil }
      let dimension = fields.required("id").flatMap {
        log.code($0, fields.path("id"), as: LoadDimension.self)
      }
      let rubric = fields.required("rubric").flatMap {
        log.code($0, fields.path("rubric"), as: FMLRubric.self)
      }
      if let dimension, let rubric, dimension.rubric != rubric {
        log.add(
          fields.path("rubric"), .conflict, rubric.rawValue,
          "\(dimension.rubric.rawValue), the rubric of \(dimension.rawValue)")
      }
      let name = localized(fields, log: log)
      let levels = fields.required("levels").flatMap { value -> [LocalizedText]? in
        guard let elements = log.array(value, fields.path("levels")) else { return nil }
        let texts = elements.enumerated().map { index, element -> LocalizedText? in
          let levelPath = DecodeLog.join(fields.path("levels"), index)
          guard let levelFields = log.object(element, levelPath, allowed: ["level", "en", "nl"])
          else { return nil }
          let level = levelFields.required("level").flatMap {
            log.int($0, levelFields.path("level"), LoadLevel.range)
          }
          if let level, level != index {
            log.add(levelFields.path("level"), .conflict, String(level), "levels 0–4 in order")
          }
          return localized(levelFields, log: log)
        }
        return texts.contains(nil) ? nil : texts.compactMap { $0 }
      }
      guard let dimension, let name, let levels else { return nil }
      return LoadDimensionInfo(dimension: dimension, name: name, levels: levels)
    }
  }

  static func region(_ json: JSONValue, log: DecodeLog) -> Region? {
    guard let fields = log.object(json, "", allowed: ["id", "bounds", "municipalities"]) else {
      return nil
    }
    let id = fields.required("id").flatMap { log.string($0, "id") }
    let bounds = fields.required("bounds").flatMap { value -> GeoBounds? in
      guard let b = log.object(value, "bounds", allowed: ["south", "north", "west", "east"]) else {
        return nil
      }
      let south = b.required("south").flatMap { log.double($0, b.path("south"), -90...90) }
      let north = b.required("north").flatMap { log.double($0, b.path("north"), -90...90) }
      let west = b.required("west").flatMap { log.double($0, b.path("west"), -180...180) }
      let east = b.required("east").flatMap { log.double($0, b.path("east"), -180...180) }
      guard let south, let north, let west, let east else { return nil }
      return GeoBounds(south: south, north: north, west: west, east: east)
    }
    let municipalities = fields.required("municipalities").flatMap { value -> [Municipality]? in
      guard let elements = log.array(value, "municipalities") else { return nil }
      let decoded = elements.enumerated().map { index, element -> Municipality? in
        let path = DecodeLog.join("municipalities", index)
        guard
          let m = log.object(element, path, allowed: ["id", "name", "centre", "population"])
        else { return nil }
        let id = m.required("id").flatMap {
          log.taxonomyID(
            $0, m.path("id"), as: MunicipalityID.self, unknownKind: .badID,
            expected: "a kebab-case id matching \(MunicipalityID.pattern)")
        }
        let name = m.required("name").flatMap { log.string($0, m.path("name")) }
        let centre = m.required("centre").flatMap { log.geoPoint($0, m.path("centre")) }
        let population = m.required("population").flatMap {
          log.int($0, m.path("population"), 0...100_000_000)
        }
        guard let id, let name, let centre, let population else { return nil }
        return Municipality(id: id, name: name, centre: centre, population: population)
      }
      return decoded.contains { $0 == nil } ? nil : decoded.compactMap { $0 }
    }
    guard let id, let bounds, let municipalities else { return nil }
    return Region(id: id, bounds: bounds, municipalities: municipalities)
  }

  /// The JSON of one taxonomy file.
  public static func json(_ file: File, of taxonomy: Taxonomy) -> JSONValue {
    func names(_ text: LocalizedText) -> [JSONMember] {
      [JSONMember("en", .string(text.english)), JSONMember("nl", .string(text.dutch))]
    }
    switch file {
    case .sectors:
      return .array(
        taxonomy.sectors.map {
          .object([JSONMember("id", .string($0.id.rawValue))] + names($0.name))
        })
    case .competencies:
      return .array(
        taxonomy.competencies.map {
          .object(
            [
              JSONMember("id", .string($0.id.rawValue)),
              JSONMember("kind", .string($0.kind.rawValue)),
              JSONMember("sectors", .array($0.sectors.map { .string($0.rawValue) })),
            ] + names($0.name))
        })
    case .loadDimensions:
      return .array(
        taxonomy.loadDimensions.map { info in
          .object(
            [
              JSONMember("id", .string(info.dimension.rawValue)),
              JSONMember("rubric", .string(info.dimension.rubric.rawValue)),
            ] + names(info.name) + [
              JSONMember(
                "levels",
                .array(
                  info.levels.enumerated().map {
                    .object([JSONMember("level", .int($0.offset))] + names($0.element))
                  }))
            ])
        })
    case .region:
      let region = taxonomy.region
      return .object([
        JSONMember("id", .string(region.id)),
        JSONMember(
          "bounds",
          .object([
            JSONMember("south", .number(region.bounds.south)),
            JSONMember("north", .number(region.bounds.north)),
            JSONMember("west", .number(region.bounds.west)),
            JSONMember("east", .number(region.bounds.east)),
          ])),
        JSONMember(
          "municipalities",
          .array(
            region.municipalities.map {
              .object([
                JSONMember("id", .string($0.id.rawValue)),
                JSONMember("name", .string($0.name)),
                JSONMember("centre", $0.centre.json),
                JSONMember("population", .int($0.population)),
              ])
            })),
      ])
    }
  }
}
