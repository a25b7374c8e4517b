import PlekCore

/// Advice, carving and the region's advice as text for a terminal.
extension TextRendering {
  /// The steps the region table lists; the CSV and JSON list every one.
  static let regionStepsShown = 30
  /// The places nobody fits the region table lists (those that keep the most people one
  /// step away first); the CSV and JSON list every one.
  static let regionPlacesShown = 20

  /// A person's advice: the fit now, every step with what it opens, and when no single step
  /// opens anything, pairs of steps and the nearest places with what is missing.
  public func advice(_ presentation: AdvicePresentation) -> String {
    let say = localizer
    let advice = presentation.advice
    var text =
      paint(say(.adviceTitle(participant: advice.participantID)), .bold) + " · "
      + say.date(advice.day) + "\n" + paint(profileLine(presentation.profile), .dim) + "\n"
    text += fitLine(presentation) + "\n"
    if !advice.steps.isEmpty {
      text += "\n" + say(.adviceSteps) + "\n"
      for (index, effect) in advice.steps.enumerated() {
        let number = "  \(index + 1). "
        let indent = String(repeating: " ", count: number.count)
        text += number + say.sentence(effect.step, baseline: presentation.baseline) + "\n"
        text += indent + effectLine(effect, presentation) + "\n"
        if effect.ladder.count > 1 {
          text += indent + paint(ladderLine(effect.ladder), .dim) + "\n"
        }
        if !effect.learnAt.isEmpty {
          text +=
            indent
            + say(
              .effectLearnAt(
                places: effect.learnAt.map { name($0, presentation) }.joined(separator: ", ")))
            + "\n"
        }
        if !effect.learnNearby.isEmpty {
          let places = effect.learnNearby.map { place in
            name(place.placeID, presentation) + " ("
              + place.knockOuts.map { say($0.kind.label) }.joined(separator: ", ") + ")"
          }
          text +=
            indent + say(.effectLearnNearby(places: places.joined(separator: "; "))) + "\n"
        }
      }
    }
    if !advice.steps.contains(where: { $0.opens > 0 }) && advice.fits == 0 {
      text +=
        "\n" + say(advice.steps.isEmpty && advice.nearest.isEmpty ? .adviceNothing : .adviceNoStep)
        + "\n"
    }
    if !advice.combinations.isEmpty {
      text += "\n" + say(.adviceCombinations) + "\n"
      for combination in advice.combinations {
        text += "  " + combinationLine(combination, presentation) + "\n"
      }
    }
    if !advice.nearest.isEmpty {
      text += "\n" + say(.adviceNearest) + "\n"
      for place in advice.nearest {
        text += "  " + paint(name(place.placeID, presentation), .bold) + "\n"
        for knockOut in place.knockOuts {
          text += "    " + paint("✗", .red) + " " + say.sentence(knockOut) + "\n"
        }
      }
    }
    return text
  }

  /// The top of a person's advice in a few lines, for the "nothing fits" block of a
  /// shortlist: up to three steps that open places, else a pair of steps, else the nearest
  /// place and what it misses.
  public func adviceSummary(_ presentation: AdvicePresentation) -> String {
    let say = localizer
    let advice = presentation.advice
    var lines: [String] = []
    let opening = advice.steps.filter { $0.opens > 0 }.prefix(3)
    for effect in opening {
      lines.append(
        say.sentence(effect.step, baseline: presentation.baseline) + ": "
          + effectLine(effect, presentation))
    }
    if lines.isEmpty, let combination = advice.combinations.first {
      lines.append(combinationLine(combination, presentation))
    }
    if lines.isEmpty, let place = advice.nearest.first {
      lines.append(
        say(.adviceNearest) + " " + name(place.placeID, presentation) + ": "
          + place.knockOuts.map(say.sentence).joined(separator: " "))
    }
    if lines.isEmpty { lines.append(say(.adviceNothing)) }
    return say(.adviceTopSteps) + "\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n  "
      + paint(say(.adviceMore(participant: advice.participantID)), .dim)
  }

