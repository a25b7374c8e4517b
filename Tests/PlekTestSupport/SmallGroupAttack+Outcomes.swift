import PlekIO

extension SmallGroupAttack {
  /// `plek outcomes --format json` and the service's `outcomes`: the relations Outcomes.md
  /// states, written from what the fields mean.
  public static func outcomes(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    let kinds = [
      "startedRegular", "startedSocialMunicipal", "startedExternalSheltered", "startedInternal",
    ]
    let forms = [
      "startedEmployment", "startedSecondment", "startedTrial", "startedLearningWork",
      "startedSheltered",
    ]
    let figures =
      ["started"] + kinds + forms
      + [
        "firstPlacements", "ended", "toRegularWork", "doorstroom", "fellBack", "caughtByVangnet",
        "learningEnded", "certificates", "praktijkverklaringen",
      ]
    func row(_ row: JSONValue, _ name: String) {
      for figure in figures { attack.figure("\(name) \(figure)", row[figure]) }
      func key(_ figure: String) -> String { "\(name) \(figure)" }
      attack.sum(kinds.map(key), is: key("started"))
      attack.sum(forms.map(key), is: key("started"))
      attack.parts([key("firstPlacements")], of: key("started"), rest: key("not first"))
      attack.parts(
        [key("toRegularWork"), key("fellBack")], of: key("ended"), rest: key("other ends"))
      attack.parts([key("caughtByVangnet")], of: key("fellBack"), rest: key("not caught"))
      attack.parts([key("doorstroom")], of: key("ended"), rest: key("not doorstroom"))
      attack.parts([key("learningEnded")], of: key("ended"), rest: key("not learning"))
      attack.parts([key("certificates")], of: key("learningEnded"), rest: key("no certificate"))
      attack.parts(
        [key("praktijkverklaringen")], of: key("learningEnded"), rest: key("no statement"))
    }
    let periods = json["periods"]?.arrayElements ?? []
    let single = periods.count == 1
    if let total = json["total"] { row(total, "total") }
    if !single {
      for period in periods { row(period, period["period"]?.stringValue ?? "") }
      let names = periods.compactMap { $0["period"]?.stringValue }
      for figure in figures { attack.sum(names.map { "\($0) \(figure)" }, is: "total \(figure)") }
    }
    // A breakdown: every person lives in one municipality and is of one target group, so
    // the parts add up to the total, figure by figure.
    let parts = json["per"]?.arrayElements ?? []
    for part in parts {
      row(
        part, "part \(part["municipality"]?.stringValue ?? part["targetGroup"]?.stringValue ?? "")")
    }
    if !parts.isEmpty {
      let names = parts.map {
        "part \($0["municipality"]?.stringValue ?? $0["targetGroup"]?.stringValue ?? "")"
      }
      for figure in figures { attack.sum(names.map { "\($0) \(figure)" }, is: "total \(figure)") }
    }
    // Werkbehoud: the placements that started in the range are the total's starts.
    var groupPlacements: [String] = []
    var groupLosses: [String] = []
    var kindLosses: [String] = []
    for row in json["werkbehoud"]?.arrayElements ?? [] {
      let group = row["group"]?.stringValue ?? ""
      let value = row["value"]?.stringValue ?? ""
      let placements: String
      switch group {
      case "all": placements = "total started"
      case "employerKind":
        placements = "total started" + value.split(separator: "-").map(\.capitalized).joined()

      default:
        placements = "retention \(value) placements"
        groupPlacements.append(placements)
      }
      attack.figure(placements, row["placements"])
      let losses = "retention \(group) \(value) losses"
      attack.figure(losses, row["losses"])
      attack.parts([losses], of: placements, rest: losses + " rest")
      if group == "employerKind" { kindLosses.append(losses) }
      if group == "targetGroup" { groupLosses.append(losses) }
    }
    // Groups of no placements are left out: they add nothing to the sums.
    attack.sum(groupPlacements, is: "total started")
    attack.sum(kindLosses, is: "retention all  losses")
    attack.sum(groupLosses, is: "retention all  losses")
    // Werkbehoud per municipality: its placements are the part's starts, its losses part of
    // them, and the parts' losses add up to all losses.
    var partLosses: [String] = []
    for part in parts {
      guard let retention = part["werkbehoud"], let id = part["municipality"]?.stringValue
      else { continue }
      let losses = "part retention \(id) losses"
      attack.figure(losses, retention["losses"])
      attack.parts([losses], of: "part \(id) started", rest: losses + " rest")
      partLosses.append(losses)
    }
    attack.sum(partLosses, is: "retention all  losses")
    return attack
  }
}
