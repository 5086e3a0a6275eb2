import BaclofenSearch
import Testing

/// Behaviour that makes search answer wording it was not tuned on.
@Suite struct GeneralisationTests {
  func ids(_ query: String, limit: Int = 10) -> [String] {
    bundledIndex.search(query, limit: limit).results.map(\.sectionID)
  }

  /// A whole word at the end of the query is not matched as the beginning of other words:
  /// FTS5 stems a prefix, and "kids" would find "kidney".
  @Test(arguments: ["keep them away from the kids", "safe around kids"])
  func aWholeLastWordIsNotAPrefix(_ query: String) {
    #expect(!ids(query, limit: 3).contains("august-overview/kidney-disease"))
  }

  /// A word still being typed is matched as the beginning of a word.
  @Test func aPartLastWordIsStillAPrefix() {
    #expect(ids("kidn", limit: 3).contains("august-overview/kidney-disease"))
  }
}
