extension Taxonomy {
  /// Every problem with this taxonomy; empty when it is usable.
  ///
  /// Paths start with the part of the taxonomy (`sectors`, `competencies`, `loadDimensions`,
  /// `region`) so that a loader can name the file.
  public var problems: [ModelProblem] {
    var collector = ProblemCollector()
    if sectors.isEmpty { collector.add("sectors", .empty, "[]", "at least one sector") }
    if sectors.count > Taxonomy.maximumSectors {
      collector.add(
        "sectors", .tooLong, "\(sectors.count) sectors", "at most \(Taxonomy.maximumSectors)")
    }
    for (index, sector) in sectors.enumerated() {
      collector.checkText("sectors[\(index)].en", sector.name.english)
      collector.checkText("sectors[\(index)].nl", sector.name.dutch)
    }
    for (index, competency) in competencies.enumerated() {
      collector.checkText("competencies[\(index)].en", competency.name.english)
      collector.checkText("competencies[\(index)].nl", competency.name.dutch)
    }
    for (index, info) in loadDimensions.enumerated() {
      collector.checkText("loadDimensions[\(index)].en", info.name.english)
      collector.checkText("loadDimensions[\(index)].nl", info.name.dutch)
      for (level, text) in info.levels.enumerated() {
        collector.checkText("loadDimensions[\(index)].levels[\(level)].en", text.english)
        collector.checkText("loadDimensions[\(index)].levels[\(level)].nl", text.dutch)
      }
    }
    for (index, municipality) in region.municipalities.enumerated() {
      collector.checkText("region.municipalities[\(index)].name", municipality.name)
    }
    var sectorIDs = Set<SectorID>()
    for (index, sector) in sectors.enumerated() where !sectorIDs.insert(sector.id).inserted {
      collector.add("sectors[\(index)].id", .duplicateID, sector.id.rawValue, "each sector id once")
    }
    if competencies.count > Taxonomy.maximumCompetencies {
      collector.add(
        "competencies", .tooLong, "\(competencies.count) competencies",
        "at most \(Taxonomy.maximumCompetencies)")
    }
    var competencyIDs = Set<CompetencyID>()
    for (index, competency) in competencies.enumerated() {
      if !competencyIDs.insert(competency.id).inserted {
        collector.add(
          "competencies[\(index)].id", .duplicateID, competency.id.rawValue,
          "each competency id once")
      }
      collector.checkSectors("competencies[\(index)].sectors", competency.sectors, in: self)
    }
    if loadDimensions.map(\.dimension) != LoadDimension.allCases {
      collector.add(
        "loadDimensions", .conflict,
        loadDimensions.map(\.dimension.rawValue).joined(separator: ","),
        "exactly " + LoadDimension.allCodes.joined(separator: ",") + " in this order")
    }
    for (index, info) in loadDimensions.enumerated() where info.levels.count != 5 {
      collector.add(
        "loadDimensions[\(index)].levels", .conflict, "\(info.levels.count) levels",
        "five level descriptions, 0–4")
    }
    let bounds = region.bounds
    if !(bounds.south < bounds.north && bounds.west < bounds.east)
      || !(-90...90).contains(bounds.south) || !(-90...90).contains(bounds.north)
      || !(-180...180).contains(bounds.west) || !(-180...180).contains(bounds.east)
    {
      collector.add(
        "region.bounds", .conflict,
        "\(bounds.south)–\(bounds.north), \(bounds.west)–\(bounds.east)",
        "south < north and west < east, within ±90 and ±180 degrees")
    }
    if region.municipalities.isEmpty {
      collector.add("region.municipalities", .empty, "[]", "at least one municipality")
    }
    var municipalityIDs = Set<MunicipalityID>()
    for (index, municipality) in region.municipalities.enumerated() {
      if !municipalityIDs.insert(municipality.id).inserted {
        collector.add(
          "region.municipalities[\(index)].id", .duplicateID, municipality.id.rawValue,
          "each municipality id once")
      }
      collector.checkLocation(
        "region.municipalities[\(index)].centre", municipality.centre, in: region)
      collector.checkRange(
        "region.municipalities[\(index)].population", municipality.population, 0...100_000_000)
    }
    return collector.problems
  }
}
