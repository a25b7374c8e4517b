/// The part of a participant every candidate pair reads, when scanning participants for a
/// place: capacity, position and the masks of what the person cannot accept.
struct PersonHot: Sendable {
  /// Load capacity in lane order, 0xFF where unknown (so it never knocks out on load).
  var capacity: SIMD16<UInt8>
  /// Unit vector of the location (x, y, z, 0).
  var position: SIMD4<Float>
  /// ``GateBit``s the person cannot accept.
  var block: UInt32
  /// The sector classes (``SectorBits``) all of whose sectors the person excluded: a place
  /// whose main sector is in one of them is out. With 16 sectors or fewer, the excluded
  /// sectors themselves; with more, ``PersonDetail/excludedSectors`` decides the rest.
  var excluded: UInt16
  var minHours: UInt8
  var maxHours: UInt8
  /// Index of the municipality in the region.
  var municipality: UInt16
  /// Squared unit-sphere chord of the person's reach, padded (see `CompiledPolicy`).
  var chordLimit: Float
  /// Days since 1970 the person is available.
  var availableFrom: Int32
}

/// The rest of a participant, read for pairs that pass the cheap knock-outs.
struct PersonDetail: Sendable {
  var held: CompetencyPlanes
  /// Capacity with unknown lanes as 0 (they earn no headroom).
  var knownCapacity: SIMD16<UInt8>
  /// 0xFF on lanes with a known capacity.
  var knownMask: SIMD16<UInt8>
  /// 1 on lanes with an unknown capacity.
  var unknownOnes: SIMD16<UInt8>
  /// The placement-order value of each employer kind (by preference rank) for the person's
  /// target group.
  var placement: SIMD4<Double>
  /// Points taken off an internal place for the person's target group, in millionths.
  var internalMargin: Int64
  /// The sectors the person excluded, exactly (``SectorBits``).
  var excludedSectors: UInt64
  /// The sectors the person wants, exactly.
  var wantedSectors: UInt64
  /// The index of the sector wanted with rank `r` in lane `r − 1` (ranks are 1–16), 0xFF
  /// in lanes of ranks not given.
  var sectorOfRank: SIMD16<UInt8>
  /// The location's unit vector, for the exact travel estimate.
  var unit: SIMD4<Double>
  /// The location in degrees, for the spatial index.
  var latitude: Double
  var longitude: Double
  var speed: ModeSpeed
  var detourFactor: Double
  /// The reach in kilometres of the person's travel limit.
  var reachKilometres: Double
  var maxTravelMinutes: UInt16
  var monthsPerLevel: UInt8
  /// Months per level of Dutch at the person's pace.
  var dutchMonthsPerLevel: UInt8
  /// ``DutchLevel/rank`` of the person's Dutch, 0xFF when not assessed.
  var dutchRank: UInt8
  /// ``SupportOffer/rank`` of the least support the person needs.
  var needRank: UInt8
  /// Whether the person needs permanent support (a point at a regular employer).
  var permanentSupport: Bool
  /// Whether development is a goal in itself for the person (``Policy/developmentIsAGoal(for:)``).
  var developmentGoal: Bool
  var wageUnknown: Bool
  /// Whether the wage value is known and below 100% (a point where the employer has not said
  /// whether it accepts wage-cost subsidy).
  var wageBelowFull: Bool
}

