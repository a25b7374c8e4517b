/// The groups of the UWV Functionele Mogelijkhedenlijst (FML) that Plek's load dimensions
/// are modelled on.
public enum FMLRubric: String, Vocabulary {
  /// Rubriek 1, persoonlijk functioneren.
  case personalFunctioning = "personal-functioning"
  /// Rubriek 2, sociaal functioneren.
  case socialFunctioning = "social-functioning"
  /// Rubriek 3, aanpassing aan fysieke omgevingseisen.
  case physicalEnvironment = "physical-environment"
  /// Rubriek 4, dynamische handelingen.
  case dynamicActions = "dynamic-actions"
  /// Rubriek 5, statische houdingen.
  case staticPostures = "static-postures"
  /// Rubriek 6, werktijden.
  case workingHours = "working-hours"
}

/// One of the sixteen load dimensions on which a person's capacity and a place's demand are
/// compared.
///
/// The list is fixed: its order is the lane order of the packed `SIMD16<UInt8>` the scorer
/// compares, and the data files use the ``rawValue`` codes as keys. The level descriptions
/// (0–4, English and Dutch) live in `Datasets/taxonomy/load-dimensions.json`.
public enum LoadDimension: String, Vocabulary, Comparable {
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.lane < rhs.lane }

  /// Sustained attention and concentration.
  case concentration
  /// Working under time pressure and deadlines.
  case timePressure = "time-pressure"
  /// Complexity of tasks and independent decisions.
  case complexity
  /// Direct contact with customers, clients or the public.
  case customerContact = "customer-contact"
  /// Handling conflicts and emotionally demanding situations.
  case conflictHandling = "conflict-handling"
  /// Working closely together with colleagues.
  case teamwork
  /// Noise, dust, smells and vibration.
  case noiseDust = "noise-dust"
  /// Working outdoors, in heat, cold or wet.
  case outdoorTemperature = "outdoor-temperature"
  /// Lifting and carrying loads.
  case lifting
  /// Walking during work.
  case walking
  /// Climbing stairs, ladders and steps.
  case climbing
  /// Repetitive hand and arm movements.
  case repetitiveHandArm = "repetitive-hand-arm"
  /// Bending, crouching and kneeling.
  case bendingKneeling = "bending-kneeling"
  /// Standing for long periods.
  case standing
  /// Sitting for long periods.
  case sitting
  /// Evening, night, weekend or irregular shifts.
  case irregularHours = "irregular-hours"

  /// The lane of this dimension in the packed load vectors (0–15).
  public var lane: Int {
    switch self {
    case .concentration: 0
    case .timePressure: 1
    case .complexity: 2
    case .customerContact: 3
    case .conflictHandling: 4
    case .teamwork: 5
    case .noiseDust: 6
    case .outdoorTemperature: 7
    case .lifting: 8
    case .walking: 9
    case .climbing: 10
    case .repetitiveHandArm: 11
    case .bendingKneeling: 12
    case .standing: 13
    case .sitting: 14
    case .irregularHours: 15
    }
  }

  /// The dimension in lane `lane` (0–15).
  public init?(lane: Int) {
    guard (0..<16).contains(lane) else { return nil }
    self = Self.allCases[lane]
  }

  /// The FML rubric this dimension belongs to.
  public var rubric: FMLRubric {
    switch self {
    case .concentration, .timePressure, .complexity: .personalFunctioning
    case .customerContact, .conflictHandling, .teamwork: .socialFunctioning
    case .noiseDust, .outdoorTemperature: .physicalEnvironment
    case .lifting, .walking, .climbing, .repetitiveHandArm, .bendingKneeling: .dynamicActions
    case .standing, .sitting: .staticPostures
    case .irregularHours: .workingHours
    }
  }
}

/// A level on the ordinal load scale 0–4, shared by capacity and demand.
///
/// Level `d` of a place's demand needs a capacity of at least `d`. Level 0 means "not
/// demanded" for a place and "not able at all" for a person; 4 is the heaviest demand and
/// "no limitation" for a person.
public struct LoadLevel: ScaleLevel {
  /// The level, 0–4.
  public let rawValue: UInt8

  /// The lowest level.
  public static let none = LoadLevel(uncheckedRawValue: 0)
  /// The highest level.
  public static let maximum = LoadLevel(uncheckedRawValue: 4)
  /// The valid range of levels.
  public static var range: ClosedRange<Int> { 0...4 }

  /// A level known to be 0–4.
  public init(uncheckedRawValue: UInt8) { self.rawValue = uncheckedRawValue }
}

/// A level on a fixed scale, kept in one byte: a load level 0–4, a competency level 1–3.
public protocol ScaleLevel: RawRepresentable<UInt8>, Hashable, Comparable, Sendable,
  CustomStringConvertible
{
  /// The levels of the scale.
  static var range: ClosedRange<Int> { get }
  /// A level known to be on the scale.
  init(uncheckedRawValue: UInt8)
}

// Inlinable: every module builds levels (the codecs, the generator), and a call through the
// protocol's witness table costs more than the check itself.
extension ScaleLevel {
  /// A level, or `nil` off the scale.
  @inlinable
  public init?(rawValue: UInt8) {
    guard Self.range.contains(Int(rawValue)) else { return nil }
    self.init(uncheckedRawValue: rawValue)
  }

  /// A level from an integer, or `nil` off the scale.
  @inlinable
  public init?(_ value: Int) {
    guard Self.range.contains(value) else { return nil }
    self.init(uncheckedRawValue: UInt8(value))
  }

  @inlinable public var description: String { String(rawValue) }

  @inlinable
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension FMLRubric: Labelled {
  /// What the value is called, in English and Dutch.
  public var label: Message {
    switch self {
    case .personalFunctioning: Message(en: "personal functioning", nl: "persoonlijk functioneren")
    case .socialFunctioning: Message(en: "social functioning", nl: "sociaal functioneren")
    case .physicalEnvironment:
      Message(en: "physical environment", nl: "aanpassing aan fysieke omgevingseisen")
    case .dynamicActions: Message(en: "dynamic actions", nl: "dynamische handelingen")
    case .staticPostures: Message(en: "static postures", nl: "statische houdingen")
    case .workingHours: Message(en: "working hours", nl: "werktijden")
    }
  }
}
