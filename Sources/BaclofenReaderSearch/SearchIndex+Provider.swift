import BaclofenContent
import BaclofenSearch
import BaclofenUI

/// Joins the two halves that must not know each other: the reader asks for a
/// `SearchProvider`, the engine answers `SearchResponse`s.
extension SearchIndex {
  /// The ranked engine in the shape the full-screen reader and line mode ask for.
  public var provider: SearchProvider {
    // Two screens of results at first: every result costs a snippet, every keystroke.
    { query in self.outcome(query, limit: 16) }
  }

  /// Up to `limit` results; the outcome fetches more when the reader pages past them.
  func outcome(_ query: String, limit: Int) -> SearchOutcome {
    let response = self.search(query, limit: limit)
    var result = SearchOutcome(response.document, matchRanges: { response.matchRanges(in: $0) })
    result.more = { self.outcome(query, limit: $0) }
    return result
  }
}

extension SearchResponse {
  /// The response as the results every face shows.
  public var document: SearchResults {
    SearchResults(
      query: query, correctedQuery: correctedQuery,
      hits: results.map {
        SearchResults.Hit(
          sectionID: $0.sectionID, sectionTitle: $0.sectionTitle, articleTitle: $0.articleTitle,
          snippet: $0.snippet.text, highlights: $0.snippet.highlights)
      },
      moreHits: moreResults, closestOnly: match == .weak, aboutStopping: aboutStopping)
  }
}
