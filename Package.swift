// swift-tools-version:6.1
// Plek: a candidate-vacancy matching engine for the social development company of
// Maastricht-Heuvelland. No package dependencies by design: Foundation, Dispatch and the
// toolchain's test libraries only.
import PackageDescription

let package = Package(
  name: "Plek",
  products: [
    .library(name: "PlekCore", targets: ["PlekCore"]),
    .library(name: "PlekIO", targets: ["PlekIO"]),
    .library(name: "PlekAssign", targets: ["PlekAssign"]),
    .library(name: "PlekReport", targets: ["PlekReport"]),
    .library(name: "PlekStore", targets: ["PlekStore"]),
    .library(name: "PlekService", targets: ["PlekService"]),
    .executable(name: "plek", targets: ["plek"]),
    .executable(name: "plek-bench", targets: ["PlekBench"]),
  ],
  targets: [
    // Model, rules, scoring, index, parallel scorer, disclosure. No I/O, no JSON.
    .target(name: "PlekCore"),
    // Scarce places: the regional placement proposal (an exact, certified assignment),
    // congestion and spread shortlists. Pure: PlekCore only.
    .target(name: "PlekAssign", dependencies: ["PlekCore"]),
    // Files: JSON and CSV codecs, dataset loading and validation, the generator.
    .target(name: "PlekIO", dependencies: ["PlekCore"]),
    // What Plek shows to people: the presentation model, the localisation table, and its
    // renderings as text tables, CSV and JSON.
    .target(name: "PlekReport", dependencies: ["PlekCore", "PlekIO", "PlekAssign"]),
    // Storage: a state directory (its snapshots, journal and locks), the mutations its
    // journal records, and reading what it holds; for the service and the CLI alike.
    .target(name: "PlekStore", dependencies: ["PlekCore", "PlekIO"]),
    // The JSON-RPC 2.0 service behind `plek serve`.
    .target(
      name: "PlekService",
      dependencies: ["PlekCore", "PlekIO", "PlekReport", "PlekAssign", "PlekStore"]),
    .executableTarget(
      name: "plek",
      dependencies: ["PlekCore", "PlekIO", "PlekReport", "PlekService", "PlekAssign", "PlekStore"]),
    .executableTarget(
      name: "PlekBench",
      dependencies: ["PlekCore", "PlekIO", "PlekAssign", "PlekService", "PlekReport", "PlekStore"],
      path: "Benchmarks/PlekBench"),
    // Helpers every test target shares: the repository root, doc-example extraction, fixtures.
    .target(
      name: "PlekTestSupport", dependencies: ["PlekCore", "PlekIO"], path: "Tests/PlekTestSupport"
    ),
    .testTarget(name: "PlekCoreTests", dependencies: ["PlekCore", "PlekIO", "PlekTestSupport"]),
    .testTarget(
      name: "PlekAssignTests", dependencies: ["PlekAssign", "PlekCore", "PlekIO", "PlekTestSupport"]),
    .testTarget(name: "PlekIOTests", dependencies: ["PlekCore", "PlekIO", "PlekTestSupport"]),
    .testTarget(
      name: "PlekReportTests",
      dependencies: ["PlekReport", "PlekCore", "PlekIO", "PlekTestSupport"]),
    .testTarget(
      name: "PlekServiceTests",
      dependencies: [
        "PlekService", "PlekStore", "PlekReport", "PlekCore", "PlekIO", "PlekTestSupport",
      ]),
    // End-to-end tests run the built `plek` executable; the dependency makes `swift test`
    // build it first.
    .testTarget(
      name: "PlekCLITests", dependencies: ["plek", "PlekCore", "PlekIO", "PlekTestSupport"]),
  ]
)
