import PlekAssign
import PlekCore
import PlekIO

/// The region report's figures in JSON (`plek report --format json`, the service's
/// `report`): the same numbers as the HTML, a count withheld to protect small groups as
/// `null`.
extension JSONRendering {
  public func report(_ report: RegionReport) -> JSONValue {
    func count(_ value: GroupCount) -> JSONValue { Self.count(value) }
    return .object([
      JSONMember("date", .string(report.day.iso)),
      JSONMember("participants", count(report.participants)),
      JSONMember("places", count(report.places)),
      JSONMember("policy", report.policy.json),
      JSONMember("smallestCountShown", .int(GroupCount.smallestShown)),
      JSONMember(
        "municipalities",
        .array(
          report.municipalities.map {
            .object([
              JSONMember("municipality", .string($0.id.rawValue)),
              JSONMember("name", .string($0.name)),
              JSONMember("lat", .number($0.centre.latitude)),
              JSONMember("lon", .number($0.centre.longitude)),
              JSONMember("people", count($0.people)), JSONMember("places", count($0.places)),
              JSONMember("freeSlots", count($0.freeSlots)),
              JSONMember(
                "targetGroups",
                .array(
                  zip(report.peopleByTargetGroup, $0.targetGroups).map { group, people in
                    .object([
                      JSONMember("targetGroup", .string(group.group.rawValue)),
                      JSONMember("people", count(people)),
                    ])
                  })),
            ])
          })),
      JSONMember(
        "targetGroups",
        .array(
          report.peopleByTargetGroup.map {
            .object([
              JSONMember("targetGroup", .string($0.group.rawValue)),
              JSONMember("people", count($0.people)),
            ])
          })),
      JSONMember(
        "employerKinds",
        .array(
          report.placesByKind.map {
            .object([
              JSONMember("employerKind", .string($0.kind.rawValue)),
              JSONMember("places", count($0.places)), JSONMember("freeSlots", count($0.freeSlots)),
            ])
          })),
      JSONMember(
        "sectors",
        .array(
          report.placesBySector.map {
            .object([
              JSONMember("sector", .string($0.sector.rawValue)),
              JSONMember("places", count($0.places)), JSONMember("freeSlots", count($0.freeSlots)),
            ])
          })),
      JSONMember(
        "fit",
        .array(
          report.fit.map { group in
            .object([
              JSONMember("targetGroup", .string(group.group.rawValue)),
              JSONMember("people", count(group.people)),
              JSONMember("withFit", count(group.withFit)),
              JSONMember("share", group.fitShare.map { Self.rounded($0, 4) } ?? .null),
              JSONMember(
                "bestScoreBands",
                .array(
                  zip(RegionReport.scoreBands, group.bestScoreBands).map {
                    .object([JSONMember("from", .int($0)), JSONMember("people", count($1))])
                  })),
              JSONMember(
                "commonKnockOuts",
                .array(
                  group.commonKnockOuts.map {
                    .object([
                      JSONMember("code", .string($0.blocker.rawValue)),
                      JSONMember("people", count($0.people)),
                    ])
                  })),
              JSONMember("otherFirstSteps", count(group.otherFirstSteps)),
              JSONMember("withoutStep", count(group.withoutStep)),
            ])
          })),
      JSONMember(
        "development",
        .object([
          JSONMember(
            "steps",
            .array(
              report.developmentSteps.map {
                .object([
                  JSONMember("step", step($0.step)),
                  JSONMember("people", count($0.people)),
                  JSONMember("placesOpened", .int($0.placesOpened)),
                  JSONMember("learningRoutes", .int($0.routes)),
                ])
              })),
          JSONMember("learningPlaces", count(report.learningPlaces)),
          JSONMember("learningSlots", count(report.learningSlots)),
          JSONMember("learningSlotsProposed", count(report.learningSlotsProposed)),
        ])),
      JSONMember(
        "proposal",
        .object([
          JSONMember("notice", .string(localizer(.reportAdvice))),
          JSONMember("placed", count(report.placed)),
          JSONMember(
            "byTargetGroup",
            .array(
              report.proposalByGroup.map {
                .object([
                  JSONMember("targetGroup", .string($0.group.rawValue)),
                  JSONMember("people", count($0.people)), JSONMember("placed", count($0.placed)),
                ])
              })),
          JSONMember(
            "byEmployerKind",
            .array(
              report.proposalByKind.map {
                .object([
                  JSONMember("employerKind", .string($0.kind.rawValue)),
                  JSONMember("placed", count($0.placed)),
                ])
              })),
          JSONMember("internal", count(report.proposedInternal)),
          JSONMember("internalWithRegularFit", count(report.internalWithRegularFit)),
        ])),
      JSONMember(
        "congestion",
        .object([
          JSONMember("lorenz", .array(report.lorenz.map { Self.rounded($0, 4) })),
          JSONMember("report", congestion(report.congestion)),
          JSONMember("placesNobodyFits", count(report.placesNobodyFits)),
          JSONMember(
            "nobodyFitsBlockers",
            .array(
              report.nobodyFitsBlockers.map {
                .object([
                  JSONMember("blocker", .string($0.blocker.rawValue)),
                  JSONMember("places", count($0.places)),
                ])
              })),
          JSONMember("nobodyFitsWithoutStep", count(report.nobodyFitsWithoutStep)),
        ])),
      // The results (as the service's `outcomes` gives them); null without placements.
      JSONMember("results", report.results.map(outcomes) ?? .null),
    ])
  }
}
