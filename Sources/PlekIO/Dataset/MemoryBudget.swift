import Foundation

/// How much more memory this process can foreseeably get, so that an input too large for it
/// is refused with a message (exit 1) before reading it, instead of the runtime aborting on
/// the first allocation that fails.
///
/// Two limits are known in advance: the address-space limit (`ulimit -v`, less what the
/// process has mapped already) and the memory the system has available (`MemAvailable` plus
/// free swap, from `/proc/meminfo`). Whatever else fails later (another process taking the
/// memory meanwhile) cannot be foreseen and still stops the process.
public enum MemoryBudget {
  /// What reading an input takes beside its own bytes, as a multiple of its size: a data
  /// file of 100 MB of `[1,1,…]` peaked at 387 MB resident (3.9×, the worst shape measured:
  /// one problem per element), a 96 MB sheet's import at about 3×.
  public static let inputFactor = 3

  /// The bytes this process can still allocate, or `nil` when no limit is known.
  public static func available() -> Int? {
    var limits: [Int] = []
    var limit = rlimit()
    if getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
      let mapped = field("VmSize", in: "/proc/self/status")
    {
      limits.append(Int(clamping: limit.rlim_cur) - mapped)
    }
    if let free = field("MemAvailable", in: "/proc/meminfo") {
      limits.append(free + (field("SwapFree", in: "/proc/meminfo") ?? 0))
    }
    return limits.min().map { max(0, $0) }
  }

  /// A refusal naming `path` when reading an input of `size` bytes cannot fit in
  /// ``available()``; `nil` when it can, or when nothing is known.
  public static func refusal(reading path: String, size: Int) -> String? {
    let needed = size > Int.max / (inputFactor + 1) ? Int.max : size * (inputFactor + 1)
    guard let available = available(), needed > available else { return nil }
    let megabytes = { (bytes: Int) in (bytes / 1_000_000).formatted() + " MB" }
    return
      "\(path) (\(megabytes(size))) needs about \(megabytes(needed)) of memory to read; \(megabytes(available)) are available (ulimit -v, free memory): nothing was read"
  }

  /// A `/proc` file's field in bytes (its value is in kB).
  private static func field(_ name: String, in file: String) -> Int? {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
      let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }
}
