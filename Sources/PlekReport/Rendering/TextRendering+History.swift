import PlekCore

/// What the placement history adds to an officer's shortlist in words.
extension TextRendering {
  /// The vangnet: the fall-back, then the internal places offered first, one per line.
  func vangnetLines(_ vangnet: VangnetMark, person: ParticipantID) -> String {
    let say = localizer
    var text =
      wrapped(say(.vangnetNote(person: person, place: vangnet.place, end: vangnet.end))) + "\n"
    if vangnet.internalPlaces.isEmpty { return text + "  " + say(.vangnetNoInternal) + "\n" }
    for (place, score) in vangnet.internalPlaces {
      text +=
        "  \(place.id) \(place.title ?? "") · "
        + say.number(Double(score) / 1_000_000, decimals: 1) + "\n"
    }
    return text
  }
}
