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
    .library(name: "PlekService", targets: ["PlekService"]),
    .executable(name: "plek", targets: ["plek"]),
    .executable(name: "plek-bench", targets: ["PlekBench"]),
  ],
  targets: [
    .target(name: "PlekCore"),
    .target(name: "PlekIO", dependencies: ["PlekCore"]),
    .target(name: "PlekService", dependencies: ["PlekCore", "PlekIO"]),
    .executableTarget(name: "plek", dependencies: ["PlekCore", "PlekIO", "PlekService"]),
    .executableTarget(
      name: "PlekBench",
      dependencies: ["PlekCore", "PlekIO", "PlekService"],
      path: "Benchmarks/PlekBench"
    ),
    // Core tests use PlekIO only to load the shipped taxonomy and generate seeded data.
    .testTarget(name: "PlekCoreTests", dependencies: ["PlekCore", "PlekIO"]),
    .testTarget(name: "PlekIOTests", dependencies: ["PlekCore", "PlekIO"]),
    .testTarget(name: "PlekServiceTests", dependencies: ["PlekService", "PlekCore", "PlekIO"]),
    // End-to-end tests run the built `plek` executable; the dependency makes `swift test`
    // build it first.
    .testTarget(name: "PlekCLITests", dependencies: ["plek", "PlekCore", "PlekIO"]),
  ]
)
