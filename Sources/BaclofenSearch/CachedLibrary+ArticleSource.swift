import BaclofenContent

/// The cache lists the articles from its index and reads an article's file when it is shown;
/// an article whose file has changed gets sections that say so, never sections without text.
extension CachedLibrary: ArticleSource {
  public var outline: Library { library }
  public func fullArticle(_ article: Article) -> Article { withText(article) }
}
