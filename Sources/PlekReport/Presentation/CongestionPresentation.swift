import PlekAssign
import PlekCore

/// The congestion report as every output shows it: an aggregate, its counts of people and
/// places protected (``CountTables``) together with those of the output it is part of.
public struct CongestionPresentation: Sendable {
  /// The figures as worked out (for what is not a count: the day, the lists' depth, the Gini
  /// coefficients, the mean top scores, the appearances behind a Lorenz curve).
  public var report: CongestionReport
  /// People in the scope, with a fit, and the most any proposal places.
  public var people: GroupCount
  public var peopleWithAFit: GroupCount
  public var maximumPlaced: GroupCount
  /// Places in the scope, and those that fit someone.
  public var places: GroupCount
  public var placesFittingSomeone: GroupCount
  /// The figures of plain and of spread shortlists.
  public var plain: ListCongestionFigures
  public var spread: ListCongestionFigures
}

/// The counts of one kind of shortlist, as shown.
public struct ListCongestionFigures: Sendable {
  public var peopleWithAList: GroupCount
  public var placedByNumberOnes: GroupCount
  public var placedFromTheLists: GroupCount
  public var overbookedNumberOnes: GroupCount
  public var numberOnePlaces: GroupCount
  public var overbookedNumberOnePlaces: GroupCount
  public var fittingButUnlisted: GroupCount
  /// The Gini coefficient of the lists over the places (`nil` for a scope of fewer than 5
  /// people: it would describe their lists).
  public var gini: Double?
  /// The mean score of the first entries, or `nil` when the people it is the mean of are not
  /// shown (fewer than 5, or withheld to protect another group): a mean over one person is
  /// that person's score.
  public var meanTopScoreMillionths: Int64?
}

extension CongestionPresentation {
  /// The report's counts declared in `tables` with what a reader knows of them. Where the
  /// output already has the same group (the people, those with a fit, those placed, the
  /// places), the same key.
  public init(report: CongestionReport, in tables: inout CountTables) {
    func key(_ preferred: String, _ value: Int, else own: String) -> String {
      tables.value(preferred).map { $0 == value } ?? true ? preferred : own
    }
    let peopleKey = key("people", report.people, else: "congestion people")
    let fitKey = key("fit", report.peopleWithAFit, else: "congestion fit")
    let placedKey = key("placed", report.maximumPlaced, else: "congestion placed")
    let placesKey = key("places", report.places, else: "congestion places")
    let fittingKey = "places fitting someone"
    self.report = report
    people = tables.count(peopleKey, report.people)
    peopleWithAFit = tables.count(fitKey, report.peopleWithAFit)
    tables.parts([fitKey], of: peopleKey, rest: peopleKey + " without fit")
    maximumPlaced = tables.count(placedKey, report.maximumPlaced)
    tables.parts([placedKey], of: fitKey, rest: fitKey + " not placed")
    places = tables.count(placesKey, report.places)
    // A scope of fewer than 5 people: what their fits and lists make of the places would
    // describe them (one person's fitting places are that person's), so none of it is shown.
    let fewPeople = report.people < GroupCount.smallestShown
    func counted(_ key: String, _ value: Int) -> GroupCount {
      fewPeople ? .withheld : tables.count(key, value)
    }
    placesFittingSomeone = counted(fittingKey, report.placesFittingSomeone)
    if !fewPeople {
      tables.parts([fittingKey], of: placesKey, rest: placesKey + " fitting nobody")
    }
    func figures(_ list: ListCongestion, _ name: String) -> ListCongestionFigures {
      let withList = "\(name) people with a list"
      let fromLists = "\(name) placed from the lists"
      let numberOnes = "\(name) placed by number ones"
      let overbooked = "\(name) overbooked number ones"
      let onePlaces = "\(name) number-one places"
      let overbookedPlaces = "\(name) overbooked number-one places"
      let unlisted = "\(name) fitting but unlisted places"
      var shown = ListCongestionFigures(
        peopleWithAList: tables.count(withList, list.peopleWithAList),
        placedByNumberOnes: tables.count(numberOnes, list.placedByNumberOnes),
        placedFromTheLists: tables.count(fromLists, list.placedFromTheLists),
        overbookedNumberOnes: tables.count(overbooked, list.overbookedNumberOnes),
        numberOnePlaces: counted(onePlaces, list.numberOnePlaces),
        overbookedNumberOnePlaces: counted(overbookedPlaces, list.overbookedNumberOnePlaces),
        fittingButUnlisted: counted(unlisted, list.fittingButUnlisted),
        gini: fewPeople ? nil : list.gini, meanTopScoreMillionths: nil)
      if let people = shown.peopleWithAList.shown, people >= GroupCount.smallestShown {
        shown.meanTopScoreMillionths = list.meanTopScoreMillionths
      }
      tables.parts([withList], of: fitKey, rest: withList + ", left")
      tables.parts([overbooked], of: withList, rest: overbooked + ", left")
      if list.placedFromTheLists <= report.maximumPlaced {
        tables.parts([fromLists], of: placedKey, rest: fromLists + ", left")
      }
      if list.placedByNumberOnes <= list.placedFromTheLists {
        tables.parts([numberOnes], of: fromLists, rest: numberOnes + ", left")
      }
      guard !fewPeople else { return shown }
      tables.parts([overbookedPlaces], of: onePlaces, rest: overbookedPlaces + ", left")
      if list.numberOnePlaces + list.fittingButUnlisted <= report.placesFittingSomeone {
        tables.parts([onePlaces, unlisted], of: fittingKey, rest: onePlaces + ", others")
      }
      return shown
    }
    plain = figures(report.plain, "plain")
    spread = figures(report.spread, "spread")
  }
}
