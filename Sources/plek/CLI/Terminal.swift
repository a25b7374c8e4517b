import Foundation

/// What the terminal can show: colour only on a terminal and never with `NO_COLOR` set;
/// tables as wide as the terminal (or `COLUMNS`), unlimited when output goes to a file.
enum Terminal {
  static let standardOutputIsTerminal = isatty(STDOUT_FILENO) == 1
  static let standardErrorIsTerminal = isatty(STDERR_FILENO) == 1

  static var colour: Bool {
    let environment = ProcessInfo.processInfo.environment
    return standardOutputIsTerminal && environment["NO_COLOR"] == nil
      && environment["TERM"] != "dumb"
  }

  /// The width tables must fit, or `nil` for no limit.
  static var width: Int? {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40
    {
      return columns
    }
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
      return Int(size.ws_col)
    }
    return 100
  }
}
