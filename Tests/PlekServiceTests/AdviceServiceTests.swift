import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekService

/// The service's `advice` and `carve`: the engine's answers, stored or inline, and the
/// employer's view of carving (counts only, small groups withheld).
@Suite("Service: advice and carving")
struct AdviceServiceTests {
  static let day = ServiceFixtures.day

  func result(_ service: inout Service, _ request: String) throws -> JSONValue {
    let answer = service.send(request)
    return try #require(answer?["result"], "\(String(describing: answer))")
  }

  /// The steps of a result: code, places opened, best place opened.
  static func steps(_ result: JSONValue) -> [String] {
    (result["steps"]?.arrayElements ?? []).map {
      "\($0["step"]?["code"]?.stringValue ?? "") \($0["opens"] ?? .null) \($0["bestOpened"]?["place"] ?? .null)"
    }
  }

  @Test func adviceIsTheEnginesAdvice() throws {
    var service = ServiceFixtures.service()
    let engine = ServiceFixtures.engine
    var compared = 0
    for id in engine.participantIDs.prefix(25) {
      let advice = try engine.advice(for: id, options: QueryOptions(day: Self.day))
      let result = try result(
        &service,
        #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"\#(id)","date":"2026-11-22"}}"#
      )
      #expect(result["fits"] == .int(advice.fits))
      let expected = advice.steps.map {
        "\($0.step.code) \(JSONValue.int($0.opens)) \($0.bestOpened.map { JSONValue.string($0.placeID.rawValue) } ?? .null)"
      }
      #expect(Self.steps(result) == expected, "\(id)")
      #expect(result["nearest"]?.arrayElements?.count == advice.nearest.count)
      #expect(result["combinations"]?.arrayElements?.count == advice.combinations.count)
      compared += 1
    }
    #expect(compared == 25)
  }

  /// An intake profile sent inline gets the advice the same record gets when stored.
  @Test func inlineAdviceEqualsStoredAdvice() throws {
    var service = ServiceFixtures.service()
    let engine = ServiceFixtures.engine
    for id in engine.participantIDs.prefix(8) {
      var person = try #require(engine.participant(id))
      let stored = try result(
        &service,
        #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"\#(id)","date":"2026-11-22"}}"#
      )
      person.id = "P-990000"
      let record = JSONWriter(style: .compact).string(person.json)
      let inline = try result(
        &service,
        #"{"jsonrpc":"2.0","id":2,"method":"advice","params":{"participant":\#(record),"date":"2026-11-22"}}"#
      )
      #expect(inline["participant"] == "P-990000")
      #expect(Self.steps(inline) == Self.steps(stored), "\(id)")
      #expect(inline["best"] == stored["best"])
      #expect(inline["nearest"] == stored["nearest"])
    }
  }

  /// Every count an employer sees is 5 or more, or "<5"; no people and no scores; the
  /// withheld counts come after the shown ones. The officer sees the engine's counts.
  @Test func theEmployerSeesCountsOnly() throws {
    var service = ServiceFixtures.service()
    let engine = ServiceFixtures.engine
    var withheld = 0
    var shown = 0
    for id in engine.placeIDs.prefix(40) {
      let carving = try engine.carve(for: id, options: QueryOptions(day: Self.day))
      let officer = try result(
        &service,
        #"{"jsonrpc":"2.0","id":1,"method":"carve","params":{"place":"\#(id)","date":"2026-11-22"}}"#
      )
      #expect(officer["fits"] == .int(carving.fits))
      #expect(
        officer["changes"]?.arrayElements?.map { $0["opens"] }
          == carving.changes.map {
            .int($0.opens)
          })
      let employer = try result(
        &service,
        #"{"jsonrpc":"2.0","id":2,"method":"carve","params":{"place":"\#(id)","date":"2026-11-22","view":"employer"}}"#
      )
      let text = JSONWriter(style: .compact).string(employer)
      #expect(!text.contains("\"best\"") && !text.contains("\"score\"") && !text.contains("P-"))
      // The counts in order: the people who fit now, then each change's.
      let counts =
        [employer["fits"]] + (employer["changes"]?.arrayElements ?? []).map { $0["opens"] }
      var sawWithheld = false
      for (index, count) in counts.enumerated() {
        if case .number(let value)? = count {
          #expect(value >= 5 || value == 0, "\(id): a small group shown")
          #expect(index == 0 || !sawWithheld, "\(id): shown counts come first")
          shown += 1
        } else if case .null? = count {
          // Withheld (a group of 1–4, or a count that would give one away).
          if index > 0 { sawWithheld = true }
          withheld += 1
        } else {
          Issue.record("\(id): a count is \(String(describing: count))")
        }
      }
    }
    #expect(withheld > 10 && shown > 10, "the sample must hold small and large groups")
  }
}
