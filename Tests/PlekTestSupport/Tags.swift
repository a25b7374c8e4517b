import Foundation
import Testing

extension Tag {
  /// A test that takes long (the crash harness, regions of tens of thousands, many
  /// processes): left out of the fast subset (``FastSubset``).
  @Tag public static var slow: Self
}

/// The fast subset of the tests: `PLEK_FAST_TESTS=1 swift test` leaves out every test tagged
/// ``Testing/Tag/slow`` (each carries `.disabled(if: FastSubset.isOn)` beside its tag) and
/// runs fewer cases of a few large randomized checks (``cases(_:fast:)``, or a smaller count
/// that the test's comment gives), for a run under two minutes while working (115–117 s on
/// 2026-12-07); CI runs them all, every case.
public enum FastSubset {
  /// Whether only the fast subset runs.
  public static let isOn = ProcessInfo.processInfo.environment["PLEK_FAST_TESTS"] == "1"
  /// Why a slow test is left out.
  public static let reason: Comment = "slow: left out of the fast subset (PLEK_FAST_TESTS=1)"

  /// A parameterized test's cases: `all` in the whole suite, `fast` (some of them) in the
  /// fast subset, for tests that are not slow but repeat the same check on more data.
  public static func cases<Case>(_ all: [Case], fast: [Case]) -> [Case] { isOn ? fast : all }
}
