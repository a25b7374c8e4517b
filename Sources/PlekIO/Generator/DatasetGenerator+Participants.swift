import Foundation
import PlekCore

/// The generator's participants: target groups, capacities, competencies and wishes.
extension DatasetGenerator {
  /// Participant `index` (ids `P-000001`, ... in index order).
  public func participant(_ index: Int) -> Participant {
    var random = random(stream: 1, index: index)
    let group = GeneratorProfiles.targetGroupWeights[
      random.weightedIndex(GeneratorProfiles.targetGroupWeights.map(\.1))
    ].0
    let shape = GeneratorProfiles.shape(of: group)
    let home = municipality(random: &random)
    let location = location(
      near: home, spreadKilometres: spread(home, regional: home.population > 50_000 ? 2.5 : 1.8),
      random: &random)

    var indications = Set<Indication>()
    switch group {
    case .nieuwBeschut: indications.insert(.nieuwBeschut)
    case .wsw: indications.insert(.wsw)
    case .banenafspraak: indications.insert(.banenafspraak)
    case .specialEducationPupil, .wwWajong:
      if random.chance(0.45) { indications.insert(.banenafspraak) }
    default: if random.chance(0.03) { indications.insert(.banenafspraak) }
    }

    // Load capacity, as an FML records it: no limitation (4) except on a few dimensions,
    // clustered on the mental or the physical side; how many and how severe follows the
    // target group. Some dimensions are not assessed (all, for the few not yet diagnosed).
    var capacity = LoadProfile(repeating: .maximum)
    let mentalSide = LoadDimension.allCases.filter {
      [.personalFunctioning, .socialFunctioning, .workingHours].contains($0.rubric)
    }
    let physicalSide = LoadDimension.allCases.filter { !mentalSide.contains($0) }
    let leaning = random.chance(0.5) ? mentalSide : physicalSide
    var candidates = LoadDimension.allCases
    for _ in 0..<min(16, random.int(in: shape.limitations)) {
      let pool = candidates.filter { leaning.contains($0) }
      let from = !pool.isEmpty && random.chance(0.75) ? pool : candidates
      let dimension = from[random.below(from.count)]
      candidates.removeAll { $0 == dimension }
      capacity[dimension] = LoadLevel(4 - 1 - random.weightedIndex(shape.severity))
    }
    let notDiagnosed = random.chance(group == .activation ? 0.15 : 0.02)
    for dimension in LoadDimension.allCases where notDiagnosed || random.chance(shape.unassessed) {
      capacity[dimension] = nil
    }

    // Wishes first: experience tends to follow what people want to do.
    let wantedCount = random.weightedIndex([0.1, 0.35, 0.35, 0.2])
    let wanted = weightedPick(sectorIDs, wantedCount, weight: wishWeight, random: &random)
    let others = sectorIDs.filter { !wanted.contains($0) }
    let excluded = pick(others, random.weightedIndex([0.35, 0.3, 0.2, 0.1, 0.05]), random: &random)
    var preferences = wanted.enumerated().map {
      SectorPreference(sector: $1, wish: .wanted(rank: $0 + 1))
    }
    preferences += excluded.map { SectorPreference(sector: $0, wish: .excluded) }

    var competencies: [CompetencyEntry] = []
    for id in pick(employeeSkills(), random.int(in: shape.employeeSkills), random: &random) {
      competencies.append(
        CompetencyEntry(id: id, level: level(mean: shape.skillLevel, random: &random)))
    }
    let experience = (wanted + pick(others, 1, random: &random)).prefix(2)
    for sector in experience {
      let count = random.weightedIndex([0.25, 0.35, 0.25, 0.15])
      for id in pick(vocationalSkills(in: sector), count, random: &random)
      where !competencies.contains(where: { $0.id == id }) {
        competencies.append(
          CompetencyEntry(id: id, level: level(mean: shape.skillLevel - 0.2, random: &random)))
      }
    }

    let dutch: DutchLevel? =
      random.chance(0.05)
      ? nil
      : [DutchLevel.a0, .a1, .a2, .b1, .b2, .c1][
        random.weightedIndex([0.02, 0.06, 0.12, 0.2, 0.2, 0.4])]
    let pace = DevelopmentPace.allCases[random.weightedIndex(shape.pace)]
    let wageValue: Int? =
      random.chance(shape.wageUnknown)
      ? nil : random.chance(shape.fullWage) ? 100 : random.int(in: shape.wage)
    let support = SupportNeed.allCases[random.weightedIndex(shape.support)]
    let maxHours = min(40, max(8, (random.int(in: shape.hours) / 4) * 4))
    let minHours = max(4, maxHours - [0, 4, 8, 12][random.below(4)])
    let transport = TransportMode.allCases[
      random.weightedIndex(
        shape.limitations.lowerBound >= 4 ? [0.1, 0.35, 0.5, 0.05] : [0.08, 0.35, 0.32, 0.25])]
    let maxTravel = [20, 30, 30, 45, 45, 60][random.below(6)]
    return Participant(
      id: ParticipantID("P-" + Self.padded(index + 1, 6))!, municipality: home.id,
      location: location, targetGroup: group, indications: indications, loadCapacity: capacity,
      competencies: competencies, dutchLevel: dutch, developmentPace: pace, wageValue: wageValue,
      supportNeed: support,
      wishes: Wishes(
        sectors: preferences, hoursPerWeek: HoursRange(min: minHours, max: maxHours),
        maxTravelMinutes: maxTravel, transport: transport,
        wantsCertificate: random.chance(shape.certificate)),
      availableFrom: referenceDay.adding(days: random.int(in: -120...60)),
      registeredOn: registration(of: index, group: group))
  }
}
