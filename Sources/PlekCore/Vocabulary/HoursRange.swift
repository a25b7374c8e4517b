/// A range of hours per week, inclusive.
public struct HoursRange: Hashable, Sendable {
  /// The least hours per week.
  public var min: Int
  /// The most hours per week.
  public var max: Int

  /// The valid hours per week for either end of a range.
  public static var validHours: ClosedRange<Int> { 0...60 }

  /// Creates a range; validation reports `min > max` rather than crashing.
  public init(min: Int, max: Int) { (self.min, self.max) = (min, max) }
}
