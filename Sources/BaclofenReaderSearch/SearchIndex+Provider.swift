import BaclofenSearch
import BaclofenUI

/// Joins the two halves that must not know each other: the reader asks for a
/// `SearchProvider`, the engine answers `SearchResponse`s.
extension SearchIndex {
  /// The ranked engine in the shape the full-screen reader asks for.
  public var provider: SearchProvider {
    // Two screens of results at first: every result costs a snippet, every keystroke.
    { query in self.outcome(query, limit: 16) }
  }

  /// Up to `limit` results; the outcome fetches more when the reader pages past them.
  func outcome(_ query: String, limit: Int) -> SearchOutcome {
    let response = self.search(query, limit: limit)
    var result = SearchOutcome(
      query: query, correctedQuery: response.correctedQuery,
      hits: response.results.map {
        SearchHit(
          sectionID: $0.sectionID, sectionTitle: $0.sectionTitle,
          articleTitle: $0.articleTitle, snippet: $0.snippet.text,
          highlights: $0.snippet.highlights)
      },
      aboutStopping: response.aboutStopping,
      matchRanges: { response.matchRanges(in: $0) })
    result.moreHits = response.moreResults
    result.more = { self.outcome(query, limit: $0) }
    if response.match == .weak { result.noDirectAnswer = SearchResponse.noDirectAnswer }
    return result
  }
}
