import Foundation
import PlekCore

/// The generator's placement history: three years of placements before the reference day,
/// at rates that differ by target group and kind of place (the assumptions are listed in
/// Datasets/README.md, *Generated placements*).
extension DatasetGenerator {
  /// How long the generated history reaches back from the reference day, in days (three
  /// years).
  public static let historyDays = 3 * 365

  /// What the history needs to know of a place, kept compact: a national dataset's places
  /// are not held as records.
  struct PlaceSummary: Sendable {
    var id: PlaceID
    var kind: EmployerKind
    var offer: LearningOffer?
    var hours: HoursRange
    var coach: Bool
    var acceptsSubsidy: Bool
  }

  /// The places of a dataset of `count` places, by kind, for drawing a place of a kind.
  struct PlacesByKind: Sendable {
    var summaries: [PlaceSummary]
    /// The indexes into `summaries` of each kind, in ``EmployerKind/allCases`` order.
    var byKind: [[Int]]

    init(_ summaries: [PlaceSummary]) {
      self.summaries = summaries
      byKind = EmployerKind.allCases.map { kind in
        summaries.indices.filter { summaries[$0].kind == kind }
      }
    }

    /// A place of `kind`, or of any kind when the dataset has none of it.
    func draw(_ kind: EmployerKind, random: inout SplitMix64) -> PlaceSummary {
      let pool = byKind[EmployerKind.allCases.firstIndex(of: kind)!]
      if pool.isEmpty { return summaries[random.below(summaries.count)] }
      return summaries[pool[random.below(pool.count)]]
    }
  }

  /// The placement history of participant `index` (its ids are given when the history is
  /// written, in participant order), among the places `places`.
  ///
  /// A chain of placements, one after another: the first starts on a day of the three
  /// years; each ends after a time drawn for its form and kind, or runs on past the
  /// reference day (then it has no end); after a fall-back the next placement is often an
  /// internal one within 30 days (the *vangnet*); after regular work or moving away the
  /// chain ends.
  func history(of index: Int, places: PlacesByKind) -> [Placement] {
    guard !places.summaries.isEmpty else { return [] }
    let person = participant(index)
    let shape = HistoryShape.of(person.targetGroup)
    guard var (day, random) = historyStart(of: index, group: person.targetGroup) else {
      return []
    }
    var kind = EmployerKind.allCases[random.weightedIndex(shape.kinds)]
    var chain: [Placement] = []
    while day < referenceDay && chain.count < 12 {
      let place = places.draw(kind, random: &random)
      var placement = placement(
        person, place, start: day, shape: shape, random: &random)
      if let end = placement.end, end >= referenceDay {
        // Still running on the reference day: not ended yet.
        (placement.end, placement.endReason, placement.earned) = (nil, nil, nil)
      }
      chain.append(placement)
      guard let end = placement.end, let reason = placement.endReason else { break }
      switch reason {
      case .regularWork, .movedAway: return chain
      case .fellBackHealth, .fellBackMismatch, .fellBackOther:
        if random.chance(shape.caughtByVangnet) {
          kind = .internal
          day = end.adding(days: 1 + random.below(30))
          continue
        }
      case .otherPlacement:
        // Doorstroom: a step outward from an internal or sheltered place.
        kind = kind.preferenceRank >= 2 ? .socialOrMunicipal : .regular
        day = end.adding(days: 1 + random.below(14))
        continue
      case .contractEnded, .other: break
      }
      guard random.chance(shape.again) else { break }
      kind = EmployerKind.allCases[random.weightedIndex(shape.kinds)]
      day = end.adding(days: 30 + random.below(210))
    }
    return chain
  }

  /// The first placement's day of participant `index` (of target group `group`) and the
  /// history's random stream as it stands after drawing it; `nil` when the person is never
  /// placed. The participant's registration is drawn before this day.
  func historyStart(of index: Int, group: TargetGroup) -> (day: Day, random: SplitMix64)? {
    var random = random(stream: 7, index: index)
    guard random.chance(HistoryShape.of(group).placed) else { return nil }
    let first = referenceDay.adding(days: -Self.historyDays)
    return (first.adding(days: random.below(Self.historyDays)), random)
  }

