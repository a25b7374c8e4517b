import Foundation
import PlekCore
import PlekIO
import PlekService
import PlekStore

extension Commands {
  static let serve = Command(
    name: "serve",
    summary: Message(
      en: "Serve JSON-RPC 2.0 over standard input and output, for the case server.",
      nl: "JSON-RPC 2.0 via standaardinvoer en -uitvoer, voor de casusserver."),
    usage:
      "plek serve [--data DIR] [--taxonomy DIR] [--policy FILE] [--state DIR [--repair] [--journal-limit BYTES]] [--read-only] [--threads N] [--max-message-bytes N] [--line-budget SECONDS]",
    options: [CommonOptions.data, CommonOptions.taxonomy, CommonOptions.policy] + [
      OptionSpec(
        name: "threads", value: "N",
        en: "threads per query, 0 for every core (default 0)",
        nl: "threads per vraag, 0 voor elke kern (standaard 0)"),
      OptionSpec(
        name: "max-message-bytes", value: "N",
        en: "longest request line accepted (default \(Limits.messageBytes))",
        nl: "langste verzoekregel die wordt aangenomen (standaard \(Limits.messageBytes))"),
      OptionSpec(
        name: "line-budget", value: "SECONDS",
        en:
          "the work one line may take before its questions are stopped (default \(Int(Limits.lineBudgetSeconds)), \(Limits.lineBudgetAccepted.lowerBound)–\(Limits.lineBudgetAccepted.upperBound))",
        nl:
          "het werk dat één regel mag kosten voordat de vragen erin worden gestopt (standaard \(Int(Limits.lineBudgetSeconds)), \(Limits.lineBudgetAccepted.lowerBound)–\(Limits.lineBudgetAccepted.upperBound))"
      ),
      OptionSpec(
        name: "state", value: "DIR",
        en:
          "keep every acknowledged change here across restarts (created from --data the first time)",
        nl:
          "bewaar hier elke bevestigde wijziging, ook na een herstart (de eerste keer gemaakt uit --data)"

      ),
      OptionSpec.flag(
        "repair", en: "with --state: drop a damaged journal from the damage on, after saying what",
        nl: "met --state: laat een beschadigd journaal vanaf de schade vallen, na te zeggen wat"),
      OptionSpec(
        name: "journal-limit", value: "BYTES",
        en:
          "with --state: write a new snapshot when the journal grows past this (default \(Limits.journalBytes))",
        nl:
          "met --state: schrijf een nieuwe snapshot als het journaal groter wordt dan dit (standaard \(Limits.journalBytes))"

      ),
      OptionSpec.flag(
        "read-only",
        en:
          "a replica for queries: changes are refused (-32006); with --state DIR, start from what the writer holds",
        nl:
          "een kopie voor vragen: wijzigingen worden geweigerd (-32006); met --state MAP beginnen bij wat de schrijver bewaart"
      ),
    ],
    details: Message(
      en: """
        One JSON-RPC message per line on standard input, one response per line on standard
        output; logs on standard error (ids and counts only). Bad data or policy at start-up: a
        message on standard error and exit code 1 before anything is read. The protocol is
        documented in Sources/PlekService/PlekService.docc/Protocol.md.

        Without --state nothing is kept: changes live until the process ends. With --state DIR,
        every acknowledged upsert, remove and policy.set is in DIR's journal, fsynced before its
        answer is written, and a restart (after a crash too) starts where it stopped. One server
        per DIR; its files are readable by their owner only.

        --read-only: a replica for many officers at once. Queries are answered; upserts,
        removes, policy.set and snapshot are refused with -32006 and change nothing. With
        --state DIR it starts from the writer's state (snapshot and journal, read without a
        lock) without writing to it; restart it to see later changes.
        """,
      nl: """
        Eén JSON-RPC-bericht per regel op standaardinvoer, één antwoord per regel op
        standaarduitvoer; logs op standaardfout (alleen id's en aantallen). Foute data of beleid
        bij het starten: een melding op standaardfout en afsluitcode 1 voordat er iets gelezen
        wordt. Het protocol staat in Sources/PlekService/PlekService.docc/Protocol.md.

        Zonder --state wordt niets bewaard: wijzigingen leven tot het proces stopt. Met --state
        MAP staat elke bevestigde upsert, remove en policy.set in het journaal van MAP,
        weggeschreven (fsync) voordat het antwoord komt, en een herstart (ook na een crash)
        begint waar het stopte. Eén server per MAP; de bestanden zijn alleen leesbaar voor de
        eigenaar.

        --read-only: een kopie voor veel consulenten tegelijk. Vragen worden beantwoord;
        upserts, removes, policy.set en snapshot worden geweigerd met -32006 en veranderen
        niets. Met --state MAP begint het bij de staat van de schrijver (snapshot en journaal,
        gelezen zonder slot) zonder erin te schrijven; herstart om latere
        wijzigingen te zien.
        """)
  ) { invocation in
    let threads = try invocation.int("threads", in: Limits.threads, default: 0)
    let maximumBytes = try invocation.int(
      "max-message-bytes", in: Limits.messageBytesAccepted, default: Limits.messageBytes)
    let lineBudget = try invocation.int(
      "line-budget", in: Limits.lineBudgetAccepted, default: Int(Limits.lineBudgetSeconds))
    let started = Date()
    var options = ServiceOptions.standard
    options.threads = threads
    options.maximumMessageBytes = maximumBytes
    options.lineBudgetSeconds = Double(lineBudget)
    options.readOnly = invocation.flag("read-only")
    // Never blocks: a line standard error cannot take at once is dropped and counted.
    let log: @Sendable (String) -> Void = { ServiceLog.write(terminalSafe("plek serve: " + $0)) }
    var service: Service
    let source: String
    if options.readOnly, invocation.flag("repair") || invocation.value("journal-limit") != nil {
      throw UsageError(
        Message(
          en: "--repair and --journal-limit are for the writer, not a --read-only replica",
          nl: "--repair en --journal-limit horen bij de schrijver, niet bij een --read-only kopie"))
    }
    if options.readOnly, let state = invocation.value("state") {
      let taxonomy = try DataLocator.taxonomyDirectory(
        invocation.value("taxonomy"),
        data: try DataLocator.dataDirectory(invocation.value("data")))
      do {
        service = Service(
          engine: try StateDirectory.engine(ofState: state, taxonomyDirectory: taxonomy),
          options: options, log: log)
      } catch let error as StateError {
        throw CommandFailure(message: error.description)
      }
      source = "state \(state) (read-only replica: changes are refused)"
    } else if let state = invocation.value("state") {
      let limit = try invocation.int(
        "journal-limit", in: Limits.journalBytesAccepted, default: Limits.journalBytes)
      let taxonomy = try DataLocator.taxonomyDirectory(
        invocation.value("taxonomy"),
        data: try DataLocator.dataDirectory(invocation.value("data")))
      do {
        service = try Service.withState(
          state, taxonomyDirectory: taxonomy, initial: { try DataSession.load(invocation).engine },
          repair: invocation.flag("repair"), journalLimit: limit, options: options, log: log)
      } catch let error as StateError {
        throw CommandFailure(message: error.description)
      }
      source =
        "state \(state) (generation \(service.state!.directory.generation), sequence \(service.state!.durableSequence))"
    } else {
      if invocation.flag("repair") || invocation.value("journal-limit") != nil {
        throw UsageError(
          Message(
            en: "--repair and --journal-limit are for --state DIR",
            nl: "--repair en --journal-limit horen bij --state MAP"))
      }
      let loaded = try DataSession.load(invocation)
      service = Service(engine: loaded.engine, options: options, log: log)
      source =
        loaded.dataDirectory
        + (options.readOnly
          ? " (read-only replica: changes are refused)" : " (nothing is kept: no --state)")
    }
    StandardError.write(
      "plek serve: ready, \(service.engine.participantCount) participants, \(service.engine.placeCount) places from \(source) in \(Int(Date().timeIntervalSince(started) * 1000)) ms"
    )
    return StdioServer.run(&service)
  }
}
