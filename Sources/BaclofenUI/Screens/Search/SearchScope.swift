/// The article being read, which the search can be narrowed to (Ctrl-T on the search line):
/// find in this article, as in less, besides across the library.
struct SearchScope: Sendable, Hashable {
  var articleID: String
  /// Results from this article only.
  var only = false

  /// Enough to hold every section of any article.
  private static let everySection = 10_000

  /// The outcome's hits from this article, all of them, when narrowed.
  func narrow(_ outcome: SearchOutcome) -> SearchOutcome {
    guard only else { return outcome }
    var all = outcome.moreHits ? outcome.more?(Self.everySection) ?? outcome : outcome
    all.results.hits = all.hits.filter { $0.sectionID.hasPrefix(articleID + "/") }
    all.moreHits = false
    all.more = nil
    return all
  }
}
