/// CRC-32C (Castagnoli), the checksum of journal records and snapshot sections: the
/// polynomial iSCSI, ext4 and etcd use (reflected 0x82F63B78), eight bytes at a time
/// ("slicing by 8": eight tables of 256 entries).
public enum CRC32C {
  static let tables: [[UInt32]] = {
    var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
    for byte in 0..<256 {
      var crc = UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
      tables[0][byte] = crc
    }
    for slice in 1..<8 {
      for byte in 0..<256 {
        let previous = tables[slice - 1][byte]
        tables[slice][byte] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
      }
    }
    return tables
  }()
  static let table: [UInt32] = tables.flatMap { $0 }

  /// The checksum of `bytes`.
  public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
    if let result = bytes.withContiguousStorageIfAvailable({
      checksum(raw: UnsafeRawBufferPointer($0))
    }) {
      return result
    }
    return Array(bytes).withUnsafeBytes { checksum(raw: $0) }
  }

  /// The checksum of the bytes of `buffer`; with `previous`, the checksum of the bytes that
  /// gave `previous` followed by these (a long run checksummed a part at a time).
  static func checksum(raw buffer: UnsafeRawBufferPointer, continuing previous: UInt32 = 0)
    -> UInt32
  {
    var crc = previous ^ 0xFFFF_FFFF
    table.withUnsafeBufferPointer { table in
      var index = 0
      let count = buffer.count
      while count - index >= 8 {
        let low =
          crc
          ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8
            | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24)
        crc =
          table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
          ^ table[3 * 256 + Int(buffer[index + 4])] ^ table[2 * 256 + Int(buffer[index + 5])]
          ^ table[1 * 256 + Int(buffer[index + 6])] ^ table[Int(buffer[index + 7])]
        index += 8
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(buffer[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    return crc ^ 0xFFFF_FFFF
  }
}
