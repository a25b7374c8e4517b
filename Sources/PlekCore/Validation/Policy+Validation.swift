extension Policy {
  /// Every problem with this policy; empty when it is usable. Municipality ids are checked
  /// against `taxonomy` when one is given.
  public func problems(in taxonomy: Taxonomy? = nil) -> [ModelProblem] {
    var collector = ProblemCollector()
    func check(_ path: String, _ value: Double, _ range: ClosedRange<Double>, _ expected: String) {
      if !value.isFinite || !range.contains(value) {
        collector.add(path, .outOfRange, "\(value)", expected)
      }
    }
    for kind in ScoreComponentKind.allCases {
      check("weights." + kind.rawValue, weights[kind], 0...1000, "a finite weight ≥ 0")
    }
    let weightSum = ScoreComponentKind.allCases.reduce(0.0) { $0 + weights[$1] }
    let weightsValid = ScoreComponentKind.allCases.allSatisfy { (0...1000).contains(weights[$0]) }
    if weightsValid && weightSum <= 0 {
      collector.add("weights", .outOfRange, "sum \(weightSum)", "at least one weight above 0")
    }
    check("travel.detourFactor", travel.detourFactor, 1...5, "a factor 1–5")
    for mode in TransportMode.allCases {
      let path = "travel.modes." + mode.rawValue
      check(path + ".kilometresPerHour", travel[mode].kilometresPerHour, 0.5...300, "0.5–300 km/h")
      check(path + ".overheadMinutes", travel[mode].overheadMinutes, 0...120, "0–120 minutes")
    }
    for pace in DevelopmentPace.allCases {
      collector.checkRange("monthsPerLevel." + pace.rawValue, monthsPerLevel[pace], 1...60)
    }
    for pace in DevelopmentPace.allCases {
      collector.checkRange(
        "dutchMonthsPerLevel." + pace.rawValue, dutchMonthsPerLevel[pace], 1...60)
    }
    for kind in EmployerKind.allCases {
      check("placementOrder." + kind.rawValue, placementOrder[kind], 0...1, "a value 0–1")
    }
    for profile in PlacementProfile.allCases {
      let path = "placementProfiles." + profile.rawValue
      guard let rule = placementProfiles.rules[profile] else {
        if placementProfiles.targetGroups.values.contains(profile) {
          collector.add(path, .missingField, nil, "a rule for a profile that target groups use")
        }
        continue
      }
      for kind in EmployerKind.allCases {
        check(path + ".order." + kind.rawValue, rule.order[kind], 0...1, "a value 0–1")
      }
      check(path + ".internalMargin", rule.internalMargin, 0...100, "0–100 points")
    }
    check("assessmentPointCost", assessmentPointCost, 0...20, "0–20 points")
    check("sroiBonus", sroiBonus, 0...10, "0–10 points")
    check(
      "jobCoaches.arrangedSupportValue", jobCoaches.arrangedSupportValue, 0...1, "a value 0–1")
    check("sectorWish.excludedSecondary", sectorWish.excludedSecondary, 0...1, "a value 0–1")
    check("sectorWish.rankStep", sectorWish.rankStep, 0...1, "a value 0–1")
    check("sectorWish.wantedFloor", sectorWish.wantedFloor, 0...1, "a value 0–1")
    check("sectorWish.neutral", sectorWish.neutral, 0...1, "a value 0–1")
    check("supportSurplusPenalty", supportSurplusPenalty, 0...0.5, "a value 0–0.5")
    collector.checkRange("planningHorizonDays", planningHorizonDays, 0...365)
    collector.checkRange("vangnetMonths", vangnetMonths, 0...24)
    collector.checkRange("advice.travelStepMinutes", advice.travelStepMinutes, 1...60)
    collector.checkRange(
      "advice.maximumExtraTravelMinutes", advice.maximumExtraTravelMinutes, 0...175)
    collector.checkRange("advice.hoursStep", advice.hoursStep, 1...60)
    collector.checkRange("advice.planningStepDays", advice.planningStepDays, 1...365)
    if let taxonomy {
      for (index, id) in wswOtherProviderMunicipalities.enumerated()
      where taxonomy.index(of: id) == nil {
        collector.add(
          "wswOtherProviderMunicipalities[\(index)]", .unknownMunicipality, id.rawValue,
          "a municipality id of the region")
      }
    }
    return collector.problems
  }
}
