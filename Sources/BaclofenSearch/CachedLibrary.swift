import BaclofenContent
import Foundation
import GRDB

/// A content folder of any size, opened through its on-disk index cache.
///
/// For the reader (UI) with a large library:
/// - `library` is the outline: every article and section with ids, titles, nesting and
///   provenance, but **no blocks** — enough for the contents pane and id checks.
/// - `article(id:)` / `section(id:)` return the full text (blocks), parsed on demand from the
///   copy of the article kept in the cache; call them when a section is opened.
/// - `index` searches every section (`SearchIndex.search`), as for the bundled content.
///
/// ```swift
/// let opened = try CachedLibrary.open(folder: url, synonyms: synonyms) { notice in
///   FileHandle.standardError.write(Data((notice + "\n").utf8))
/// }
/// ```
public final class CachedLibrary: Sendable {
  /// The outline of the library: sections have `blocks == []`.
  public let library: Library
  public let index: SearchIndex
  /// True when the index was read from the cache rather than built in this run.
  public let reusedCache: Bool

  private let queue: DatabaseQueue
  private let articleRows: [String: Int64]
  private let parsed = ParsedArticles()

  private init(library: Library, index: SearchIndex, queue: DatabaseQueue, reused: Bool) {
    self.library = library
    self.index = index
    self.queue = queue
    reusedCache = reused
    var rows: [String: Int64] = [:]
    rows.reserveCapacity(library.articles.count)
    for (offset, article) in library.articles.enumerated() { rows[article.id] = Int64(offset + 1) }
    articleRows = rows
  }

  /// Opens the articles of `folder` with their index from `cacheDirectory` (by default
  /// `IndexCache.defaultDirectory()`), building and storing it when missing, out of date or
  /// damaged. When the cache cannot be written the index is built in memory and `notice`
  /// receives one line saying so. Throws the content's problems when it does not load.
  public static func open(
    folder: URL, synonyms: Synonyms,
    cacheDirectory: URL? = IndexCache.defaultDirectory(),
    notice: (String) -> Void = { _ in }
  ) throws(ContentErrors) -> CachedLibrary {
    // Every article is stat-ed for the key on one core while the other reads the cache: on
    // a library of 10,000 articles each is about a third of a warm start.
    let stamping = InBackground { IndexCache.key(ContentFolder.articleStamps(folder)) }
    let file = cacheDirectory.map { IndexCache.file(for: folder, in: $0) }
    if let file, let opened = reopen(file, key: stamping.value, synonyms: synonyms) {
      return opened
    }
    let key = stamping.value()
    let files = try ContentFolder.read(folder) { $0.hasPrefix(LibraryLoader.articleFolder) }
    let library = try LibraryLoader.loadStrict(files)
    guard let file else {
      notice("baclofen: no cache folder (HOME is not set); indexing in memory")
      return try inMemory(library, files: files, synonyms: synonyms)
    }
    do {
      try IndexCache.write(file) { db in try fill(db, library: library, files: files, key: key) }
      if let opened = reopen(file, key: { key }, synonyms: synonyms, reused: false) {
        return opened
      }
      notice("baclofen: the index cache \(file.path) could not be read back; indexing in memory")
    } catch {
      notice(
        "baclofen: cannot write the index cache in \(file.deletingLastPathComponent().path) "
          + "(\(error.localizedDescription)); indexing in memory")
    }
    return try inMemory(library, files: files, synonyms: synonyms)
  }

  /// The cache in `file` when it was written for `key`, which is asked for last: working it
  /// out may take as long as reading the cache.
  private static func reopen(
    _ file: URL, key: () -> String, synonyms: Synonyms, reused: Bool = true
  ) -> CachedLibrary? {
    guard let (queue, blob, storedKey) = IndexCache.openIfWhole(file),
      let library = Outline.decode(blob),
      let index = try? SearchIndex(opening: queue, synonyms: synonyms),
      storedKey == key()
    else { return nil }
    return CachedLibrary(library: library, index: index, queue: queue, reused: reused)
  }

  private static func inMemory(_ library: Library, files: ContentFiles, synonyms: Synonyms)
    throws(ContentErrors) -> CachedLibrary
  {
    do {
      let queue = try DatabaseQueue()
      try queue.write { db in try fill(db, library: library, files: files, key: "") }
      let index = try SearchIndex(opening: queue, synonyms: synonyms)
      return CachedLibrary(
        library: Outline.decode(Outline.encode(library)) ?? library, index: index, queue: queue,
        reused: false)
    } catch {
      throw ContentErrors([
        ContentIssue(path: files.origin, line: nil, message: "could not build the index: \(error)")
      ])
    }
  }

  /// Every table of a cache: the index, the outline and each article's text for later.
  private static func fill(_ db: Database, library: Library, files: ContentFiles, key: String)
    throws
  {
    try SearchIndex.build(db, library: library)
    try LazyVocabulary.store(db, library: library)
    try db.execute(
      sql: """
        CREATE TABLE meta(name TEXT PRIMARY KEY, value);
        CREATE TABLE articles(rowid INTEGER PRIMARY KEY, path TEXT, markdown TEXT);
        """)
    let texts = Dictionary(
      files.files.map { (files.displayPath($0.path), $0) }, uniquingKeysWith: { a, _ in a })
    let insert = try db.makeStatement(sql: "INSERT INTO articles VALUES (?, ?, ?)")
    for (offset, article) in library.articles.enumerated() {
      let text = texts[article.path].flatMap { try? files.text(of: $0).get() } ?? ""
      try insert.execute(arguments: [offset + 1, article.path, text])
    }
    try db.execute(
      sql: "INSERT INTO meta VALUES ('format', ?), ('key', ?), ('outline', ?)",
      arguments: [IndexCache.formatVersion, key, Data(Outline.encode(library))])
  }

  /// The whole article with its blocks, parsed from the cache; nil for an unknown id.
  public func article(id: String) -> Article? {
    guard let row = articleRows[id] else { return nil }
    return parsed.article(id) {
      let stored = try? queue.read { db in
        try Row.fetchOne(
          db, sql: "SELECT path, markdown FROM articles WHERE rowid = ?", arguments: [row])
      }
      guard let stored = stored ?? nil else { return nil }
      return ArticleParser.parse(stored[1], path: stored[0]).0
    }
  }

  /// The whole section (`article-id/slug`) with its blocks; nil for an unknown id.
  public func section(id: String) -> Section? {
    guard let slash = id.firstIndex(of: "/") else { return nil }
    return article(id: String(id[..<slash]))?.sections.first { $0.id == id }
  }
}

/// A value worked out on another thread; `value()` waits for it.
private final class InBackground<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var waited = false
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async {
      self.result = work()
      self.done.signal()
    }
  }

  func value() -> Value {
    lock.lock()
    defer { lock.unlock() }
    if !waited {
      done.wait()
      waited = true
    }
    return result!
  }
}

/// Recently opened articles, so moving between sections of one article parses it once.
private final class ParsedArticles: @unchecked Sendable {
  private let lock = NSLock()
  private var articles: [String: Article] = [:]

  func article(_ id: String, parse: () -> Article?) -> Article? {
    lock.lock()
    defer { lock.unlock() }
    if let article = articles[id] { return article }
    guard let article = parse() else { return nil }
    if articles.count >= 32 { articles.removeAll(keepingCapacity: true) }
    articles[id] = article
    return article
  }
}
