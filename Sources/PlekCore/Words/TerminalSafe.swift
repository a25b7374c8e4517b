/// Text from a file or an argument, made safe to print on a terminal: every control
/// character but the line feed and the tab (C0, DEL and C1: ESC, BEL, the carriage return,
/// CSI) is written as `\u{1B}`, so that quoted file content cannot clear the screen, set the
/// window title or overwrite a line. One function for every message that quotes what it
/// read: the CLI's standard error and validation issues go through it.
///
/// - Complexity: O(n) in the text's scalars; text without control characters is returned as
///   it is.
public func terminalSafe(_ text: String) -> String {
  func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value)
  }
  guard text.unicodeScalars.contains(where: isControl) else { return text }
  var result = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    if isControl(scalar) {
      result.append(
        contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
    } else {
      result.append(scalar)
    }
  }
  return String(result)
}
