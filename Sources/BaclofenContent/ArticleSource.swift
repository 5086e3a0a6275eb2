/// Where the articles come from. Every article and section is listed at once (`outline`),
/// but a large library reads an article's text only when it is shown: callers get text from
/// `fullArticle` and so never see an outline's empty sections.
public protocol ArticleSource: Sendable {
  /// Every article and section with its title and id; the text may be missing.
  var outline: Library { get }
  /// `article` of the outline with its text.
  func fullArticle(_ article: Article) -> Article
}

extension Library: ArticleSource {
  public var outline: Library { self }
  public func fullArticle(_ article: Article) -> Article { article }
}
