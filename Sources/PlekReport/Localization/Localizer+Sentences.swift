import PlekCore

/// The sentences of explanations: knock-outs, points to judge, components and reasons, each
/// naming the values it compares. What each outcome says is declared with it (PlekCore's
/// `Rules/`); here it is put into one language.
extension Localizer {
  /// A knock-out, a point to judge, a reason, a note or an adjustment in words.
  public func sentence<Outcome: RuleOutcome>(_ outcome: Outcome) -> String {
    self(outcome.sentence)
  }

  /// A reason of a fit in a few words, for a table cell.
  public func phrase(_ reason: Reason) -> String { self(reason.sentence) }

  /// "12 of the 14 demands of this place were never assessed: …", in one line.
  public func sentence(_ unassessed: UnassessedDemands) -> String { self(unassessed.sentence) }

  /// The points to judge of a fit in sentences: those not summed up in one line, then the
  /// line.
  public func pointSentences(_ fit: DisclosedFit) -> [String] {
    var sentences = fit.pointsSaidOneByOne.map(sentence)
    if let unassessed = fit.mostlyUnassessed { sentences.append(sentence(unassessed)) }
    return sentences
  }

  /// A learning step: "Forklift driving: level 0 → 2 in 12 months", "Dutch: A1 → B1 in …".
  public func sentence(_ step: LearningStep) -> String {
    switch step.subject {
    case .competency(let id):
      return name(id) + ": "
        + self(.learningStep(from: step.from, to: step.to, months: step.months))
    case .dutch:
      return self(
        .learningStepDutch(
          from: DutchLevel.allCases[step.from], to: DutchLevel.allCases[step.to],
          months: step.months))
    }
  }

  /// The sentences an employer reads about a fit's points to judge: those it may see, and
  /// one line for the rest (without saying what or how many), each sentence once, sorted.
  public func employerSentences(_ fit: DisclosedFit) -> [String] {
    var sentences = Set(fit.assessmentPoints.map { self($0.employerSentence ?? .pointForOfficer) })
    if fit.assessmentWithheld { sentences.insert(self(.pointForOfficer)) }
    return sentences.sorted()
  }

  /// "Competencies: 0.75 × 25% = 18.8 points (required competencies held …)".
  public func sentence(_ component: ScoreComponent) -> String {
    self(.componentSentence(component))
  }

  /// "1 reason", "3 redenen".
  func reasonCount(_ count: Int) -> String {
    self(count == 1 ? .reasonsOne(count: count) : .reasonsOther(count: count))
  }
}

extension Message {
  /// "Competencies: 0.75 × 25% = 18.8 points (capacity left above …)".
  public static func componentSentence(_ component: ScoreComponent) -> Message {
    let kind = component.kind
    return Message(
      en:
        "\(kind, .capitalized): \(component.value, decimals: 2) × \(percent: component.weight) = \(component.contribution, decimals: 1) points (\(kind.meaning))",
      nl:
        "\(kind, .capitalized): \(component.value, decimals: 2) × \(percent: component.weight) = \(component.contribution, decimals: 1) punten (\(kind.meaning))"
    )
  }
}