  func fitLine(_ presentation: AdvicePresentation) -> String {
    let say = localizer
    let advice = presentation.advice
    guard let best = advice.best else {
      return say(.adviceNoFit(date: advice.day))
    }
    let place = name(best.placeID, presentation)
    let score = say.score(best.scoreMillionths)
    return say(
      advice.fits == 1
        ? .adviceFitsOne(place: place, score: score)
        : .adviceFits(count: advice.fits, place: place, score: score))
  }

  /// "opens 37 places; best PL-000456 Forklift driver (54.1)", or how it raises the best fit.
  func effectLine(_ effect: StepEffect, _ presentation: AdvicePresentation) -> String {
    let say = localizer
    var parts: [String] = []
    if effect.opens > 0 {
      parts.append(say.opens(effect.opens))
      if let best = effect.bestOpened {
        parts.append(
          say(
            .effectBest(
              place: name(best.placeID, presentation), score: say.score(best.scoreMillionths))))
      }
    }
    if let after = effect.bestAfter, after != presentation.advice.best {
      let score = say.score(after.scoreMillionths)
      let place = name(after.placeID, presentation)
      if let before = presentation.advice.best {
        // A rise is said only where the printed numbers show it: to 1 decimal, or to 2
        // when 1 rounds both alike (88.24 to 88.26), and not at all below a hundredth.
        if let (from, to) = say.rise(from: before.scoreMillionths, to: after.scoreMillionths) {
          parts.append(say(.effectRaises(before: from, after: to, place: place)))
        }
      } else if effect.opens == 0 {
        parts.append(say(.effectRaisesFromNothing(after: score, place: place)))
      }
    }
    if effect.closes > 0 { parts.append(say(.effectCloses(count: effect.closes))) }
    return parts.joined(separator: "; ")
  }

  func ladderLine(_ ladder: [StepRung]) -> String {
    localizer(
      .ladderLine(
        rungs: ladder.map {
          localizer(.rungOpens(rung: localizer.rung($0.step), count: $0.opens))
        }.joined(separator: " · ")))
  }

  func combinationLine(_ combination: StepCombination, _ presentation: AdvicePresentation)
    -> String
  {
    let say = localizer
    var line =
      say.sentence(combination.steps, baseline: presentation.baseline) + ": "
      + say.opens(combination.opens)
    if let best = combination.bestOpened {
      line +=
        "; "
        + say(
          .effectBest(
            place: name(best.placeID, presentation), score: say.score(best.scoreMillionths)))
    }
    return line
  }

  /// "PL-000456 Forklift driver": the id and, when known, the title.
  func name(_ id: PlaceID, _ presentation: AdvicePresentation) -> String {
    presentation.places[id]?.title.map { id.rawValue + " " + $0 } ?? id.rawValue
  }

  // MARK: Carving

  /// A place's carving: the people who fit now, then every change with the people it lets
  /// in (for officers, the best of them).
  public func carving(_ presentation: CarvingPresentation) -> String {
    let say = localizer
    let carving = presentation.carving
    let place = presentation.place
    let officer = carving.audience == .officer
    var text =
      paint(say(.carveTitle(place: place.id)), .bold)
      + " \(place.title ?? "") · \(say.label(place.kind)) · \(say.date(carving.day))"
      + (officer ? "" : paint(say(.employerViewMark), .dim)) + "\n"
    text += say(.carveFits(count: say.count(carving.fits))) + "\n"
    guard !carving.changes.isEmpty else { return text + say(.carveNone) + "\n" }
    let pairs = carving.changes.contains { $0.together != nil }
    text += "\n" + say(pairs ? .carvePairs : .carveChanges) + "\n"
    for (index, change) in carving.changes.enumerated() {
      var words = say.sentence(change.change, demands: presentation.demands, day: carving.day)
      if let together = change.together {
        let second = say.sentence(together, demands: presentation.demands, day: carving.day)
        words += say(.carveAnd) + second.prefix(1).lowercased() + second.dropFirst()
      }
      var line =
        "  \(index + 1). " + words + ": "
        + say(.carveLetsIn(count: say.people(change.opens)))
      if !change.best.isEmpty {
        line +=
          "; "
          + say(
            .carveBest(
              people: change.best.map {
                $0.participantID.rawValue + " (" + say.score($0.scoreMillionths) + ")"
              }.joined(separator: ", ")))
      }
      text += line + "\n"
    }
    if !officer { text += paint(wrapped(say(.withheldFootnote)), .dim) + "\n" }
    return text
  }