/// Compiles a validated participant into its packed form, for a policy.
enum ParticipantPacker {
  static func pack(_ person: Participant, taxonomy: Taxonomy, policy: Policy) -> (
    PersonHot, PersonDetail
  ) {
    var block =
      GateBit.noFreeSlot
      | GateBit.blockedIndicationSets(held: PlacePacker.indicationMask(person.indications))
    if let wage = person.wageValue, wage < 100 { block |= GateBit.regularWithoutSubsidy }
    if person.indications.contains(.wsw)
      && policy.wswOtherProviderMunicipalities.contains(person.municipality)
    {
      block |= GateBit.internalWsw
    }
    let need = person.supportNeed.minimumOffer.rank
    // With job coaches from the SOB, too little support is a point to judge, not a block.
    if !policy.jobCoaches.provided {
      if need >= 1 { block |= GateBit.supportBelowColleague }
      if need >= 2 { block |= GateBit.supportBelowJobCoach }
    }
    if let dutch = person.dutchLevel, dutch.rank <= 4 { block |= GateBit.dutchAbove(dutch.rank) }

    var excluded: UInt64 = 0
    var wanted: UInt64 = 0
    var sectorOfRank = SIMD16<UInt8>(repeating: 0xFF)
    var seen: UInt64 = 0
    for preference in person.wishes.sectors {
      // The first preference for a sector counts, as in ``Wishes/wish(for:)``.
      guard let index = taxonomy.index(of: preference.sector), seen >> UInt64(index) & 1 == 0
      else { continue }
      seen |= 1 << UInt64(index)
      switch preference.wish {
      case .excluded: excluded |= 1 << UInt64(index)
      case .neutral: break
      case .wanted(let rank):
        // Validation keeps ranks within 1–16 and each rank once.
        guard SectorWish.validRanks.contains(rank) else { continue }
        wanted |= 1 << UInt64(index)
        sectorOfRank[rank - 1] = UInt8(index)
      }
    }
    let lanes = person.loadCapacity.lanes
    let unknown = lanes .== SIMD16(repeating: LoadProfile.unknownByte)
    let knownCapacity = lanes.replacing(with: 0, where: unknown)
    let knownMask = SIMD16<UInt8>(repeating: 0xFF).replacing(with: 0, where: unknown)
    var held = CompetencyPlanes()
    for entry in person.heldCompetencies {
      if let index = taxonomy.index(of: entry.id) { held.set(index, level: entry.level) }
    }
    let reach = policy.travel.reachKilometres(
      minutes: Double(person.wishes.maxTravelMinutes), mode: person.wishes.transport)
    let rule = policy.placementRule(for: person.targetGroup)
    let hot = PersonHot(
      capacity: person.loadCapacity.lanes, position: PlacePacker.unitVector(person.location),
      block: block,
      excluded: SectorBits.certainClasses(excluded, count: taxonomy.sectors.count),
      minHours: UInt8(clamping: person.wishes.hoursPerWeek.min),
      maxHours: UInt8(clamping: person.wishes.hoursPerWeek.max),
      municipality: UInt16(taxonomy.index(of: person.municipality) ?? 0),
      chordLimit: CompiledPolicy.chordLimitSquared(kilometres: reach),
      availableFrom: person.availableFrom.daysSinceEpoch)
    let detail = PersonDetail(
      held: held, knownCapacity: knownCapacity, knownMask: knownMask,
      unknownOnes: SIMD16<UInt8>(repeating: 1) & ~knownMask,
      placement: SIMD4(
        rule.order.regular, rule.order.socialOrMunicipal, rule.order.externalSheltered,
        rule.order.internal),
      internalMargin: ScoreFormula.millionths(rule.internalMargin),
      excludedSectors: excluded, wantedSectors: wanted, sectorOfRank: sectorOfRank,
      unit: person.location.unitVector,
      latitude: person.location.latitude, longitude: person.location.longitude,
      speed: policy.travel[person.wishes.transport],
      detourFactor: policy.travel.detourFactor, reachKilometres: reach,
      maxTravelMinutes: UInt16(clamping: person.wishes.maxTravelMinutes),
      monthsPerLevel: UInt8(clamping: policy.monthsPerLevel[person.developmentPace]),
      dutchMonthsPerLevel: UInt8(clamping: policy.dutchMonthsPerLevel[person.developmentPace]),
      dutchRank: person.dutchLevel.map { UInt8($0.rank) } ?? 0xFF,
      needRank: UInt8(need), permanentSupport: person.supportNeed == .permanent,
      developmentGoal: policy.developmentIsAGoal(for: person),
      wageUnknown: person.wageValue == nil, wageBelowFull: (person.wageValue ?? 100) < 100)
    return (hot, detail)
  }
}