  /// When participant `index` registered (stream 8): 2 weeks to about 18 months before the
  /// first placement, or, for a person never placed, a day of the three years.
  func registration(of index: Int, group: TargetGroup) -> Day {
    var random = random(stream: 8, index: index)
    if let start = historyStart(of: index, group: group)?.day {
      return start.adding(days: -(14 + random.below(520)))
    }
    return referenceDay.adding(days: -random.below(Self.historyDays))
  }

  /// One placement of `person` at `place` from `start`, its end drawn (possibly past the
  /// reference day).
  private func placement(
    _ person: Participant, _ place: PlaceSummary, start: Day, shape: HistoryShape,
    random: inout SplitMix64
  ) -> Placement {
    let sheltered =
      place.kind.preferenceRank >= 2
      && !person.indications.isDisjoint(with: [.wsw, .nieuwBeschut])
    let form: PlacementForm =
      place.offer != nil && random.chance(0.7)
      ? .learningWork
      : sheltered
        ? .sheltered
        : [.employment, .secondment, .trial][
          random.weightedIndex(place.kind == .regular ? [0.5, 0.3, 0.2] : [0.7, 0.3, 0])]
    let hours = max(1, random.int(in: max(1, place.hours.min)...max(1, place.hours.max)))
    var placement = Placement(
      id: "x-unnumbered", participant: person.id, place: place.id, start: start, form: form,
      hoursPerWeek: min(hours, Placement.validHours.upperBound),
      wageCostSubsidy: (person.wageValue ?? 100) < 100 && place.acceptsSubsidy
        && random.chance(0.8),
      jobCoach: place.coach || (person.supportNeed == .intensive && random.chance(0.7)))
    // Months until a fall-back, drawn from the monthly hazard of this kind of place.
    let monthsToFallBack = random.exponential(rate: shape.fallBackHazard(place.kind))
    let plannedMonths: Double? =
      switch form {
      case .trial: 2
      case .learningWork: Double(place.offer?.months ?? 6)
      default: nil
      }
    if let plannedMonths {
      placement.plannedEnd = start.adding(days: Int(plannedMonths * 30.4))
    }
    let monthsToEnd = plannedMonths ?? random.exponential(rate: shape.endHazard(place.kind))
    if monthsToFallBack < monthsToEnd {
      placement.end = start.adding(days: Int(monthsToFallBack * 30.4))
      placement.endReason =
        [.fellBackHealth, .fellBackMismatch, .fellBackOther][
          random.weightedIndex([0.5, 0.35, 0.15])]
      return placement
    }
    placement.end = start.adding(days: max(0, Int(monthsToEnd * 30.4) - random.below(14)))
    switch form {
    case .trial:
      placement.endReason = [.otherPlacement, .contractEnded][random.weightedIndex([0.7, 0.3])]
    case .learningWork:
      let offer = place.offer ?? LearningOffer(teaches: [], months: 6)
      let certificate = offer.certificate && random.chance(0.7)
      placement.earned = LearningResult(
        certificate: certificate, praktijkverklaring: !certificate && random.chance(0.6),
        competencies: certificate || random.chance(0.5) ? offer.teaches : [])
      placement.endReason =
        [.regularWork, .otherPlacement, .contractEnded][
          random.weightedIndex([shape.regularExit, 0.4, 0.25])]
    default:
      placement.endReason =
        [.regularWork, .otherPlacement, .contractEnded, .movedAway, .other][
          random.weightedIndex(
            place.kind == .regular
              ? [shape.regularExit * 2, 0.1, 0.5, 0.05, 0.05]
              : [shape.regularExit, 0.35, 0.45, 0.03, 0.02])]
    }
    return placement
  }

  /// The places' summaries, made a chunk at a time.
  func placeSummaries(count: Int) -> PlacesByKind {
    PlacesByKind(
      Self.parallelMap(count) { index in
        let place = place(index, of: count)
        return PlaceSummary(
          id: place.id, kind: place.employerKind, offer: place.learningOffer,
          hours: place.hoursPerWeek, coach: place.support == .jobCoach,
          acceptsSubsidy: place.acceptsWageSubsidy == true)
      })
  }

