import PlekTestSupport
import Testing

@testable import PlekCore

/// The bit tricks of the vectorized scan against plain loops.
@Suite("Block scan bit tricks")
struct BlockScanTests {
  @Test func byteMaskSpreadsBitsToBytes() {
    var random = SplitMix64(seed: 1)
    for bits in [UInt16(0), 1, 0x8000, 0xFFFF, 0x00FF, 0xFF00]
      + (0..<500).map({ _ in UInt16(truncatingIfNeeded: random.next()) })
    {
      let mask = BlockScan.byteMask(bits)
      for lane in 0..<16 { #expect(mask[lane] == (bits >> UInt16(lane) & 1 == 1 ? 0xFF : 0)) }
    }
  }

  @Test func zeroBytesMarksTheZeroBytes() {
    var random = SplitMix64(seed: 2)
    for _ in 0..<2000 {
      var word: UInt64 = 0
      for byte in 0..<8 where random.chance(0.6) {
        word |= UInt64(UInt8(truncatingIfNeeded: random.next())) << UInt64(8 * byte)
      }
      let zero = BlockScan.zeroBytes(word)
      for byte in 0..<8 {
        let isZero = (word >> UInt64(8 * byte)) & 0xFF == 0
        #expect((zero >> UInt64(8 * byte)) & 0xFF == (isZero ? 0x80 : 0))
      }
    }
  }

  @Test func laneMaskSelectsTheLanes() {
    for first in 0...16 {
      for last in first...16 {
        let words = (
          BlockScan.laneMask(first, last, word: 0), BlockScan.laneMask(first, last, word: 1)
        )
        for lane in 0..<16 {
          let word = lane < 8 ? words.0 : words.1
          let set = (word >> UInt64(8 * (lane % 8) + 7)) & 1 == 1
          #expect(set == (first..<last).contains(lane), "\(first)..<\(last) lane \(lane)")
        }
        #expect((words.0 | words.1) & ~0x8080_8080_8080_8080 == 0)
      }
    }
  }

  @Test func byteMasksAndCappedDifferencesMatchPlainLoops() {
    var random = SplitMix64(seed: 3)
    let one = SIMD16<UInt8>(repeating: 1)
    for _ in 0..<500 {
      var a = SIMD16<UInt8>()
      var b = SIMD16<UInt8>()
      for lane in 0..<16 {
        // Any byte against load levels 0–4 (demand is never above 4, so b + 1 cannot wrap).
        a[lane] = UInt8(random.next() % (random.chance(0.5) ? 5 : 256))
        b[lane] = random.chance(0.2) ? Swift.min(a[lane], 4) : UInt8(random.next() % 5)
      }
      let greater = Bytes.mask(a .> b)
      // min(max(a, b) - b, 2) as the bound and the kernel write it, for b ≤ 4.
      let capped = (Bytes.mask(a .> b) & one) &+ (Bytes.mask(a .> b &+ one) & one)
      for lane in 0..<16 {
        #expect(greater[lane] == (a[lane] > b[lane] ? 0xFF : 0))
        #expect(capped[lane] == Swift.min(Swift.max(a[lane], b[lane]) - b[lane], 2))
      }
    }
  }

  /// The hot record is what every pair reads: keep it at five 16-byte lines.
  @Test func hotPlaceRecordStaysAt80Bytes() {
    #expect(MemoryLayout<PlaceHot>.stride == 80)
  }

  @Test func boundPartsRoundTrip() {
    for kind in 0..<4 {
      for offered in 0..<3 {
        for learning in 0..<3 {
          for (wage, dutch) in [(false, false), (true, false), (false, true), (true, true)] {
            let index = PlacePacker.boundIndex(
              kind: kind, offered: offered, learning: learning, regularWithoutSubsidy: wage,
              requiresDutch: dutch)
            #expect(index < BlockProbe.boundBaseEntries)
            #expect(PlacePacker.boundParts(index) == (kind, offered, learning, wage, dutch))
          }
        }
      }
    }
  }
}

@Suite("Block scan bound", .tags(.slow), .disabled(if: FastSubset.isOn, FastSubset.reason))
struct BlockScanBoundTests {
  /// The score bound must never be below the real score, or shortlists would lose places.
  @Test func theBoundIsNeverBelowTheScore() throws {
    let engine = try EngineFixtures.engine(seed: 77, participants: 150, places: 3000)
    var checked = 0
    var tightest = Double.infinity
    for personID in engine.participantIDs {
      let person = engine.participant(personID)!
      let scanned: Void? = engine.withScanner(for: personID, on: EngineFixtures.day) { scanner in
        for placeID in engine.placeIDs {
          guard
            let score = engine.reference.evaluate(
              person, engine.place(placeID)!, on: EngineFixtures.day
            ).score
          else { continue }
          let slot = Int(engine.places.slots[placeID]!)
          let place = engine.places.hot[slot]
          let delta = place.position - scanner.probe.pointee.hot.position
          let bound = scanner.bound(place, chordSquared: (delta * delta).sum())
          #expect(bound >= score, "\(personID) × \(placeID): bound \(bound) < score \(score)")
          tightest = min(tightest, bound - score)
          checked += 1
          // The planes' part of the bound is the hot record's: a place is dropped on it
          // before its hot record is read.
          let planes = scanner.blocks + (slot >> 4) * PlaceBlocks.planesPerBlock
          #expect(
            scanner.planeBound(planes, slot & 15)
              == scanner.planeBound(
                boundIndex: place.boundIndex, sectors: place.sectors, minHours: place.minHours,
                maxHours: place.maxHours))
          // A fit always survives the byte checks.
          let (low, high) = scanner.survivors(inBlock: slot >> 4)
          let lane = slot & 15
          #expect(
            ((lane < 8 ? low : high) >> UInt64(8 * (lane % 8) + 7)) & 1 == 1,
            "\(personID) × \(placeID)")
        }
      }
      #expect(scanned != nil, "the seam gives a scanner for a stored participant")
    }
    #expect(checked > 1000, "too few fits to test the bound")
    #expect(tightest < 10, "the bound should be tight for some pairs (closest: \(tightest))")
  }
}

@Suite("Pending places")
struct PendingPlacesTests {
  /// A shortlist of no places keeps nothing and never reads its (empty) heap.
  @Test func anEmptyShortlistAdmitsNothing() {
    let none = TopK(k: 0)
    #expect(none.threshold == .infinity)
    #expect(!none.admits(100))
    let one = TopK(k: 1)
    #expect(one.threshold == -.infinity && one.admits(0))
  }

  @Test func popsBestBoundFirstAndNeverBelowTheBound() {
    var random = SplitMix64(seed: 4)
    var pending = PendingPlaces()
    for round in 0..<20 {
      var added: [(bound: Double, slot: Int)] = []
      for slot in 0..<(round * 37 % 500) {
        let bound = random.chance(0.1) ? 50 : Double(random.next() % 100_000) / 997
        added.append((bound, slot))
        pending.append(bound: bound, slot: slot)
      }
      #expect(pending.count == added.count)
      pending.makeHeap()
      var popped: [(bound: Double, slot: Int)] = []
      while let entry = pending.popBest() { popped.append(entry) }
      #expect(popped.count == added.count)
      #expect(Set(popped.map(\.slot)) == Set(added.map(\.slot)))
      for (earlier, later) in zip(popped, popped.dropFirst()) {
        #expect(earlier.bound >= later.bound)
      }
      for entry in popped { #expect(entry.bound >= added[entry.slot].bound) }
      pending.removeAll()
      #expect(pending.count == 0)
    }
  }
}
