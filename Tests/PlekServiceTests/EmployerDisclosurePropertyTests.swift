import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekService

/// The employer view fails closed, on every method that has one: over a generated region,
/// every method of the registry that takes `view` is asked in the employer's view, in both
/// languages, about the people and places whose officer view shows every kind of non-public
/// outcome; no answer may show a code, a value or a word of any kind not declared public
/// (``EmployerDisclosure``, built from the declarations).
@Suite(
  "Employer view: fails closed on every method", .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct EmployerDisclosurePropertyTests {
  /// A generated region (seeded): people of every target group, internal Wsw places, places
  /// requiring indications.
  static let engine: MatchEngine = {
    let generator = DatasetGenerator(taxonomy: TestData.taxonomy, seed: 23)
    return try! MatchEngine(
      taxonomy: TestData.taxonomy, participants: generator.participants(count: 400),
      places: generator.places(count: 600))
  }()

  /// Pairs whose officer view shows a non-public outcome, one per kind found (and at most a
  /// few per kind): what the employer view must hide.
  static let pairs: [(person: ParticipantID, place: PlaceID, kind: String)] = {
    var found: [String: [(ParticipantID, PlaceID)]] = [:]
    func note(_ code: String, _ person: ParticipantID, _ place: PlaceID) {
      if found[code, default: []].count < 3 { found[code, default: []].append((person, place)) }
    }
    for person in engine.participantIDs.prefix(300) {
      for place in engine.placeIDs.prefix(150) {
        guard
          let explanation = try? engine.explain(participant: person, place: place, on: TestData.day)
        else { continue }
        for knockOut in explanation.knockOuts where knockOut.disclosure != .public {
          note(knockOut.code, person, place)
        }
        guard let fit = explanation.fit else { continue }
        for point in fit.assessmentPoints where point.disclosure != .public {
          note(point.code, person, place)
        }
        for item in fit.notes where item.disclosure != .public { note(item.code, person, place) }
        for item in fit.adjustments where item.disclosure != .public {
          note(item.code, person, place)
        }
      }
    }
    return found.keys.sorted().flatMap { code in found[code]!.map { ($0.0, $0.1, code) } }
  }()

  /// The methods of the registry that have an employer view.
  static let methodsWithAView: [any ServiceMethod.Type] = ServiceMethods.all.filter {
    $0.parameters.contains(.view)
  }

  /// A request of `operation` in the employer's view about `person` and `place`: each
  /// parameter filled by its declared kind.
  static func request(
    _ operation: any ServiceMethod.Type, person: ParticipantID, place: PlaceID, language: String
  ) -> String {
    var members: [String] = []
    for parameter in operation.parameters {
      switch (parameter.name, parameter.kind) {
      case (_, .participant): members.append(#""\#(parameter.name)":"\#(person)""#)
      case (_, .place): members.append(#""\#(parameter.name)":"\#(place)""#)
      case ("view", _): members.append(#""view":"employer""#)
      case ("lang", _): members.append(#""lang":"\#(language)""#)
      case ("date", _): members.append(#""date":"\#(TestData.day.iso)""#)
      case ("explain", _): members.append(#""explain":true"#)
      case ("k", _): members.append(#""k":30"#)
      default: break
      }
    }
    return
      #"{"jsonrpc":"2.0","id":1,"method":"\#(operation.method)","params":{\#(members.joined(separator: ","))}}"#
  }

  @Test func theForbiddenListIsBuiltFromTheDeclarations() {
    // Every non-public kind's code is forbidden, and the words that leaked before are in it.
    for code in ["indication", "wsw-other-provider", "load", "wage-subsidy", "support"] {
      #expect(EmployerDisclosure.codes.contains(code))
    }
    #expect(EmployerDisclosure.words.contains("Wsw"))
    #expect(EmployerDisclosure.valueCodes.contains("wsw"))
    #expect(EmployerDisclosure.phrases.contains("the person has"))
    #expect(!EmployerDisclosure.codes.contains("travel"), "travel is public")
  }

  @Test func noMethodWithAnEmployerViewShowsANonPublicOutcome() throws {
    #expect(
      Set(Self.methodsWithAView.map { $0.method })
        == ["shortlist", "candidates", "explain", "carve"])
    let kinds = Set(Self.pairs.map(\.kind))
    // The region holds the kinds that matter: indications, WOZL, load, support or wage.
    for kind in ["indication", "load", "load-not-assessed"] {
      #expect(kinds.contains(kind), "the generated region should hold \(kind): \(kinds.sorted())")
    }
    var service = Service(engine: Self.engine, options: .standard, today: { TestData.day })
    var asked = 0
    var officerShowed = 0
    for (person, place, _) in Self.pairs {
      for operation in Self.methodsWithAView {
        for language in ["en", "nl"] {
          let request = Self.request(operation, person: person, place: place, language: language)
          let answer = try #require(service.send(request) as JSONValue?)
          let result = try #require(answer["result"], "\(request): \(answer)")
          let text = JSONWriter(style: .compact).string(result)
          #expect(EmployerDisclosure.leaks(in: text) == [], "\(request)")
          asked += 1
          // The officer's answer to the same request does show it: the check can see it.
          let officerRequest = request.replacingOccurrences(
            of: #""view":"employer""#, with: #""view":"officer""#)
          let officerAnswer = service.send(officerRequest)
          let officer = try #require(officerAnswer?["result"])
          if !EmployerDisclosure.leaks(in: JSONWriter(style: .compact).string(officer)).isEmpty {
            officerShowed += 1
          }
        }
      }
    }
    #expect(asked >= 40)
    #expect(officerShowed > 0)
  }
}
