import PlekCore

/// Equal values decoded close together, kept once: a place's title and the small sets of a
/// record (indications, adaptable dimensions) that many records repeat.
///
/// Strings of more than 15 bytes and non-empty sets live on the heap, one allocation per
/// record as decoded; records that hold the same value share one allocation instead. The
/// dataset loader gives each block of records it decodes on one thread its own table, so
/// there is no locking, and the duplicates are freed while the block is decoded, where the
/// memory is reused at once. Each table keeps at most ``limit`` values of a kind, so that a
/// file of distinct values costs no more than one without the table.
final class SharedValues {
  static let limit = 4_096
  private var strings: [String: String] = [:]
  private var indicationSets: [Set<Indication>: Set<Indication>] = [:]
  private var dimensionSets: [Set<LoadDimension>: Set<LoadDimension>] = [:]

  /// `text`, or an equal string decoded before it.
  func share(_ text: String) -> String {
    // Up to 15 bytes a string is stored inline: nothing to share.
    guard text.utf8.count > 15 else { return text }
    return Self.share(text, in: &strings)
  }

  /// `set`, or an equal set decoded before it.
  func share(_ set: Set<Indication>) -> Set<Indication> {
    set.isEmpty ? set : Self.share(set, in: &indicationSets)
  }

  /// `set`, or an equal set decoded before it.
  func share(_ set: Set<LoadDimension>) -> Set<LoadDimension> {
    set.isEmpty ? set : Self.share(set, in: &dimensionSets)
  }

  private static func share<Value: Hashable>(_ value: Value, in table: inout [Value: Value])
    -> Value
  {
    if let shared = table[value] { return shared }
    if table.count < limit { table[value] = value }
    return value
  }
}
