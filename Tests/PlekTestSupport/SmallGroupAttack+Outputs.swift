import PlekIO

/// The relations a reader knows in each aggregate output, from what its figures mean (the
/// report article and Protocol.md), written from the JSON renderings.
extension SmallGroupAttack {
  /// `plek report --format json` and the service's `report`.
  public static func report(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    attack.figure("people", json["participants"])
    attack.figure("places", json["places"])
    let municipalities = json["municipalities"]?.arrayElements ?? []
    let groups = (json["targetGroups"]?.arrayElements ?? []).compactMap {
      $0["targetGroup"]?.stringValue
    }
    for group in json["targetGroups"]?.arrayElements ?? [] {
      attack.figure("people \(group["targetGroup"]?.stringValue ?? "")", group["people"])
    }
    attack.sum(groups.map { "people \($0)" }, is: "people")
    for municipality in municipalities {
      let id = municipality["municipality"]?.stringValue ?? ""
      attack.figure("people in \(id)", municipality["people"])
      attack.figure("places in \(id)", municipality["places"])
      attack.figure("slots in \(id)", municipality["freeSlots"])
      for cell in municipality["targetGroups"]?.arrayElements ?? [] {
        attack.figure(
          "people in \(id) \(cell["targetGroup"]?.stringValue ?? "")", cell["people"])
      }
      attack.sum(groups.map { "people in \(id) \($0)" }, is: "people in \(id)")
    }
    let ids = municipalities.compactMap { $0["municipality"]?.stringValue }
    attack.sum(ids.map { "people in \($0)" }, is: "people")
    for group in groups {
      attack.sum(ids.map { "people in \($0) \(group)" }, is: "people \(group)")
    }
    attack.sum(ids.map { "places in \($0)" }, is: "places")
    // Free slots: the total is not shown, but every table of slots adds up to it.
    attack.figures["slots"] = .some(nil)
    attack.order.append("slots")
    attack.sum(ids.map { "slots in \($0)" }, is: "slots")
    let kinds = (json["employerKinds"]?.arrayElements ?? []).compactMap {
      $0["employerKind"]?.stringValue
    }
    for kind in json["employerKinds"]?.arrayElements ?? [] {
      let name = kind["employerKind"]?.stringValue ?? ""
      attack.figure("places \(name)", kind["places"])
      attack.figure("slots \(name)", kind["freeSlots"])
    }
    attack.sum(kinds.map { "places \($0)" }, is: "places")
    attack.sum(kinds.map { "slots \($0)" }, is: "slots")
    let sectors = (json["sectors"]?.arrayElements ?? []).compactMap { $0["sector"]?.stringValue }
    for sector in json["sectors"]?.arrayElements ?? [] {
      let name = sector["sector"]?.stringValue ?? ""
      attack.figure("places \(name)", sector["places"])
      attack.figure("slots \(name)", sector["freeSlots"])
    }
    attack.parts(sectors.map { "places \($0)" }, of: "places", rest: "places of no sector")
    attack.parts(sectors.map { "slots \($0)" }, of: "slots", rest: "slots of no sector")

    // Fit: with a fit in bands; without a fit by first step.
    for fit in json["fit"]?.arrayElements ?? [] {
      let group = fit["targetGroup"]?.stringValue ?? ""
      attack.figure("people \(group)", fit["people"])
      attack.figure("fit \(group)", fit["withFit"])
      attack.parts(["fit \(group)"], of: "people \(group)", rest: "without fit \(group)")
      let bands = fit["bestScoreBands"]?.arrayElements ?? []
      for (index, band) in bands.enumerated() {
        attack.figure("fit \(group) band \(index)", band["people"])
      }
      attack.sum(bands.indices.map { "fit \(group) band \($0)" }, is: "fit \(group)")
      var reasons: [String] = []
      for reason in fit["commonKnockOuts"]?.arrayElements ?? [] {
        let name = "without fit \(group) first \(reason["code"]?.stringValue ?? "")"
        attack.figure(name, reason["people"])
        reasons.append(name)
      }
      attack.figure("without fit \(group) other", fit["otherFirstSteps"])
      attack.figure("without fit \(group) no step", fit["withoutStep"])
      attack.sum(
        reasons + ["without fit \(group) other", "without fit \(group) no step"],
        is: "without fit \(group)")
    }
    attack.figures["fit"] = .some(nil)
    attack.order.append("fit")
    attack.sum(groups.map { "fit \($0)" }, is: "fit")

    // Development.
    let development = json["development"]
    for (index, step) in (development?["steps"]?.arrayElements ?? []).enumerated() {
      attack.figure("step \(index)", step["people"])
      attack.parts(["step \(index)"], of: "people", rest: "step \(index) rest")
    }
    attack.figure("learning places", development?["learningPlaces"])
    attack.figure("learning slots", development?["learningSlots"])
    attack.figure("placed learning", development?["learningSlotsProposed"])
    attack.parts(["learning places"], of: "places", rest: "places without learning")
    attack.parts(["learning slots"], of: "slots", rest: "slots without learning")

    // The proposal.
    let proposal = json["proposal"]
    attack.figure("placed", proposal?["placed"])
    attack.parts(["placed learning"], of: "placed", rest: "placed elsewhere")
    attack.parts(["placed learning"], of: "learning slots", rest: "learning slots left")
    for row in proposal?["byTargetGroup"]?.arrayElements ?? [] {
      let group = row["targetGroup"]?.stringValue ?? ""
      attack.figure("people \(group)", row["people"])
      attack.figure("placed \(group)", row["placed"])
      attack.parts(["placed \(group)"], of: "fit \(group)", rest: "fit, not placed \(group)")
    }
    attack.sum(groups.map { "placed \($0)" }, is: "placed")
    for row in proposal?["byEmployerKind"]?.arrayElements ?? [] {
      let kind = row["employerKind"]?.stringValue ?? ""
      attack.figure("placed \(kind)", row["placed"])
      attack.parts(["placed \(kind)"], of: "slots \(kind)", rest: "slots left \(kind)")
    }
    attack.sum(kinds.map { "placed \($0)" }, is: "placed")
    attack.figure("placed internal", proposal?["internal"])
    attack.figure("placed internal fitting regular", proposal?["internalWithRegularFit"])
    attack.parts(
      ["placed internal fitting regular"], of: "placed internal", rest: "placed internal only")

    // Congestion.
    let congestionJSON = json["congestion"]
    if let report = congestionJSON?["report"] { attack.congestion(report, placed: "placed") }
    attack.figure("places nobody fits", congestionJSON?["placesNobodyFits"])
    attack.sum(["places fitting someone", "places nobody fits"], is: "places")
    var blockers: [String] = []
    for row in congestionJSON?["nobodyFitsBlockers"]?.arrayElements ?? [] {
      let name = "places nobody fits, \(row["blocker"]?.stringValue ?? "")"
      attack.figure(name, row["places"])
      blockers.append(name)
    }
    attack.figure("places nobody fits, no step", congestionJSON?["nobodyFitsWithoutStep"])
    attack.sum(blockers + ["places nobody fits, no step"], is: "places nobody fits")
    // The report's results (section Resultaten, the `outcomes` JSON): one reader holds the
    // whole report, so the results are attacked together with the rest. They count
    // placements, the rest people and places: no relation a reader knows links the two, and
    // none is written here.
    if let results = json["results"], results != .null {
      attack.merge(.outcomes(results), prefix: "results ")
    }
    return attack
  }

