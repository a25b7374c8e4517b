import PlekCore

/// A figure of the results, declared once: its key (JSON and the protection's cell), its
/// name in both languages, how it is read from a period's counts, and the relations a
/// reader can write down between it and the others of the same period.
public enum OutcomeFigure: Hashable, Sendable, CaseIterable {
  case started
  /// The starts at places of one kind of employer.
  case startedAt(EmployerKind)
  /// The starts in one form.
  case startedAs(PlacementForm)
  case firstPlacements
  case ended
  case toRegularWork
  case doorstroom
  case fellBack
  case caughtByVangnet
  case learningEnded
  case certificates
  case praktijkverklaringen
  case startedSROI

  /// Every figure, in the order of the sheet and JSON.
  public static var allCases: [OutcomeFigure] {
    [.started] + byKind + byForm
      + [
        .startedSROI, .firstPlacements, .ended, .toRegularWork, .doorstroom, .fellBack,
        .caughtByVangnet,
        .learningEnded, .certificates, .praktijkverklaringen,
      ]
  }

  /// The starts by kind of employer, in ``EmployerKind/allCases`` order.
  public static let byKind = EmployerKind.allCases.map(startedAt)
  /// The starts by form, in ``PlacementForm/allCases`` order.
  public static let byForm = PlacementForm.allCases.map(startedAs)

  /// The figure's key: its JSON member and its cell in the protection (`startedRegular`,
  /// `startedLearningWork` for the kinds and forms, by their codes).
  public var key: String {
    func camel(_ code: String) -> String {
      code.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
    return switch self {
    case .started: "started"
    case .startedAt(let kind): "started" + camel(kind.rawValue)
    case .startedAs(let form): "started" + camel(form.rawValue)
    case .firstPlacements: "firstPlacements"
    case .ended: "ended"
    case .toRegularWork: "toRegularWork"
    case .doorstroom: "doorstroom"
    case .fellBack: "fellBack"
    case .caughtByVangnet: "caughtByVangnet"
    case .learningEnded: "learningEnded"
    case .certificates: "certificates"
    case .praktijkverklaringen: "praktijkverklaringen"
    case .startedSROI: "startedSROI"
    }
  }

  /// The figure's count in `figures`.
  public func value(_ figures: PeriodFigures) -> Int {
    switch self {
    case .started: figures.started
    case .startedAt(let kind): figures.startedByKind[EmployerKind.allCases.firstIndex(of: kind)!]
    case .startedAs(let form): figures.startedByForm[PlacementForm.allCases.firstIndex(of: form)!]
    case .firstPlacements: figures.firstPlacements
    case .ended: figures.ended
    case .toRegularWork: figures.toRegularWork
    case .doorstroom: figures.doorstroom
    case .fellBack: figures.fellBack
    case .caughtByVangnet: figures.caughtByVangnet
    case .learningEnded: figures.learningEnded
    case .certificates: figures.certificates
    case .praktijkverklaringen: figures.praktijkverklaringen
    case .startedSROI: figures.startedSROI
    }
  }

  /// The relations of one period's figures: the parts and the whole they are some of;
  /// `complete` when the parts add up to the whole, else the rest is a group of its own.
  static let relations: [(parts: [OutcomeFigure], whole: OutcomeFigure, complete: Bool)] = [
    (byKind, .started, true),
    (byForm, .started, true),
    ([.firstPlacements], .started, false),
    ([.startedSROI], .started, false),
    ([.toRegularWork, .fellBack], .ended, false),
    ([.caughtByVangnet], .fellBack, false),
    ([.doorstroom], .ended, false),
    ([.learningEnded], .ended, false),
    ([.certificates], .learningEnded, false),
    ([.praktijkverklaringen], .learningEnded, false),
  ]

  /// The figure's name in a column heading (a kind or form by its own name).
  public var heading: Message {
    switch self {
    case .started: Message(en: "started", nl: "gestart")
    case .startedAt(let kind): kind.label
    case .startedAs(let form): form.label
    case .firstPlacements: Message(en: "first time", nl: "eerste keer")
    case .ended: Message(en: "ended", nl: "beëindigd")
    case .toRegularWork: Message(en: "to work", nl: "uitstroom")
    case .doorstroom: Message(en: "outward", nl: "doorstroom")
    case .fellBack: Message(en: "fell back", nl: "terugval")
    case .caughtByVangnet: Message(en: "safety net", nl: "vangnet")
    case .learningEnded: Message(en: "routes ended", nl: "leerwerktrajecten")
    case .certificates: Message(en: "certificate", nl: "certificaat")
    case .praktijkverklaringen: Message(en: "practice stmt.", nl: "praktijkverkl.")
    case .startedSROI: Message(en: "SROI", nl: "SROI")
    }
  }
}
