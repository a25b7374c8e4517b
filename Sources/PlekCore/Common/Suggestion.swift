/// "Did you mean …?": the closest of a set of known words to a mistyped one.
///
/// One helper for every layer: the CLI's options, commands and ids, the service's method
/// names, and unknown sectors, kinds or municipalities in filters all suggest the same way.
public enum Suggestion {
  /// The candidate closest to `word` if it is a plausible typo: within an edit distance of
  /// about a third of its length (at least 1, at most 3), or, for a word of three or more
  /// characters, a candidate it is the start of ("--part" for "--participants").
  ///
  /// - Complexity: O(n · m²) for n candidates of length m; meant for short lists of words.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = self.distance(lowered, candidate.lowercased())
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    guard let best else { return nil }
    if best.distance <= max(1, min(3, best.candidate.count / 3)) { return best.candidate }
    if word.count >= 3, let prefixed = candidates.first(where: { $0.hasPrefix(word) }) {
      return prefixed
    }
    return nil
  }

  /// The optimal-string-alignment (restricted Damerau–Levenshtein) distance: insertions,
  /// deletions, substitutions and swaps of two neighbours each cost 1.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the one before the previous is needed for swaps.
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = Swift.min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// `message` with " (did you mean X?)" when a close candidate exists.
  public static func message(
    _ message: String, for word: String, among candidates: [String], quote: String = ""
  ) -> String {
    guard let close = closest(to: word, among: candidates) else { return message }
    return message + " (did you mean \(quote)\(close)\(quote)?)"
  }
}
