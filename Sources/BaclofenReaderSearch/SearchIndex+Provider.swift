import BaclofenSearch
import BaclofenUI

/// Joins the two halves that must not know each other: the reader asks for a
/// `SearchProvider`, the engine answers `SearchResponse`s.
extension SearchIndex {
  /// The ranked engine in the shape the full-screen reader asks for.
  public var provider: SearchProvider {
    { query in
      // Two screens of results at most: every result costs a snippet, every keystroke.
      let response = self.search(query, limit: 16)
      var outcome = SearchOutcome(
        query: query, correctedQuery: response.correctedQuery,
        hits: response.results.map {
          SearchHit(
            sectionID: $0.sectionID, sectionTitle: $0.sectionTitle,
            articleTitle: $0.articleTitle, snippet: $0.snippet.text,
            highlights: $0.snippet.highlights)
        },
        aboutStopping: response.aboutStopping,
        matchRanges: { response.matchRanges(in: $0) })
      outcome.moreHits = response.moreResults
      if response.match == .weak { outcome.noDirectAnswer = SearchResponse.noDirectAnswer }
      return outcome
    }
  }
}
