import PlekCore
import PlekTestSupport
import Testing

@testable import PlekReport

/// Issue 16: a batch is computed and written a chunk at a time; the pieces make the file.
@Suite("Batch runs in pieces", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct BatchRunTests {
  /// More people than one chunk (16,384), few places: three chunks.
  static let engine = try! TestData.engine(seed: 16, participants: 33_000, places: 100)

  @Test(arguments: BatchRendering.Format.allCases)
  func theFileIsWrittenAChunkAtATime(format: BatchRendering.Format) throws {
    var pieces: [[UInt8]] = []
    let run = BatchRun(
      engine: Self.engine, options: QueryOptions(k: 3, day: TestData.day), competition: false,
      rendering: BatchRendering(
        format: format, localizer: Localizer(language: .english, taxonomy: TestData.taxonomy)))
    let outcome = try run.run(write: { pieces.append($0) })
    // The start, one piece per chunk, the end.
    #expect(pieces.count == 2 + 3)
    #expect(outcome.participants == 33_000)
    let file = pieces.flatMap { $0 }
    let text = String(decoding: file, as: UTF8.self)
    switch format {
    case .csv:
      // A header, then one row per match (CRLF line ends).
      #expect(text.components(separatedBy: "\r\n").count - 2 == outcome.matches)
    case .ndjson:
      #expect(text.split(separator: "\n").count == 33_000)
    case .json:
      #expect(text.hasPrefix("{\n  \"date\": \"2026-11-22\",\n  \"participants\": 33000,"))
      #expect(text.hasSuffix("\n  ]\n}\n"))
    }
    // No piece holds more than its chunk: the largest is under half of the file.
    #expect(pieces.map(\.count).max()! < file.count / 2)
  }

  @Test func aShardWritesItsRunOnly() throws {
    var shards: [[UInt8]] = []
    for index in 1...3 {
      var bytes: [UInt8] = []
      _ = try BatchRun(
        engine: Self.engine, options: QueryOptions(k: 2, day: TestData.day),
        shard: Shard(index: index, count: 3)!, competition: false,
        rendering: BatchRendering(
          format: .ndjson, localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
      ).run(write: { bytes += $0 })
      shards.append(bytes)
    }
    var whole: [UInt8] = []
    _ = try BatchRun(
      engine: Self.engine, options: QueryOptions(k: 2, day: TestData.day), competition: false,
      rendering: BatchRendering(
        format: .ndjson, localizer: Localizer(language: .english, taxonomy: TestData.taxonomy))
    ).run(write: { whole += $0 })
    #expect(shards.flatMap { $0 } == whole)
    #expect(shards.allSatisfy { !$0.isEmpty })
  }
}
