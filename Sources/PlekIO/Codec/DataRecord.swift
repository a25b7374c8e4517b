import PlekCore

/// A record of the data files (a participant, a place): decoded field by field and validated
/// against the taxonomy once, the same way for both.
protocol DataRecord: TaxonomyChecked, Sendable {
  /// The data-file field names, in the order they are written.
  static var jsonFields: [String] { get }
  /// Decodes a record, with placeholders for fields that failed (their problems are in
  /// `log`); `nil` only when `json` is not an object.
  static func decode(_ json: JSONValue, log: DecodeLog) -> Self?
}

extension DataRecord {
  /// Decodes a record from JSON and validates it against `taxonomy`, once, keeping titles
  /// and sets equal to ones in `values` once (`nil`: nothing kept).
  static func decode(json: JSONValue, taxonomy: Taxonomy, values: SharedValues?) -> Decoded<Self> {
    let log = DecodeLog(sharing: taxonomy, values: values)
    // Semantic checks run even on a partly decoded record, so every problem is found at once.
    return log.finish(decode(json, log: log), taxonomy: taxonomy)
  }
}

extension Participant: DataRecord {
  /// Decodes a participant from JSON and validates it against `taxonomy`, once, collecting
  /// every problem with its field path.
  public static func decode(json: JSONValue, taxonomy: Taxonomy) -> Decoded<Participant> {
    decode(json: json, taxonomy: taxonomy, values: nil)
  }
}

extension Place: DataRecord {
  /// Decodes a place from JSON and validates it against `taxonomy`, once, collecting every
  /// problem with its field path.
  public static func decode(json: JSONValue, taxonomy: Taxonomy) -> Decoded<Place> {
    decode(json: json, taxonomy: taxonomy, values: nil)
  }
}
