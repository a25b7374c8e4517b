import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// The employer view on every output path: the CLI's table, JSON and CSV for `candidates`,
/// `explain` and `export`, and the service's `candidates`, `explain` and `shortlist`, in
/// English and Dutch. None may show health data (load capacity, wage value, support need)
/// or anything derived from it (scores, their components, the target group).
@Suite(
  "Employer view: no health data on any output path", .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct EmployerViewEverywhereTests {
  static let day = "2026-11-22"

  /// Words and keys that name health data or what is derived from it, in both languages,
  /// with the load dimensions' names from the taxonomy.
  static let forbidden: [String] = {
    var words = [
      "\"capacity\"", "\"loadCapacity\"", "\"wageValue\"", "\"supportNeed\"", "\"need\"",
      "\"score\"", "\"components\"", "\"contribution\"", "\"dimension\"", "\"demand\"",
      "\"targetGroup\"", "\"load\"", "\"wage-subsidy\"", "\"support\"", "load-not-assessed",
      "load-adaptation", "wage-value-not-assessed", "capacity", "belastbaarheid", "wage value",
      "loonwaarde", "support need", "begeleidingsbehoefte", "Support: needs",
      "Begeleiding: nodig", "Score", "score", "targetGroup", "Target group", "Doelgroep",
    ]
    for info in TestData.taxonomy.loadDimensions {
      words += [info.name.english, info.name.dutch]
    }
    for group in [
      "Participatiewet, directly placeable", "Participatiewet, direct plaatsbaar",
      "Wsw employee", "Wsw-medewerker", "nieuw beschut", "activation", "activering",
    ] {
      words.append(group)
    }
    return words
  }()

  static func leaks(_ text: String) -> [String] {
    forbidden.filter { text.contains($0) }
  }

  /// Pairs of the sample that, for an officer, show health data: a load knock-out, a support
  /// or wage-subsidy knock-out, and a fit with a load point to judge.
  static let pairs: [(ParticipantID, PlaceID)] = {
    let engine = TestData.sampleEngine
    var found: [String: (ParticipantID, PlaceID)] = [:]
    for person in engine.participantIDs.prefix(60) {
      for place in engine.placeIDs.prefix(200) {
        guard
          let explanation = try? engine.explain(participant: person, place: place, on: TestData.day)
        else { continue }
        let codes = explanation.knockOuts.map(\.code)
        if codes.contains("load"), found["load"] == nil { found["load"] = (person, place) }
        if codes.contains("support") || codes.contains("wage-subsidy"), found["support"] == nil {
          found["support"] = (person, place)
        }
        if let fit = explanation.fit,
          fit.assessmentPoints.contains(where: { $0.disclosure != .public }),
          found["point"] == nil
        {
          found["point"] = (person, place)
        }
      }
    }
    return found.keys.sorted().map { found[$0]! }
  }()

  @Test func noOutputPathShowsHealthData() throws {
    #expect(Self.pairs.count == 3, "the sample should hold every kind of health-revealing pair")
    var checked = 0
    for language in ["en", "nl"] {
      for format in ["table", "json", "csv"] {
        for (person, place) in Self.pairs {
          let arguments = [
            "explain", person.rawValue, place.rawValue, "--date", Self.day, "--lang", language,
            "--format", format,
          ]
          let employer = try runPlek(arguments + ["--view", "employer"])
          #expect(employer.status == 0, "\(arguments): \(employer.standardError)")
          #expect(Self.leaks(employer.standardOutput) == [], "\(arguments)")
          // The officer's view of the same pair does show what the employer's hides.
          let officer = try runPlek(arguments)
          #expect(!Self.leaks(officer.standardOutput).isEmpty, "\(arguments) officer")
          checked += 1
        }
        for (_, place) in Self.pairs {
          let arguments = [
            "candidates", place.rawValue, "--date", Self.day, "--lang", language, "--format",
            format, "--why", "--top", "20",
          ]
          let employer = try runPlek(arguments + ["--view", "employer"])
          #expect(employer.status == 0, "\(arguments): \(employer.standardError)")
          #expect(Self.leaks(employer.standardOutput) == [], "\(arguments)")
          checked += 1
        }
      }
      let (person, _) = Self.pairs[0]
      let sheet = try runPlek([
        "export", "--shortlist", person.rawValue, "--view", "employer", "--date", Self.day,
        "--lang", language, "--top", "20",
      ])
      #expect(sheet.status == 0, "\(sheet.standardError)")
      #expect(Self.leaks(sheet.standardOutput) == [], "export --shortlist \(language)")
      checked += 1
    }
    // Participant records are health data: no employer export of them at all.
    let refused = try runPlek(["export", "--participants", "--view", "employer"])
    #expect(refused.status == 2)
    #expect(refused.standardOutput.isEmpty)

    // The service, in the same process as a case server would run it.
    var requests: [String] = []
    for language in ["en", "nl"] {
      for (person, place) in Self.pairs {
        requests.append(
          #"{"jsonrpc":"2.0","id":1,"method":"explain","params":{"participant":"\#(person)","place":"\#(place)","view":"employer","lang":"\#(language)","date":"\#(Self.day)"}}"#
        )
        requests.append(
          #"{"jsonrpc":"2.0","id":2,"method":"candidates","params":{"place":"\#(place)","k":20,"view":"employer","explain":true,"lang":"\#(language)","date":"\#(Self.day)"}}"#
        )
        requests.append(
          #"{"jsonrpc":"2.0","id":3,"method":"shortlist","params":{"participant":"\#(person)","k":20,"view":"employer","explain":true,"lang":"\#(language)","date":"\#(Self.day)"}}"#
        )
      }
    }
    let served = try runPlek(["serve"], input: Data((requests.joined(separator: "\n") + "\n").utf8))
    let answers = served.standardOutput.split(separator: "\n")
    #expect(answers.count == requests.count)
    for (request, answer) in zip(requests, answers) {
      #expect(answer.contains("\"result\""), "\(request)")
      #expect(Self.leaks(String(answer)) == [], "\(request)")
      checked += 1
    }
    #expect(checked == 2 * 3 * 6 + 2 + requests.count)
  }
}
