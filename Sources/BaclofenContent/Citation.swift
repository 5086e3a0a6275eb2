/// How every face names a cited section: "Article › Section". Sources of findings and
/// warning points, and search hits, are all named through here.
public enum Citation {
  /// "Article › Section"; `separator` is "›", or ">" where only ASCII can be shown.
  public static func text(article: String, section: String, separator: String = "›") -> String {
    "\(article) \(separator) \(section)"
  }
}

extension Library {
  /// "Article (kind of publisher) › Section" for a section id, the article's title for an
  /// article id; nil for an id this library does not have.
  public func citation(_ id: String, separator: String = "›") -> String? {
    if let section = section(id: id), let article = article(id: section.articleID) {
      return Citation.text(
        article: article.citedTitle, section: section.title, separator: separator)
    }
    return article(id: id)?.title
  }
}
