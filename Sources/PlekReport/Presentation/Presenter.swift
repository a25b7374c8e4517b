import PlekCore

/// Builds the presentation model of Plek's answers for one audience: the only way from an
/// engine's results to what is shown, so that every output discloses the same.
///
/// The engine the results came from is passed to each call (borrowed, not copied: an engine
/// copy retains every one of its columns, which a busy service notices).
public struct Presenter: Sendable {
  /// Whom the answers are for.
  public let audience: Audience

  /// Creates a presenter.
  public init(audience: Audience) {
    self.audience = audience
  }

  /// A participant's shortlist. With `explain`, every entry carries its disclosed
  /// explanation (and with it the reasons a table shows); with `profile`, the officer's
  /// profile line of the person (tables show it, JSON does not). `horizonDays` is the
  /// query's (`nil`: the policy's), so that explanations agree with the list.
  public func shortlist(
    _ list: Shortlist, for person: Validated<Participant>, day: Day, horizonDays: Int? = nil,
    explain: Bool, profile: Bool = true, in engine: MatchEngine
  ) -> ListPresentation {
    // The history, for officers: where the person fell back before (by place).
    let officer = audience == .officer
    let fellBack = officer ? engine.placements.fallBacks(of: person.value.id, by: day) : [:]
    let entries = list.matches.enumerated().map { index, match -> ListPresentation.Entry in
      let place = engine.validatedPlace(match.placeID)!
      var entry = ListPresentation.Entry(
        rank: index + 1, match: audience.disclose(match), place: PlaceFacts(place.value),
        participant: nil,
        explanation: explain
          ? disclosedExplanation(person, place, day: day, horizonDays: horizonDays, in: engine)
          : nil)
      entry.fellBackHere = fellBack[match.placeID]
      return entry
    }
    var presentation = ListPresentation(
      subject: .participant(person.value.id), audience: audience, day: day,
      evaluated: list.evaluated, total: list.total, entries: entries, explained: explain,
      profile: profile ? audience.profile(of: person.value) : nil, whyEmpty: nil)
    if officer {
      presentation.placed = PlacedMark.running(person.value.id, on: day, in: engine)
      presentation.learning = LearningMark.of(person.value, in: engine)
    }
    return presentation
  }

  /// A place's candidate list.
  public func candidates(
    _ list: Shortlist, for place: Validated<Place>, day: Day, horizonDays: Int? = nil,
    explain: Bool, in engine: MatchEngine
  ) -> ListPresentation {
    let entries = list.matches.enumerated().map { index, match -> ListPresentation.Entry in
      let person = engine.validatedParticipant(match.participantID)!
      // A full place's candidates are explained as they would fit when a slot opens.
      var entry = ListPresentation.Entry(
        rank: index + 1, match: audience.disclose(match), place: nil,
        participant: audience.disclose(person.value),
        explanation: explain
          ? disclosedExplanation(
            person, place, day: day, horizonDays: horizonDays,
            whenASlotOpens: list.placeIsFull, in: engine)
          : nil)
      if audience == .officer {
        entry.placed = PlacedMark.running(match.participantID, on: day, in: engine)
      }
      return entry
    }
    return ListPresentation(
      subject: .place(PlaceFacts(place.value)), audience: audience, day: day,
      evaluated: list.evaluated, total: list.total, entries: entries, explained: explain,
      profile: nil, whyEmpty: nil, placeIsFull: list.placeIsFull)
  }

  /// One pair's explanation.
  public func explanation(
    _ person: Validated<Participant>, _ place: Validated<Place>, day: Day,
    horizonDays: Int? = nil, in engine: MatchEngine
  ) throws(MatchError) -> ExplanationPresentation {
    var presentation = ExplanationPresentation(
      day: day,
      explanation: audience.disclose(
        try engine.explain(person, place, on: day, horizonDays: horizonDays),
        person: person.value, place: place.value),
      place: PlaceFacts(place.value), profile: audience.profile(of: person.value),
      transport: person.value.wishes.transport)
    guard audience == .officer else { return presentation }
    // The history, for officers.
    let id = person.value.id
    let ledger = engine.placements
    presentation.placed = PlacedMark.running(id, on: day, in: engine)
    presentation.fellBackHere = ledger.fallBacks(of: id, by: day)[place.value.id]
    presentation.learning = LearningMark.of(person.value, in: engine)
    if let fellBack = ledger.vangnet(of: id, on: day, months: engine.policy.vangnetMonths) {
      presentation.vangnet = VangnetMark(
        fellBack: fellBack.id, place: fellBack.place, end: fellBack.end!, internalPlaces: [])
    }
    return presentation
  }

  /// Why a stored participant's shortlist is empty, for officers (`nil` for others): not
  /// available yet, filtered out, or what blocks the most places with the person's advice.
  public func whyEmpty(
    _ person: Validated<Participant>, day: Day, horizonDays: Int? = nil, filtered: Bool,
    in engine: MatchEngine
  ) throws(MatchError) -> EmptyList? {
    guard audience.seesBlockers else { return nil }
    let horizon = day.adding(days: horizonDays ?? engine.policy.planningHorizonDays)
    if person.value.availableFrom > horizon {
      return .notAvailableUntil(person.value.availableFrom, horizon: horizon)
    }
    let summary = try engine.knockOutSummary(
      for: person.value.id, on: day, horizonDays: horizonDays)
    // Places fit: the list is empty because of the filters, or because none were asked for
    // (`--top 0`); it is never "no place fits".
    if summary.fits > 0 { return filtered ? .filteredOut(fitsWithoutFilters: summary.fits) : nil }
    let advice = try engine.advice(
      for: person.value.id, options: QueryOptions(day: day, horizonDays: horizonDays))
    return .blocked(summary, advice: self.advice(advice, for: person, in: engine))
  }

  func disclosedExplanation(
    _ person: Validated<Participant>, _ place: Validated<Place>, day: Day, horizonDays: Int?,
    whenASlotOpens: Bool = false, in engine: MatchEngine
  ) -> DisclosedExplanation? {
    guard
      let explanation = try? engine.explain(
        person, place, on: day, horizonDays: horizonDays, whenASlotOpens: whenASlotOpens)
    else { return nil }
    return audience.disclose(explanation, person: person.value, place: place.value)
  }
}
