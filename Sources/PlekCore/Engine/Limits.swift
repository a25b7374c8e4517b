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

  /// The longest request line `plek serve` accepts unless told otherwise, in bytes.
  public static let messageBytes = 8 << 20
  /// What `--max-message-bytes` may set.
  public static var messageBytesAccepted: ClosedRange<Int> { 1024...(1 << 30) }
  /// The time one line may hold `plek serve`, in seconds, unless `--line-budget` says
  /// otherwise: past it the question running is stopped and the rest of a batch is not
  /// executed, each answered -32007.
  public static let lineBudgetSeconds = 20.0
  /// The line budgets `plek serve --line-budget` accepts, in whole seconds: a service for a
  /// whole country may give its reports more time.
  public static var lineBudgetAccepted: ClosedRange<Int> { 1...3600 }
  /// The time the small-group protection of one output may search, in seconds, where no
  /// line budget bounds it (`plek outcomes`): past it every count not yet proven safe to
  /// show is withheld (it fails closed).
  public static let protectionSeconds = 20.0
  /// The most bytes the answers of one batch line may take.
  public static let answerBytes = 64 << 20
  /// The deepest JSON nesting a request may have.
  public static let jsonDepth = 32
  /// The journal size past which `plek serve --state` writes a new snapshot by itself,
  /// unless told otherwise.
  public static let journalBytes = 64 << 20
  /// What `--journal-limit` may set.
  public static var journalBytesAccepted: ClosedRange<Int> { 4096...(1 << 40) }
}
