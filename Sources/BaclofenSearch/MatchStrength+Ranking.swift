extension Ranking {
  /// How directly the best section answers: `weak` when more than one in three of the
  /// query's informative words are unknown to the library, when the best section matches
  /// fewer than two in three of them, or
  /// uses none of them close together ("drug" and "test" sentences apart do not answer "drug
  /// test"), or when only question words match and the best section's title does not hold
  /// them all.
  func strength(top: Candidate?, known: Set<Int>, titleMatchesAll: Bool) -> MatchStrength {
    guard let top else { return .none }
    let informative = concepts.indices.filter { concepts[$0].isInformative }
    guard !informative.isEmpty else { return titleMatchesAll ? .strong : .weak }
    // One unknown word in three may be said in passing ("her morning dose"); more, and the
    // question is likely about something the articles do not cover.
    let unknown = informative.filter { !known.contains($0) }.count
    guard 3 * unknown <= informative.count, unknown < informative.count else { return .weak }
    let matched = informative.filter { top.bm25[$0] > 0 }.count
    guard 3 * matched >= 2 * informative.count else { return .weak }
    return matched < 2 || top.near || titleMatchesAll ? .strong : .weak
  }
}
