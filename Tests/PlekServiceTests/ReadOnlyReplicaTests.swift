import PlekCore
import PlekIO
import PlekService
import PlekTestSupport
import Testing

/// Issue 16: `plek serve --read-only` replicas answer queries and refuse every change.
@Suite("Read-only replicas")
struct ReadOnlyReplicaTests {
  static func replica() -> Service {
    var options = ServiceOptions.standard
    options.readOnly = true
    return ServiceFixtures.service(options: options)
  }

  // A person and a place without placements (records with placements are not removed).
  static let person = TestData.sampleEngine.participantIDs.filter {
    !TestData.sampleEngine.placements.hasPlacements(person: $0)
  }[2]
  static let place = TestData.sampleEngine.placeIDs.filter {
    !TestData.sampleEngine.placements.hasPlacements(place: $0)
  }[5]

  /// Each change a case server can send, as it would send it to the writer.
  @Test(arguments: [
    (
      "participants.upsert",
      #"{"participants":[\#(JSONWriter().string(TestData.sampleEngine.participant(person)!.json))]}"#
    ),
    ("participants.remove", #"{"ids":["\#(person.rawValue)"]}"#),
    (
      "places.upsert",
      #"{"places":[\#(JSONWriter().string(TestData.sampleEngine.place(place)!.json))]}"#
    ),
    ("places.remove", #"{"ids":["\#(place.rawValue)"]}"#),
    ("policy.set", #"{"policy":\#(JSONWriter().string(Policy.default.json))}"#),
    ("snapshot", "{}"),
  ])
  func everyChangeIsRefused(method: String, params: String) throws {
    var service = Self.replica()
    let before = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"\#(Self.person.rawValue)","date":"2026-11-22"}}"#
    )
    #expect(before?["result"] != nil)
    let sent = service.send(
      #"{"jsonrpc":"2.0","id":2,"method":"\#(method)","params":\#(params)}"#)
    let answer = try #require(sent)
    #expect(answer["error"]?["code"] == .int(-32006), "\(answer)")
    #expect(answer["error"]?["message"]?.stringValue?.contains("read-only replica") == true)
    // Nothing changed: the same records, the same answer.
    #expect(service.engine.participantCount == TestData.sampleEngine.participantCount)
    #expect(service.engine.placeCount == TestData.sampleEngine.placeCount)
    let after = service.send(
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"\#(Self.person.rawValue)","date":"2026-11-22"}}"#
    )
    #expect(after == before)
    // The same request is a valid change for the writer (a service without --state has no
    // snapshot to write, so that one is left out).
    if method != "snapshot" {
      var writer = ServiceFixtures.service()
      let accepted = writer.send(
        #"{"jsonrpc":"2.0","id":2,"method":"\#(method)","params":\#(params)}"#)
      #expect(accepted?["result"] != nil, "\(String(describing: accepted))")
    }
  }

  @Test func queriesAreAnsweredAndHealthSaysReadOnly() throws {
    var replica = Self.replica()
    var writer = ServiceFixtures.service()
    let query =
      #"{"jsonrpc":"2.0","id":7,"method":"candidates","params":{"place":"\#(Self.place.rawValue)","k":5,"date":"2026-11-22"}}"#
    let sent = replica.send(query)
    let answer = try #require(sent)
    #expect(answer["result"] != nil)
    #expect(answer == writer.send(query))
    let health = replica.send(#"{"jsonrpc":"2.0","id":1,"method":"health"}"#)
    #expect(health?["result"]?["readOnly"] == .bool(true))
    #expect(
      writer.send(#"{"jsonrpc":"2.0","id":1,"method":"health"}"#)?["result"]?["readOnly"]
        == .bool(false))
  }
}
