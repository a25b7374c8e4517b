/// The limits of a query, in one place: the engine enforces them, and the service and the
/// CLI check and document the same numbers.
public enum Limits {
  /// The largest `k` (shortlist length) accepted.
  public static let maximumK = 1000
  /// The accepted `k`.
  public static var k: ClosedRange<Int> { 0...maximumK }
  /// The most worker threads a query may ask for (0: every core).
  public static let maximumThreads = 256
  /// The accepted thread counts.
  public static var threads: ClosedRange<Int> { 0...maximumThreads }
  /// A filter's travel limit in minutes: the same range as a person's own limit.
  public static var travelMinutes: ClosedRange<Int> { Wishes.validTravelMinutes }
  /// A planning horizon in days, the policy's or a request's.
  public static var horizonDays: ClosedRange<Int> { 0...365 }
}
