import PlekCore

/// Participants and places in the binary snapshot's bytes: every field, in declaration
/// order; record ids and vocabulary values as their text, taxonomy ids as their index in the
/// taxonomy (a snapshot is read only with the taxonomy it was written with), levels and
/// counts as integers.
extension ByteWriter {
  mutating func competencies(_ entries: [CompetencyEntry], _ taxonomy: Taxonomy) {
    u16(entries.count)
    for entry in entries {
      u16(taxonomy.index(of: entry.id)!)
      u8(entry.level.rawValue)
    }
  }

  mutating func sectors(_ sectors: [SectorID], _ taxonomy: Taxonomy) {
    u16(sectors.count)
    for sector in sectors { u16(taxonomy.index(of: sector)!) }
  }

  mutating func load(_ profile: LoadProfile) {
    for dimension in LoadDimension.allCases { u8(profile[dimension]?.rawValue ?? 0xFF) }
  }

  mutating func participant(_ person: Participant, _ taxonomy: Taxonomy) {
    string(person.id.rawValue)
    u16(taxonomy.index(of: person.municipality)!)
    f64(person.location.latitude)
    f64(person.location.longitude)
    string(person.targetGroup.rawValue)
    strings(person.indications.map(\.rawValue).sorted())
    load(person.loadCapacity)
    competencies(person.competencies, taxonomy)
    string(person.dutchLevel?.rawValue ?? "")
    string(person.developmentPace.rawValue)
    bool(person.wageValue != nil)
    i64(person.wageValue ?? 0)
    string(person.supportNeed.rawValue)
    let wishes = person.wishes
    u16(wishes.sectors.count)
    for preference in wishes.sectors {
      u16(taxonomy.index(of: preference.sector)!)
      switch preference.wish {
      case .excluded: u16(0)
      case .neutral: u16(1)
      case .wanted(let rank): u16(1 + rank)
      }
    }
    i64(wishes.hoursPerWeek.min)
    i64(wishes.hoursPerWeek.max)
    i64(wishes.maxTravelMinutes)
    string(wishes.transport.rawValue)
    bool(wishes.wantsCertificate)
    i32(person.availableFrom.daysSinceEpoch)
    // Fields added later go last, written only when set: older files (and records without
    // them) end before them.
    if let registered = person.registeredOn { i32(registered.daysSinceEpoch) }
  }

  mutating func place(_ place: Place, _ taxonomy: Taxonomy) {
    string(place.id.rawValue)
    string(place.employerID.rawValue)
    string(place.employerKind.rawValue)
    bool(place.title != nil)
    string(place.title ?? "")
    sectors(place.sectors, taxonomy)
    f64(place.location.latitude)
    f64(place.location.longitude)
    i64(place.hoursPerWeek.min)
    i64(place.hoursPerWeek.max)
    load(place.loadDemand)
    strings(place.adaptable.map(\.rawValue).sorted())
    competencies(place.requiredCompetencies, taxonomy)
    competencies(place.desiredCompetencies, taxonomy)
    string(place.dutchLevel.rawValue)
    bool(place.learningOffer != nil)
    if let offer = place.learningOffer {
      competencies(offer.teaches, taxonomy)
      i64(offer.months)
      bool(offer.certificate)
      bool(offer.teachesDutch)
    }
    string(place.support.rawValue)
    // 0 no, 1 yes, 2 not said (files written before unknown was kept hold only 0 and 1).
    u8(place.acceptsWageSubsidy.map { $0 ? 1 : 0 } ?? 2)
    strings(place.requiredIndications.map(\.rawValue).sorted())
    i64(place.freeSlots)
    i32(place.openFrom.daysSinceEpoch)
    // Trailing fields, each written only when a later one or itself says something, so a
    // place without them is byte for byte what files before them hold.
    if place.sroi || place.capacity != nil { bool(place.sroi) }
    if let capacity = place.capacity { i64(capacity) }
  }
}

extension ByteReader {
  /// The id at a taxonomy index.
  mutating func index<ID>(_ ids: [ID], _ noun: String) throws(SnapshotError) -> ID {
    let index = try u16()
    guard index < ids.count else { throw SnapshotError("a \(noun) index \(index) out of range") }
    return ids[index]
  }

  mutating func competencies(_ ids: TaxonomyIDs) throws(SnapshotError) -> [CompetencyEntry] {
    var entries: [CompetencyEntry] = []
    for _ in 0..<(try u16()) {
      let id = try index(ids.competencies, "competency")
      guard let level = CompetencyLevel(rawValue: try u8()) else {
        throw SnapshotError("a competency level out of range")
      }
      entries.append(CompetencyEntry(id: id, level: level))
    }
    return entries
  }

  mutating func indications() throws(SnapshotError) -> Set<Indication> {
    var indications = Set<Indication>()
    for text in try strings() {
      guard let indication = Indication(rawValue: text) else {
        throw SnapshotError("an unknown indication")
      }
      indications.insert(indication)
    }
    return indications
  }

