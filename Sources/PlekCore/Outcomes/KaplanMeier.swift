/// The Kaplan–Meier estimate of how long something lasts when some of it is still going on.
///
/// Placements started last month cannot say whether they will last a year; dropping them
/// would count only the old ones, counting them as lasting would flatter. Each observation
/// is the number of days it was followed and whether it ended then (an *event*) or was still
/// going on (*censored*); the estimate of lasting at least `t` days is the product, over
/// every day `d < t` on which some ended, of `1 − ended(d) / atRisk(d)`, where `atRisk(d)` is
/// the number of observations followed for `d` days or more (Outcomes.md has a worked
/// example).
public enum KaplanMeier {
  /// One observation: followed for `days` days; `event` when it ended on the last of them.
  public struct Observation: Hashable, Sendable {
    /// Days followed: from the start to the last day seen running.
    public var days: Int
    /// Whether it ended then (else it was still running, or left the count otherwise).
    public var event: Bool

    /// Creates an observation.
    public init(days: Int, event: Bool) { (self.days, self.event) = (days, event) }
  }

  /// The estimated share lasting at least `t` days for each `t` of `times` (0–1); `nil`
  /// where it is not known yet: no observation was followed for `t` days and the estimate
  /// has not reached 0.
  ///
  /// - Complexity: O(n log n) for n observations.
  public static func lasting(_ observations: [Observation], atLeast times: [Int]) -> [Double?] {
    let sorted = observations.sorted { $0.days < $1.days }
    let longest = sorted.last?.days ?? -1
    var answers: [Double?] = []
    for time in times {
      var share = 1.0
      var index = 0
      // Days with events before `time`, each once, with the number at risk then.
      while index < sorted.count, sorted[index].days < time {
        let day = sorted[index].days
        var events = 0
        var next = index
        while next < sorted.count, sorted[next].days == day {
          if sorted[next].event { events += 1 }
          next += 1
        }
        let atRisk = sorted.count - index
        if events > 0 { share *= 1 - Double(events) / Double(atRisk) }
        index = next
      }
      answers.append(longest >= time || share == 0 ? share : nil)
    }
    return answers
  }
}
