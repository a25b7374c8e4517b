import Foundation

/// Monotonic time in seconds.
func now() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `body` and returns how long it took, in seconds.
@discardableResult
func time(_ body: () throws -> Void) rethrows -> Double {
  let start = now()
  try body()
  return now() - start
}

/// Order statistics of a sample.
struct Summary {
  var samples: [Double]

  init(_ samples: [Double]) { self.samples = samples.sorted() }

  /// The nearest-rank percentile, 0–100.
  func percentile(_ p: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(samples.count)).rounded(.up))
    return samples[min(samples.count - 1, max(0, rank - 1))]
  }

  var median: Double {
    guard !samples.isEmpty else { return .nan }
    let middle = samples.count / 2
    return samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
  }

  var p99: Double { percentile(99) }
  var count: Int { samples.count }
}

/// One line of the report: a measured value, with its target if it has one.
struct Measurement {
  enum Direction { case higherIsBetter, lowerIsBetter }

  var scenario: String
  var metric: String
  var unit: String
  var median: Double
  var p99: Double?
  var runs: Int
  var target: Double? = nil
  var direction: Direction = .higherIsBetter
  var note: String = ""

  var met: Bool? {
    guard let target else { return nil }
    return direction == .higherIsBetter ? median >= target : median <= target
  }

  /// "met", or by how much it was missed ("−38%").
  var status: String {
    guard let target, let met else { return "" }
    if met { return "met" }
    let ratio = direction == .higherIsBetter ? median / target : target / median
    return "missed (\(format(ratio * 100, 0))% of target)"
  }
}

func format(_ value: Double, _ decimals: Int) -> String {
  guard value.isFinite else { return "–" }
  return String(format: "%.\(decimals)f", value)
}

/// A number with a unit prefix: 512.3 M, 4.2 k.
func scaled(_ value: Double) -> String {
  switch abs(value) {
  case 1e9...: return format(value / 1e9, 2) + " G"
  case 1e6...: return format(value / 1e6, 1) + " M"
  case 1e4...: return format(value / 1e3, 1) + " k"
  case 100...: return format(value, 0)
  case 1...: return format(value, 2)
  default: return format(value, 4)
  }
}

/// What the benchmark ran on.
struct Machine {
  var cores: Int
  var cpu: String
  var system: String
  var date: String

  static func current() -> Machine {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let cpu =
      info.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map {
        String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(
          in: .whitespaces)
      } ?? "unknown"
    var name = utsname()
    uname(&name)
    let system =
      withUnsafeBytes(of: &name.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      + " "
      + withUnsafeBytes(of: &name.release) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return Machine(
      cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpu: cpu, system: system,
      date: formatter.string(from: Date()))
  }
}

/// Peak resident memory of this process so far, in bytes.
func peakResidentBytes() -> Int {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return usage.ru_maxrss * 1024
}

/// Current resident memory in bytes, after asking glibc to give freed memory back to the
/// system (`malloc_trim`, looked up at run time), so that freeing a value lowers it and the
/// difference with and without the value approximates its size.
func trimmedResidentBytes() -> Int {
  typealias Trim = @convention(c) (Int) -> Int32
  if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
  }
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
    return 0
  }
  let fields = text.split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Writes progress to standard error, so standard output holds only the report.
func log(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
