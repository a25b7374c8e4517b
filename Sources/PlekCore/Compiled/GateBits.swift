/// The bit layout of the eligibility gate: every yes/no rule between a person and a place
/// folded into one 32-bit test.
///
/// A place sets a bit for each property that some people cannot accept ("regular employer
/// without wage-cost subsidy", "offers less support than a job coach", "requires Dutch above
/// A2 and does not teach it", "requires indication set {nieuw beschut, Wsw}", ...). A person,
/// and the query's filters, set a bit for each property they cannot accept. The pair passes
/// the gate when the two masks share no bit: one AND and one compare instead of a dozen
/// branches.
enum GateBit {
  /// A regular employer that does not accept wage-cost subsidy.
  static let regularWithoutSubsidy: UInt32 = 1 << 0
  /// An internal place that requires the Wsw indication.
  static let internalWsw: UInt32 = 1 << 1
  /// No free slot.
  static let noFreeSlot: UInt32 = 1 << 2
  /// Offers less than a colleague (no support). Blocked only when the social development
  /// company provides no job coaches; otherwise the shortfall is a point to judge.
  static let supportBelowColleague: UInt32 = 1 << 3
  /// Offers less than a job coach (blocked as ``supportBelowColleague``).
  static let supportBelowJobCoach: UInt32 = 1 << 4
  /// Requires Dutch above level `rank` (A0 = 0 … B2 = 4) and does not teach it.
  static func dutchAbove(_ rank: Int) -> UInt32 { 1 << UInt32(5 + rank) }
  /// The place's required-indication set, one-hot over the eight subsets (0: none required).
  static func indicationSet(_ mask: UInt8) -> UInt32 { 1 << UInt32(10 + Int(mask)) }
  /// The place has no learning offer.
  static let noLearningOffer: UInt32 = 1 << 18
  /// The place's employer kind, one-hot.
  static func kind(_ kind: EmployerKind) -> UInt32 { 1 << UInt32(19 + kind.preferenceRank) }
  /// Requires some Dutch, taught or not (for the "not assessed" point, never blocked).
  static let requiresDutch: UInt32 = 1 << 23
  /// The learning route ends with a certificate (for the score bound, never blocked).
  static let certificate: UInt32 = 1 << 24
  /// A regular employer that has not said whether it accepts wage-cost subsidy (a point for
  /// a person below full wage value, never blocked).
  static let subsidyUnknown: UInt32 = 1 << 29
  /// The employer fulfils an SROI obligation with the place (for the policy's bonus, never
  /// blocked).
  static let sroi: UInt32 = 1 << 30
  /// The class (0–15, ``SectorBits``) of the place's main sector in bits 25–28 (never
  /// blocked: no person or filter sets these bits).
  static func mainSector(_ index: Int) -> UInt32 { UInt32(SectorBits.sectorClass(index)) << 25 }

  /// The indication bits a person holding `held` cannot accept: every non-empty required set
  /// that shares no indication with `held`.
  static func blockedIndicationSets(held: UInt8) -> UInt32 {
    var blocked: UInt32 = 0
    for set in UInt8(1)...7 where set & held == 0 { blocked |= indicationSet(set) }
    return blocked
  }
}