  /// The congestion report's figures (`plek assign --report`, within the region report).
  public mutating func congestion(_ json: JSONValue, placed: String = "congestion placed") {
    figure("people", json["people"])
    figure("fit", json["peopleWithAFit"])
    parts(["fit"], of: "people", rest: "without fit")
    figure(placed, json["maximumPlaced"])
    parts([placed], of: "fit", rest: "fit, not placed")
    figure("places", json["places"])
    figure("places fitting someone", json["placesFittingSomeone"])
    parts(["places fitting someone"], of: "places", rest: "places fitting nobody")
    for name in ["plain", "spread"] {
      guard let list = json[name] else { continue }
      let withList = "\(name) people with a list"
      figure(withList, list["peopleWithAList"])
      figure("\(name) number ones", list["placedByNumberOnes"])
      figure("\(name) from the lists", list["placedFromTheLists"])
      figure("\(name) overbooked", list["overbookedNumberOnes"])
      figure("\(name) number-one places", list["numberOnePlaces"])
      figure("\(name) overbooked places", list["overbookedNumberOnePlaces"])
      figure("\(name) unlisted", list["fittingButUnlisted"])
      parts([withList], of: "fit", rest: "\(withList), rest")
      parts(["\(name) overbooked"], of: withList, rest: "\(name) overbooked, rest")
      parts(["\(name) from the lists"], of: placed, rest: "\(name) from the lists, rest")
      parts(
        ["\(name) number ones"], of: "\(name) from the lists", rest: "\(name) number ones, rest")
      parts(
        ["\(name) overbooked places"], of: "\(name) number-one places",
        rest: "\(name) overbooked places, rest")
      parts(
        ["\(name) number-one places", "\(name) unlisted"], of: "places fitting someone",
        rest: "\(name) listed, not first")
    }
  }

