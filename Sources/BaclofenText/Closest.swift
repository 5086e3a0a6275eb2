/// The closest candidate by edit distance, for "did you mean" hints. Bounded whatever it is
/// given: a text longer than `maximumLength` gets no hint, candidates whose length alone
/// rules them out are skipped, each comparison stops once it cannot be close enough, and the
/// whole search stops after `budget` cells of comparison.
public enum Closest {
  /// Ids are short; a longer text is no typo of one.
  public static let maximumLength = 100
  /// Cells of edit-distance tables over all candidates: a few milliseconds.
  public static let budget = 20_000_000

  /// The best candidate within a third of the text's length (at least 2 edits), or one
  /// that contains the text; nil when nothing is close.
  public static func match(_ text: String, in candidates: [String]) -> String? {
    let text = text.lowercased()
    let length = text.count
    guard length <= maximumLength else { return nil }
    let limit = max(2, length / 3)
    var best: (String, Int)?
    var spent = 0
    for candidate in candidates where spent < budget {
      let other = candidate.lowercased()
      let otherLength = other.count
      guard abs(otherLength - length) <= min(limit, best.map { $0.1 - 1 } ?? limit) else {
        continue
      }
      spent += length * otherLength
      let bound = min(limit, (best?.1 ?? .max) - 1)
      if let distance = editDistance(text, other, atMost: bound) { best = (candidate, distance) }
    }
    if let best { return best.0 }
    guard length >= 3 else { return nil }
    return candidates.first { $0.contains(text) }
  }

  /// Levenshtein distance over characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    editDistance(a, b, atMost: .max)!
  }

  /// The distance when it is at most `bound`, else nil (found out early: a row whose
  /// smallest entry exceeds `bound` can only lead to larger ones).
  static func editDistance(_ a: String, _ b: String, atMost bound: Int) -> Int? {
    guard bound >= 0 else { return nil }
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count <= bound ? b.count : nil }
    if b.isEmpty { return a.count <= bound ? a.count : nil }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        smallest = min(smallest, current[j])
      }
      if smallest > bound { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= bound ? previous[b.count] : nil
  }
}
