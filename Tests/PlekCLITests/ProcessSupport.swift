import Foundation
import PlekTestSupport
import Testing

/// The built `plek` executable, next to the test bundle in the build directory; or the one
/// `PLEK_TEST_EXECUTABLE` names, to run these tests against another build (an earlier one,
/// to see a test fail where the defect it guards against was).
enum Executable {
  static let plek: URL = {
    if let other = ProcessInfo.processInfo.environment["PLEK_TEST_EXECUTABLE"], !other.isEmpty {
      return URL(fileURLWithPath: other)
    }
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

  /// The engine cache of the commands `runPlek` starts: a directory of this test process, so
  /// that the tests never read or fill the cache of the user running them.
  static let cacheDirectory: String = {
    let directory = NSTemporaryDirectory() + "plek-test-cache-\(getpid())"
    mkdir(directory, 0o700)
    ScratchDirectory.removeAtExit(directory)
    return directory
  }()
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
  env["PLEK_CACHE_DIR"] = Executable.cacheDirectory
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

/// Runs `/bin/sh script arguments` with `environment` and waits; returns its exit status.
///
/// Spawned with an empty signal mask and SIGCHLD at its default: a test thread may have
/// SIGCHLD blocked, and a shell that inherits that mask waits for its children forever.
func runShell(_ script: String, _ arguments: [String], environment: [String: String]) -> Int32 {
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var empty = sigset_t()
  sigemptyset(&empty)
  posix_spawnattr_setsigmask(&attributes, &empty)
  var child = sigset_t()
  sigemptyset(&child)
  sigaddset(&child, SIGCHLD)
  posix_spawnattr_setsigdefault(&attributes, &child)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = (["/bin/sh", script] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer { for pointer in argv + envp { free(pointer) } }
  var pid = pid_t()
  guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp) == 0 else { return -1 }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  // Exited normally: the status is in bits 8–15; killed by a signal: report 128 + signal.
  return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}
