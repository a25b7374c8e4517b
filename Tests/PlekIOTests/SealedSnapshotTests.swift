import Foundation
import PlekCore
import PlekTestSupport
import Testing

@testable import PlekIO

/// The engine image in a snapshot: used as it is only under its seal (the state
/// directory's key); a file without the key, with another key or changed anywhere is read
/// record by record, or refused, and never crashes the reader.
@Suite(
  "Binary snapshot: the sealed engine image", .tags(.slow),
  .disabled(if: FastSubset.isOn, FastSubset.reason))
struct SealedSnapshotTests {
  static let key: [UInt8] = Array(0..<16)

  /// SipHash-2-4 against the reference vectors of its paper (key 00 01 … 0f, messages
  /// 00 01 … of the given length), and a prefix of words digested as the bytes they stand
  /// for.
  @Test(arguments: [
    (0, 0x726F_DB47_DD0E_0E31 as UInt64), (8, 0x93F5_F579_9A93_2462),
    (15, 0xA129_CA61_49BE_45E5), (63, 0x958A_324C_EB06_4572),
  ])
  func sipHashMatchesTheReferenceVectors(length: Int, expected: UInt64) {
    let hash = SipHash(key: Self.key)
    #expect(hash.digest((0..<length).map { UInt8($0) }) == expected)
  }

  @Test func aPrefixIsDigestedAsItsLittleEndianBytes() {
    let hash = SipHash(key: Self.key)
    let body: [UInt8] = (0..<37).map { UInt8($0 * 7 & 0xFF) }
    var whole: [UInt8] = []
    for word in [UInt64(3), 0x0102_0304_0506_0708] {
      withUnsafeBytes(of: word.littleEndian) { whole += $0 }
    }
    whole += body
    let prefixed = body.withUnsafeBytes {
      hash.digest(prefix: [3, 0x0102_0304_0506_0708], $0)
    }
    #expect(prefixed == hash.digest(whole))
  }

  /// A sealed snapshot of an engine with its records and policy, in a scratch directory.
  static func sealedFile(_ engine: MatchEngine, key: [UInt8]? = key) -> (ScratchDirectory, String) {
    let scratch = ScratchDirectory()
    var bytes: [UInt8] = []
    BinarySnapshot.write(of: engine, sealedWith: key) { bytes += $0 }
    scratch.write("snapshot.plek", bytes)
    return (scratch, scratch.path + "/snapshot.plek")
  }

  static func sameAnswers(_ left: MatchEngine, _ right: MatchEngine) throws -> Bool {
    let options = QueryOptions(k: 6, day: TestData.day, threads: 1)
    return try left.participantIDs == right.participantIDs && left.placeIDs == right.placeIDs
      && left.policy == right.policy
      && left.batchShortlists(options: options) == right.batchShortlists(options: options)
  }

