import PlekCore
import PlekIO
import PlekTestSupport
import Testing

@testable import PlekService

/// The employer view must not reveal load capacity, wage value or support need, nor scores
/// derived from them.
@Suite("Employer view")
struct EmployerViewTests {
  static let forbiddenKeys: Set<String> = [
    "capacity", "loadCapacity", "wageValue", "supportNeed", "need", "score", "components",
    "contribution",
    "dimension", "demand",
  ]
  static let forbiddenCodes: Set<String> = [
    "load", "wage-subsidy", "support", "load-adaptation", "load-not-assessed",
    "wage-value-not-assessed",
  ]

  /// Every key and every `code` value anywhere in `value`.
  static func keysAndCodes(_ value: JSONValue) -> (keys: Set<String>, codes: Set<String>) {
    var keys = Set<String>()
    var codes = Set<String>()
    func walk(_ value: JSONValue) {
      switch value {
      case .object(let members):
        for member in members {
          keys.insert(member.key)
          if member.key == "code", case .string(let code) = member.value { codes.insert(code) }
          walk(member.value)
        }
      case .array(let elements): elements.forEach(walk)
      default: break
      }
    }
    walk(value)
    return (keys, codes)
  }

  @Test func noHealthDataInAnyEmployerAnswer() throws {
    var service = ServiceFixtures.service()
    var checked = 0
    var sawDisclosureFold = false
    for place in ServiceFixtures.engine.placeIDs.prefix(60) {
      let request =
        #"{"jsonrpc":"2.0","id":1,"method":"candidates","params":{"place":"\#(place)","k":20,"view":"employer","explain":true,"lang":"nl","date":"2026-11-22"}}"#
      let answer = try #require(service.send(request)?["result"])
      let (keys, codes) = Self.keysAndCodes(answer)
      #expect(
        keys.isDisjoint(with: Self.forbiddenKeys),
        "\(place): \(keys.intersection(Self.forbiddenKeys))")
      #expect(codes.isDisjoint(with: Self.forbiddenCodes))
      checked += 1
    }
    for person in ServiceFixtures.engine.participantIDs.prefix(40) {
      for place in ServiceFixtures.engine.placeIDs.prefix(25) {
        let request =
          #"{"jsonrpc":"2.0","id":2,"method":"explain","params":{"participant":"\#(person)","place":"\#(place)","view":"employer","date":"2026-11-22"}}"#
        let answer = try #require(service.send(request)?["result"])
        let (keys, codes) = Self.keysAndCodes(answer)
        #expect(keys.isDisjoint(with: Self.forbiddenKeys))
        #expect(codes.isDisjoint(with: Self.forbiddenCodes), "\(person) \(place): \(codes)")
        if codes.contains("not-disclosed") { sawDisclosureFold = true }
        // The officer view of the same pair does carry the details the employer view hides.
        let officer = try #require(
          service.send(
            request.replacingOccurrences(of: #""view":"employer""#, with: #""view":"officer""#))?[
              "result"])
        if Self.keysAndCodes(officer).codes.contains("load") {
          #expect(codes.contains("not-disclosed"))
        }
        checked += 1
      }
    }
    #expect(checked > 1000)
    #expect(sawDisclosureFold, "the data should include health-related knock-outs to hide")
  }
}
