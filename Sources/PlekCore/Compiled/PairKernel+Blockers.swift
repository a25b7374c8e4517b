/// What the packed records prove about why a pair does not fit: the knock-outs certain from
/// the hot records, whether one of them is beyond any step, and how many step families they
/// need at least. Advice uses it to leave out, without evaluating them, the places no single
/// step or pair of steps can open.
struct HotBlockers: Sendable {
  /// A certain knock-out no step removes (an indication, a full place, an excluded main
  /// sector, a capacity two or more levels short, a place beyond every travel step, a date
  /// beyond any planning horizon).
  var fixed: Bool
  /// Step families certainly needed (a lower bound).
  var families: Int
  /// Knock-outs certainly there (a lower bound).
  var knockOuts: Int
  /// The last family found: the only one when ``families`` is 1.
  var family: HotFamily = .competency
}

/// A family of knock-outs the hot records prove.
enum HotFamily: Equatable, Sendable {
  case wage
  case support
  case dutch
  case hours
  case timing
  /// One level short on the load lane.
  case load(lane: Int)
  case travel
  case competency
}

extension HotFamily {
  /// A person and a question with this family's knock-outs lifted, so that the kernel can
  /// say whether they are the pair's only knock-outs: the gate bit cleared, the hours opened
  /// up, the horizon without end, the lane's capacity unknown, the travel prefilter off (the
  /// exact travel limit is the caller's: it is in the person's detail). Competencies are left
  /// as they are.
  func lifted(_ person: PersonHot, _ context: PairContext) -> (PersonHot, PairContext) {
    var person = person
    var context = context
    switch self {
    case .wage: person.block &= ~GateBit.regularWithoutSubsidy
    case .support: person.block &= ~PairKernel.supportGate
    case .dutch: person.block &= ~PairKernel.dutchGate
    case .hours:
      person.minHours = 0
      person.maxHours = UInt8(HoursRange.validHours.upperBound)
    case .timing: context.horizon = .max
    case .load(let lane): person.capacity[lane] = LoadProfile.unknownByte
    case .travel: person.chordLimit = .infinity
    case .competency: break
    }
    return (person, context)
  }
}

extension PairKernel {
  static let fixedGate: UInt32 =
    GateBit.internalWsw | GateBit.noFreeSlot | (0xFF << 10)  // the eight indication sets
  static let supportGate = GateBit.supportBelowColleague | GateBit.supportBelowJobCoach
  static let dutchGate: UInt32 = 0x1F << 5

