import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

@Suite("Localisation table")
struct LocalizationTests {
  static let taxonomy = TestData.taxonomy
  static let day = TestData.day

  @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    for message in Message.allCases {
      let (english, dutch) = message.templates
      #expect(!english.isEmpty && !dutch.isEmpty, "\(message)")
      #expect(
        Localizer.placeholders(english).sorted() == Localizer.placeholders(dutch).sorted(),
        "\(message)")
    }
    for (english, dutch) in VocabularyLabels.all {
      #expect(!english.isEmpty && !dutch.isEmpty)
    }
  }

  @Test func placeholdersAreFilledAndAMissingValueStaysVisible() {
    #expect(Localizer.fill("{a} and {b}", ["a": "1", "b": "2"]) == "1 and 2")
    #expect(Localizer.fill("{a} and {b}", ["a": "1"]) == "1 and {b}")
    #expect(Localizer.fill("no braces", [:]) == "no braces")
  }

  /// Codes for programs that must never reach a sentence: reason and point codes, score
  /// components, vocabulary codes and taxonomy ids written as codes.
  static let codes: [String] = {
    let day = Day(daysSinceEpoch: 0)
    let knockOuts: [KnockOut] = [
      .load(.lifting, demand: .maximum, capacity: .none),
      .hours(place: HoursRange(min: 32, max: 36), person: HoursRange(min: 8, max: 16)),
      .hours(place: HoursRange(min: 8, max: 16), person: HoursRange(min: 32, max: 36)),
      .travel(minutes: 1, maximum: 1), .competency("welding", required: .basic, held: 0),
      .competencyPace("welding", required: .basic, held: 0, monthsNeeded: 1, offerMonths: 1),
      .language(required: .b1, held: .a1),
      .languagePace(required: .b2, held: .a0, monthsNeeded: 30, offerMonths: 1),
      .indication(required: [.wsw], held: []),
      .wswOtherProvider("vaals"), .wageSubsidy(wageValue: 50),
      .support(need: .light, offered: .none), .noFreeSlot, .sectorExcluded("care"),
      .notYetAvailable(availableFrom: day, horizon: day), .notYetOpen(openFrom: day, horizon: day),
    ]
    let points: [AssessmentPoint] = [
      .loadNotAssessed(.walking, demand: .maximum), .dutchNotAssessed(required: .a2),
      .loadAdaptation(.walking, demand: .maximum, capacity: .none), .wageValueNotAssessed,
      .jobCoachToArrange(need: .intensive, offered: .none), .permanentSupportAtRegular,
    ]
    var codes = knockOuts.map(\.code) + points.map(\.code) + ScoreComponentKind.allCodes
    codes +=
      TargetGroup.allCodes + EmployerKind.allCodes + TransportMode.allCodes
      + SupportOffer.allCodes + Indication.allCodes + LoadDimension.allCodes
    codes += taxonomy.sectors.map(\.id.rawValue) + taxonomy.competencies.map(\.id.rawValue)
    codes += taxonomy.region.municipalities.map(\.id.rawValue)
    // A code that is also an ordinary word ("regular", "bike", "care") is only a code when
    // it has a hyphen or a capital inside, or is followed by a colon the way a code list
    // would print it ("travel: 989 places").
    return Array(Set(codes))
  }()

  /// The codes in `sentence`, written as codes: a code with a hyphen or a capital inside
  /// anywhere as a word of its own, or any code at the start of a line followed by a colon
  /// (the way a list of codes prints, "  travel: 989 places"). A code that is also the word
  /// for the thing in `language` ("mbo-student" in Dutch) is a word, not a code.
  static func rawCodes(in sentence: String, language: Language) -> [String] {
    let words = Set(
      VocabularyLabels.all.map { language == .dutch ? $0.dutch : $0.english }.map {
        $0.lowercased()
      })
    return codes.filter { code in
      guard !words.contains(code) else { return false }
      let escaped = NSRegularExpression.escapedPattern(for: code)
      if code.contains("-") || code.contains(where: \.isUppercase),
        sentence.range(
          of: "(^|[^A-Za-z-])" + escaped + "($|[^A-Za-z-])", options: .regularExpression)
          != nil
      {
        return true
      }
      return sentence.range(of: "(^|\\n)[ \\t]*" + escaped + ":", options: .regularExpression)
        != nil
    }
  }

  @Test(arguments: Language.allCases)
  func noRawCodeReachesASentence(_ language: Language) throws {
    let localizer = Localizer(language: language, taxonomy: Self.taxonomy)
    let text = TextRendering(localizer: localizer, width: nil, colour: false)
    let csv = CSVRendering(localizer: localizer)
    var sentences: [String] = []
    // Every message with sample values, every vocabulary label.
    sentences += Message.allCases.map { localizer($0) }
    // Every output of the sample that is made of words: shortlists with breakdowns and the
    // empty-list block, candidate lists in both views, explanations, their sheet rows.
    let engine = TestData.sampleEngine
    let officer = Presenter(audience: .officer)
    for id in engine.participantIDs.prefix(20) {
      let person = engine.validatedParticipant(id)!
      let list = try engine.shortlist(for: id, options: QueryOptions(k: 5, day: Self.day))
      var presentation = officer.shortlist(
        list, for: person, day: Self.day, explain: true, in: engine)
      if presentation.entries.isEmpty {
        presentation.whyEmpty = try officer.whyEmpty(
          person, day: Self.day, filtered: false, in: engine)
      }
      sentences.append(text.shortlist(presentation, breakdowns: true))
      sentences += csv.list(presentation).rows.map { $0.last ?? "" }
      for place in engine.placeIDs.prefix(12) {
        let explained = try officer.explanation(
          person, engine.validatedPlace(place)!, day: Self.day, in: engine)
        sentences.append(text.explanation(explained))
        sentences += csv.explanation(explained).rows.map { $0.last ?? "" }
      }
    }
    for audience in Audience.allCases {
      for id in engine.placeIDs.prefix(20) {
        let list = try engine.candidates(for: id, options: QueryOptions(k: 5, day: Self.day))
        sentences.append(
          text.candidates(
            Presenter(audience: audience).candidates(
              list, for: engine.validatedPlace(id)!, day: Self.day, explain: true, in: engine),
            breakdowns: true))
      }
    }
    // Advice for people, carving in both views, the region's advice and its sheet words.
    for id in engine.participantIDs.prefix(20) {
      let advice = try engine.advice(for: id, options: QueryOptions(day: Self.day))
      let presentation = try #require(
        officer.advice(advice, for: engine.validatedParticipant(id)!, in: engine))
      sentences.append(text.advice(presentation))
      sentences.append(text.adviceSummary(presentation))
    }
    for audience in Audience.allCases {
      for id in engine.placeIDs.prefix(20) {
        let carving = try engine.carve(for: id, options: QueryOptions(day: Self.day))
        sentences.append(
          text.carving(
            Presenter(audience: audience).carving(carving, for: engine.validatedPlace(id)!)))
      }
    }
    let region = officer.region(
      try engine.regionAdvice(options: QueryOptions(day: Self.day)), cohort: Cohort(),
      in: engine)
    sentences.append(text.region(region))
    sentences += csv.region(region).rows.map { $0[4] }
    #expect(sentences.count > 500)
    var found: [String: String] = [:]
    for sentence in sentences {
      for code in Self.rawCodes(in: sentence, language: language) where found[code] == nil {
        found[code] = String(sentence.prefix(200))
      }
    }
    #expect(found.isEmpty, "\(found)")
    // The detector itself: it finds a code where one is printed as a code.
    #expect(Self.rawCodes(in: "  travel: 989 places", language: language) == ["travel"])
    #expect(Self.rawCodes(in: "needs wage-subsidy", language: language) == ["wage-subsidy"])
    #expect(Self.rawCodes(in: "Travel: about 9 minutes", language: language).isEmpty)
  }

  /// Dutch as officers write it (issue 11, rule 11): passend, nog te beoordelen,
  /// leerwerktraject, praktijkverklaring, werkplekaanpassing mogelijk, dates as 31-12-2026.
  @Test func dutchAsOfficersWriteIt() {
    let nl = Localizer(language: .dutch, taxonomy: Self.taxonomy)
    #expect(nl(.statusFits) == "passend")
    #expect(nl(.statusNeedsAssessment) == "nog te beoordelen")
    #expect(nl(.fits) == "PASSEND")
    #expect(
      nl.phrase(.learningRoute(months: 9, certificate: true))
        == "leerwerktraject met praktijkverklaring (9 mnd)")
    #expect(nl.phrase(.learningRoute(months: 6, certificate: false)) == "leerwerktraject (6 mnd)")
    #expect(
      nl.sentence(
        AssessmentPoint.loadAdaptation(.lifting, demand: LoadLevel(3)!, capacity: LoadLevel(2)!)
      )
      .hasSuffix("werkplekaanpassing mogelijk."))
    #expect(
      nl.sentence(AssessmentPoint.loadNotAssessed(.lifting, demand: LoadLevel(3)!))
        .hasSuffix("nog te beoordelen."))
    #expect(nl.date(Day(iso: "2026-12-31")!) == "31-12-2026")
    #expect(nl.date(Day(iso: "2027-01-05")!) == "05-01-2027")
    let dutch = Message.allCases.map { $0.templates.dutch }
    for word in ["PAST", "leerroute", "leertraject", "niet vastgesteld", "MOET BEOORDEELD"] {
      #expect(!dutch.contains { $0.contains(word) }, "\(word) in a Dutch message")
    }
  }

  /// Most demands never assessed: one line, not one point per dimension.
  @Test func mostDemandsNeverAssessedIsOneLine() {
    let en = Localizer(language: .english, taxonomy: Self.taxonomy)
    let line = en.sentence(
      UnassessedDemands(dimensions: [.lifting, .walking, .standing], demanded: 4))
    #expect(line.hasPrefix("3 of the 4 demands of this place were never assessed: "))
  }
}