  mutating func load() throws(SnapshotError) -> LoadProfile {
    // Straight into the lanes: a dictionary per record was an eighth of a start-up.
    var profile = LoadProfile.unknown
    for dimension in LoadDimension.allCases {
      let byte = try u8()
      if byte == 0xFF { continue }
      guard let level = LoadLevel(rawValue: byte) else {
        throw SnapshotError("a load level out of range")
      }
      profile[dimension] = level
    }
    return profile
  }

  mutating func participant(_ ids: TaxonomyIDs) throws(SnapshotError) -> Participant {
    let personID = try id(ParticipantID.self)
    let municipality = try index(ids.municipalities, "municipality")
    let location = GeoPoint(latitude: try f64(), longitude: try f64())
    let targetGroup = try word(TargetGroup.self)
    let indications = try indications()
    let capacity = try load()
    let competencies = try competencies(ids)
    let dutchText = try string()
    let dutch = dutchText.isEmpty ? nil : DutchLevel(rawValue: dutchText)
    let pace = try word(DevelopmentPace.self)
    let hasWage = try bool()
    let wage = try i64()
    let support = try word(SupportNeed.self)
    var sectors: [SectorPreference] = []
    for _ in 0..<(try u16()) {
      let sector = try index(ids.sectors, "sector")
      let code = try u16()
      sectors.append(
        SectorPreference(
          sector: sector,
          wish: code == 0 ? .excluded : code == 1 ? .neutral : .wanted(rank: code - 1)))
    }
    let hours = HoursRange(min: try i64(), max: try i64())
    let travel = try i64()
    let transport = try word(TransportMode.self)
    let certificate = try bool()
    let available = Day(daysSinceEpoch: try i32())
    let registered = isAtEnd ? nil : Day(daysSinceEpoch: try i32())
    return Participant(
      id: personID, municipality: municipality, location: location, targetGroup: targetGroup,
      indications: indications, loadCapacity: capacity, competencies: competencies,
      dutchLevel: dutch, developmentPace: pace, wageValue: hasWage ? wage : nil,
      supportNeed: support,
      wishes: Wishes(
        sectors: sectors, hoursPerWeek: hours, maxTravelMinutes: travel, transport: transport,
        wantsCertificate: certificate),
      availableFrom: available, registeredOn: registered)
  }

  mutating func place(_ ids: TaxonomyIDs) throws(SnapshotError) -> Place {
    let placeID = try id(PlaceID.self)
    let employer = try id(EmployerID.self)
    let kind = try word(EmployerKind.self)
    let hasTitle = try bool()
    let titleText = try string()
    var sectors: [SectorID] = []
    for _ in 0..<(try u16()) { sectors.append(try index(ids.sectors, "sector")) }
    let location = GeoPoint(latitude: try f64(), longitude: try f64())
    let hours = HoursRange(min: try i64(), max: try i64())
    let demand = try load()
    var adaptable = Set<LoadDimension>()
    for text in try strings() {
      guard let dimension = LoadDimension(rawValue: text) else {
        throw SnapshotError("an unknown load dimension")
      }
      adaptable.insert(dimension)
    }
    let required = try competencies(ids)
    let desired = try competencies(ids)
    let dutch = try word(DutchLevel.self)
    var offer: LearningOffer?
    if try bool() {
      offer = LearningOffer(
        teaches: try competencies(ids), months: try i64(), certificate: try bool(),
        teachesDutch: try bool())
    }
    let support = try word(SupportOffer.self)
    let subsidy: Bool?
    switch try u8() {
    case 0: subsidy = false
    case 1: subsidy = true
    case 2: subsidy = nil
    default: throw SnapshotError("an acceptsWageSubsidy byte out of range")
    }
    let indications = try indications()
    let slots = try i64()
    let open = Day(daysSinceEpoch: try i32())
    let sroi = isAtEnd ? false : try bool()
    let capacity = isAtEnd ? nil : try i64()
    return Place(
      id: placeID, employerID: employer, employerKind: kind, title: hasTitle ? titleText : nil,
      sectors: sectors, location: location, hoursPerWeek: hours, loadDemand: demand,
      adaptable: adaptable, requiredCompetencies: required, desiredCompetencies: desired,
      dutchLevel: dutch, learningOffer: offer, support: support, acceptsWageSubsidy: subsidy,
      requiredIndications: indications, freeSlots: slots, openFrom: open, sroi: sroi,
      capacity: capacity)
  }
}

/// A taxonomy's ids by index, for decoding a snapshot's records.
struct TaxonomyIDs: Sendable {
  let sectors: [SectorID]
  let competencies: [CompetencyID]
  let municipalities: [MunicipalityID]

  init(_ taxonomy: Taxonomy) {
    sectors = taxonomy.sectors.map(\.id)
    competencies = taxonomy.competencies.map(\.id)
    municipalities = taxonomy.region.municipalities.map(\.id)
  }
}
