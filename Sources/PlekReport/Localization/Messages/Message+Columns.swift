import PlekCore

/// The columns of the sheets lists and batches write: in English their keys, as programs
/// read them (`employerKind`), in Dutch a heading in words (`soort werkgever`), so that an
/// officer who asked for Dutch reads no English in Excel. Declared once, both languages.
public enum SheetColumn: String, CaseIterable, Sendable {
  case participant, rank, place, title, employer, employerKind, sectors, hoursMin, hoursMax
  case travelMinutes, score, assessmentPoints, status, reasons, municipality, targetGroup
  case ahead, asHigh, listedBy, freeSlots, price, costsAPlacement, proposed, linePosition, why

  /// The heading in `language`: the key in English, words in Dutch.
  public func heading(_ language: Language) -> String {
    language == .dutch ? dutch : rawValue
  }

  /// The Dutch heading.
  var dutch: String {
    switch self {
    case .participant: "deelnemer"
    case .rank: "rang"
    case .place: "plek"
    case .title: "functie"
    case .employer: "werkgever"
    case .employerKind: "soort werkgever"
    case .sectors: "sectoren"
    case .hoursMin: "uren minimaal"
    case .hoursMax: "uren maximaal"
    case .travelMinutes: "reistijd (min)"
    case .score: "score"
    case .assessmentPoints: "punten te beoordelen"
    case .status: "status"
    case .reasons: "redenen"
    case .municipality: "gemeente"
    case .targetGroup: "doelgroep"
    case .ahead: "hoger op andere lijsten"
    case .asHigh: "minstens zo hoog op andere lijsten"
    case .listedBy: "op lijsten"
    case .freeSlots: "vrije plaatsen"
    case .price: "drukteprijs"
    case .costsAPlacement: "kost een plaatsing"
    case .proposed: "voorgesteld"
    case .linePosition: "plaats in de rij"
    case .why: "waarom"
    }
  }
}
