/// A record a ``RecordStore`` keeps: an id, a location to file it by, and a way to and from
/// the store's bytes (``RecordCodec``).
protocol StorableRecord: Sendable {
  associatedtype ID: RecordID
  var id: ID { get }
  /// Where the record is, for the grid.
  var location: GeoPoint { get }

  /// Appends the record's bytes (all but its id) to `bytes`.
  static func encode(_ record: Self, _ codec: RecordCodec, into bytes: inout [UInt8])
  /// The record with `id` from the bytes ``encode(_:_:into:)`` wrote, or `nil` for bytes it
  /// cannot have written (see ``RecordReader``).
  static func decode(_ id: ID, _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec) -> Self?
  /// Whether `bytes` decode to a record without problems in the codec's taxonomy, found
  /// without building it (``RecordCodec/holdsValidParticipant(_:_:)``); `seen` is
  /// working space.
  static func holdsValid(
    _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec, _ seen: inout SeenIndexes
  )
    -> Bool
}

extension StorableRecord {
  /// The id whose ``IDKey`` is `key`.
  static func id(_ key: IDKey) -> ID { ID(key: key) }
}

/// An id a store keys its records by (a participant's or a place's ``Identifier``): its
/// byte-ordered key and back.
protocol RecordID: TextIdentifier {
  /// The id as a byte-ordered key, for sorting and tie-breaking.
  var key: IDKey { get }
  /// The id whose key is `key`.
  init(key: IDKey)
}

extension Identifier: RecordID {
  var key: IDKey { IDKey(self) }
  init(key: IDKey) { self = key.identifier() }
}

extension Participant: StorableRecord {
  static func encode(_ person: Participant, _ codec: RecordCodec, into bytes: inout [UInt8]) {
    codec.write(person, into: &bytes)
  }

  static func decode(_ id: ParticipantID, _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec)
    -> Participant?
  {
    codec.participant(id, bytes)
  }

  static func holdsValid(
    _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec, _ seen: inout SeenIndexes
  )
    -> Bool
  {
    codec.holdsValidParticipant(bytes, &seen)
  }
}

extension Place: StorableRecord {
  static func encode(_ place: Place, _ codec: RecordCodec, into bytes: inout [UInt8]) {
    codec.write(place, into: &bytes)
  }

  static func decode(_ id: PlaceID, _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec) -> Place? {
    codec.place(id, bytes)
  }

  static func holdsValid(
    _ bytes: ArraySlice<UInt8>, _ codec: RecordCodec, _ seen: inout SeenIndexes
  )
    -> Bool
  {
    codec.holdsValidPlace(bytes, &seen)
  }
}
