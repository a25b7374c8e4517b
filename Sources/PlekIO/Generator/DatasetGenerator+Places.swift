import Foundation
import PlekCore

/// The generator's employers and places: kinds, demands, learning offers and slots.
extension DatasetGenerator {
  /// An employer of the generated region.
  struct Employer {
    var id: EmployerID
    var kind: EmployerKind
    var sector: SectorID
    var location: GeoPoint
  }

  /// Employer `index`; employer 0 is the social development company itself (internal places).
  func employer(_ index: Int) -> Employer {
    var random = random(stream: 2, index: index)
    let id = EmployerID("E-" + Self.padded(index + 1, 5))!
    if index == 0 {
      let sector =
        sectorIDs.first { GeneratorProfiles.internalSectors.contains($0.rawValue) } ?? sectorIDs[0]
      let centre = taxonomy.region.municipalities[0].centre
      return Employer(id: id, kind: .internal, sector: sector, location: centre)
    }
    let kind = [EmployerKind.regular, .socialOrMunicipal, .externalSheltered][
      random.weightedIndex([0.72, 0.18, 0.10])]
    let sector = sectorIDs[random.weightedIndex(sectorIDs.map(placeWeight))]
    let home = municipality(random: &random, businessBias: 0.8)
    return Employer(
      id: id, kind: kind, sector: sector,
      location: location(
        near: home, spreadKilometres: spread(home, regional: 2.2), random: &random))
  }

  /// Place `index` of `count` as `plek generate` writes it, with `running` placements at
  /// it on the reference day: an internal or external sheltered place (the SOB's own and
  /// sheltered workplaces, which know how many people they hold) states a ``Place/capacity``
  /// of its free slots plus those placements, so that from the reference day on the slots
  /// derived from the placements are its free slots; a place at another employer gives its
  /// free slots (a vacancy).
  ///
  /// Beside a capacity `freeSlots` is written as a record with a capacity reads (capacity
  /// wins, every slot free until the placements are known), so that the file reads back to
  /// the same bytes; the engine derives the free slots from the placements. A capacity
  /// stays within ``Place/validFreeSlots`` (a few places among very many people can draw
  /// more running placements than that: the place is then full).
  func place(_ index: Int, of count: Int, running: Int32) -> Place {
    let drawn = place(index, of: count)
    guard drawn.employerKind == .internal || drawn.employerKind == .externalSheltered else {
      return drawn
    }
    var place = drawn
    place.capacity = min(Place.validFreeSlots.upperBound, drawn.freeSlots + Int(running))
    place.freeSlots = place.capacity!
    return place
  }

