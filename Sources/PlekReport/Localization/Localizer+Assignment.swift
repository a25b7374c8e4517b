import PlekAssign
import PlekCore

/// The words of a placement proposal.
extension Localizer {
  /// Why a person is left out, in words.
  public func sentence(_ reason: UnplacedReason) -> String {
    let say = self
    switch reason {
    case .noFit: return say(.assignNoFit)
    case .taken(let places):
      return say(
        .assignTaken(
          places: places.map { place in
            say(
              .assignTakenPlace(
                place: place.placeID, slots: place.freeSlots, fitted: place.fittedBy))
          }.joined(separator: ", ")))
    }
  }
}
