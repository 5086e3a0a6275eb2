/// Builds the `Library` from the `articles/*.md` files of a content folder, collecting every
/// problem (bad UTF-8, malformed front matter, duplicate ids, empty sections, …).
public enum LibraryLoader {
  public static let articleFolder = "articles/"

  public static func load(_ content: ContentFiles) -> (Library, [ContentIssue]) {
    var articles: [Article] = []
    var issues: [ContentIssue] = []
    var idPaths: [String: String] = [:]
    let files = content.files.filter {
      $0.path.hasPrefix(articleFolder) && $0.path.hasSuffix(".md")
    }
    if files.isEmpty {
      issues.append(
        ContentIssue(
          path: content.displayPath("articles"), line: nil,
          message: "no articles found (expected articles/<id>.md files)"))
    }
    for file in files {
      let path = content.displayPath(file.path)
      switch content.text(of: file) {
      case .failure(let issue): issues.append(issue)
      case .success(let text):
        let (article, found) = ArticleParser.parse(text, path: path)
        issues += found
        guard let article else { continue }
        if let other = idPaths[article.id] {
          issues.append(
            ContentIssue(
              path: path, line: 2,
              message: "article id `\(article.id)` is already used by \(other)"))
          continue
        }
        idPaths[article.id] = path
        articles.append(article)
      }
    }
    // Reading order follows the original sources (000, 001, …), then file names.
    articles.sort {
      ($0.provenance.source ?? $0.path, $0.path) < ($1.provenance.source ?? $1.path, $1.path)
    }
    return (Library(articles: articles), issues)
  }

  /// The library, or every problem found.
  public static func loadStrict(_ content: ContentFiles) throws(ContentErrors) -> Library {
    let (library, issues) = load(content)
    guard issues.isEmpty else { throw ContentErrors(issues) }
    return library
  }
}