  /// Place `index` (ids `PL-000001`, ...) among `count` places.
  public func place(_ index: Int, of count: Int) -> Place {
    var random = random(stream: 3, index: index)
    let employerCount = max(2, count / 4)
    let isInternal = random.chance(0.18)
    var employer = employer(isInternal ? 0 : 1 + random.below(employerCount - 1))
    var sector = employer.sector
    if isInternal {
      let internalSectors = sectorIDs.filter {
        GeneratorProfiles.internalSectors.contains($0.rawValue)
      }
      sector =
        internalSectors.isEmpty
        ? sectorIDs[0] : internalSectors[random.below(internalSectors.count)]
      // The company's production sites: one per municipality, most work in Maastricht.
      let municipalities = taxonomy.region.municipalities
      let site = random.weightedIndex(
        municipalities.enumerated().map { Double($1.population) * ($0 == 0 ? 4 : 1) })
      var siteRandom = self.random(stream: 4, index: site)
      employer.location = location(
        near: municipalities[site], spreadKilometres: 0.8, random: &siteRandom)
    }
    let kind = employer.kind
    let sheltered = kind == .externalSheltered || kind == .internal
    var sectors = [sector]
    let vocational = vocationalSkills(in: sector)
    if random.chance(0.2) {
      let related = Set(
        taxonomy.competencies.filter { vocational.contains($0.id) }.flatMap(\.sectors)
      ).subtracting([sector]).sorted()
      if let second = related.isEmpty ? nil : related[random.below(related.count)] {
        sectors.append(second)
      }
    }

    let learningChance: Double =
      switch kind {
      case .internal: 0.7
      case .socialOrMunicipal: 0.5
      case .externalSheltered: 0.3
      case .regular: 0.2
      }
    let isLearning = random.chance(learningChance)

    // Load demand: the sector's profile, lighter at sheltered places, noisy per place.
    let profile = GeneratorProfiles.demand(of: sector.rawValue)
    let shift = sheltered ? -1.0 : kind == .socialOrMunicipal ? -0.5 : -0.2
    var demand = LoadProfile(repeating: .none)
    for dimension in LoadDimension.allCases {
      let value = profile[dimension.lane] + shift + random.normal(mean: 0, deviation: 0.5)
      demand[dimension] = LoadLevel(min(4, max(0, Int(value.rounded()))))!
    }
    let adaptableCandidates: [LoadDimension] = [
      .lifting, .standing, .timePressure, .irregularHours, .noiseDust, .bendingKneeling,
      .walking, .customerContact,
    ]
    let adaptable = Set(
      pick(
        adaptableCandidates,
        random.weightedIndex(sheltered ? [0.1, 0.3, 0.4, 0.2] : [0.45, 0.35, 0.15, 0.05]),
        random: &random))

    // Competencies: the sector's vocational skills and some employee skills.
    let requiredVocational = pick(
      vocational, random.weightedIndex(sheltered ? [0.6, 0.35, 0.05] : [0.25, 0.45, 0.25, 0.05]),
      random: &random)
    var required = requiredVocational.map {
      CompetencyEntry(
        id: $0, level: level(mean: sheltered ? 1 : kind == .regular ? 1.8 : 1.4, random: &random))
    }
    for id in pick(employeeSkills(), random.weightedIndex([0.3, 0.4, 0.3]), random: &random) {
      required.append(
        CompetencyEntry(id: id, level: level(mean: sheltered ? 1 : 1.6, random: &random)))
    }
    let requiredIDs = Set(required.map(\.id))
    let desired = pick(
      (vocational + employeeSkills()).filter { !requiredIDs.contains($0) }, random.below(4),
      random: &random
    ).map { CompetencyEntry(id: $0, level: level(mean: 1.8, random: &random)) }

    var offer: LearningOffer?
    if isLearning {
      // Teach what the sector needs: the required vocational skills and a few more.
      var taught = requiredVocational
      for id in pick(
        vocational.filter { !taught.contains($0) }, random.int(in: 1...3), random: &random)
      {
        taught.append(id)
      }
      let teaches = taught.map { id in
        let requiredLevel = required.level(of: id)?.rawValue ?? 1
        let level = min(3, max(Int(requiredLevel), random.chance(0.3) ? 3 : 2))
        return CompetencyEntry(id: id, level: CompetencyLevel(level)!)
      }
      let metalLike = ["technology-metal", "production-assembly"].contains(sector.rawValue)
      offer = LearningOffer(
        teaches: teaches, months: [3, 6, 6, 9, 12, 12, 18, 24][random.below(8)],
        certificate: random.chance(0.6), teachesDutch: random.chance(metalLike ? 0.35 : 0.1))
    }

    let customerFacing = (demand[.customerContact]?.rawValue ?? 0) >= 3
    let dutch: DutchLevel =
      sheltered
      ? [.a0, .a1, .a2][random.weightedIndex([0.5, 0.35, 0.15])]
      : customerFacing
        ? [.a2, .b1, .b2][random.weightedIndex([0.2, 0.5, 0.3])]
        : [.a0, .a1, .a2, .b1][random.weightedIndex([0.15, 0.25, 0.4, 0.2])]
    let support: SupportOffer =
      switch kind {
      case .internal, .externalSheltered:
        [.colleague, .jobCoach][random.weightedIndex([0.2, 0.8])]
      case .socialOrMunicipal:
        [.none, .colleague, .jobCoach][random.weightedIndex([0.1, 0.5, 0.4])]
      case .regular: [.none, .colleague, .jobCoach][random.weightedIndex([0.3, 0.45, 0.25])]
      }
    var indications = Set<Indication>()
    switch kind {
    case .externalSheltered: indications = [.nieuwBeschut, .wsw]
    case .internal:
      let roll = random.unit()
      if roll < 0.35 {
        indications = [.wsw]
      } else if roll < 0.5 {
        indications = [.nieuwBeschut, .wsw]
      }
    case .regular: if random.chance(0.08) { indications = [.banenafspraak] }
    case .socialOrMunicipal: if random.chance(0.12) { indications = [.banenafspraak] }
    }
    let maxHours =
      sheltered ? [24, 28, 32, 36][random.below(4)] : [24, 32, 36, 38, 40][random.below(5)]
    let minHours = max(4, maxHours - [4, 8, 12, 16, 20][random.below(5)] - (isLearning ? 4 : 0))
    let titles = GeneratorProfiles.titles(of: sector.rawValue)
    let freeSlots =
      random.chance(0.05)
      ? 0
      : kind == .internal
        ? random.int(in: 1...8)
        : isLearning ? random.int(in: 1...4) : [1, 1, 1, 1, 2, 3][random.below(6)]
    return Place(
      id: PlaceID("PL-" + Self.padded(index + 1, 6))!, employerID: employer.id, employerKind: kind,
      title: titles[random.below(titles.count)], sectors: sectors,
      location: isInternal ? employer.location : jitter(employer.location, random: &random),
      hoursPerWeek: HoursRange(min: min(minHours, maxHours), max: maxHours), loadDemand: demand,
      adaptable: adaptable, requiredCompetencies: required, desiredCompetencies: desired,
      dutchLevel: offer?.teachesDutch == true && dutch > .a2 ? .a2 : dutch, learningOffer: offer,
      support: support,
      acceptsWageSubsidy: kind == .regular ? random.chance(0.55) : random.chance(0.9),
      requiredIndications: indications, freeSlots: freeSlots,
      openFrom: referenceDay.adding(days: random.int(in: -90...60)),
      sroi: sroi(of: index, kind: kind))
  }

  /// Whether place `index` is an SROI place (stream 9): 12% of regular places, 8% of social
  /// and municipal ones (an assumption, see Datasets/README.md).
  func sroi(of index: Int, kind: EmployerKind) -> Bool {
    var random = random(stream: 9, index: index)
    switch kind {
    case .regular: return random.chance(0.12)
    case .socialOrMunicipal: return random.chance(0.08)
    case .externalSheltered, .internal: return false
    }
  }

  /// A place of a multi-site employer lies near, not exactly at, its main site.
  func jitter(_ point: GeoPoint, random: inout SplitMix64) -> GeoPoint {
    guard random.chance(0.3) else { return point }
    let moved = GeoPoint(
      latitude: ((point.latitude + random.normal(mean: 0, deviation: 0.01)) * 100_000).rounded()
        / 100_000,
      longitude: ((point.longitude + random.normal(mean: 0, deviation: 0.015)) * 100_000).rounded()
        / 100_000)
    return taxonomy.region.bounds.contains(moved) ? moved : point
  }
}