  /// `plek congestion`'s JSON (`assign --report`) alone.
  public static func congestion(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    attack.congestion(json)
    return attack
  }

  /// `plek advise --all --format json` and the service's region advice.
  public static func region(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    attack.figure("people", json["people"])
    attack.figure("fit", json["withFit"])
    attack.parts(["fit"], of: "people", rest: "without fit")
    attack.figure("stuck", json["withoutFitOrStep"])
    attack.parts(["stuck"], of: "without fit", rest: "without fit, with a step")
    for (index, step) in (json["steps"]?.arrayElements ?? []).enumerated() {
      let key = "step \(index)"
      attack.figure(key, step["people"])
      attack.figure(key + " without fit", step["withoutFit"])
      attack.parts([key + " without fit"], of: key, rest: key + " with a fit")
      attack.parts([key + " with a fit"], of: "fit", rest: key + " fit, not opened")
      attack.parts(
        [key + " without fit"], of: "without fit, with a step", rest: key + " not opened")
    }
    for place in json["placesNobodyFits"]?.arrayElements ?? [] {
      let id = place["place"]?.stringValue ?? ""
      let names = (place["blockers"]?.arrayElements ?? []).map { blocker in
        let name = "\(id) \(blocker["blocker"]?.stringValue ?? "")"
        attack.figure(name, blocker["people"])
        return name
      }
      attack.parts(names, of: "people", rest: "\(id) rest")
    }
    return attack
  }

  /// `plek assign --format json`: the summary's counts.
  public static func assignment(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    let totals = ["people", "placed", "withoutFit", "outcompeted"]
    for total in totals { attack.figure(total, json[total]) }
    attack.sum(["placed", "withoutFit", "outcompeted"], is: "people")
    attack.figure("beyond", json["placedBeyondShortlist"])
    attack.parts(["beyond"], of: "placed", rest: "placed from the shortlist")
    var groups: [String] = []
    for row in json["byTargetGroup"]?.arrayElements ?? [] {
      let group = row["targetGroup"]?.stringValue ?? ""
      groups.append(group)
      for total in totals { attack.figure("\(total) \(group)", row[total]) }
      attack.sum(
        ["placed \(group)", "withoutFit \(group)", "outcompeted \(group)"], is: "people \(group)")
    }
    for total in totals { attack.sum(groups.map { "\(total) \($0)" }, is: total) }
    var kinds: [String] = []
    for row in json["byEmployerKind"]?.arrayElements ?? [] {
      let kind = row["employerKind"]?.stringValue ?? ""
      kinds.append(kind)
      attack.figure("placed kind \(kind)", row["placed"])
    }
    attack.sum(kinds.map { "placed kind \($0)" }, is: "placed")
    return attack
  }

  /// `plek carve --view employer --format json`: the people who fit and each change's count
  /// (changes overlap, so each is only at most the people not fitting; nothing adds up).
  public static func carving(_ json: JSONValue) -> SmallGroupAttack {
    var attack = SmallGroupAttack()
    attack.figure("fits", json["fits"])
    for (index, change) in (json["changes"]?.arrayElements ?? []).enumerated() {
      attack.figure("change \(index)", change["opens"])
    }
    return attack
  }
}
