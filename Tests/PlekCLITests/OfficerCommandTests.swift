import Foundation
import PlekTestSupport
import Testing

/// The officer's commands end to end, on the sample, on a fixed day.
@Suite(
  "plek: the officer's commands", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct OfficerCommandTests {
  static let day = ["--date", "2026-11-22"]

  func plek(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
    try runPlek(arguments, environment: environment)
  }

  func parse(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func shortlistTable() throws {
    let result = try plek(["shortlist", "P-000003", "--top", "5"] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("Shortlist for P-000003 · 2026-11-22 · 5 of 1000 places"))
    #expect(
      lines.contains { $0.hasPrefix("#  Place") && $0.contains("Score") && $0.contains("Reasons") })
    #expect(
      lines.filter { $0.range(of: #"^ ?[1-5]  PL-\d{6}"#, options: .regularExpression) != nil }
        .count == 5)
    #expect(result.standardOutput.contains("! 1"), "assessment points are marked")
    #expect(result.standardOutput.contains("points an officer must judge"))
    #expect(!result.standardOutput.contains("\u{1B}["), "no colour when not a terminal")
  }

  @Test func shortlistJSONIsTheServiceShape() throws {
    let cli = try parse(
      try plek(["shortlist", "P-000003", "--top", "3", "--format", "json"] + Self.day)
        .standardOutput)
    let request =
      #"{"jsonrpc":"2.0","id":1,"method":"shortlist","params":{"participant":"P-000003","k":3,"date":"2026-11-22"}}"#
    let served = try runPlek(["serve"], input: Data((request + "\n").utf8))
    let response = try parse(served.standardOutput)
    let result = try #require(response["result"] as? [String: Any])
    #expect(NSDictionary(dictionary: cli).isEqual(to: result))
  }

  @Test func shortlistFiltersWhyAndDutch() throws {
    let result = try plek(
      [
        "shortlist", "P-000003", "--top", "2", "--kind", "regular", "--learning-only", "--why",
        "--lang", "nl",
      ] + Self.day)
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("Shortlijst voor P-000003"))
    #expect(result.standardOutput.contains("Belastbaarheidsruimte"))
    #expect(result.standardOutput.contains("█"), "a bar per component")
    #expect(result.standardOutput.contains(" regulier "))
    let environment = try plek(
      ["shortlist", "P-000003", "--top", "1"] + Self.day, environment: ["PLEK_LANG": "nl"])
    #expect(environment.standardOutput.hasPrefix("Shortlijst"))
    let bad = try plek(["shortlist", "P-000003"], environment: ["PLEK_LANG": "de"])
    #expect(bad.status == 2)
  }

  @Test func shortlistCSV() throws {
    let result = try plek(
      ["shortlist", "P-000003", "--top", "4", "--format", "csv", "--lang", "nl"] + Self.day)
    let lines = result.standardOutput.split(separator: "\r\n").map(String.init)
    #expect(
      lines.first
        == "rang;plek;functie;werkgever;soort werkgever;sectoren;uren minimaal;uren maximaal;reistijd (min);score;punten te beoordelen;redenen;hoger op andere lijsten;minstens zo hoog op andere lijsten;op lijsten;vrije plaatsen"
    )
    #expect(lines.count == 5)
    #expect(lines[1].contains(";83,35;"), "a decimal comma in Dutch")
  }

  /// Planning ahead (issue 11, rule 8): a wider horizon lists places that open later, each
  /// with its date, and the person's own later start once above the table.
  @Test func aWiderHorizonPlansAhead() throws {
    let today = try plek(["shortlist", "P-000010", "--top", "5", "--date", "2026-10-01"])
    #expect(today.status == 0)
    #expect(today.standardOutput.contains("Not available until 2026-12-04"))
    let ahead = try plek(
      [
        "shortlist", "P-000010", "--top", "5", "--date", "2026-10-01", "--horizon", "90", "--lang",
        "nl",
      ])
    #expect(ahead.status == 0, "\(ahead.standardError)")
    #expect(ahead.standardOutput.contains("De persoon is beschikbaar vanaf 04-12-2026."))
    #expect(ahead.standardOutput.contains("open vanaf 18-10-2026"))
    let json = try parse(
      try plek(
        [
          "shortlist", "P-000010", "--top", "5", "--date", "2026-10-01", "--horizon", "90",
          "--format", "json",
        ]
      ).standardOutput)
    let matches = try #require(json["matches"] as? [[String: Any]])
    #expect(matches.count == 5)
    #expect(matches.allSatisfy { $0["availableFrom"] as? String == "2026-12-04" })
    let tooFar = try plek(["shortlist", "P-000010", "--horizon", "400"])
    #expect(tooFar.status == 2)
    #expect(tooFar.standardError.contains("--horizon"))
  }

  @Test func tablesFitTheTerminalWidth() throws {
    for width in [60, 80, 120] {
      let result = try plek(
        ["shortlist", "P-000003", "--top", "5"] + Self.day, environment: ["COLUMNS": String(width)])
      #expect(result.status == 0)
      let table = result.standardOutput.split(separator: "\n").dropFirst(2).filter {
        !$0.hasPrefix("!")
      }
      // The header and five rows at least, so that the width check has lines to check.
      #expect(table.count >= 6, "\(result.standardOutput)")
      #expect(table.allSatisfy { $0.count <= width }, "width \(width): \(table.map(\.count))")
    }
  }

  /// Nothing fits P-000001 and no single step opens a place: the block says, in words, the
  /// pair of steps that opens the most, and where every step is.
  @Test func anEmptyShortlistSaysWhatWouldOpenPlaces() throws {
    let result = try plek(["shortlist", "P-000001"] + Self.day)
    #expect(result.status == 0)
    let text = result.standardOutput
    #expect(text.contains("No place fits on 2026-11-22. What would open places:"))
    #expect(
      text.contains(
        "Accept 24 more minutes of travel (up to 54 instead of 30 min by bike) and work up to 32 hours a week (now at most 24): opens 2 places"
      ))
    #expect(text.contains("Every step: plek advise P-000001"))
    // Words, never codes.
    #expect(!text.contains("travel: ") && !text.contains("travel-minutes"))
    let dutch = try plek(["shortlist", "P-000043", "--lang", "nl"] + Self.day)
    #expect(dutch.standardOutput.contains("Geen plek past op 22-11-2026. Wat plekken zou openen:"))
    #expect(
      dutch.standardOutput.contains(
        "5 minuten langer reizen (tot 35 in plaats van 30 min met het ov): opent 5 plekken"))
  }

  @Test func adviseAPerson() throws {
    let result = try plek(["advise", "P-000043"] + Self.day)
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Advice for P-000043 · 2026-11-22"))
    #expect(text.contains("No place fits on 2026-11-22."))
    #expect(text.contains("Steps that would open places or raise the best fit:"))
    #expect(text.contains("  4. Ask employers for a workplace adaptation for bending and kneeling"))
    // The JSON is the service's result.
    let cli = try parse(
      try plek(["advise", "P-000043", "--format", "json"] + Self.day).standardOutput)
    let request =
      #"{"jsonrpc":"2.0","id":1,"method":"advice","params":{"participant":"P-000043","date":"2026-11-22"}}"#
    let served = try runPlek(["serve"], input: Data((request + "\n").utf8))
    let response = try parse(served.standardOutput)
    #expect(
      NSDictionary(dictionary: cli).isEqual(to: try #require(response["result"] as? [String: Any])))
  }

  @Test func adviseTheRegion() throws {
    let scratch = Scratch()
    let csvFile = scratch.path + "/region.csv"
    let written = try plek(["advise", "--all", "--out", csvFile, "--lang", "nl"] + Self.day)
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardError.contains("het advies voor 300 deelnemers"), "in Dutch")
    let csv = try String(contentsOfFile: csvFile, encoding: .utf8)
    let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
    #expect(
      lines[0].hasSuffix(
        "deel;code;onderwerp;waarde;omschrijving;mensen;zonder passende plek;geopende plekken;leerwerkplekken"
      ))
    // In Dutch, parts and codes in words (issue 24 §3).
    #expect(lines.contains("samenvatting;mensen;;;mensen;300;;;"))
    #expect(lines.contains { $0.hasPrefix("stap;een competentie;") })
    #expect(lines.contains { $0.hasPrefix("plek;PL-") })
    // A cohort: people of one municipality; JSON; the table on standard output.
    let json = try parse(
      try plek(["advise", "--all", "--municipality", "maastricht", "--format", "json"] + Self.day)
        .standardOutput)
    let cohort = try #require(json["cohort"] as? [String: Any])
    #expect(cohort["municipalities"] as? [String] == ["maastricht"])
    #expect((json["people"] as? Int ?? 0) >= 5)
    let table = try plek(["advise", "--all", "--target-group", "wsw"] + Self.day)
    #expect(table.status == 0)
    #expect(table.standardOutput.hasPrefix("Advice for the region · 2026-11-22 · Wsw employee"))
    // Fewer than 5 people: nothing but withheld counts.
    let small = try plek(
      ["advise", "--all", "--municipality", "vaals", "--target-group", "wsw"] + Self.day)
    #expect(small.standardOutput.contains("People: •; with a place that fits: •"))
    #expect(small.standardOutput.contains("steps and places are not shown"))
    #expect(!small.standardOutput.contains("PL-"))
  }

  @Test func carveAPlaceInBothViews() throws {
    let officer = try plek(["carve", "PL-000010"] + Self.day)
    #expect(officer.status == 0, "\(officer.standardError)")
    #expect(
      officer.standardOutput.hasPrefix("Job carving for PL-000010 Afwasser · regular · 2026-11-22"))
    #expect(
      officer.standardOutput.contains(
        "1. Make making coffee desired instead of required: lets in 33 people; best P-000259"))
    #expect(officer.standardOutput.contains("lets in 1 person; best"))
    let employer = try plek(["carve", "PL-000010", "--view", "employer"] + Self.day)
    #expect(employer.status == 0)
    #expect(employer.standardOutput.contains("lets in 33 people\n"))
    // Small groups withheld, marked alike (issue 24 §1).
    #expect(employer.standardOutput.contains("lets in • people\n"))
    #expect(employer.standardOutput.contains("• withheld to protect small groups"))
    #expect(
      !employer.standardOutput.contains("P-0") && !employer.standardOutput.contains("1 person"))
  }

  @Test func candidatesInBothViews() throws {
    let officer = try plek(["candidates", "PL-000723", "--top", "5"] + Self.day)
    #expect(officer.status == 0)
    #expect(officer.standardOutput.contains("Target group"))
    #expect(officer.standardOutput.contains("Score"))
    let employer = try plek(
      ["candidates", "PL-000723", "--top", "5", "--view", "employer", "--why"] + Self.day)
    #expect(employer.status == 0)
    for leak in [
      "Score", "Target group", "Load headroom", "load well within capacity", "capacity", "Wsw",
      "nieuw beschut",
    ] {
      #expect(!employer.standardOutput.contains(leak), "employer view shows \(leak)")
    }
    #expect(employer.standardOutput.contains("fits"))
  }

  @Test func theEmployerViewLeaksNoLoadCapacityValues() throws {
    // Every load-capacity value of every candidate shown must be absent from the employer
    // view in every format: the JSON has no such keys, the tables no such words.
    let json = try parse(
      try plek(
        [
          "candidates", "PL-000390", "--top", "30", "--view", "employer", "--format", "json",
          "--why",
        ] + Self.day
      )
      .standardOutput)
    let text = String(data: try JSONSerialization.data(withJSONObject: json), encoding: .utf8)!
    for key in [
      "\"capacity\"", "\"score\"", "\"components\"", "\"wageValue\"", "\"supportNeed\"",
      "\"demand\"", "load-",
    ] {
      #expect(!text.contains(key), "employer JSON contains \(key)")
    }
    #expect((json["matches"] as? [[String: Any]])?.isEmpty == false)
    let explain = try plek(["explain", "P-000001", "PL-000723", "--view", "employer"] + Self.day)
    #expect(!explain.standardOutput.contains("Bending and kneeling"))
    #expect(explain.standardOutput.contains("not disclosed"))
    let csv = try plek(
      ["candidates", "PL-000390", "--view", "employer", "--format", "csv"] + Self.day)
    #expect(csv.standardOutput.hasPrefix("rank,participant,municipality,travelMinutes,status"))
  }

  @Test func explainInPlainWords() throws {
    let fit = try plek(["explain", "P-000003", "PL-000723"] + Self.day)
    #expect(fit.status == 0)
    #expect(fit.standardOutput.contains("FIT — score 83.4 of 100"))
    // The printed parts add up to the printed score: 17.1 + 25.0 + 8.8 + 14.5 + 10.0 + 10.0
    // less 2.0 for the point to judge.
    #expect(fit.standardOutput.contains("-2.0  points to judge: 1 × 2.0"))
    #expect(fit.standardOutput.contains("Competencies"))
    #expect(fit.standardOutput.contains("To judge:"))
    let out = try plek(["explain", "P-000001", "PL-000723", "--lang", "nl"] + Self.day)
    #expect(out.standardOutput.contains("VALT AF — 2 redenen"))
    #expect(
      out.standardOutput.contains(
        "Buigen en knielen: het werk vraagt niveau 3, de belastbaarheid is 1."))
    let json = try parse(
      try plek(["explain", "P-000001", "PL-000723", "--format", "json"] + Self.day).standardOutput)
    #expect((json["knockOuts"] as? [[String: Any]])?.count == 2)
  }

  @Test func batchToCSVAndJSON() throws {
    let scratch = Scratch()
    let csv = try plek(["batch", "--out", scratch.path + "/all.csv", "--top", "3"] + Self.day)
    #expect(csv.status == 0, "\(csv.standardError)")
    #expect(csv.standardError.contains("for 300 participants"))
    #expect(
      !csv.standardError.contains("%"), "no progress bar when standard error is not a terminal")
    let text = try String(contentsOfFile: scratch.path + "/all.csv", encoding: .utf8)
    let rows = text.split(separator: "\r\n")
    #expect(
      rows.first?.hasSuffix(
        "participant,rank,place,title,employer,employerKind,sectors,score,travelMinutes,assessmentPoints,ahead,asHigh,listedBy,freeSlots"
      ) == true)
    #expect(rows.count > 300)
    let json = try plek(
      ["batch", "--out", scratch.path + "/all.json", "--top", "2", "--threads", "1"] + Self.day)
    #expect(json.status == 0)
    let parsed = try parse(try String(contentsOfFile: scratch.path + "/all.json", encoding: .utf8))
    #expect((parsed["shortlists"] as? [Any])?.count == 300)
  }

  @Test func importADutchExcelSheet() throws {
    let scratch = Scratch()
    // Semicolons, a byte order mark, a quoted cell with a line break, decimal commas.
    let sheet =
      "\u{FEFF}id;municipality;lat;lon;targetGroup;developmentPace;supportNeed;hoursMin;hoursMax;maxTravelMinutes;transport;availableFrom;competencies;sectorsWanted\r\n"
      + "P-XL-1;maastricht;50,8514;5,691;wsw;slow;intensive;16;24;45;bike;1-12-2026;\"order-picking:1|\npunctuality:2\";logistics\r\n"
      + "P-XL-2;meerssen;50,8878;5,7516;activation;steady;light;8;16;30;walk;2026-11-20;;\r\n"
    try Data(sheet.utf8).write(to: URL(fileURLWithPath: scratch.path + "/people.csv"))
    let result = try plek([
      "import", "--participants", scratch.path + "/people.csv", "--out",
      scratch.path + "/data/participants.json",
    ])
    #expect(result.status == 0, "\(result.standardOutput) \(result.standardError)")
    try Data("[]".utf8).write(to: URL(fileURLWithPath: scratch.path + "/data/places.json"))
    let validation = try plek(["validate", scratch.path + "/data"])
    #expect(validation.status == 0, "\(validation.standardOutput)")
    let records =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: scratch.path + "/data/participants.json")))
      as? [[String: Any]]
    #expect((records?[0]["location"] as? [String: Double])?["lat"] == 50.8514)
    #expect(records?[0]["availableFrom"] as? String == "2026-12-01")
    #expect((records?[0]["competencies"] as? [Any])?.count == 2)
  }

  @Test func importReportsEveryProblemByRowAndColumn() throws {
    let scratch = Scratch()
    let sheet =
      "id;naam;municipality;lat;lon;targetGroup;developmentPace;supportNeed;hoursMin;hoursMax;maxTravelMinutes;transport;availableFrom\n"
      + "P-1;Jan;maastricht;50,85;5,69;wsw;slow;none;16;24;30;bike;2026-11-01\n"
    try Data(sheet.utf8).write(to: URL(fileURLWithPath: scratch.path + "/bad.csv"))
    let result = try plek([
      "import", "--participants", scratch.path + "/bad.csv", "--out", scratch.path + "/out.json",
    ])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("row 1, column naam: unknown-field"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out.json"), "nothing written")
    let values =
      "id;municipality;lat;lon;targetGroup;developmentPace;supportNeed;hoursMin;hoursMax;maxTravelMinutes;transport;availableFrom\n"
      + "P-1;maastricht;north;5,69;wsw;slow;none;24;16;30;bike;2026-11-01\nP-2;utrecht;50,85;5,69;wsw;slow;none;16;24;30;bike;30-2-2026\n"
    try Data(values.utf8).write(to: URL(fileURLWithPath: scratch.path + "/values.csv"))
    let second = try plek(["import", "--participants", scratch.path + "/values.csv"])
    #expect(second.status == 1)
    for expected in [
      "row 2, column lat: wrong-type", "row 2, column hoursMin, hoursMax: min-above-max",
      "row 3, column municipality: unknown-municipality", "row 3, column availableFrom: bad-date",
    ] {
      #expect(second.standardOutput.contains(expected), "missing: \(expected)")
    }
  }

  @Test func exportRoundTripsThroughImport() throws {
    let scratch = Scratch()
    for (flag, file) in [("--participants", "participants"), ("--places", "places")] {
      let export = try plek([
        "export", flag, "--lang", "nl", "--out", scratch.path + "/\(file).csv",
      ])
      #expect(export.status == 0)
      let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/\(file).csv"))
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte order mark for Excel")
      let back = try plek([
        "import", flag, scratch.path + "/\(file).csv", "--out", scratch.path + "/data/\(file).json",
      ])
      #expect(back.status == 0, "\(back.standardOutput)")
      let original = try Data(
        contentsOf: URL(
          fileURLWithPath: Executable.repositoryRoot + "/Datasets/sample/\(file).json"))
      let roundTripped = try Data(
        contentsOf: URL(fileURLWithPath: scratch.path + "/data/\(file).json"))
      #expect(roundTripped == original, "\(file) changed on the way through a spreadsheet")
    }
    let shortlist = try plek(["export", "--shortlist", "P-000003", "--top", "3"] + Self.day)
    #expect(shortlist.standardOutput.contains("rank,place,title"))
  }

  @Test func explainAsCSV() throws {
    let result = try plek(["explain", "P-000003", "PL-000723", "--format", "csv"] + Self.day)
    let lines = result.standardOutput.split(separator: "\r\n")
    #expect(lines.first == "part,code,value,weight,contribution,sentence")
    #expect(lines.filter { $0.hasPrefix("component,") }.count == 6)
    let employer = try plek(
      ["explain", "P-000001", "PL-000723", "--format", "csv", "--view", "employer"] + Self.day)
    #expect(employer.standardOutput.contains("knock-out,not-disclosed"))
    #expect(!employer.standardOutput.contains("bending"))
  }

  /// On a real terminal (a pseudo-terminal from `script`): colour, unless NO_COLOR is set,
  /// and a progress bar for batch.
  @Test func colourAndProgressOnlyOnATerminal() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      Issue.record("script(1) is needed to test terminal behaviour")
      return
    }
    func onTerminal(_ command: String, environment: [String: String] = [:]) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      process.arguments = ["-qec", Executable.plek.path + " " + command, "/dev/null"]
      process.currentDirectoryURL = URL(fileURLWithPath: Executable.repositoryRoot)
      var env = ProcessInfo.processInfo.environment
      env.removeValue(forKey: "NO_COLOR")
      for (key, value) in environment { env[key] = value }
      process.environment = env
      let output = Pipe()
      process.standardOutput = output
      process.standardInput = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    #expect(try onTerminal("shortlist P-000003 --top 2 --date 2026-11-22").contains("\u{1B}[32m"))
    #expect(
      !(try onTerminal(
        "shortlist P-000003 --top 2 --date 2026-11-22", environment: ["NO_COLOR": "1"]
      ).contains("\u{1B}[")))
    let scratch = Scratch()
    #expect(try onTerminal("batch --out \(scratch.path)/all.csv --date 2026-11-22").contains("% ("))
  }

  @Test func demoAndHelp() throws {
    let demo = try plek(["demo"] + Self.day)
    #expect(demo.status == 0)
    for group in ["Participatiewet, directly placeable", "nieuw beschut", "Wsw employee"] {
      #expect(demo.standardOutput.contains(group))
    }
    #expect(demo.standardOutput.contains("plek explain "))
    // The marks the lines carry are explained (issue 24 §3: "!1" was not).
    #expect(demo.standardOutput.contains(" !1"))
    #expect(demo.standardOutput.contains("!1, !2: how many points an officer must judge"))
    let dutch = try plek(["demo", "--lang", "nl"] + Self.day)
    #expect(dutch.standardOutput.contains("!1, !2: hoeveel punten de consulent moet beoordelen"))
    let help = try plek(["help"])
    for command in [
      "demo", "shortlist", "candidates", "explain", "batch", "import", "export", "validate",
      "generate", "serve",
    ] {
      #expect(help.standardOutput.contains("  \(command) "))
      let commandHelp = try plek(["help", command])
      #expect(commandHelp.status == 0)
      #expect(commandHelp.standardOutput.contains("Usage: plek \(command)"))
    }
    #expect(try plek(["shortlist", "--help"]).standardOutput.contains("--top"))
  }

  @Test(arguments: [
    (["shortlist"], 2, "expected 1 argument"),
    (["shortlist", "P-000003", "--tpo", "3"], 2, "did you mean --top?"),
    (["shortlist", "P-000003", "--top"], 2, "needs a value"),
    (["shortlist", "P-000003", "--top", "-1"], 2, "out of range"),
    (["shortlist", "P-000003", "--sector", "logistic"], 2, "did you mean logistics?"),
    (["shortlist", "P-000003", "--format", "xml"], 2, "must be one of table, json, csv"),
    (["shortlist", "P-000003", "--date", "tomorrow"], 2, "--date"),
    (["shortlist", "P-00003"], 1, "did you mean P-000003?"),
    (["shortlist", "P 3"], 2, "is not a participant id"),
    (["candidates", "PL-9"], 1, "no place PL-9"),
    (["candidates", "PL-000723", "--view", "public"], 2, "officer, employer"),
    (["explain", "P-000003"], 2, "expected 2 arguments"),
    (["batch"], 2, "--out FILE is required"),
    (["import"], 2, "exactly one of"),
    (["import", "--participants", "/nonexistent.csv"], 1, "cannot read"),
    (["export"], 2, "exactly one of"),
    (["shortlst"], 2, "did you mean 'shortlist'?"),
    (["advise"], 2, "give a participant id, or --all"),
    (["advise", "P-000003", "--out", "x.csv"], 2, "--out is for --all"),
    (["advise", "--all", "P-000003"], 2, "--all takes no participant id"),
    (["advise", "--all", "--municipality", "maastrict"], 2, "did you mean maastricht?"),
    (["advise", "--all", "--target-group", "wsv"], 2, "did you mean wsw?"),
    (["advise", "--all", "--format", "xml"], 2, "must be one of table, csv, json"),
    (["advise", "P-00043"], 1, "did you mean P-000043?"),
    (["carve", "PL-9"], 1, "no place PL-9"),
    (["carve", "PL-000010", "--view", "public"], 2, "officer, employer"),
  ])
  func mistakesGetAHelpfulMessage(_ arguments: [String], _ status: Int32, _ message: String) throws
  {
    let result = try plek(arguments)
    #expect(result.status == status, "\(result.standardError)")
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}

@Suite("README.md", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct ReadmeTests {
  /// Every `swift run plek …` line in the README runs without a usage error.
  @Test func everyDocumentedCommandRuns() throws {
    let readme = try String(
      contentsOfFile: Executable.repositoryRoot + "/README.md", encoding: .utf8)
    let commands = readme.split(separator: "\n").compactMap { line -> [String]? in
      guard let start = line.range(of: "swift run plek ") else { return nil }
      let command = line[start.upperBound...].split(separator: "#")[0]
      return command.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }
    #expect(commands.count >= 12)
    #expect(commands.first == ["demo"], "the first command shows Plek's main job")
    let scratch = Scratch()
    for var arguments in commands where arguments.first != "serve" {
      arguments = arguments.map { $0.replacingOccurrences(of: "/tmp/", with: scratch.path + "/") }
      let result = try runPlek(arguments)
      #expect(
        result.status == 0, "plek \(arguments.joined(separator: " ")): \(result.standardError)")
    }
  }
}
