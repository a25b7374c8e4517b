/// One of `count` disjoint slices of the participants, for a batch spread over several
/// processes or machines (`plek batch --shard I/N`).
///
/// The participants are taken in id order (``MatchEngine/participantIDs``) and cut into
/// `count` consecutive runs of (almost) equal length: shard `index` of `count` holds positions
/// `⌊(index − 1) · n / count⌋ ..< ⌊index · n / count⌋` of the `n` ids. Every participant is
/// in exactly one shard, and the shards in order 1…`count` are the ids in order, so the
/// shards' outputs put one after the other are the output of the whole batch.
///
/// Shards are numbered from 1 (`1/4` … `4/4`); a Kubernetes Indexed Job's
/// `JOB_COMPLETION_INDEX` counts from 0, so its shard is that index plus 1.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
  /// The shard's number, 1 … ``count``.
  public let index: Int
  /// The number of shards.
  public let count: Int

  /// The most shards a batch may be cut into.
  public static var maximumCount: Int { 100_000 }

  /// The whole batch: shard 1 of 1.
  public static var whole: Shard { Shard(uncheckedIndex: 1, count: 1) }

  /// Shard `index` of `count`, or `nil` unless 1 ≤ `index` ≤ `count` ≤ ``maximumCount``.
  public init?(index: Int, count: Int) {
    guard count >= 1, count <= Self.maximumCount, index >= 1, index <= count else { return nil }
    self.index = index
    self.count = count
  }

  private init(uncheckedIndex index: Int, count: Int) { (self.index, self.count) = (index, count) }

  /// The shard written `I/N`, as on the command line; `nil` for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ part in !part.isEmpty && part.utf8.allSatisfy { (48...57).contains($0) } }
      ),
      let index = Int(parts[0]), let count = Int(parts[1])
    else { return nil }
    self.init(index: index, count: count)
  }

  /// `I/N`.
  public var description: String { "\(index)/\(count)" }

  /// Whether this is the first shard (the one a CSV's merged output keeps the header of).
  public var isFirst: Bool { index == 1 }

  /// The positions of this shard among `total` items in order.
  public func positions(of total: Int) -> Range<Int> {
    // Int is 64 bits: total · count stays far from overflowing for any dataset Plek loads.
    (index - 1) * total / count..<index * total / count
  }

  /// This shard's run of `items` (in the order given: the ids ascending for a batch).
  public func slice<Item>(_ items: [Item]) -> ArraySlice<Item> {
    items[positions(of: items.count)]
  }
}