  // MARK: The region

  /// The region's advice: the counts, the steps that open places for the most people, and
  /// the places nobody fits that keep the most people one step away.
  public func region(_ presentation: RegionPresentation) -> String {
    let say = localizer
    let region = presentation.region
    var text =
      paint(say(.regionTitle), .bold) + " · " + say.date(region.day) + " · "
      + cohortLine(region.cohort) + "\n"
    text +=
      say(
        .regionPeople(
          people: say.count(region.people), withFit: say.count(region.withFit),
          stuck: say.count(region.withoutFitOrStep))) + "\n"
    text += "\n"
    if region.cohortTooSmall { return text + say(.regionCohortTooSmall) + "\n" }
    if region.steps.isEmpty {
      text += say(.regionNoSteps) + "\n"
    } else {
      text += say(.regionSteps) + "\n"
      var table = TextTable(columns: [
        .init(header: say(.columnStep), minimumWidth: 24),
        .init(header: say(.columnPeople), alignRight: true),
        .init(header: say(.columnWithoutFit), alignRight: true),
        .init(header: say(.columnPlacesOpened), alignRight: true, dropRank: 1),
        .init(header: say(.columnRoutes), alignRight: true, dropRank: 0),
      ])
      for step in region.steps.prefix(Self.regionStepsShown) {
        table.append([
          .init(text: say.sentence(step.step)), .init(text: say.count(step.people)),
          .init(text: say.count(step.withoutFit)), .init(text: "\(step.placesOpened)"),
          .init(text: CSVRendering.routes(step)),
        ])
      }
      text += table.render(width: width, colour: colour)
      if region.steps.count > Self.regionStepsShown {
        text +=
          say(.regionStepsMore(count: region.steps.count - Self.regionStepsShown))
          + "\n"
      }
    }
    if region.smallStepsLeftOut { text += paint(say(.regionSmallLeftOut), .dim) + "\n" }
    text += paint(wrapped(say(.withheldFootnote)), .dim) + "\n"
    text += "\n" + say(.regionPlaces(count: region.placesNobodyFits.count)) + "\n"
    // Those that keep the most people one step away first (a withheld count ranks last, so
    // that its place in the order tells nothing of it); places without a kind of step that
    // keeps 5 or more out are in the CSV and JSON only.
    let ranked = region.placesNobodyFits.enumerated().filter { !$0.element.blockers.isEmpty }
      .sorted { a, b in
        let (x, y) = (
          a.element.blockers[0].people.shown ?? -1, b.element.blockers[0].people.shown ?? -1
        )
        return x != y ? x > y : a.offset < b.offset
      }.map(\.element)
    guard !ranked.isEmpty else {
      return region.placesNobodyFits.isEmpty ? text : text + say(.regionNoPlaceBlockers) + "\n"
    }
    var table = TextTable(columns: [
      .init(header: say(.columnPlace)),
      .init(header: say(.columnTitle), minimumWidth: 8, dropRank: 0),
      .init(header: say(.columnKeptOutBy), minimumWidth: 16),
    ])
    for place in ranked.prefix(Self.regionPlacesShown) {
      let blockers = place.blockers.map { say.name($0.blocker) + " \($0.people)" }.joined(
        separator: " · ")
      table.append([
        .init(text: place.placeID.rawValue),
        .init(text: presentation.places[place.placeID]?.title ?? ""), .init(text: blockers),
      ])
    }
    text += table.render(width: width, colour: colour)
    if ranked.count > Self.regionPlacesShown {
      text += say(.regionPlacesMore(count: ranked.count - Self.regionPlacesShown)) + "\n"
    }
    return text
  }

  /// Whom a region's advice is about: "everyone", or the municipalities and target groups.
  func cohortLine(_ cohort: Cohort) -> String {
    guard !cohort.isEverybody else { return localizer(.regionEverybody) }
    let municipalities = cohort.municipalities.sorted().map(localizer.name)
    let groups = cohort.targetGroups.sorted { $0.rawValue < $1.rawValue }.map(localizer.label)
    return (municipalities + groups).joined(separator: ", ")
  }
}
