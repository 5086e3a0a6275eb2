import BaclofenContent

/// The search interface the UI needs. The app is given a `SearchProvider` at start-up; the
/// real engine is adapted to it outside this module, tests use `StandInSearch`.
public struct SearchOutcome: Sendable {
  /// What the search screen and line mode show.
  public var results: SearchResults
  /// The same search with up to this many hits, for paging past the last one shown.
  public var more: (@Sendable (Int) -> SearchOutcome)?
  /// Every match of the query in a text, for highlighting the opened sections.
  public var matchRanges: @Sendable (String) -> [Range<String.Index>]

  public init(
    query: String, correctedQuery: String? = nil, hits: [SearchHit], aboutStopping: Bool = false,
    matchRanges: @escaping @Sendable (String) -> [Range<String.Index>]
  ) {
    self.init(
      SearchResults(
        query: query, correctedQuery: correctedQuery, hits: hits, aboutStopping: aboutStopping),
      matchRanges: matchRanges)
  }

  public init(
    _ results: SearchResults,
    matchRanges: @escaping @Sendable (String) -> [Range<String.Index>]
  ) {
    self.results = results
    self.matchRanges = matchRanges
  }

  public static func empty(_ query: String) -> SearchOutcome {
    SearchOutcome(query: query, hits: [], matchRanges: { _ in [] })
  }

  /// The query as typed.
  public var query: String { results.query }
  /// The query actually searched when the typed one was corrected ("Showing results for …").
  public var correctedQuery: String? { results.correctedQuery }
  /// Best first.
  public var hits: [SearchHit] { results.hits }
  /// More sections match than `hits` holds (the search stops at a screenful or two).
  public var moreHits: Bool {
    get { results.moreHits }
    set { results.moreHits = newValue }
  }
  /// The query is about stopping or coming off baclofen: offer the withdrawal warning.
  public var aboutStopping: Bool { results.aboutStopping }

  /// Identifies the highlighting, for caching highlighted layouts.
  var highlightKey: String { "\(query)\u{1}\(correctedQuery ?? "")" }
}

public typealias SearchHit = SearchResults.Hit

public typealias SearchProvider = @Sendable (String) -> SearchOutcome
