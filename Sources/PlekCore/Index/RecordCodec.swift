/// Participants and places as a ``RecordStore`` keeps them: a few dozen bytes each in one
/// arena, instead of a Swift value with a dozen heap objects.
///
/// A national participant took about 720 bytes as a value (sixteen competencies at 24 bytes
/// each, arrays and sets with their headers, the allocator's rounding) and takes about 80
/// here; a place about 515 against 85. The arena is one allocation, so nothing of the
/// records is left scattered over the heap once a load's decoded values are freed.
///
/// What is written: taxonomy ids as their index in the taxonomy, vocabulary values as their
/// index in `allCases`, sets as bit masks, integers as zig-zag variable-length integers
/// (exact for any `Int`), days as 32 bits, coordinates as the doubles themselves; lists
/// keep their order. The record's id is not written: the store keeps it as the record's
/// ``IDKey`` already. Only records validated against the codec's taxonomy are written (the
/// engine validates everything it stores), so every taxonomy id has an index and every
/// decoded value is one that was valid.
struct RecordCodec: Sendable {
  let sectors: [SectorID]
  let competencies: [CompetencyID]
  let municipalities: [MunicipalityID]
  let taxonomy: Taxonomy

  init(_ taxonomy: Taxonomy) {
    sectors = taxonomy.sectors.map(\.id)
    competencies = taxonomy.competencies.map(\.id)
    municipalities = taxonomy.region.municipalities.map(\.id)
    self.taxonomy = taxonomy
  }

  // MARK: Writing

  func write(_ person: Participant, into bytes: inout [UInt8]) {
    var out = RecordWriter(bytes: bytes)
    bytes = []
    out.point(person.location)
    out.int(index(taxonomy.index(of: person.municipality), person.municipality))
    out.word(person.targetGroup)
    out.set(person.indications)
    out.load(person.loadCapacity)
    competencies(person.competencies, &out)
    out.optionalWord(person.dutchLevel)
    out.word(person.developmentPace)
    out.optionalInt(person.wageValue)
    out.word(person.supportNeed)
    let wishes = person.wishes
    out.int(wishes.sectors.count)
    for preference in wishes.sectors {
      out.int(index(taxonomy.index(of: preference.sector), preference.sector))
      switch preference.wish {
      case .excluded: out.int(0)
      case .neutral: out.int(1)
      case .wanted(let rank): out.int(2 + rank)
      }
    }
    out.int(wishes.hoursPerWeek.min)
    out.int(wishes.hoursPerWeek.max)
    out.int(wishes.maxTravelMinutes)
    out.word(wishes.transport)
    out.bool(wishes.wantsCertificate)
    out.day(person.availableFrom)
    out.bool(person.registeredOn != nil)
    if let registered = person.registeredOn { out.day(registered) }
    // What the engine derived from the placements: the levels learning routes earned.
    competencies(person.earned.map(\.competency), &out)
    for earned in person.earned {
      out.int(Int(earned.onRecord?.rawValue ?? 0))
      out.text(earned.placement.rawValue)
      out.text(earned.place.rawValue)
      out.day(earned.end)
      out.bool(earned.certificate)
    }
    bytes = out.bytes
  }

  func write(_ place: Place, into bytes: inout [UInt8]) {
    var out = RecordWriter(bytes: bytes)
    bytes = []
    out.point(place.location)
    out.text(place.employerID.rawValue)
    out.word(place.employerKind)
    out.bool(place.title != nil)
    if let title = place.title { out.text(title) }
    out.int(place.sectors.count)
    for sector in place.sectors { out.int(index(taxonomy.index(of: sector), sector)) }
    out.int(place.hoursPerWeek.min)
    out.int(place.hoursPerWeek.max)
    out.load(place.loadDemand)
    out.set(place.adaptable)
    competencies(place.requiredCompetencies, &out)
    competencies(place.desiredCompetencies, &out)
    out.word(place.dutchLevel)
    out.bool(place.learningOffer != nil)
    if let offer = place.learningOffer {
      competencies(offer.teaches, &out)
      out.int(offer.months)
      out.bool(offer.certificate)
      out.bool(offer.teachesDutch)
    }
    out.word(place.support)
    out.optionalBool(place.acceptsWageSubsidy)
    out.set(place.requiredIndications)
    out.int(place.freeSlots)
    out.day(place.openFrom)
    out.bool(place.sroi)
    // The capacity, and what the engine derived from the placements (the store keeps the
    // record as the scorer reads it).
    out.bool(place.capacity != nil)
    if let capacity = place.capacity {
      out.int(capacity)
      out.bool(place.slotFreeFrom != nil)
      if let free = place.slotFreeFrom { out.day(free) }
    }
    bytes = out.bytes
  }

  private func competencies(_ entries: [CompetencyEntry], _ out: inout RecordWriter) {
    out.int(entries.count)
    for entry in entries {
      out.int(index(taxonomy.index(of: entry.id), entry.id) << 2 | Int(entry.level.rawValue))
    }
  }

  /// The index the taxonomy gave `id`, which a validated record always has.
  private func index<ID>(_ index: Int?, _ id: ID) -> Int {
    guard let index else {
      preconditionFailure("a record with \(id) reached the store unvalidated")
    }
    return index
  }

