import Foundation

/// The identity of the running build: the GNU build id the linker writes into the program
/// (a digest of the linked code, different for every change of it), read from the
/// program's file (`/proc/self/exe`: its ELF header, program headers and notes, a few
/// hundred bytes).
///
/// An engine image is the memory of the build that wrote it: another build may pack the
/// same record differently without changing the layout. Snapshots carry the build id of
/// their writer (section `BILD`), and an image of another build is not used.
enum BuildIdentity {
  /// The running program's build id; empty where there is none (a program linked without
  /// one, or a system without `/proc/self/exe`): images are then told apart by their layout
  /// fingerprint and the sampled packing alone.
  static let current: [UInt8] = (try? read("/proc/self/exe")) ?? []

  /// The build id in the ELF file at `path` (64-bit, little-endian), or empty.
  static func read(_ path: String) throws(SnapshotError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    guard let file = SnapshotSource(descriptor: descriptor), file.size >= 64 else { return [] }
    let header = try file.bytes(at: 0, count: 64)
    // ELF magic, 64-bit class, little-endian data.
    guard header[0..<6] == [0x7F, 0x45, 0x4C, 0x46, 2, 1] else { return [] }
    let tableOffset = Int(clamping: word(header, 32, 8))
    let entrySize = Int(word(header, 54, 2))
    let entries = Int(word(header, 56, 2))
    guard entrySize >= 56, tableOffset <= file.size else { return [] }
    for index in 0..<entries {
      let entry = try file.bytes(at: tableOffset + index * entrySize, count: 56)
      // PT_NOTE
      guard word(entry, 0, 4) == 4 else { continue }
      let notes = try file.bytes(
        at: Int(clamping: word(entry, 8, 8)), count: min(65_536, Int(clamping: word(entry, 32, 8))))
      var offset = 0
      while offset + 12 <= notes.count {
        let nameSize = Int(word(notes, offset, 4))
        let valueSize = Int(word(notes, offset + 4, 4))
        let name = offset + 12
        let value = name + (nameSize + 3) & ~3
        guard value >= name, value + valueSize <= notes.count else { break }
        // NT_GNU_BUILD_ID, owner "GNU".
        if word(notes, offset + 8, 4) == 3 && notes[name..<value].starts(with: Array("GNU\0".utf8))
        {
          return Array(notes[value..<value + valueSize])
        }
        offset = value + (valueSize + 3) & ~3
      }
    }
    return []
  }

  /// The little-endian integer of `count` bytes at `offset`.
  private static func word(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> UInt64 {
    (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64(8 * $1) }
  }
}
