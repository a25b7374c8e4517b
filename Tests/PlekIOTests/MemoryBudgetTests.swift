import Foundation
import PlekIO
import Testing

/// An input too large for the memory a process can get is refused before it is read, with
/// a message naming it (issue 25 item 10), instead of the runtime aborting on an allocation.
@Suite("Memory budget of inputs")
struct MemoryBudgetTests {
  /// On Linux the memory available is known (`/proc/meminfo`); an input of an exabyte needs
  /// more, a small one does not.
  @Test func anInputThatCannotFitIsRefusedByName() throws {
    let available = try #require(MemoryBudget.available())
    #expect(available > 0)
    let refusal = try #require(MemoryBudget.refusal(reading: "participants.json", size: 1 << 60))
    #expect(refusal.hasPrefix("participants.json ("))
    #expect(refusal.contains("nothing was read"))
    #expect(MemoryBudget.refusal(reading: "participants.json", size: 1_000) == nil)
    #expect(MemoryBudget.refusal(reading: "x", size: Int.max) != nil)
  }

  /// Under `ulimit -v` the address-space limit counts: `plek`-sized limits are far below an
  /// exabyte, so the refusal says what is available.
  @Test func theRefusalSaysWhatIsAvailable() throws {
    let refusal = try #require(MemoryBudget.refusal(reading: "places.json", size: 1 << 50))
    #expect(refusal.contains("MB are available"))
  }
}
