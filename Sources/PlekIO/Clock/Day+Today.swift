import Foundation
import PlekCore

extension Day {
  /// Today on this machine's calendar: the day a question is asked for when the caller does
  /// not say. The CLI and the service both ask here.
  public static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(daysSinceEpoch: 0)
  }
}
