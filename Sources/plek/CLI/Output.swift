import Foundation
import PlekCore
import PlekIO
import PlekReport
import Synchronization

/// Writes to a file, or to standard output for "-".
func writeOutput(_ bytes: [UInt8], to path: String) throws {
  try writeOutput(to: path) { emit in try emit(bytes) }
}

/// Writes what `produce` hands its sink, piece by piece, to a file (owner-only, put in place
/// whole at the end: ``StreamedOutput``), or to standard output for "-": a large output is
/// never held in memory at once.
func writeOutput(
  to path: String, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
) throws {
  if path == "-" {
    try produce { FileHandle.standardOutput.write(Data($0)) }
    return
  }
  do {
    let output = try StreamedOutput(path: path)
    try produce { try output.write($0) }
    try output.commit()
  } catch {
    throw CommandFailure(
      Message(
        en: "cannot write \(text: path): \(text: error.localizedDescription)",
        nl: "kan \(text: path) niet schrijven: \(text: error.localizedDescription)"))
  }
}

/// Where and how a command that writes a report puts it (``Invocation/reportOutput()``):
/// JSON, a sheet (with a byte order mark in a file, for spreadsheets) or text fitted to the
/// terminal (unfitted and without colour in a file), to `--out` or standard output.
struct ReportOutput {
  let out: String?
  let format: String
  let localizer: Localizer

  /// The report's bytes in the format asked for.
  func bytes(
    json: (JSONRendering) -> JSONValue, csv: (CSVRendering) -> (header: [String], rows: [[String]]),
    text: (TextRendering) -> String
  ) -> [UInt8] {
    switch format {
    case "json": return JSONWriter(style: .pretty).bytes(json(JSONRendering(localizer: localizer)))
    case "csv":
      let rendering = CSVRendering(localizer: localizer)
      let table = csv(rendering)
      return rendering.bytes(
        header: table.header, rows: table.rows, byteOrderMark: out != nil && out != "-")
    default:
      let rendering =
        out == nil
        ? textRendering(localizer) : TextRendering(localizer: localizer, width: nil, colour: false)
      return Array(TextFitting.fit(text(rendering), width: out == nil ? Terminal.width : nil).utf8)
    }
  }

  /// Writes the report; to a file, says so (`what`, how long since `started`).
  func write(_ bytes: [UInt8], what: Message, since started: Date) throws {
    try writeOutput(bytes, to: out ?? "-")
    if let out, out != "-" { wrote(what, to: out, since: started, localizer.language) }
  }
}

/// Prints JSON, indented.
func printJSON(_ value: JSONValue) {
  FileHandle.standardOutput.write(Data(JSONWriter(style: .pretty).bytes(value)))
}

/// Prints a CSV table for this language (no byte order mark on standard output).
func printCSV(_ table: (header: [String], rows: [[String]]), _ csv: CSVRendering) {
  FileHandle.standardOutput.write(
    Data(csv.bytes(header: table.header, rows: table.rows, byteOrderMark: false)))
}

/// Prints text, every line fitted to the terminal's width (``TextFitting``).
func printText(_ text: String) {
  FileHandle.standardOutput.write(Data(TextFitting.fit(text, width: Terminal.width).utf8))
}

/// The text renderer for this terminal: its width and whether it shows colour.
func textRendering(_ localizer: Localizer) -> TextRendering {
  TextRendering(localizer: localizer, width: Terminal.width, colour: Terminal.colour)
}

/// "no participant P-3 in this dataset (did you mean P-000003?)", in both languages.
func notFound<Tag>(_ id: Identifier<Tag>, in engine: MatchEngine) -> Message {
  let person = Tag.self == ParticipantTag.self
  let candidates: [String] =
    person ? engine.participantIDs.map(\.rawValue) : engine.placeIDs.map(\.rawValue)
  let kind =
    person ? Message(en: "participant", nl: "deelnemer") : Message(en: "place", nl: "plek")
  let text = id.rawValue
  if let close = Suggestion.closest(to: text, among: candidates) {
    return Message(
      en: "no \(kind) \(text: text) in this dataset (did you mean \(text: close)?)",
      nl: "geen \(kind) \(text: text) in deze dataset (bedoelt u \(text: close)?)")
  }
  return Message(
    en: "no \(kind) \(text: text) in this dataset", nl: "geen \(kind) \(text: text) in deze dataset"
  )
}

