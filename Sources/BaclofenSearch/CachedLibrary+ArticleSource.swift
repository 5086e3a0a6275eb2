import BaclofenContent

/// The cache lists the articles from its index and reads an article's file when it is shown.
extension CachedLibrary: ArticleSource {
  public var outline: Library { library }
  public func fullArticle(_ article: Article) -> Article { self.article(id: article.id) ?? article }
}