  /// How many placements run on the reference day (have no end) at each place, by place
  /// index: the histories made once more, a chunk of participants at a time, and counted.
  ///
  /// - Complexity: the histories' work again (the file's placements are made after the
  ///   places, whose capacities need this count).
  func runningPlacements(participants: Int, places summaries: PlacesByKind) -> [Int32] {
    var running = [Int32](repeating: 0, count: summaries.summaries.count)
    for start in stride(from: 0, to: participants, by: Self.writeChunk) {
      let end = min(participants, start + Self.writeChunk)
      let chains = Self.parallelMap(end - start) { history(of: start + $0, places: summaries) }
      for placement in chains.joined() where placement.end == nil {
        // The generator's own ids: PL- and the place's number from 1.
        running[Int(placement.place.rawValue.dropFirst(3))! - 1] += 1
      }
    }
    return running
  }

  /// The placement id of the `number`-th placement written (from 1): `PM-000001`, ….
  static func placementID(_ number: Int) -> PlacementID {
    PlacementID(stringLiteral: "PM-" + padded(number, 6))
  }

  /// Writes `placements.json`: the history of every participant, in participant order,
  /// numbered in that order, a chunk of participants at a time.
  func writePlacements(participants: Int, places summaries: PlacesByKind, to path: String)
    throws
  {
    var written = 0
    try Self.writeArray(sources: participants, to: path, progress: nil) { range in
      let chains = Self.parallelMap(range.count) {
        history(of: range.lowerBound + $0, places: summaries)
      }
      var pieces: [[UInt8]] = []
      for chain in chains {
        for var placement in chain {
          written += 1
          placement.id = Self.placementID(written)
          pieces.append(JSONWriter().bytes(placement.json))
        }
      }
      return pieces
    }
  }
}

/// The rates of the generated history for one target group: assumptions, chosen so that
/// the indicators differ by group and kind (Datasets/README.md, *Generated placements*).
struct HistoryShape: Sendable {
  /// The chance of at least one placement in the three years.
  var placed: Double
  /// Weights of the kind of a first (and a later) place: regular, social or municipal,
  /// external sheltered, internal.
  var kinds: [Double]
  /// Monthly chance that a placement at a regular employer ends for good reasons (any
  /// other than a fall-back); other kinds run longer.
  var ending: Double
  /// Monthly chance of a fall-back at a regular employer; other kinds have fewer.
  var fallBack: Double
  /// The weight of moving on to regular work when a placement ends.
  var regularExit: Double
  /// The chance that a fall-back is caught by the vangnet (an internal place within 30 days).
  var caughtByVangnet: Double
  /// The chance of another placement after one that ended otherwise.
  var again: Double

  /// The monthly hazard of a fall-back at a place of `kind`.
  func fallBackHazard(_ kind: EmployerKind) -> Double {
    fallBack * [1, 0.7, 0.5, 0.4][kind.preferenceRank]
  }

  /// The monthly hazard of another end at a place of `kind`.
  func endHazard(_ kind: EmployerKind) -> Double {
    ending * [1, 0.8, 0.5, 0.5][kind.preferenceRank]
  }

  static func of(_ group: TargetGroup) -> HistoryShape {
    switch group {
    case .participatiewetDirect, .participatiewetWithinYear, .nonBenefitApplicant, .wwWajong,
      .ipsUWV, .youthWithoutQualification, .mboStudent:
      HistoryShape(
        placed: 0.6, kinds: [0.55, 0.2, 0.05, 0.2], ending: 0.035, fallBack: 0.02,
        regularExit: 0.35, caughtByVangnet: 0.45, again: 0.6)
    case .participatiewetOneToTwoYears, .subsidisedWork, .banenafspraak, .specialEducationPupil:
      HistoryShape(
        placed: 0.5, kinds: [0.35, 0.25, 0.1, 0.3], ending: 0.04, fallBack: 0.03,
        regularExit: 0.2, caughtByVangnet: 0.55, again: 0.55)
    case .activation:
      HistoryShape(
        placed: 0.3, kinds: [0.1, 0.2, 0.1, 0.6], ending: 0.05, fallBack: 0.045,
        regularExit: 0.08, caughtByVangnet: 0.6, again: 0.45)
    case .nieuwBeschut, .wsw:
      HistoryShape(
        placed: 0.85, kinds: [0.05, 0.1, 0.25, 0.6], ending: 0.02, fallBack: 0.012,
        regularExit: 0.05, caughtByVangnet: 0.7, again: 0.75)
    }
  }
}

extension SplitMix64 {
  /// A draw from the exponential distribution with `rate` per unit (months here).
  mutating func exponential(rate: Double) -> Double {
    -log(1 - unit()) / max(rate, 1e-9)
  }
}