/// A stored participant, or a failure that says "no participant P-3 in this dataset (did
/// you mean P-000003?)".
func stored(_ id: ParticipantID, in engine: MatchEngine) throws -> Validated<Participant> {
  guard let person = engine.validatedParticipant(id) else {
    throw CommandFailure(notFound(id, in: engine))
  }
  return person
}

/// A stored place, or a failure naming the nearest id.
func stored(_ id: PlaceID, in engine: MatchEngine) throws -> Validated<Place> {
  guard let place = engine.validatedPlace(id) else {
    throw CommandFailure(notFound(id, in: engine))
  }
  return place
}

/// A progress bar on standard error, only when it is a terminal, with an estimate of the
/// time left (from the rate so far). Safe to update from the workers of a parallel batch:
/// the count and the drawing are under one lock.
final class Progress: Sendable {
  let total: Int
  let enabled: Bool
  private let started = Date()
  private let done = Mutex(0)

  init(total: Int, enabled: Bool) { (self.total, self.enabled) = (total, enabled) }

  /// Adds `count` finished items and redraws when a whole percent more is done.
  func advance(by count: Int) {
    guard enabled, total > 0 else { return }
    done.withLock { done in
      let before = done * 100 / total
      done += count
      let percent = done * 100 / total
      guard percent != before || done == total else { return }
      let elapsed = Date().timeIntervalSince(started)
      // No estimate from the first percent: too little to go on.
      let left =
        percent >= 1 && done < total
        ? "  about \(Self.duration(elapsed / Double(done) * Double(total - done))) left" : ""
      FileHandle.standardError.write(
        Data(
          "\r\(bar(Double(done) / Double(total), width: 30)) \(percent)% (\(done)/\(total))\(left)\u{1B}[K"
            .utf8))
    }
  }

  /// "42 s", "3 min 05 s", "1 h 02 min".
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    if whole < 60 { return "\(whole) s" }
    if whole < 3600 { return "\(whole / 60) min \(String(format: "%02d", whole % 60)) s" }
    return "\(whole / 3600) h \(String(format: "%02d", whole % 3600 / 60)) min"
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

/// `one` for 1, else `many`: a word counted in both languages ("1 problem", "2 problems").
func counted(_ count: Int, _ one: Message, _ many: Message) -> Message {
  count == 1 ? one : many
}

/// "Wrote ‹what› to ‹out› in 0.12 s." on standard error, in the officer's language.
func wrote(_ what: Message, to out: String, since started: Date, _ language: Language) {
  let seconds = Date().timeIntervalSince(started)
  status(
    Message(
      en: "Wrote \(what) to \(text: out) in \(seconds, decimals: 2) s.",
      nl: "Geschreven naar \(text: out) (\(seconds, decimals: 2) s): \(what)."),
    language)
}

extension Invocation {
  /// `--out FILE`, which the command requires.
  func requiredOut() throws(UsageError) -> String {
    try required("out", placeholder: Message(en: "FILE", nl: "BESTAND"))
  }

  /// The value of an option the command requires (`--form is required`, `--out FILE is
  /// required` with a placeholder).
  func required(_ option: String, placeholder: Message? = nil) throws(UsageError) -> String {
    guard let found = value(option) else {
      let named =
        placeholder.map { Message(en: "--\(text: option) \($0)", nl: "--\(text: option) \($0)") }
        ?? Message(en: "--\(text: option)", nl: "--\(text: option)")
      throw UsageError(Message(en: "\(named) is required", nl: "\(named) is nodig"))
    }
    return found
  }

}

/// A status line on standard error ("Wrote …"), in the officer's language.
func status(_ message: Message, _ language: Language) {
  StandardError.write(PlekCLI.usageWords(language)(message))
}