  @Test func theImageIsUsedUnderItsKeyOnly() throws {
    var policy = Policy.default
    policy.weights.wishes = 0.35
    let generated = TestData.generated(seed: 31, participants: 600, places: 500)
    let engine = try MatchEngine(
      taxonomy: TestData.taxonomy, policy: policy, participants: generated.people,
      places: generated.places)
    let (scratch, file) = Self.sealedFile(engine)
    _ = scratch
    let taxonomy = TestData.validatedTaxonomy

    let sealed = try BinarySnapshot.loadEngine(path: file, taxonomy: taxonomy, key: Self.key)
    #expect(sealed.fromImage)
    #expect(sealed.imageRefused == nil)
    #expect(try Self.sameAnswers(sealed.engine, engine))

    let keyless = try BinarySnapshot.loadEngine(path: file, taxonomy: taxonomy, key: nil)
    #expect(!keyless.fromImage)
    #expect(keyless.imageRefused == "there is no key to check its seal")
    #expect(try Self.sameAnswers(keyless.engine, engine))

    let otherKey = try BinarySnapshot.loadEngine(
      path: file, taxonomy: taxonomy, key: Array(repeating: 7, count: 16))
    #expect(!otherKey.fromImage)
    #expect(otherKey.imageRefused?.contains("seal does not match") == true)
    #expect(try Self.sameAnswers(otherKey.engine, engine))

    // The records part is the snapshot of the records: what any reader takes.
    let read = try BinarySnapshot.read(
      try #require(FileBytes.read(file)), taxonomy: taxonomy)
    #expect(read.dataset.participants.count == 600)
    #expect(read.policy.value == policy)
  }

  /// The build id is the program's own (the linker's GNU build id, read from its ELF
  /// notes); a file that is not an ELF program, or is cut anywhere, has none and never
  /// crashes the reader.
  @Test func theBuildIdIsTheProgramsOwn() throws {
    #if os(Linux)
      #expect(BuildIdentity.current.count >= 16)
      // The program's first 64 KiB: its ELF header, program headers and notes.
      let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/exe"))
      let program = [UInt8](handle.readData(ofLength: 1 << 16))
      let scratch = ScratchDirectory()
      scratch.write("program", program)
      #expect(try BuildIdentity.read(scratch.path + "/program") == BuildIdentity.current)
      var random = SplitMix64(seed: 35)
      for trial in 0..<60 {
        var bytes = Array(program.prefix(random.below(program.count)))
        if trial % 2 == 1, !bytes.isEmpty { bytes[random.below(bytes.count)] ^= 0xFF }
        scratch.write("program", bytes)
        _ = try? BuildIdentity.read(scratch.path + "/program")
      }
    #endif
    let text = ScratchDirectory()
    text.write("text", "not a program")
    #expect(try BuildIdentity.read(text.path + "/text") == [])
  }

  /// An image written by another build of Plek (another build id) is not used: another
  /// build may pack the same record differently.
  @Test func anImageOfAnotherBuildIsNotUsed() throws {
    let engine = try TestData.engine(seed: 36, participants: 60, places: 60)
    let scratch = ScratchDirectory()
    var bytes: [UInt8] = []
    BinarySnapshot.write(of: engine, sealedWith: Self.key, build: [1, 2, 3]) { bytes += $0 }
    scratch.write("snapshot.plek", bytes)
    let loaded = try BinarySnapshot.loadEngine(
      path: scratch.path + "/snapshot.plek", taxonomy: TestData.validatedTaxonomy, key: Self.key)
    #expect(!loaded.fromImage)
    #expect(loaded.imageRefused == "it was written by another build of Plek")
    #expect(try Self.sameAnswers(loaded.engine, engine))
  }

  /// Read record by record, a snapshot's records are compiled a block at a time as they
  /// are decoded: blocks of any size build the engine the whole dataset builds.
  @Test(arguments: [1, 7, 250, 65_536])
  func recordsAreCompiledBlockByBlock(block: Int) throws {
    let engine = try TestData.engine(seed: 37, participants: 700, places: 400)
    let source = SnapshotSource(BinarySnapshot.bytes(of: engine))
    let built = try BinarySnapshot.recordsEngine(
      source, try BinarySnapshot.sections(source), taxonomy: TestData.validatedTaxonomy,
      block: block)
    #expect(try Self.sameAnswers(built, engine))
  }

  /// A snapshot written without a key has no image: its four sections only.
  @Test func aSnapshotWithoutAKeyHasNoImage() throws {
    let engine = try TestData.engine(seed: 32, participants: 50, places: 50)
    let bytes = BinarySnapshot.bytes(of: engine)
    #expect(bytes[12] == 4)
    let (scratch, file) = Self.sealedFile(engine, key: nil)
    _ = scratch
    let loaded = try BinarySnapshot.loadEngine(
      path: file, taxonomy: TestData.validatedTaxonomy, key: Self.key)
    #expect(!loaded.fromImage && loaded.imageRefused == nil)
  }

  /// A version 1 file (the records and policy, as the build before wrote them) still reads.
  @Test func aVersionOneFileStillReads() throws {
    let engine = try TestData.engine(seed: 33, participants: 80, places: 60)
    var bytes = BinarySnapshot.bytes(of: engine)
    bytes[8] = 1
    let read = try BinarySnapshot.read(bytes, taxonomy: TestData.validatedTaxonomy)
    #expect(read.dataset.participants.count == 80)
  }

  /// Random damage to a sealed file (a byte changed anywhere, or the file cut anywhere),
  /// 200 trials from a seeded generator: the reader either refuses the file with a
  /// ``SnapshotError`` or returns the engine that was written, never another, and never
  /// crashes. Damage inside the image is caught by the seal and the records are read
  /// instead.
  @Test func randomDamageIsRefusedOrReadAroundNeverMisread() throws {
    let engine = try TestData.engine(seed: 34, participants: 150, places: 120)
    let (scratch, file) = Self.sealedFile(engine)
    let original = try #require(FileBytes.read(file))
    let taxonomy = TestData.validatedTaxonomy
    var random = SplitMix64(seed: 34)
    var outcomes = (refused: 0, image: 0, records: 0)
    for trial in 0..<200 {
      var damaged = original
      if trial % 5 == 4 {
        damaged.removeLast(1 + random.below(damaged.count - 1))
      } else {
        damaged[random.below(damaged.count)] ^= UInt8(1 << random.below(8))
      }
      scratch.write("damaged.plek", damaged)
      do {
        let loaded = try BinarySnapshot.loadEngine(
          path: scratch.path + "/damaged.plek", taxonomy: taxonomy, key: Self.key)
        #expect(try Self.sameAnswers(loaded.engine, engine), "trial \(trial)")
        if loaded.fromImage { outcomes.image += 1 } else { outcomes.records += 1 }
      } catch is SnapshotError {
        outcomes.refused += 1
      }
    }
    // The image is most of the file: most damage falls there and is read around.
    #expect(outcomes.records > 50)
    #expect(outcomes.refused > 10)
  }
}
