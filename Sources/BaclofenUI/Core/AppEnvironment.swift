import BaclofenContent
import BaclofenQuiz
import BaclofenText

/// What does not change while the app runs: the content, the search provider, the glyph set,
/// and the layout cache.
public final class AppEnvironment: Sendable {
  /// Every article and section; text comes from `source` when an article is laid out.
  public let library: Library
  let source: ArticleSource
  public let withdrawal: WithdrawalWarning
  public let search: SearchProvider
  /// "Is baclofen for you?"; without it the questionnaire page says it is not available.
  public var questionnaire: Questionnaire? { questionnaireOnFirstUse() }
  /// Not asked for until a screen shows it: the reader's first frame does not wait for it.
  private let questionnaireOnFirstUse: @Sendable () -> Questionnaire?
  public let glyphs: Glyphs
  let layouts = LayoutCache()
  /// Columns the contents pane needs to show every title whole (with its indent).
  let contentsWidest: Int

  public init(
    library: ArticleSource, withdrawal: WithdrawalWarning, search: @escaping SearchProvider,
    questionnaire: @autoclosure @escaping @Sendable () -> Questionnaire? = nil,
    ascii: Bool = false
  ) {
    self.library = library.outline
    self.source = library
    self.withdrawal = withdrawal
    self.search = search
    questionnaireOnFirstUse = questionnaire
    self.glyphs = Glyphs(ascii: ascii)
    contentsWidest =
      library.outline.articles.map { article in
        max(
          article.title.terminalSafe.displayWidth + 3,
          article.sections.map { $0.title.terminalSafe.displayWidth + 1 + 2 * $0.level }.max()
            ?? 0)
      }.max() ?? 0
  }

  var articles: [Article] { library.articles }

  /// Article `index` laid out `width` columns wide, highlighting `search`'s matches.
  func layout(article index: Int, width: Int, search: SearchOutcome? = nil) -> ArticleLayout {
    layouts.layout((index, width, search?.highlightKey)) {
      let article = library.articles[index]
      return ArticleLayout(
        article: source.fullArticle(article), width: width, glyphs: glyphs,
        highlighter: search)
    }
  }

  /// (article index, section index) of a section id.
  func locate(sectionID: String) -> (Int, Int)? {
    for (a, article) in library.articles.enumerated() {
      if let s = article.sections.firstIndex(where: { $0.id == sectionID }) { return (a, s) }
    }
    return nil
  }

  /// "Article (kind of publisher) › Section" for a section id; the id alone when unknown.
  func sourceName(_ id: String) -> String {
    guard library.section(id: id) != nil else { return id }
    return library.citation(id, separator: glyphs.pointer) ?? id
  }
}
