/// Why a text is not acceptable JSON, and where.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// The byte offset of the problem, from 0.
  public var offset: Int
  /// The line of the problem, from 1.
  public var line: Int
  /// The column of the problem in characters, from 1.
  public var column: Int

  public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Strict where lenient parsers are not: invalid UTF-8, lone surrogates, control characters
/// in strings, leading zeros, `NaN`/`Infinity`, numbers that overflow to infinity, trailing
/// garbage and nesting deeper than ``maximumDepth`` are all errors with a line and column.
/// Object members keep document order, duplicates included.
public struct JSONParser: Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public var maximumDepth: Int

  /// Creates a parser.
  public init(maximumDepth: Int = 64) {
    self.maximumDepth = maximumDepth
  }

  /// Parses one JSON text (surrounding whitespace allowed) from `bytes`.
  public func parse<Bytes: Collection>(_ bytes: Bytes) throws(JSONParseError) -> JSONValue
  where Bytes.Element == UInt8 {
    let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable {
      buffer in
      var cursor = Cursor(bytes: buffer, maximumDepth: maximumDepth)
      return Result { () throws(JSONParseError) in try cursor.parseDocument() }
    }
    if let result { return try result.get() }
    let copy = Array(bytes)
    return try parse(copy)
  }

  /// Parses one JSON text from a string.
  public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumDepth: Int
  var index = 0
  var depth = 0
  // Members and elements of the containers being parsed, innermost last: each container is
  // copied out once at its end, instead of growing its own array by doubling.
  var memberStack: [JSONMember] = []
  var elementStack: [JSONValue] = []

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    (self.bytes, self.maximumDepth) = (bytes, maximumDepth)
  }

  mutating func parseDocument() throws(JSONParseError) -> JSONValue {
    // A UTF-8 byte order mark is tolerated at the very start (spreadsheet exports add one).
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    skipWhitespace()
    if index == bytes.count { throw error("empty input: expected a JSON value") }
    let value = try parseValue()
    skipWhitespace()
    if index != bytes.count { throw error("unexpected \(describe(index)) after the JSON value") }
    return value
  }

  func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
    let offset = min(offset ?? index, bytes.count)
    var line = 1
    var lineStart = 0
    for position in 0..<offset where bytes[position] == UInt8(ascii: "\n") {
      line += 1
      lineStart = position + 1
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    var column = 1
    for position in lineStart..<offset where bytes[position] & 0xC0 != 0x80 { column += 1 }
    return JSONParseError(message: message, offset: offset, line: line, column: column)
  }

  func describe(_ position: Int) -> String {
    guard position < bytes.count else { return "end of input" }
    let byte = bytes[position]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  mutating func parseValue() throws(JSONParseError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of input: expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("unexpected \(describe(index)): expected a value")
    }
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
    let start = index
    let count = literal.utf8CodeUnitCount
    guard bytes.count - index >= count else {
      throw error("invalid literal: expected '\(literal)'", at: start)
    }
    for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
      throw error("invalid literal: expected '\(literal)'", at: start)
    }
    index += count
  }

  mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
  }

  mutating func parseObject() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object([])
    }
    let base = memberStack.count
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("unexpected \(describe(index)): expected a member name in quotes")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("unexpected \(describe(index)): expected ':' after the member name")
      }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      memberStack.append(JSONMember(key, value))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input: expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        let members = Array(memberStack[base...])
        memberStack.removeSubrange(base...)
        return .object(members)
      }
      throw error("unexpected \(describe(index)): expected ',' or '}'")
    }
  }

  mutating func parseArray() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array([])
    }
    let base = elementStack.count
    while true {
      skipWhitespace()
      let element = try parseValue()
      elementStack.append(element)
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input: expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        let elements = Array(elementStack[base...])
        elementStack.removeSubrange(base...)
        return .array(elements)
      }
      throw error("unexpected \(describe(index)): expected ',' or ']'")
    }
  }

  mutating func parseString() throws(JSONParseError) -> String {
    let start = index
    index += 1
    let contentStart = index
    // Fast path: no escapes, printable ASCII only.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
      index += 1
    }
    var scratch = [UInt8](UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: scratch, as: UTF8.self) else {
          throw error("invalid UTF-8 in string", at: start)
        }
        return text
      case UInt8(ascii: "\\"):
        try parseEscape(into: &scratch)
      case 0..<0x20:
        throw error("control character \(describe(index)) in string: escape it")
      case 0x80...:
        let length = try validUTF8Sequence(at: index)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        index += length
      default:
        scratch.append(byte)
        index += 1
      }
    }
    throw error("unterminated string", at: start)
  }

  /// The length of the valid UTF-8 sequence starting at `position`, or an error.
  func validUTF8Sequence(at position: Int) throws(JSONParseError) -> Int {
    let lead = bytes[position]
    let length: Int
    var minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      minimum = 0x80
      scalar = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      minimum = 0x800
      scalar = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      length = 4
      minimum = 0x10000
      scalar = UInt32(lead & 0x07)
    default:
      throw error("invalid UTF-8 byte 0x\(String(lead, radix: 16, uppercase: true))", at: position)
    }
    guard position + length <= bytes.count else {
      throw error("truncated UTF-8 sequence", at: position)
    }
    for offset in 1..<length {
      let byte = bytes[position + offset]
      guard byte & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence", at: position) }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      throw error("invalid UTF-8 sequence", at: position)
    }
    return length
  }

  mutating func parseEscape(into scratch: inout [UInt8]) throws(JSONParseError) {
    let start = index
    index += 1
    guard index < bytes.count else { throw error("unterminated escape", at: start) }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4(start: start)
      if (0xD800...0xDBFF).contains(scalar) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("lone high surrogate in \\u escape", at: start) }
        index += 2
        let low = try parseHex4(start: start)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error("invalid low surrogate in \\u escape", at: start)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("lone low surrogate in \\u escape", at: start)
      }
      guard let unicode = Unicode.Scalar(scalar) else {
        throw error("invalid \\u escape", at: start)
      }
      scratch.append(contentsOf: UTF8.encode(unicode)!)
    default:
      throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))'", at: start)
    }
  }

  mutating func parseHex4(start: Int) throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("truncated \\u escape", at: start) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("invalid hex digit in \\u escape", at: start)
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONParseError) -> Double {
    let start = index
    var negative = false
    if bytes[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
      throw error("invalid number: expected a digit", at: start)
    }
    var integer: UInt64 = 0
    var digits = 0
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        throw error("invalid number: leading zero", at: start)
      }
    } else {
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        if digits < 18 { integer = integer * 10 + UInt64(bytes[index] - UInt8(ascii: "0")) }
        digits += 1
        index += 1
      }
    }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
      else { throw error("invalid number: expected a digit after '.'", at: start) }
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
      else { throw error("invalid number: expected a digit in the exponent", at: start) }
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
    }
    // Integers of up to 15 digits are exact in a Double: convert them directly.
    if isInteger && digits <= 15 {
      let value = Double(integer)
      return negative ? -value : value
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw error("number \(text) is out of range", at: start)
    }
    return value
  }
}
