import PlekCore
import PlekIO
import PlekReport

/// What the commands that ask about the data read alike, in the order they check it: the
/// answer's form and language, then the day, the horizon and how long a list may be; and how
/// they print the answer.
///
/// One place, so that `shortlist`, `candidates`, `explain` and `carve` cannot read `--date`
/// or `--horizon` differently or print their JSON, sheet and table in other ways.
struct Question {
  let format: String
  let language: Language
  let options: QueryOptions

  init(_ invocation: Invocation, formats: [String] = ["table", "json", "csv"], list: Bool = false)
    throws(UsageError)
  {
    format = try invocation.format(formats)
    language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    options = QueryOptions(
      k: list ? try invocation.top() : 10, day: day, threads: 0, horizonDays: horizon)
  }

  /// The localizer of the answer's language.
  func localizer(_ engine: MatchEngine) -> Localizer {
    Localizer(language: language, taxonomy: engine.taxonomy)
  }

  /// Prints the answer in its form: `json`, `csv` (where the command offers it) or the table.
  func print(
    json: (JSONRendering) -> JSONValue,
    csv: ((CSVRendering) -> (header: [String], rows: [[String]]))? = nil,
    text: (TextRendering) -> String, _ localizer: Localizer
  ) {
    switch format {
    case "json": printJSON(json(JSONRendering(localizer: localizer)))
    case "csv" where csv != nil:
      let rendering = CSVRendering(localizer: localizer)
      printCSV(csv!(rendering), rendering)
    default: printText(text(textRendering(localizer)))
    }
  }
}
