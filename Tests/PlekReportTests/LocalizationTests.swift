import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekReport

@Suite("Localisation table", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct LocalizationTests {
  static let taxonomy = TestData.taxonomy
  static let day = TestData.day

  /// Every declared message says something in both languages and names the same values in
  /// both (a value dropped from one language would compile, so this is checked here).
  @Test func everyMessageHasBothLanguagesWithTheSameValues() {
    let entries = MessageCatalog.entries
    #expect(entries.count > 300, "the catalog reads the declarations: \(entries.count)")
    for entry in entries {
      #expect(!entry.english.isEmpty && !entry.dutch.isEmpty, "\(entry)")
      // The values, without how each language writes them (a separator, a style).
      func values(_ literal: String) -> [String] {
        MessageCatalog.Entry.interpolations(literal).map {
          String($0.prefix { $0 != "," })
        }
      }
      #expect(values(entry.english) == values(entry.dutch), "\(entry)")
    }
    for label in Self.labels {
      #expect(!label.english.parts.isEmpty && !label.dutch.parts.isEmpty)
    }
  }

  /// Every label of the model's vocabularies (the words for codes of the data).
  static let vocabularyLabels: [Message] =
    TargetGroup.allCases.map(\.label) + Indication.allCases.map(\.label)
    + DevelopmentPace.allCases.map(\.label) + SupportNeed.allCases.map(\.label)
    + SupportOffer.allCases.map(\.label) + TransportMode.allCases.map(\.label)
    + EmployerKind.allCases.map(\.label) + CompetencyKind.allCases.map(\.label)
    + FMLRubric.allCases.map(\.label)

  /// Every label: the vocabularies', what keeps people out, the score components.
  static let labels: [Message] =
    vocabularyLabels + Blocker.allCases.map(\.label) + ScoreComponentKind.allCases.map(\.label)

  /// Every rule outcome's example sentence and noun, from the declarations.
  static let ruleMessages: [Message] = {
    func walk<Kind: RuleKind>(_ kind: Kind.Type) -> [Message] {
      Kind.allCases.flatMap { [$0.declaration.example.sentence, $0.declaration.noun] }
    }
    return walk(KnockOut.Kind.self) + walk(AssessmentPoint.Kind.self) + walk(Reason.Kind.self)
      + walk(FitNote.Kind.self) + walk(ScoreAdjustment.Kind.self)
  }()

  /// Values are named in the reader's language: a decimal comma and a day as Dutch write it,
  /// a taxonomy name from the taxonomy, a label from its vocabulary, a style applied.
  @Test func valuesAreNamedInTheLanguage() {
    let day = Day(iso: "2026-12-31")!
    let message = Message(
      en:
        "\(LoadDimension.lifting, .lowercased) \(18.75, decimals: 1) \(day) \(TransportMode.bike)",
      nl: "\(LoadDimension.lifting, .lowercased) \(18.75, decimals: 1) \(day) \(TransportMode.bike)"
    )
    let en = Localizer(language: .english, taxonomy: Self.taxonomy)(message)
    let nl = Localizer(language: .dutch, taxonomy: Self.taxonomy)(message)
    #expect(
      en == Self.taxonomy.name(of: .lifting, in: .english).lowercased() + " 18.8 2026-12-31 bike")
    #expect(
      nl == Self.taxonomy.name(of: .lifting, in: .dutch).lowercased() + " 18,8 31-12-2026 fiets")
  }

  /// Codes for programs that must never reach a sentence: reason and point codes, score
  /// components, vocabulary codes and taxonomy ids written as codes.
  static let codes: [String] = {
    // Every code the rules declare, from their declarations: a new kind is covered the day
    // it is added.
    var codes = KnockOut.codes + AssessmentPoint.codes + Reason.codes + FitNote.codes
    codes += ScoreAdjustment.codes + Blocker.allCases.map(\.rawValue) + ScoreComponentKind.allCodes
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
    let localizer = Localizer(language: language, taxonomy: taxonomy)
    let words = Set(vocabularyLabels.map { localizer($0).lowercased() })
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
    // Every rule's example sentence and noun, every vocabulary label.
    sentences += (Self.ruleMessages + Self.labels).map { localizer($0) }
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
    let dutch = MessageCatalog.entries.map { MessageCatalog.Entry.words($0.dutch) }
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
