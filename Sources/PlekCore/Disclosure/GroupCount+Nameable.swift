extension GroupCount: Nameable {
  /// A count is written as its number, or as the mark of a withheld count.
  public var term: Term {
    switch self {
    case .exact(let count): .integer(count)
    case .withheld: .verbatim(Self.mark)
    }
  }

  /// The mark every withheld count carries, in every language and format but JSON (where it
  /// is `null`): the same for every reason a count is withheld, so that it tells nothing.
  public static let mark = "•"
}
