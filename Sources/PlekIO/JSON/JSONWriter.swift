/// Writes JSON deterministically: members in the given order, integers without a fraction,
/// other numbers in Swift's shortest round-trip form, non-ASCII text as UTF-8.
///
/// The same value always gives the same bytes on every machine, which is what makes
/// generated datasets reproducible byte for byte.
public struct JSONWriter {
  /// How to lay out the text.
  public enum Style: Sendable {
    /// Everything on one line, no spaces.
    case compact
    /// Two-space indentation, one member per line.
    case pretty
    /// A top-level array with one compact element per line: diff-friendly data files.
    case linePerElement
  }

  /// The layout.
  public var style: Style

  /// Creates a writer.
  public init(style: Style = .compact) {
    self.style = style
  }

  /// The ``Style/linePerElement`` bytes of an array of `count` elements made one at a time
  /// by `element`, so that a large array's trees need not all be held at once (an import of
  /// a large sheet).
  public static func linePerElement(_ count: Int, _ element: (Int) -> JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    linePerElement(count, element) { output += $0 }
    return output
  }

  /// The same bytes handed to `emit` in pieces of about 1 MiB: the output of a large array is
  /// never held whole (an import of a 100 MB sheet writes about 300 MB of JSON).
  public static func linePerElement<Failure: Error>(
    _ count: Int, _ element: (Int) -> JSONValue,
    emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    guard count > 0 else { return try emit(Array("[]\n".utf8)) }
    let piece = 1 << 20
    var output: [UInt8] = [UInt8(ascii: "[")]
    output.reserveCapacity(piece + 4096)
    for index in 0..<count {
      output.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
      write(element(index), into: &output, indent: nil)
      if output.count >= piece {
        try emit(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    output.append(contentsOf: [0x0A, UInt8(ascii: "]"), 0x0A])
    try emit(output)
  }

  /// The UTF-8 bytes of `value`, with a final newline unless the style is compact.
  public func bytes(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    switch style {
    case .compact:
      Self.write(value, into: &output, indent: nil)
    case .pretty:
      Self.write(value, into: &output, indent: 0)
      output.append(0x0A)
    case .linePerElement:
      if case .array(let elements) = value, !elements.isEmpty {
        return Self.linePerElement(elements.count) { elements[$0] }
      } else {
        Self.write(value, into: &output, indent: nil)
        output.append(0x0A)
      }
    }
    return output
  }

  /// The bytes of `value` laid out as ``Style/pretty`` would lay it out `level` levels deep
  /// in a document (no indentation before its first line, no final newline): for documents
  /// written in pieces.
  public static func indented(_ value: JSONValue, level: Int) -> [UInt8] {
    var output: [UInt8] = []
    write(value, into: &output, indent: level)
    return output
  }

  /// The text of `value`.
  public func string(_ value: JSONValue) -> String {
    String(decoding: bytes(value), as: UTF8.self)
  }

  static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int?) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): writeNumber(number, into: &output)
    case .string(let text): writeString(text, into: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(into: &output, indent: indent.map { $0 + 1 })
        write(element, into: &output, indent: indent.map { $0 + 1 })
      }
      if !elements.isEmpty { newline(into: &output, indent: indent) }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(into: &output, indent: indent.map { $0 + 1 })
        writeString(member.key, into: &output)
        output.append(UInt8(ascii: ":"))
        if indent != nil { output.append(UInt8(ascii: " ")) }
        write(member.value, into: &output, indent: indent.map { $0 + 1 })
      }
      if !members.isEmpty { newline(into: &output, indent: indent) }
      output.append(UInt8(ascii: "}"))
    }
  }

  static func newline(into output: inout [UInt8], indent: Int?) {
    guard let indent else { return }
    output.append(0x0A)
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  static func writeNumber(_ number: Double, into output: inout [UInt8]) {
    guard number.isFinite else {
      // Never produced by Plek's own values; null keeps the output valid JSON regardless.
      output.append(contentsOf: "null".utf8)
      return
    }
    if number == number.rounded(), abs(number) < 0x1p53 {
      output.append(contentsOf: String(Int64(number)).utf8)
    } else {
      output.append(contentsOf: number.description.utf8)
    }
  }

  static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        output.append(contentsOf: "\\u00".utf8)
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0xF)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
