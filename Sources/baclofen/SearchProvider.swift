import BaclofenSearch
import BaclofenUI

extension SearchIndex {
  /// The ranked engine in the shape the full-screen reader asks for.
  var provider: SearchProvider {
    { query in
      let response = self.search(query, limit: 30)
      return SearchOutcome(
        query: query, correctedQuery: response.correctedQuery,
        hits: response.results.map {
          SearchHit(
            sectionID: $0.sectionID, sectionTitle: $0.sectionTitle,
            articleTitle: $0.articleTitle, snippet: $0.snippet.text,
            highlights: $0.snippet.highlights)
        },
        aboutStopping: response.aboutStopping,
        matchRanges: { response.matchRanges(in: $0) })
    }
  }
}
