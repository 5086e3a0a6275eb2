/// Search results, composed once: what was searched, the hits best first, and the lines
/// that go with them. The search screen, line mode and `baclofen search` render this, so
/// the three say the same things in the same order: the summary, the safety line for a
/// query about stopping, then the hits.
public struct SearchResults: Sendable, Hashable {
  public struct Hit: Sendable, Hashable {
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

    /// "Article › Section".
    public func citation(separator: String = "›") -> String {
      Citation.text(article: articleTitle, section: sectionTitle, separator: separator)
    }
  }

  /// The query as typed.
  public var query: String
  /// The query actually searched when the typed one was corrected.
  public var correctedQuery: String?
  /// Best first.
  public var hits: [Hit]
  /// More sections match than `hits` holds.
  public var moreHits = false
  /// No hit answers the query directly (only filler words match, or its key words are not
  /// in the articles): the hits are only the closest.
  public var closestOnly = false
  /// The query is about stopping or coming off baclofen: the warning is offered.
  public var aboutStopping = false

  public init(
    query: String, correctedQuery: String? = nil, hits: [Hit], moreHits: Bool = false,
    closestOnly: Bool = false, aboutStopping: Bool = false
  ) {
    self.query = query
    self.correctedQuery = correctedQuery
    self.hits = hits
    self.moreHits = moreHits
    self.closestOnly = closestOnly
    self.aboutStopping = aboutStopping
  }

  public static let closestOnlyLine = "No section answers this directly; closest matches:"

  /// The safety line for a query about stopping; `howToOpen` is how this face opens the
  /// warning ("type w for the withdrawal warning").
  public static func stoppingLine(_ howToOpen: String) -> String {
    "Never stop baclofen suddenly: \(howToOpen)."
  }

  /// What was searched and what was found, shown before the hits: the correction, then
  /// that nothing matched, that the hits only come close, or how many there are.
  public var summary: [String] { summary(pagingHint: nil) }

  /// The summary for a face that can fetch the rest: `pagingHint` says how
  /// ("↓ past the last shows more").
  public func summary(pagingHint: String?) -> [String] {
    var lines: [String] = []
    if let corrected = correctedQuery, !hits.isEmpty {
      lines.append("Showing results for \u{201C}\(corrected)\u{201D}.")
    }
    if hits.isEmpty {
      lines.append("No section matches \u{201C}\(correctedQuery ?? query)\u{201D}.")
    } else if closestOnly {
      lines.append(Self.closestOnlyLine)
    } else if moreHits {
      lines.append(
        pagingHint.map { "The best \(hits.count) sections so far; \($0)." }
          ?? "The best \(hits.count) sections; more match.")
    } else {
      lines.append(hits.count == 1 ? "1 section." : "\(hits.count) sections.")
    }
    return lines
  }
}