  /// The blockers of a pair from the hot records. `reachLimit` is the squared chord of the
  /// farthest any travel step reaches (padded like every chord limit; the person's own limit
  /// when travel cannot change); `day` and `horizon` are days since 1970; without
  /// `planning`, a person not yet available is beyond any step.
  ///
  /// Every count is a lower bound of what the reference scorer finds, and `fixed` is only
  /// set for knock-outs the reference scorer also finds and no step removes: leaving such
  /// places out never changes the advice.
  @inline(__always)
  static func blockers(
    _ person: PersonHot, _ place: PlaceHot, heldMask: UInt64,
    day: Int32, horizon: Int32, reachLimit: Float, planning: Bool = true
  ) -> HotBlockers {
    var fixed = false
    var families = 0
    var knockOuts = 0
    var family = HotFamily.competency
    let gate = place.gate & person.block
    if gate & GateBit.internalWsw != 0 { knockOuts += 1 }
    if gate & GateBit.noFreeSlot != 0 { knockOuts += 1 }
    if gate & (0xFF << 10) != 0 { knockOuts += 1 }
    if gate & fixedGate != 0 { fixed = true }
    if gate & GateBit.regularWithoutSubsidy != 0 {
      families += 1
      knockOuts += 1
      family = .wage
    }
    if gate & supportGate != 0 {
      families += 1
      knockOuts += 1
      family = .support
    }
    if gate & dutchGate != 0 {
      families += 1
      knockOuts += 1
      family = .dutch
    }
    if place.mainSector & person.excluded != 0 {
      fixed = true
      knockOuts += 1
    }
    if place.minHours > person.maxHours || place.maxHours < person.minHours {
      families += 1
      knockOuts += 1
      family = .hours
    }
    let opensLater = place.openFrom > horizon
    let availableLater = person.availableFrom > horizon
    if opensLater || availableLater {
      families += 1
      family = .timing
      knockOuts += (opensLater ? 1 : 0) + (availableLater ? 1 : 0)
      let limit = Int32(Limits.horizonDays.upperBound)
      if (opensLater && place.openFrom - day > limit)
        || (availableLater && (!planning || person.availableFrom - day > limit))
      {
        fixed = true
      }
    }
    // Load: every lane above the capacity is a knock-out; one level short may be adapted,
    // more never (an unknown capacity is 0xFF and never short).
    let demand = place.knockOutDemand
    let capacity = person.capacity
    let shortLanes = Bytes.mask(demand .> capacity)
    let short = Bits.byteSum(shortLanes & SIMD16(repeating: 1))
    if short > 0 {
      families += short
      knockOuts += short
      let words = unsafeBitCast(shortLanes, to: SIMD2<UInt64>.self)
      family = .load(
        lane: words[0] != 0
          ? words[0].trailingZeroBitCount >> 3 : 8 + words[1].trailingZeroBitCount >> 3)
      let known = capacity .< SIMD16(repeating: LoadProfile.unknownByte)
      if any((demand .> capacity &+ SIMD16(repeating: 1)) .& known) { fixed = true }
    }
    let delta = place.position - person.position
    let chord = (delta * delta).sum()
    if chord > reachLimit {
      fixed = true
      knockOuts += 1
    } else if chord > person.chordLimit {
      families += 1
      knockOuts += 1
      family = .travel
    }
    let missing = (place.hardMask & ~heldMask).nonzeroBitCount
    if missing > 0 {
      families += missing
      knockOuts += missing
      family = .competency
    }
    return HotBlockers(fixed: fixed, families: families, knockOuts: knockOuts, family: family)
  }
}

/// The one required competency a person falls short of at a place, with what it takes:
/// the level required, held and taught (0: not taught), the route's months and the months a
/// level takes at the person's pace.
struct UnmetCompetency {
  var index: Int
  var required: Int
  var held: Int
  var taught: Int
  var months: Int
  var monthsPerLevel: Int

  /// The least level that removes the knock-out (advice): the required level when the place
  /// does not teach it far enough, else the level from which its route teaches the rest in
  /// time (as ``KnockOut/adviceNeed(person:place:day:policy:)`` reads the reference scorer's
  /// knock-outs).
  var least: Int {
    taught >= required ? max(held + 1, required - months / monthsPerLevel) : required
  }

  /// The most the place may require for the person to fit (carving): what they hold, or
  /// what its route teaches them in time (as ``KnockOut/carveNeed(person:place:policy:)`` reads
  /// the knock-outs).
  var most: Int { taught > 0 ? max(held, min(taught, held + months / monthsPerLevel)) : held }
}

extension PairKernel {
  /// The one required competency a person falls short of at a place: `nil` when no
  /// competency knocks out; `.some(nil)` when two or more do.
  static func unmetCompetency(
    _ detail: PersonDetail, _ placeDetail: UnsafePointer<PlaceDetail>, hasOffer: Bool
  ) -> UnmetCompetency?? {
    let held = detail.held
    let required = placeDetail.pointee.required
    let teaches = placeDetail.pointee.teaches
    let missing =
      (required.atLeast1 & ~held.atLeast1) | (required.atLeast2 & ~held.atLeast2)
      | (required.atLeast3 & ~held.atLeast3)
    var unmet: UnmetCompetency?
    let months = Int(placeDetail.pointee.learningMonths)
    let perLevel = Int(detail.monthsPerLevel)
    for word in 0..<4 {
      var bits = missing[word]
      while bits != 0 {
        let index = word << 6 | bits.trailingZeroBitCount
        bits &= bits &- 1
        let level = required.level(index)
        let have = held.level(index)
        let taught = hasOffer ? teaches.level(index) : 0
        // Taught to the level: a knock-out only when the climb does not fit the route.
        if taught >= level && (level - have) * perLevel <= months { continue }
        if unmet != nil { return .some(nil) }
        unmet = UnmetCompetency(
          index: index, required: level, held: have, taught: taught, months: months,
          monthsPerLevel: perLevel)
      }
    }
    return unmet.map { .some($0) } ?? nil
  }
}
