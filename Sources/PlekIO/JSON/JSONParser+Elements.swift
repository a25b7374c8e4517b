extension JSONParser {
  /// The byte ranges of the elements of a top-level JSON array, found by tracking brackets
  /// and strings only, without building values: so that large record files can be parsed
  /// element by element, on all cores, each element's tree freed as soon as it is decoded.
  ///
  /// Returns `nil` when the text does not look like one array (not an array, unbalanced,
  /// text after it, an element starting with a byte order mark). Callers then parse the
  /// whole text, which reports the problem with its line and column. When every range
  /// parses as one value, the whole text is exactly the array of those values.
  ///
  /// The ranges are kept as 4 bytes per element (``ElementRanges``), so that a file of ten
  /// million `1`s does not need 16 bytes of ranges for each of its 2-byte elements.
  ///
  /// - Complexity: O(n), a few operations per byte.
  public static func arrayElementRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> ElementRanges? {
    let count = bytes.count
    var index = 0
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    func skipWhitespace() {
      while index < count, isWhitespace(bytes[index]) { index += 1 }
    }
    skipWhitespace()
    guard index < count, bytes[index] == UInt8(ascii: "[") else { return nil }
    index += 1
    skipWhitespace()
    guard count <= Int(UInt32.max) else { return nil }
    var ranges = ElementRanges()
    if index < count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      skipWhitespace()
      return index == count ? ranges : nil
    }
    var start = index
    var depth = 0
    while index < count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        // Skip the string: only a backslash or the closing quote matter inside it.
        index += 1
        while index < count, bytes[index] != UInt8(ascii: "\"") {
          index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 0 {
          guard byte == UInt8(ascii: "]"), startsValue(bytes, start, index) else { return nil }
          ranges.append(start, lastEnd: index)
          index += 1
          skipWhitespace()
          return index == count ? ranges : nil
        }
        depth -= 1
      case UInt8(ascii: ","):
        if depth == 0 {
          guard startsValue(bytes, start, index) else { return nil }
          ranges.append(start, lastEnd: index)
          start = index + 1
        }
      default:
        break
      }
      index += 1
    }
    return nil
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// Whether `start..<end` holds something other than whitespace that does not begin with a
  /// byte order mark (which the parser would skip at the start of a text, not of an element).
  private static func startsValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var index = start
    while index < end, isWhitespace(bytes[index]) { index += 1 }
    return index < end && bytes[index] != 0xEF
  }
}

/// The byte ranges of a top-level array's elements, 4 bytes each: every element but the
/// first starts one byte after the separator that ends the one before it, so the starts
/// (and the end of the last) are all there is to keep.
public struct ElementRanges: RandomAccessCollection, Sendable {
  private var starts: [UInt32] = []
  private var lastEnd = 0

  init() {}

  /// Adds the element starting at `start`; `lastEnd` is where it ends (its separator, or the
  /// closing bracket).
  mutating func append(_ start: Int, lastEnd end: Int) {
    starts.append(UInt32(start))
    lastEnd = end
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts.count }

  public subscript(position: Int) -> Range<Int> {
    let end = position + 1 < starts.count ? Int(starts[position + 1]) - 1 : lastEnd
    return Int(starts[position])..<end
  }
}
