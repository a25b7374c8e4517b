import Foundation
import PlekCore
import PlekIO
import PlekTestSupport
import Testing

/// Issue 14's crash harness: the built `plek serve --state` gets random mutations and is
/// killed with SIGKILL at random moments, again and again on the same state directory. After
/// every restart, every acknowledged mutation is there, the one in flight is there entirely
/// or not at all (its sequence number says which), and the shortlists equal those of a fresh
/// engine built from the records the test expects.
///
/// `PLEK_CRASH_TRIALS` sets the number of trials (default 50, the CI's).
@Suite(
  "plek serve --state: crashes lose nothing acknowledged", .serialized, .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct CrashHarnessTests {
  static var trials: Int {
    ProcessInfo.processInfo.environment["PLEK_CRASH_TRIALS"].flatMap(Int.init) ?? 50
  }

  /// A running server and its pipes.
  final class Server {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    var buffer: [UInt8] = []

    init(state: String) throws {
      process.executableURL = Executable.plek
      process.arguments = ["serve", "--state", state, "--threads", "1"]
      process.currentDirectoryURL = URL(fileURLWithPath: Executable.repositoryRoot)
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func send(_ line: String) {
      input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// The next answer line, or nil at end of output.
    func answer() -> JSONValue? {
      let descriptor = output.fileHandleForReading.fileDescriptor
      while true {
        if let newline = buffer.firstIndex(of: 0x0A) {
          let line = Array(buffer[..<newline])
          buffer.removeSubrange(...newline)
          return try? JSONParser().parse(line)
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = read(descriptor, &chunk, chunk.count)
        if count <= 0 { return nil }
        buffer += chunk[0..<count]
      }
    }

    func request(_ line: String) -> JSONValue? {
      send(line)
      return answer()
    }

    func kill() {
      Foundation.kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  /// The records the test expects the state to hold.
  struct Model {
    var participants: [ParticipantID: Participant]
    var places: [PlaceID: Place]
    var policy: Policy
    var sequence = 0
    /// The sample's placements, which the harness never changes: they count in the scores
    /// (learning lines, issue 26), so the model's engine holds them as the state does.
    var placements = TestData.sample.placements

    func engine() throws -> MatchEngine {
      var engine = try MatchEngine(
        taxonomy: TestData.taxonomy, policy: policy,
        participants: participants.values.sorted { $0.id < $1.id },
        places: places.values.sorted { $0.id < $1.id })
      try engine.upsert(placements: placements)
      return engine
    }
  }

  /// The sample's people with placements (never removed: the service refuses it).
  static let placedPeople = Set(TestData.sample.placements.map(\.value.participant))

  /// A random mutation: its request and what it does to the model.
  static func mutation(_ random: inout SplitMix64, _ model: Model, id: Int)
    -> (request: String, apply: (inout Model) -> Void)
  {
    let people = model.participants.keys.sorted()
    let places = model.places.keys.sorted()
    func line(_ method: String, _ params: String) -> String {
      #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
    }
    switch random.below(10) {
    case 0, 1, 2:
      var person = model.participants[people[random.below(people.count)]]!
      person.wishes.maxTravelMinutes = 10 + random.below(80)
      let record = JSONWriter().string(person.json)
      return (
        line("participants.upsert", #"{"participants":[\#(record)]}"#),
        { $0.participants[person.id] = person }
      )
    case 3:
      var person = model.participants[people[random.below(people.count)]]!
      person.id = ParticipantID("P-77\(String(format: "%04d", random.below(10_000)))")!
      let record = JSONWriter().string(person.json)
      return (
        line("participants.upsert", #"{"participants":[\#(record)]}"#),
        { $0.participants[person.id] = person }
      )
    case 4, 5:
      // Someone without placements: a person with placements is not removed.
      let removable = people.filter { !placedPeople.contains($0) }
      let id = removable[random.below(removable.count)]
      return (
        line("participants.remove", #"{"ids":["\#(id)"]}"#), { $0.participants[id] = nil }
      )
    case 6, 7:
      var place = model.places[places[random.below(places.count)]]!
      place.freeSlots = random.below(4)
      let record = JSONWriter().string(place.json)
      return (line("places.upsert", #"{"places":[\#(record)]}"#), { $0.places[place.id] = place })
    default:
      var policy = model.policy
      policy.weights.wishes = 0.1 + Double(random.below(40)) / 100
      let record = JSONWriter().string(policy.json)
      return (line("policy.set", #"{"policy":\#(record)}"#), { $0.policy = policy })
    }
  }

  /// Every served shortlist (each participant's, in one batch line) against the model's
  /// engine: ids and scores.
  static func checkAll(
    _ server: Server, _ engine: MatchEngine, _ people: [ParticipantID], trial: Int
  ) {
    let requests = people.enumerated().map { index, id in
      #"{"jsonrpc":"2.0","id":\#(index),"method":"shortlist","params":{"participant":"\#(id)","k":5,"date":"2026-11-22"}}"#
    }
    let answers = server.request("[" + requests.joined(separator: ",") + "]")?.arrayElements ?? []
    #expect(answers.count == people.count, "trial \(trial)")
    for answer in answers {
      guard let index = answer["id"]?.numberValue.map({ Int($0) }), people.indices.contains(index)
      else {
        Issue.record("trial \(trial): an answer without its id: \(answer)")
        continue
      }
      let served = (answer["result"]?["matches"]?.arrayElements ?? []).map {
        "\($0["place"]?.stringValue ?? "") \($0["score"]?.numberValue ?? -1)"
      }
      let expected =
        ((try? engine.shortlist(for: people[index], options: QueryOptions(k: 5, day: TestData.day)))?
        .matches ?? []).map { "\($0.placeID) \(($0.score * 100).rounded() / 100)" }
      #expect(served == expected, "trial \(trial), \(people[index])")
    }
  }

  @Test func killedAtRandomMomentsItLosesNothingAcknowledged() throws {
    let scratch = ScratchDirectory()
    let state = scratch.path + "/state"
    let sample = TestData.sample
    var model = Model(
      participants: Dictionary(
        uniqueKeysWithValues: sample.participants.map { ($0.value.id, $0.value) }),
      places: Dictionary(uniqueKeysWithValues: sample.places.map { ($0.value.id, $0.value) }),
      policy: .default)
    var random = SplitMix64(seed: 20_261_129)
    var inFlight: ((inout Model) -> Void)?
    var killedInFlight = 0
    var appliedInFlight = 0
    var acknowledged = 0
    for trial in 0..<Self.trials {
      let server = try Server(state: state)
      // What the last crash left: the mutation in flight is there if and only if its sequence
      // number became durable.
      let health = try #require(server.request(#"{"jsonrpc":"2.0","id":0,"method":"health"}"#))
      let durable = Int(health["result"]?["state"]?["durableSequence"]?.numberValue ?? -1)
      if let apply = inFlight {
        #expect(durable == model.sequence || durable == model.sequence + 1, "trial \(trial)")
        if durable == model.sequence + 1 {
          apply(&model)
          model.sequence += 1
          appliedInFlight += 1
        }
        inFlight = nil
      } else {
        #expect(durable == model.sequence, "trial \(trial)")
      }
      #expect(
        health["result"]?["participants"] == .int(model.participants.count), "trial \(trial)")
      #expect(health["result"]?["places"] == .int(model.places.count), "trial \(trial)")
      // Every participant's shortlist equals a fresh engine's of the expected records.
      let engine = try model.engine()
      let people = model.participants.keys.sorted()
      Self.checkAll(server, engine, people, trial: trial)

      // Mutations, each answered, then one more in flight (or none) and SIGKILL.
      for index in 0..<random.below(12) {
        if random.below(20) == 0 {
          _ = server.request(#"{"jsonrpc":"2.0","id":1,"method":"snapshot"}"#)
        }
        let (request, apply) = Self.mutation(&random, model, id: 100 + index)
        let answer = try #require(server.request(request), "trial \(trial)")
        let sequence = answer["result"]?["seq"]?.numberValue.map { Int($0) }
        #expect(sequence == model.sequence + 1, "trial \(trial): \(answer)")
        apply(&model)
        model.sequence += 1
        acknowledged += 1
      }
      if random.below(4) > 0 {
        let (request, apply) = Self.mutation(&random, model, id: 999)
        server.send(request)
        usleep(UInt32(random.below(3000)))
        inFlight = apply
        killedInFlight += 1
      }
      server.kill()
    }
    // The last crash, checked once more.
    let server = try Server(state: state)
    let health = try #require(server.request(#"{"jsonrpc":"2.0","id":0,"method":"health"}"#))
    let durable = Int(health["result"]?["state"]?["durableSequence"]?.numberValue ?? -1)
    if let apply = inFlight, durable == model.sequence + 1 {
      apply(&model)
      model.sequence += 1
    }
    #expect(durable == model.sequence)
    #expect(health["result"]?["participants"] == .int(model.participants.count))
    server.kill()
    print(
      "crash harness: \(Self.trials) SIGKILL trials, \(acknowledged) acknowledged mutations all kept, \(killedInFlight) killed with one in flight (\(appliedInFlight) of them had become durable)"
    )
  }
}
