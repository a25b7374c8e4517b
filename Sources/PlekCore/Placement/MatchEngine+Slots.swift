extension MatchEngine {
  /// The place with its free slots derived from the placements at it, when it gives a
  /// ``Place/capacity``; any other place as it is.
  ///
  /// A placement holds a slot from the moment it is recorded (a planned start too: the
  /// slot is promised) through its end day; a placement without an end holds it for good.
  /// So the placements holding a slot on a day never grow as the day moves on, and a full
  /// place has one day from which a slot is free: ``Place/slotFreeFrom``, the day after the
  /// `r`-th latest end, where `r` is the capacity less the placements without an end. The
  /// scorer treats that day as the place's opening day (``Place/opensOn``), so the same
  /// record answers every query day exactly; ``Place/freeSlots`` becomes the capacity less
  /// the placements without an end (0: never free again, the `no-free-slot` rule).
  ///
  /// - Complexity: O(m log m) for the m placements at the place.
  func derivingSlots(_ place: Place) -> Place {
    guard let capacity = place.capacity else { return place }
    var place = place
    let held = placements.placements(at: place.id)
    let left = capacity - held.count { $0.end == nil }
    place.freeSlots = max(0, left)
    let ends = held.compactMap(\.end).sorted(by: >)
    place.slotFreeFrom = left > 0 && ends.count >= left ? ends[left - 1].adding(days: 1) : nil
    return place
  }

  /// How many people a stored place can take on `day`: for a place with a capacity, the
  /// capacity less the placements holding a slot that day (see ``derivingSlots(_:)``);
  /// otherwise its ``Place/freeSlots`` as given. `nil` for a place the engine does not hold.
  public func freeSlots(at id: PlaceID, on day: Day) -> Int? {
    place(id).map { freeSlots(of: $0, on: day) }
  }

  /// ``freeSlots(at:on:)`` of a stored place's record.
  func freeSlots(of place: Place, on day: Day) -> Int {
    guard let capacity = place.capacity else { return place.freeSlots }
    let holding = placements.placements(at: place.id).count { $0.end.map { $0 >= day } ?? true }
    return max(0, capacity - holding)
  }

  /// Stores again the places among `ids` whose derived free slots changed, after their
  /// placements did.
  mutating func refreshSlots<Places: Sequence<PlaceID>>(of ids: Places) {
    for id in Set(ids) {
      guard let slot = places.slots[id], places.detail[Int(slot)].hasCapacity,
        let place = places.record(atSlot: Int(slot))
      else { continue }
      let derived = derivingSlots(place)
      if derived != place { store(derived) }
    }
  }
}

extension Place {
  /// The place as the engine stores it (``EngineRecord``): its slots derived.
  static func prepared(_ place: Place, in engine: MatchEngine) -> Place {
    engine.derivingSlots(place)
  }
}
