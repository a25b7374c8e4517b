import Foundation
import PlekCore
import PlekIO

extension Commands {
  static let generate = Command(
    name: "generate",
    summary: Message(
      en: "Write a generated, realistic dataset: the same seed gives identical files everywhere.",
      nl:
        "Schrijf een gegenereerde, realistische dataset: dezelfde seed geeft overal dezelfde bestanden."
    ),
    usage:
      "plek generate --participants N --places M --seed S --out DIR [--profile regional|national] [--taxonomy DIR]",
    options: [
      OptionSpec(
        name: "participants", value: "N",
        en: "number of participants (0–10,000,000)", nl: "aantal deelnemers (0–10.000.000)"),
      OptionSpec(
        name: "places", value: "M",
        en: "number of places (0–10,000,000)", nl: "aantal plekken (0–10.000.000)"),
      OptionSpec(
        name: "seed", value: "S",
        en: "random seed, a whole number (default: 1)",
        nl: "seed voor het toeval, een heel getal (standaard: 1)"),
      OptionSpec(
        name: "out", value: "DIR",
        en:
          "a new (or empty) directory to write participants.json, places.json and placements.json to",
        nl: "een nieuwe (of lege) map voor participants.json, places.json en placements.json"),
      OptionSpec(
        name: "profile", value: "NAME",
        en: "regional (the taxonomy's region, default) or national (the Netherlands)",
        nl: "regional (de regio van de taxonomie, standaard) of national (Nederland)"),
      CommonOptions.taxonomy,
    ],
    details: Message(
      en: """
        The records use the taxonomy in Datasets/taxonomy (or --taxonomy). Availability dates are
        spread around 2026-11-01, not around today, so the output never depends on the day.
        placements.json holds three years of placements before that day (starts, ends and
        their reasons at the rates Datasets/README.md lists as assumptions).

        --profile national: the same record schema over a map of the Netherlands (77 towns where
        they are, 300 synthetic municipalities around them on land: cities dense, countryside
        sparse); its taxonomy (the sectors and competencies of the one used, the national
        region) is written to DIR/taxonomy, where every command finds it. Records are made and
        written a chunk at a time: memory stays flat however many are asked for (but for a
        summary of every place, about 100 bytes each, for the placements), e.g.
        --participants 600000 --places 400000.
        """,
      nl: """
        De records gebruiken de taxonomie in Datasets/taxonomy (of --taxonomy). Data van
        beschikbaarheid liggen rond 2026-11-01, niet rond vandaag, dus de uitvoer hangt nooit
        af van de dag. placements.json bevat drie jaar plaatsingen voor die dag (begin, einde
        en de reden, volgens de aannames in Datasets/README.md).

        --profile national: hetzelfde schema over een kaart van Nederland (77 plaatsen waar ze
        liggen, 300 verzonnen gemeenten eromheen op land: steden dicht, platteland dun); de
        taxonomie (de sectoren en vaardigheden van de gebruikte, de landelijke regio) komt in
        MAP/taxonomy, waar elke opdracht haar vindt. Records worden per blok gemaakt en
        geschreven: het geheugen blijft vlak hoeveel er ook gevraagd worden (op een samenvatting
        van elke plek na, zo'n 100 bytes per plek, voor de plaatsingen), bijvoorbeeld
        --participants 600000 --places 400000.
        """)
  ) { invocation in
    guard invocation.value("participants") != nil || invocation.value("places") != nil else {
      throw UsageError(
        Message(
          en: "say how many records to write: --participants N and/or --places M",
          nl: "zeg hoeveel records te schrijven: --participants N en/of --places M"))
    }
    let out = try invocation.required("out", placeholder: Message(en: "DIR", nl: "MAP"))
    let participants = try invocation.int("participants", in: 0...10_000_000, default: 0)
    let places = try invocation.int("places", in: 0...10_000_000, default: 0)
    let seedText = invocation.value("seed") ?? "1"
    guard let seed = UInt64(seedText) else {
      let most = String(UInt64.max)
      throw UsageError(
        Message(
          en: "--seed needs a whole number 0–\(text: most), not '\(text: seedText)'",
          nl: "--seed vraagt een heel getal 0–\(text: most), niet '\(text: seedText)'"))
    }
    // A fresh directory only: writing over an existing dataset and being stopped halfway
    // would leave new participants beside old places.
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: out), !entries.isEmpty {
      throw CommandFailure(
        message:
          "\(out) is not empty (\(entries.count) entries); generate into a new directory, then replace the old one"
      )
    }
    var status = stat()
    if lstat(out, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR {
      throw CommandFailure(message: "\(out) exists and is not a directory")
    }
    let profile = DatasetGenerator.Profile(
      rawValue: try invocation.choice(
        "profile", of: DatasetGenerator.Profile.allCases.map(\.rawValue), default: "regional"))!
    let taxonomy = try loadTaxonomy(invocation.value("taxonomy")).value
    let start = Date()
    let generator = DatasetGenerator(taxonomy: taxonomy, seed: seed, profile: profile)
    let progress = Progress(
      total: participants + places, enabled: Terminal.standardErrorIsTerminal)
    do {
      try generator.write(
        participants: participants, places: places, to: out,
        progress: { progress.advance(by: $0) })
      progress.finish()
    } catch {
      throw CommandFailure(message: "cannot write to \(out): \(error.localizedDescription)")
    }
    let seconds = Date().timeIntervalSince(start)
    let language = (try? invocation.language()) ?? .english
    print(
      PlekCLI.usageWords(language)(
        Message(
          en:
            "Wrote \(participants) participants and \(places) places to \(text: out) (seed \(text: String(seed))) in \(seconds, decimals: 2) s.",
          nl:
            "\(participants) deelnemers en \(places) plekken staan in \(text: out) (seed \(text: String(seed))) (\(seconds, decimals: 2) s)."
        )))
    return ExitCode.success
  }

  /// Loads and validates a taxonomy (`explicit`, else the repository's), or fails with
  /// every problem listed.
  static func loadTaxonomy(_ explicit: String?) throws -> Validated<Taxonomy> {
    let directory = try DataLocator.taxonomyDirectory(explicit)
    let (taxonomy, issues) = DatasetLoader.loadTaxonomy(directory: directory)
    guard let taxonomy else {
      throw CommandFailure(
        message: "the taxonomy in \(directory) is invalid:\n"
          + issues.map { "  " + $0.description }.joined(separator: "\n"))
    }
    return taxonomy
  }
}