  // MARK: Reading

  /// The participant `bytes` hold, or `nil` when they are not what ``write(_:into:)-(Participant,_)``
  /// writes (see ``RecordReader``).
  func participant(_ id: ParticipantID, _ bytes: ArraySlice<UInt8>) -> Participant? {
    var input = RecordReader(bytes: bytes)
    let location = input.point()
    let municipality = input.element(of: municipalities)
    let targetGroup: TargetGroup = input.word()
    let indications: Set<Indication> = input.set()
    let capacity = input.load()
    let held = competencies(&input)
    let dutch: DutchLevel? = input.optionalWord()
    let pace: DevelopmentPace = input.word()
    let wage = input.optionalInt()
    let need: SupportNeed = input.word()
    var sectors: [SectorPreference] = []
    let count = input.count()
    sectors.reserveCapacity(count)
    for _ in 0..<count {
      let sector = input.element(of: self.sectors)
      let code = input.int()
      sectors.append(
        SectorPreference(
          sector: sector,
          wish: code <= 0 ? .excluded : code == 1 ? .neutral : .wanted(rank: code - 2)))
    }
    let hours = HoursRange(min: input.int(), max: input.int())
    let travel = input.int()
    let transport: TransportMode = input.word()
    let certificate = input.bool()
    let available = input.day()
    let registered = input.bool() ? input.day() : nil
    let earned = competencies(&input).map { entry in
      let onRecord = input.int()
      return EarnedCompetency(
        competency: entry,
        onRecord: onRecord == 0 ? nil : CompetencyLevel(uncheckedRawValue: UInt8(onRecord & 3)),
        placement: PlacementID(uncheckedRawValue: input.text()),
        place: PlaceID(uncheckedRawValue: input.text()), end: input.day(),
        certificate: input.bool())
    }
    var person = Participant(
      id: id, municipality: municipality, location: location, targetGroup: targetGroup,
      indications: indications, loadCapacity: capacity, competencies: held, dutchLevel: dutch,
      developmentPace: pace, wageValue: wage, supportNeed: need,
      wishes: Wishes(
        sectors: sectors, hoursPerWeek: hours, maxTravelMinutes: travel, transport: transport,
        wantsCertificate: certificate),
      availableFrom: available, registeredOn: registered)
    person.earned = earned
    return input.readWhole ? person : nil
  }

  /// The place `bytes` hold, or `nil` when they are not what ``write(_:into:)-(Place,_)``
  /// writes (see ``RecordReader``).
  func place(_ id: PlaceID, _ bytes: ArraySlice<UInt8>) -> Place? {
    var input = RecordReader(bytes: bytes)
    let location = input.point()
    let employer = EmployerID(uncheckedRawValue: input.text())
    let kind: EmployerKind = input.word()
    let title = input.bool() ? input.text() : nil
    var sectors: [SectorID] = []
    let count = input.count()
    sectors.reserveCapacity(count)
    for _ in 0..<count { sectors.append(input.element(of: self.sectors)) }
    let hours = HoursRange(min: input.int(), max: input.int())
    let demand = input.load()
    let adaptable: Set<LoadDimension> = input.set()
    let required = competencies(&input)
    let desired = competencies(&input)
    let dutch: DutchLevel = input.word()
    var offer: LearningOffer?
    if input.bool() {
      offer = LearningOffer(
        teaches: competencies(&input), months: input.int(), certificate: input.bool(),
        teachesDutch: input.bool())
    }
    let support: SupportOffer = input.word()
    let subsidy: Bool? = input.optionalBool()
    let indications: Set<Indication> = input.set()
    let slots = input.int()
    let open = input.day()
    let sroi = input.bool()
    var capacity: Int?
    var slotFreeFrom: Day?
    if input.bool() {
      capacity = input.int()
      if input.bool() { slotFreeFrom = input.day() }
    }
    var place = Place(
      id: id, employerID: employer, employerKind: kind, title: title, sectors: sectors,
      location: location, hoursPerWeek: hours, loadDemand: demand, adaptable: adaptable,
      requiredCompetencies: required, desiredCompetencies: desired, dutchLevel: dutch,
      learningOffer: offer, support: support, acceptsWageSubsidy: subsidy,
      requiredIndications: indications, freeSlots: slots, openFrom: open, sroi: sroi,
      capacity: capacity)
    // What the engine derived from the placements, as it stored it.
    (place.freeSlots, place.slotFreeFrom) = (slots, slotFreeFrom)
    return input.readWhole ? place : nil
  }

  /// The location, which both kinds write first: for filing a record again without
  /// decoding the rest.
  static func location(_ bytes: ArraySlice<UInt8>) -> GeoPoint {
    var input = RecordReader(bytes: bytes)
    return input.point()
  }

  private func competencies(_ input: inout RecordReader) -> [CompetencyEntry] {
    let count = input.count()
    var entries: [CompetencyEntry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let code = input.int()
      let index = code >> 2
      // Levels are 1–3: a 0 is bytes the writer cannot have written.
      input.require(code & 3 != 0)
      entries.append(
        CompetencyEntry(
          id: input.checked(index, in: competencies),
          level: CompetencyLevel(uncheckedRawValue: UInt8(code & 3))))
    }
    return entries
  }
}
