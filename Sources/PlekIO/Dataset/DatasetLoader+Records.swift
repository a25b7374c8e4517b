import Foundation
import PlekCore

/// Decoding the records of a data file: every element validated, ids checked unique, blocks
/// decoded on all cores.
extension DatasetLoader {
  /// Decodes an array of records, validating each against the taxonomy and checking that
  /// ids are unique.
  static func records<T>(
    _ json: JSONValue, file: String, issues: inout [ValidationIssue],
    decode: @escaping @Sendable (JSONValue, SharedValues) -> Decoded<T>
  ) -> [Validated<T>] {
    guard let elements = json.arrayElements else {
      issues.append(
        ValidationIssue(
          file: file,
          problem: ModelProblem(
            path: "", kind: .wrongType, value: DecodeLog.render(json),
            expected: "a JSON array of records")))
      return []
    }
    // Records decode independently, so on all cores.
    let decoded = Parallel.map(elements.count, chunkSize: 256) { range in
      // One table per block: no locking (``SharedValues``).
      let shared = SharedValues()
      return range.map { (decode(elements[$0], shared), elements[$0]["id"]?.stringValue) }
    }
    return collect(decoded, file: file, issues: &issues)
  }

  /// Decodes the records of a file's bytes element by element, on all cores, without
  /// holding the whole file's JSON tree; `nil` when the bytes are not a well-formed array,
  /// and the caller then parses the whole file (which reports where it is broken).
  ///
  /// Elements go in blocks of 65,536: each block's trees and problems are let go before the
  /// next, and a file lists its first ``problemsListedPerFile`` problems and counts the rest,
  /// so that memory stays proportional to the file and its valid records, whatever the file
  /// holds (ten million `1`s, or `{}`s each missing every field).
  ///
  /// Each block's valid records go to `deliver` as soon as the block is decoded, in file
  /// order, with the number of elements the file holds; when the bytes turn out not to be
  /// a well-formed array, blocks before may have been delivered.
  static func records<T>(
    bytes: [UInt8], file: String, issues: inout [ValidationIssue], unlisted: inout Int,
    decode: @escaping @Sendable (JSONValue, SharedValues) -> Decoded<T>,
    deliver: ([Validated<T>], Int) -> Void
  ) -> Bool {
    guard let ranges = bytes.withUnsafeBufferPointer({ JSONParser.arrayElementRanges($0) })
    else { return false }
    // Elements sit one level down in the file: the same nesting limit as the whole parse.
    let parser = JSONParser(maximumDepth: maximumDepth - 1)
    var collector = RecordCollector<T>(file: file)
    defer { unlisted += collector.unlisted }
    let block = 65_536
    var start = 0
    while start < ranges.count {
      let end = min(ranges.count, start + block)
      let first = start
      let decoded = Parallel.map(end - start, chunkSize: 256) { chunk in
        // One table per block: no locking (``SharedValues``).
        let shared = SharedValues()
        return chunk.map { offset -> (Decoded<T>, String?)? in
          guard let value = try? parser.parse(bytes[ranges[first + offset]]) else { return nil }
          return (decode(value, shared), value["id"]?.stringValue)
        }
      }
      for entry in decoded {
        guard let entry else { return false }
        collector.add(entry.0, id: entry.1)
      }
      deliver(collector.takeValues(), ranges.count)
      start = end
    }
    deliver(collector.finish(into: &issues), ranges.count)
    return true
  }

  /// The problems a file lists; the rest are counted (``ProblemKind/moreProblems``).
  public static let problemsListedPerFile = 100

  /// Problems and duplicate ids of decoded records, in file order, so that the report does
  /// not depend on the thread count; the valid, unique records.
  private static func collect<T>(
    _ decoded: [(Decoded<T>, String?)], file: String, issues: inout [ValidationIssue]
  ) -> [Validated<T>] {
    var collector = RecordCollector<T>(file: file)
    for (decoded, rawID) in decoded { collector.add(decoded, id: rawID) }
    return collector.finish(into: &issues)
  }
}
