/// The search interface the UI needs. The app is given a `SearchProvider` at start-up; the
/// real engine is adapted to it outside this module, tests use `StandInSearch`.
public struct SearchOutcome: Sendable {
  /// The query as typed.
  public var query: String
  /// The query actually searched when the typed one was corrected ("Showing results for …").
  public var correctedQuery: String?
  /// Best first.
  public var hits: [SearchHit]
  /// More sections match than `hits` holds (the search stops at a screenful or two).
  public var moreHits = false
  /// The same search with up to this many hits, for paging past the last one shown.
  public var more: (@Sendable (Int) -> SearchOutcome)?
  /// Set when no hit answers the query directly (only filler words, or its key words are not
  /// in the articles): the line that says the hits are only the closest.
  public var noDirectAnswer: String?
  /// The query is about stopping or coming off baclofen: offer the withdrawal warning.
  public var aboutStopping: Bool
  /// Every match of the query in a text, for highlighting the opened sections.
  public var matchRanges: @Sendable (String) -> [Range<String.Index>]

  public init(
    query: String, correctedQuery: String? = nil, hits: [SearchHit], aboutStopping: Bool = false,
    matchRanges: @escaping @Sendable (String) -> [Range<String.Index>]
  ) {
    self.query = query
    self.correctedQuery = correctedQuery
    self.hits = hits
    self.aboutStopping = aboutStopping
    self.matchRanges = matchRanges
  }

  public static func empty(_ query: String) -> SearchOutcome {
    SearchOutcome(query: query, hits: [], matchRanges: { _ in [] })
  }

  /// Identifies the highlighting, for caching highlighted layouts.
  var highlightKey: String { "\(query)\u{1}\(correctedQuery ?? "")" }
}

public struct SearchHit: Sendable, Hashable {
  public var sectionID: String
  public var sectionTitle: String
  public var articleTitle: String
  public var snippet: String
  /// Matched words in `snippet`, as Character offsets.
  public var highlights: [Range<Int>]

  public init(
    sectionID: String, sectionTitle: String, articleTitle: String, snippet: String,
    highlights: [Range<Int>]
  ) {
    self.sectionID = sectionID
    self.sectionTitle = sectionTitle
    self.articleTitle = articleTitle
    self.snippet = snippet
    self.highlights = highlights
  }
}

public typealias SearchProvider = @Sendable (String) -> SearchOutcome
