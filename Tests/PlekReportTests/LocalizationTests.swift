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
      .load(.lifting, demand: .maximum, capacity: .none), .hours(placeMinimum: 1, personMaximum: 0),
      .travel(minutes: 1, maximum: 1), .competency("welding", required: .basic, held: 0),
      .competencyPace("welding", required: .basic, held: 0, monthsNeeded: 1, offerMonths: 1),
      .language(required: .b1, held: .a1), .indication(required: [.wsw], held: []),
      .wswOtherProvider("vaals"), .wageSubsidy(wageValue: 50),
      .support(need: .light, offered: .none), .noFreeSlot, .sectorExcluded("care"),
      .notYetAvailable(availableFrom: day, horizon: day), .notYetOpen(openFrom: day, horizon: day),
    ]
    let points: [AssessmentPoint] = [
      .loadNotAssessed(.walking, demand: .maximum), .dutchNotAssessed(required: .a2),
      .loadAdaptation(.walking, demand: .maximum, capacity: .none), .wageValueNotAssessed,
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
}
