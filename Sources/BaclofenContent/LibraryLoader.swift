import Foundation

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
    for (file, parsed) in zip(files, parseAll(files, content)) {
      let path = content.displayPath(file.path)
      switch parsed {
      case .failure(let issue): issues.append(issue)
      case .success(let (article, found)):
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

  /// Each file decoded and parsed, in order; a large folder on every core (parsing is pure,
  /// and it was most of the cold start of a 10,000-article library).
  private static func parseAll(_ files: [ContentFile], _ content: ContentFiles)
    -> [Result<(Article?, [ContentIssue]), ContentIssue>]
  {
    @Sendable func parse(_ file: ContentFile) -> Result<(Article?, [ContentIssue]), ContentIssue> {
      content.text(of: file).map { ArticleParser.parse($0, path: content.displayPath(file.path)) }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard files.count >= 64, cores > 1 else { return files.map(parse) }
    let chunk = (files.count + cores - 1) / cores
    let parts = Parts<Result<(Article?, [ContentIssue]), ContentIssue>>(count: cores)
    DispatchQueue.concurrentPerform(iterations: cores) { part in
      let range = (part * chunk)..<min(files.count, (part + 1) * chunk)
      parts.set(part, range.isEmpty ? [] : files[range].map(parse))
    }
    return parts.joined()
  }

  /// The library, or every problem found.
  public static func loadStrict(_ content: ContentFiles) throws(ContentErrors) -> Library {
    let (library, issues) = load(content)
    guard issues.isEmpty else { throw ContentErrors(issues) }
    return library
  }
}

/// Results of work split over threads, each part written once by its own thread.
private final class Parts<Element>: @unchecked Sendable {
  private let lock = NSLock()
  private var parts: [[Element]]

  init(count: Int) { parts = Array(repeating: [], count: count) }

  func set(_ index: Int, _ elements: [Element]) {
    lock.lock()
    parts[index] = elements
    lock.unlock()
  }

  func joined() -> [Element] { parts.flatMap { $0 } }
}
