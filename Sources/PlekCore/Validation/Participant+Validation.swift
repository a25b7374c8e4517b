extension Participant {
  /// Every problem with this participant against `taxonomy`; empty when it is valid.
  ///
  /// Checks what a value type cannot enforce by construction: taxonomy references, ranges,
  /// the region bounds and the consistency of ranges. Paths use the data-file field names.
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    var collector = ProblemCollector()
    if taxonomy.index(of: municipality) == nil {
      collector.add(
        "municipality", .unknownMunicipality, municipality.rawValue,
        "one of " + taxonomy.region.municipalities.map(\.id.rawValue).joined(separator: ", "))
    }
    collector.checkLocation("location", location, in: taxonomy.region)
    collector.checkCompetencies("competencies", competencies, in: taxonomy)
    if let wageValue { collector.checkRange("wageValue", wageValue, Participant.validWageValues) }
    collector.checkHours("wishes.hoursPerWeek", wishes.hoursPerWeek)
    collector.checkRange(
      "wishes.maxTravelMinutes", wishes.maxTravelMinutes, Wishes.validTravelMinutes)
    // Taxonomy indexes and a bit per rank (1–16) instead of sets; paths only for problems.
    var seen: [Int] = []
    var ranks: UInt64 = 0
    for (index, preference) in wishes.sectors.enumerated() {
      func path(_ field: String) -> String { "wishes.sectors[\(index)]." + field }
      if let position = taxonomy.index(of: preference.sector) {
        if seen.contains(position) {
          collector.add(
            path("sector"), .duplicateEntry, preference.sector.rawValue, "each sector once")
        } else {
          seen.append(position)
        }
      } else {
        collector.add(
          path("sector"), .unknownSector, preference.sector.rawValue,
          "a sector id from the taxonomy")
      }
      if case .wanted(let rank) = preference.wish {
        if !SectorWish.validRanks.contains(rank) {
          collector.checkRange(path("rank"), rank, SectorWish.validRanks)
        } else if ranks & (1 << UInt64(rank)) != 0 {
          collector.add(path("rank"), .duplicateEntry, String(rank), "each rank once")
        } else {
          ranks |= 1 << UInt64(rank)
        }
      }
    }
    return collector.problems
  }
}

extension Place {
  /// Every problem with this place against `taxonomy`; empty when it is valid.
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    var collector = ProblemCollector()
    if let title { collector.checkTitle("title", title) }
    if sectors.isEmpty {
      collector.add("sectors", .empty, "[]", "at least one sector")
    }
    collector.checkSectors("sectors", sectors, in: taxonomy)
    collector.checkLocation("location", location, in: taxonomy.region)
    collector.checkHours("hoursPerWeek", hoursPerWeek)
    if hoursPerWeek.max == 0 {
      collector.add("hoursPerWeek.max", .outOfRange, "0", "at least 1 hour per week")
    }
    for dimension in loadDemand.unknownDimensions {
      collector.add(
        "loadDemand." + dimension.rawValue, .unassessedDemand, nil,
        "a level 0–4: a place's demands must all be known")
    }
    collector.checkCompetencies("requiredCompetencies", requiredCompetencies, in: taxonomy)
    collector.checkCompetencies("desiredCompetencies", desiredCompetencies, in: taxonomy)
    for (index, entry) in desiredCompetencies.enumerated()
    where requiredCompetencies.contains(where: { $0.id == entry.id }) {
      collector.add(
        "desiredCompetencies[\(index)].id", .conflict, entry.id.rawValue,
        "a competency that is not also required")
    }
    if let offer = learningOffer {
      collector.checkCompetencies("learningOffer.teaches", offer.teaches, in: taxonomy)
      collector.checkRange("learningOffer.months", offer.months, LearningOffer.validMonths)
      if offer.teaches.isEmpty && !offer.teachesDutch {
        collector.add(
          "learningOffer.teaches", .empty, "[]", "at least one competency, or teachesDutch")
      }
    }
    collector.checkRange("freeSlots", freeSlots, Place.validFreeSlots)
    if let capacity { collector.checkRange("capacity", capacity, Place.validFreeSlots) }
    return collector.problems
  }
}
