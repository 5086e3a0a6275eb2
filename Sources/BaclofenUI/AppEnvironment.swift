import BaclofenContent

/// What does not change while the app runs: the content, the search provider, the glyph set,
/// and the layout cache.
public final class AppEnvironment: Sendable {
  public let library: Library
  public let withdrawal: WithdrawalWarning
  public let search: SearchProvider
  public let glyphs: Glyphs
  let layouts = LayoutCache()

  public init(
    library: Library, withdrawal: WithdrawalWarning, search: @escaping SearchProvider,
    ascii: Bool = false
  ) {
    self.library = library
    self.withdrawal = withdrawal
    self.search = search
    self.glyphs = Glyphs(ascii: ascii)
  }

  var articles: [Article] { library.articles }

  /// Article `index` laid out `width` columns wide, highlighting `search`'s matches.
  func layout(article index: Int, width: Int, search: SearchOutcome? = nil) -> ArticleLayout {
    layouts.layout((index, width, search?.highlightKey)) {
      ArticleLayout(
        article: library.articles[index], width: width, glyphs: glyphs, highlighter: search)
    }
  }

  /// (article index, section index) of a section id.
  func locate(sectionID: String) -> (Int, Int)? {
    for (a, article) in library.articles.enumerated() {
      if let s = article.sections.firstIndex(where: { $0.id == sectionID }) { return (a, s) }
    }
    return nil
  }

  /// "Article title — Section title" for a section or article id.
  func sourceName(_ id: String) -> String {
    if let (a, s) = locate(sectionID: id) {
      return "\(library.articles[a].title) \(glyphs.dash) \(library.articles[a].sections[s].title)"
    }
    return library.article(id: id)?.title ?? id
  }
}
