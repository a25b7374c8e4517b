import Testing

extension Tag {
  /// A test that takes long (a crash harness, a region of tens of thousands, many processes):
  /// `swift test --skip-tag slow`… leaves them out; see the README for the fast subset.
  @Tag public static var slow: Self
}
