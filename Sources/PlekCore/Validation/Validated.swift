/// A value that passed validation: only the validator can make one.
///
/// Plek validates every record exactly once, where it enters: the codecs (JSON files, CSV
/// sheets, service parameters) validate while they decode and hand out `Validated` values,
/// and the engine trusts them without checking again. A value that comes from anywhere else
/// is a plain ``Participant`` or ``Place``; the engine's convenience entry points validate it
/// once on the way in.
///
/// A record's validity depends on the taxonomy (its sectors, competencies and municipalities
/// must exist there), so a validated value remembers the ``Taxonomy/fingerprint`` it was
/// checked against. The engine accepts it as it is only under the same taxonomy.
public struct Validated<Value: Sendable>: Sendable {
  /// The value.
  public let value: Value
  /// The fingerprint of the taxonomy the value was validated against.
  public let taxonomyFingerprint: UInt64

  /// Wraps a value the caller has just validated against a taxonomy with `fingerprint`.
  /// Internal: outside PlekCore, only ``Taxonomy/validate(_:)`` and its relatives make one.
  @usableFromInline
  init(trusting value: Value, fingerprint: UInt64) {
    self.value = value
    self.taxonomyFingerprint = fingerprint
  }
}

extension Validated: Equatable where Value: Equatable {}
extension Validated: Hashable where Value: Hashable {}

/// A record that can be checked against a taxonomy.
public protocol TaxonomyChecked: Sendable {
  /// Every problem of the value against `taxonomy`; empty when it is valid.
  func problems(in taxonomy: Taxonomy) -> [ModelProblem]
}

extension Participant: TaxonomyChecked {}
extension Place: TaxonomyChecked {}
extension Policy: TaxonomyChecked {
  public func problems(in taxonomy: Taxonomy) -> [ModelProblem] {
    problems(in: Optional(taxonomy))
  }
}

/// The outcome of validating one value: every problem, and the validated value when there
/// are none.
public struct Validation<Value: Sendable>: Sendable {
  /// Every problem found, with field paths.
  public let problems: [ModelProblem]
  /// The value, when it has no problem.
  public let validated: Validated<Value>?

  @usableFromInline
  init(problems: [ModelProblem], validated: Validated<Value>?) {
    (self.problems, self.validated) = (problems, validated)
  }
}

extension Taxonomy {
  /// Validates a participant, place or policy against this taxonomy: every problem, and the
  /// validated value when there is none.
  ///
  /// Inlinable so that codecs in other modules get a version specialized for their record
  /// type (an unspecialized generic call copies the record through value witnesses).
  @inlinable
  public func validate<Value: TaxonomyChecked>(_ value: consuming Value) -> Validation<Value> {
    let problems = value.problems(in: self)
    return Validation(
      problems: problems,
      validated: problems.isEmpty ? Validated(trusting: value, fingerprint: fingerprint) : nil)
  }

  /// Validates the taxonomy itself: its problems, and the validated taxonomy when it has
  /// none.
  public func validated() -> Validation<Taxonomy> {
    let problems = self.problems
    return Validation(
      problems: problems,
      validated: problems.isEmpty ? Validated(trusting: self, fingerprint: fingerprint) : nil)
  }

}
