/// An opaque, pseudonymous identifier of a record: a participant, a place or an employer.
///
/// Identifiers carry no meaning and must never encode a name, a citizen service number (BSN),
/// a birth date or anything else that identifies a person. The pattern is deliberately narrow
/// so that such data cannot slip in by accident:
///
/// - 1 to 32 ASCII characters from `A–Z a–z 0–9 . _ : -`;
/// - the first character is a letter or a digit.
///
/// The conventional prefixes are `P-` for participants, `PL-` for places and `E-` for
/// employers, but any identifier matching the pattern is accepted.
///
/// Identifiers order by their bytes, which for this ASCII alphabet is the same order as
/// `String`'s `<`. Shortlists use that order to break ties between equal scores.
public struct Identifier<Tag>: TextIdentifier {
  /// The identifier text, guaranteed to match ``Identifier/pattern``.
  public let rawValue: String

  /// The longest identifier accepted, in bytes.
  public static var maximumLength: Int { 32 }

  /// The pattern as a human-readable regular expression, for error messages and docs.
  public static var pattern: String { "^[A-Za-z0-9][A-Za-z0-9._:-]{0,31}$" }

  /// An identifier from text known to match the pattern (it was an identifier before).
  public init(uncheckedRawValue: String) { rawValue = uncheckedRawValue }

  /// Whether `bytes` match ``Identifier/pattern``.
  public static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var count = 0
    for byte in bytes {
      count += 1
      if count > maximumLength { return false }
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        continue
      case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"):
        if count == 1 { return false }
      default:
        return false
      }
    }
    return count > 0
  }
}

/// Tag for ``ParticipantID``.
public enum ParticipantTag {}
/// Tag for ``PlaceID``.
public enum PlaceTag {}
/// Tag for ``EmployerID``.
public enum EmployerTag {}

/// The pseudonymous identifier of a participant (deelnemer).
public typealias ParticipantID = Identifier<ParticipantTag>
/// The identifier of a place: a vacancy, learning-work place, sheltered or internal place.
public typealias PlaceID = Identifier<PlaceTag>
/// The identifier of an employer.
public typealias EmployerID = Identifier<EmployerTag>

/// The identifier of a taxonomy entry: a sector, a competency or a municipality.
///
/// Taxonomy ids are lower-case kebab-case words (`forklift-driving`, `gulpen-wittem`) of at
/// most 48 characters, so that data files stay readable and stable across languages.
public struct TaxonomyID<Tag>: TextIdentifier {
  /// The id text, guaranteed to match ``TaxonomyID/pattern``.
  public let rawValue: String

  /// The pattern as a human-readable regular expression.
  public static var pattern: String { "^[a-z0-9]+(-[a-z0-9]+)*$ (at most 48 characters)" }

  /// An id from text known to be a valid id.
  public init(uncheckedRawValue: String) { rawValue = uncheckedRawValue }

  /// Whether `bytes` are a lower-case kebab-case word of at most 48 characters.
  public static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasDash = true
    var count = 0
    for byte in bytes {
      count += 1
      if count > 48 { return false }
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        previousWasDash = false
      case UInt8(ascii: "-"):
        if previousWasDash { return false }
        previousWasDash = true
      default:
        return false
      }
    }
    return count > 0 && !previousWasDash
  }
}

/// Tag for ``SectorID``.
public enum SectorTag {}
/// Tag for ``CompetencyID``.
public enum CompetencyTag {}
/// Tag for ``MunicipalityID``.
public enum MunicipalityTag {}

/// A kind of id a taxonomy holds, so that generic code (a decoder) can ask the taxonomy for
/// its own copy of an id without a cast.
public protocol TaxonomyTag {
  /// The taxonomy's own copy of `id` (`id` itself when unknown).
  static func shared(_ id: TaxonomyID<Self>, in taxonomy: Taxonomy) -> TaxonomyID<Self>
  /// How a sentence names an id of this kind (by the taxonomy's name of it).
  static func term(_ id: TaxonomyID<Self>) -> Term
}

extension SectorTag: TaxonomyTag {
  public static func shared(_ id: SectorID, in taxonomy: Taxonomy) -> SectorID {
    taxonomy.shared(id)
  }
  public static func term(_ id: SectorID) -> Term { .sector(id) }
}

extension CompetencyTag: TaxonomyTag {
  public static func shared(_ id: CompetencyID, in taxonomy: Taxonomy) -> CompetencyID {
    taxonomy.shared(id)
  }
  public static func term(_ id: CompetencyID) -> Term { .competency(id) }
}

extension MunicipalityTag: TaxonomyTag {
  public static func shared(_ id: MunicipalityID, in taxonomy: Taxonomy) -> MunicipalityID {
    taxonomy.shared(id)
  }
  public static func term(_ id: MunicipalityID) -> Term { .municipality(id) }
}

/// The id of a sector in the taxonomy (`logistics`, `care`, ...).
public typealias SectorID = TaxonomyID<SectorTag>
/// The id of a competency in the taxonomy (`forklift-driving`, `punctuality`, ...).
public typealias CompetencyID = TaxonomyID<CompetencyTag>
/// The id of a municipality in the region (`maastricht`, `vaals`, ...).
public typealias MunicipalityID = TaxonomyID<MunicipalityTag>

/// Byte order of two strings' UTF-8, over contiguous bytes: the UTF-8 views' iterators cost
/// a call per byte, and ids are compared while sorting whole datasets.
@usableFromInline
func utf8Precedes(_ lhs: String, _ rhs: String) -> Bool {
  var left = lhs
  var right = rhs
  return left.withUTF8 { a in right.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
}

/// An id written as text: checked byte by byte on the way in, ordered by its bytes (for this
/// ASCII alphabet the same order as `String`'s `<`). Record ids and taxonomy ids share
/// everything but their alphabet.
public protocol TextIdentifier: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The text, guaranteed to match ``pattern``.
  var rawValue: String { get }
  /// The pattern as a human-readable regular expression, for error messages and docs.
  static var pattern: String { get }
  /// An id from text known to be valid (it was an id before).
  init(uncheckedRawValue: String)
  /// Whether `bytes` are a valid id.
  static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool
}

// Inlinable: ids are made and compared in every module (decoding, sorting whole datasets),
// and a call through the protocol's witness table would cost more than the work.
extension TextIdentifier {
  /// Creates an id, or returns `nil` when `rawValue` does not match the pattern.
  @inlinable
  public init?(_ rawValue: String) {
    guard Self.isValid(rawValue) else { return nil }
    self.init(uncheckedRawValue: rawValue)
  }

  /// Whether `text` matches the pattern.
  @inlinable
  public static func isValid(_ text: String) -> Bool {
    // Contiguous bytes: iterating the UTF-8 view byte by byte costs a call per byte.
    var text = text
    return text.withUTF8 { isValid(bytes: $0) }
  }

  @inlinable public var description: String { rawValue }

  @inlinable
  public static func < (lhs: Self, rhs: Self) -> Bool {
    utf8Precedes(lhs.rawValue, rhs.rawValue)
  }

  /// An id from a literal; a literal that does not match the pattern is a programming
  /// error.
  public init(stringLiteral value: String) {
    guard let id = Self(value) else {
      preconditionFailure("invalid id literal \"\(value)\"; expected \(Self.pattern)")
    }
    self = id
  }
}
