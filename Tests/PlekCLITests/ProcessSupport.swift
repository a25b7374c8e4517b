import Foundation
import PlekTestSupport
import Testing

/// The built `plek` executable, next to the test bundle in the build directory.
enum Executable {
  static let plek: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("plek")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory.deleteLastPathComponent()
    }
    if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
      let candidate = URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent()
        .appendingPathComponent("plek")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    fatalError("the plek executable was not built next to the tests")
  }()

  static var repositoryRoot: String { Repository.root }
}

/// What a finished process printed and returned.
struct ProcessResult {
  var status: Int32
  var standardOutput: String
  var standardError: String
}

/// Runs `plek` with `arguments` in the repository root (unless `directory` is given) and
/// waits for it.
func runPlek(
  _ arguments: [String], input: Data? = nil, directory: String? = nil,
  environment: [String: String] = [:]
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = Executable.plek
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: directory ?? Executable.repositoryRoot)
  var env = ProcessInfo.processInfo.environment
  env.removeValue(forKey: "PLEK_DATA")
  env.removeValue(forKey: "PLEK_LANG")
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let stdout = Pipe()
  let stderr = Pipe()
  let stdin = Pipe()
  process.standardOutput = stdout
  process.standardError = stderr
  process.standardInput = stdin
  try process.run()
  // Read both pipes concurrently so a chatty process cannot block on a full pipe.
  let outputBox = DataBox()
  let errorBox = DataBox()
  let group = DispatchGroup()
  for (pipe, box) in [(stdout, outputBox), (stderr, errorBox)] {
    group.enter()
    DispatchQueue.global().async {
      box.data = pipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
  }
  if let input { stdin.fileHandleForWriting.write(input) }
  try stdin.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus,
    standardOutput: String(decoding: outputBox.data, as: UTF8.self),
    standardError: String(decoding: errorBox.data, as: UTF8.self))
}

final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// A scratch directory removed when the test ends.
typealias Scratch = ScratchDirectory
