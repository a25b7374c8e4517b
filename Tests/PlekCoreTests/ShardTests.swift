import PlekCore
import Testing

/// Issue 16: `--shard I/N` slices, as the Scaling article defines them.
@Suite("Shards")
struct ShardTests {
  @Test(arguments: [
    ("1/1", 1, 1), ("1/4", 1, 4), ("4/4", 4, 4), ("17/100000", 17, 100_000),
  ])
  func validShardsParse(text: String, index: Int, count: Int) {
    let shard = Shard(text)
    #expect(shard?.index == index && shard?.count == count)
    #expect(shard?.description == text)
  }

  @Test(arguments: [
    "0/4", "5/4", "1/0", "-1/4", "1/100001", "1", "1/2/3", "/4", "1/", "a/b", " 1/4", "1/4 ",
    "١/٤", "+1/4",
  ])
  func otherTextIsNotAShard(text: String) {
    #expect(Shard(text) == nil)
  }

  /// Every position in exactly one shard, the shards in order are the positions in order,
  /// and their sizes differ by at most one.
  @Test(arguments: [0, 1, 3, 4, 7, 100, 1_001, 600_000])
  func shardsPartitionInOrder(total: Int) {
    for count in [1, 2, 3, 4, 7, 16] {
      let ranges = (1...count).map { Shard(index: $0, count: count)!.positions(of: total) }
      #expect(ranges.first?.lowerBound == 0)
      #expect(ranges.last?.upperBound == total)
      for (previous, next) in zip(ranges, ranges.dropFirst()) {
        #expect(previous.upperBound == next.lowerBound)
      }
      let sizes = ranges.map(\.count)
      #expect(sizes.max()! - sizes.min()! <= 1)
    }
    let items = Array(0..<min(total, 1_001))
    let slices = (1...3).flatMap { Shard(index: $0, count: 3)!.slice(items) }
    #expect(slices == items)
  }
}
