/// The closest candidate by edit distance, for "did you mean" hints.
public enum Closest {
  /// The best candidate within a third of the text's length (at least 2 edits), or one
  /// that contains the text; nil when nothing is close.
  public static func match(_ text: String, in candidates: [String]) -> String? {
    let limit = max(2, text.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(text.lowercased(), candidate.lowercased())
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    if let best { return best.0 }
    return candidates.first { text.count >= 3 && $0.contains(text.lowercased()) }
  }

  /// Levenshtein distance over characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
