import Foundation
import PlekAssign
import PlekCore
import PlekIO
import PlekReport

extension Commands {
  static let batch = Command(
    name: "batch",
    summary: Message(
      en: "Shortlists for every participant (or one shard of them), to a CSV, NDJSON or JSON file.",
      nl:
        "Shortlijsten voor elke deelnemer (of één deel van hen), naar een CSV-, NDJSON- of JSON-bestand."
    ),
    usage:
      "plek batch --out FILE [--top N] [--format csv|ndjson|json] [--shard I/N] [--competition on|off] [--threads N] [--date D] [options]",
    options: CommonOptions.dataset + [
      OptionSpec(
        name: "out", value: "FILE",
        en: "file to write (.csv, .ndjson or .json; '-' for standard output)",
        nl: "bestand om te schrijven (.csv, .ndjson of .json; '-' voor standaarduitvoer)"),
      QueryOptionSpecs.top,
      OptionSpec(
        name: "format", value: "FORMAT",
        en: "csv, ndjson or json (default: from the file name, else csv)",
        nl: "csv, ndjson of json (standaard: volgens de bestandsnaam, anders csv)"),
      OptionSpec(
        name: "shard", value: "I/N",
        en: "only the I-th of N equal runs of the participants in id order (1 ≤ I ≤ N)",
        nl: "alleen het I-de van N gelijke delen van de deelnemers, op id (1 ≤ I ≤ N)"),
      OptionSpec(
        name: "competition", value: "on|off",
        en: "the competition columns (default on: a first pass over everybody's top 10)",
        nl: "de kolommen over concurrentie (standaard aan: eerst ieders top 10)"),
      QueryOptionSpecs.threads, QueryOptionSpecs.date, QueryOptionSpecs.horizon,
      CommonOptions.language,
    ],
    details: Message(
      en: """
        CSV: one row per match (participant, rank, place, job title, employer, kind, sectors,
        score, travel minutes, points to judge, and the competition: how many rank the place
        higher, how many at least as high, how many list it, its free slots), with a decimal
        comma, ';' and headings and values in words in Dutch (--lang nl). NDJSON: one
        line per participant, the shape of the service's shortlist result. JSON: one document
        with every shortlist.

        The file is written as the batch goes, a chunk of participants at a time, so memory
        does not grow with the number of people; it appears under its name only when it is
        complete (Ctrl-C removes the partial file). A progress bar with the time left is shown
        on standard error when it is a terminal.

        Shards: --shard I/N computes the I-th of N runs of the participants (in id order)
        against all places; the N files merged (CSV: the first whole, the others without their
        header line; NDJSON: one after the other) are byte for byte the file of the run without
        --shard. The competition figures need everybody's top 10, so with them each shard also
        makes everybody's top 10 first: for many shards, --competition off. JSON cannot be
        sharded. See the Scaling article.
        """,
      nl: """
        CSV: één regel per match (deelnemer, rang, plek, functie, werkgever, soort, sectoren,
        score, reistijd, punten om te beoordelen, en de concurrentie: hoeveel anderen de plek
        minstens zo hoog hebben, op hoeveel lijsten ze staat, haar vrije plaatsen), met een
        decimale komma, ';' en kolomnamen in woorden in het Nederlands (--lang nl). NDJSON: één
        regel per deelnemer, in de vorm van het shortlist-antwoord van de service. JSON: één
        document met elke shortlijst.

        Het bestand wordt gaandeweg geschreven, een blok deelnemers tegelijk, zodat het geheugen
        niet groeit met het aantal mensen; het krijgt zijn naam pas als het compleet is (Ctrl-C
        verwijdert het halve bestand). Een voortgangsbalk met de resterende tijd staat op
        standaardfout als dat een terminal is.

        Delen: --shard I/N rekent het I-de van N delen van de deelnemers (op id) tegen alle
        plekken; de N bestanden samengevoegd (CSV: het eerste heel, de andere zonder kopregel;
        NDJSON: achter elkaar) zijn byte voor byte het bestand zonder --shard. De cijfers over
        concurrentie vragen ieders top 10, dus maakt elk deel die eerst: voor veel delen,
        --competition off. JSON is niet te delen. Zie het artikel Scaling.
        """)
  ) { invocation in
    let out = try invocation.requiredOut()
    let lowercased = out.lowercased()
    let defaultFormat =
      lowercased.hasSuffix(".json")
      ? "json"
      : lowercased.hasSuffix(".ndjson") || lowercased.hasSuffix(".jsonl") ? "ndjson" : "csv"
    let format = BatchRendering.Format(
      rawValue: try invocation.choice(
        "format", of: BatchRendering.Format.allCases.map(\.rawValue), default: defaultFormat))!
    var shard = Shard.whole
    if let text = invocation.value("shard") {
      guard let parsed = Shard(text) else {
        throw UsageError(
          Message(
            en:
              "--shard needs I/N with 1 ≤ I ≤ N ≤ \(Shard.maximumCount) (shards count from 1), not '\(text: text)'",
            nl:
              "--shard vraagt I/N met 1 ≤ I ≤ N ≤ \(Shard.maximumCount) (delen tellen vanaf 1), niet '\(text: text)'"
          ))
      }
      shard = parsed
    }
    guard shard.count == 1 || format.mergesByLines else {
      throw UsageError(
        Message(
          en:
            "--shard writes csv or ndjson: a JSON document cannot be merged by putting files together",
          nl:
            "--shard schrijft csv of ndjson: een JSON-document is niet samen te voegen door bestanden achter elkaar te zetten"
        ))
    }
    let competition =
      try invocation.choice("competition", of: ["on", "off"], default: "on") == "on"
    let language = try invocation.language()
    let day = try invocation.day()
    let horizon = try invocation.horizon()
    let k = try invocation.top(minimum: 1)
    let threads = try invocation.threads()
    let engine = try DataSession.load(invocation).engine
    let started = Date()
    let run = BatchRun(
      engine: engine, options: QueryOptions(k: k, day: day, threads: threads, horizonDays: horizon),
      shard: shard, competition: competition,
      rendering: BatchRendering(
        format: format, localizer: Localizer(language: language, taxonomy: engine.taxonomy)))
    // The workers report each finished chunk, so the progress bar costs no parallelism.
    let progress = Progress(total: run.work, enabled: Terminal.standardErrorIsTerminal)
    let output: StreamedOutput
    do {
      output = try StreamedOutput(path: out)
    } catch {
      throw CommandFailure(message: "cannot write \(out): \(error.localizedDescription)")
    }
    let outcome: BatchRun.Outcome
    do {
      outcome = try run.run(write: output.write, progress: { progress.advance(by: $0) })
      try output.commit()
    } catch let error as MatchError {
      throw error
    } catch {
      throw CommandFailure(message: "cannot write \(out): \(error.localizedDescription)")
    }
    progress.finish()
    let part = shard.count > 1 ? " (\(shard) / \(engine.participantCount))" : ""
    wrote(
      Message(
        en: "\(outcome.matches) matches for \(outcome.participants) participants\(text: part)",
        nl: "\(outcome.matches) matches voor \(outcome.participants) deelnemers\(text: part)"),
      to: out, since: started, language)
    return ExitCode.success
  }
}
