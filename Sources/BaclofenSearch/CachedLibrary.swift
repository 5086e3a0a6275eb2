import BaclofenContent
import Foundation
import GRDB
import GRDBSQLite

/// A content folder of any size, opened through its on-disk index cache.
///
/// For the reader (UI) with a large library:
/// - `library` is the outline: every article and section with ids, titles, nesting and
///   provenance, but **no blocks** — enough for the contents pane and id checks. It is read
///   on first use: a search alone never needs it.
/// - `article(id:)` returns the full text (blocks), parsed on demand from the article file
///   when it is still the version the index was built from; `withText(_:)` never returns a
///   section without text.
/// - `index` searches every section (`SearchIndex.search`), as for the bundled content.
///
/// ```swift
/// // The command line passes its checked writer: a notice is a message, never a trap.
/// let opened = try CachedLibrary.open(folder: url, synonyms: synonyms) { notice in
///   Output.error(notice)
/// }
/// ```
public final class CachedLibrary: @unchecked Sendable {
  public let index: SearchIndex
  /// True when the index was read from the cache rather than built in this run.
  public let reusedCache: Bool

  private let queue: DatabaseQueue
  private let files: ArticleFiles
  private let origin: String
  /// The cache's key: the version of the articles the index is of.
  private let key: String
  /// Beside the cache: says which version of the whole folder was checked and found in order.
  private let checkMark: URL?
  private let lock = NSLock()
  private var loadedOutline: (library: Library, rows: [String: Int])?

  private init(
    queue: DatabaseQueue, files: ArticleFiles, origin: String, outline: Library?,
    synonyms: Synonyms, reused: Bool, key: String, checkMark: URL?
  ) throws {
    queue.inDatabase { db in db.add(function: files.sectionTextFunction()) }
    index = try SearchIndex(opening: queue, synonyms: synonyms)
    self.queue = queue
    self.files = files
    self.origin = origin
    self.key = key
    self.checkMark = checkMark
    reusedCache = reused
    loadedOutline = outline.map { ($0, Self.rows($0)) }
  }

  /// True when `others` (the folder's files besides the articles) were checked in full with
  /// this version of the articles before, by this build of the program (`markChecked`).
  public func wasChecked(with others: ContentFiles) -> Bool {
    guard reusedCache, let checkMark,
      let version = IndexCache.checkedVersion(articles: key, others: others)
    else { return false }
    guard let read = IndexCache.read(checkMark, key: { version }) else { return false }
    sqlite3_free(read.bytes)
    return true
  }

  /// Records that the folder, this version of its articles with `others`, was checked in
  /// full and found in order. Best effort: without the mark the next run checks again.
  public func markChecked(with others: ContentFiles) {
    guard let checkMark, let version = IndexCache.checkedVersion(articles: key, others: others)
    else { return }
    try? Array(version.utf8).withUnsafeBytes {
      try IndexCache.write(checkMark, key: version, image: $0)
    }
  }

  private static func rows(_ library: Library) -> [String: Int] {
    var rows: [String: Int] = [:]
    rows.reserveCapacity(library.articles.count)
    for (offset, article) in library.articles.enumerated() { rows[article.id] = offset + 1 }
    return rows
  }

  /// The outline of the library: sections have `blocks == []` (use `article(id:)` or
  /// `withText(_:)` for their text). Empty only if the cache's outline cannot be read.
  public var library: Library { readOutline().library }

  private func readOutline() -> (library: Library, rows: [String: Int]) {
    lock.lock()
    defer { lock.unlock() }
    if let loadedOutline { return loadedOutline }
    let library = queue.inDatabase { Outline.read($0, origin: origin) }
    let read = (library ?? Library(articles: []), Self.rows(library ?? Library(articles: [])))
    loadedOutline = read
    return read
  }

  /// Opens the articles of `folder` with their index from `cacheDirectory` (by default
  /// `IndexCache.defaultDirectory()`), building and storing it when missing, out of date or
  /// damaged. When the cache cannot be written the index is kept in memory and `notice`
  /// receives one line saying so. Throws the content's problems when it does not load.
  public static func open(
    folder: URL, synonyms: Synonyms,
    cacheDirectory: URL? = IndexCache.defaultDirectory(),
    notice: (String) -> Void = { _ in }
  ) throws(ContentErrors) -> CachedLibrary {
    // Every article is stat-ed for the key on one core while the other reads and checks the
    // cache: on a library of 10,000 articles each takes about as long.
    let stamping = InBackground { ContentFolder.articleStamps(folder) }
    let key = InBackground { IndexCache.key(stamping.value()) }
    let file = cacheDirectory.map { IndexCache.file(for: folder, in: $0) }
    let origin = folder.path
    let checkMark = file.map(IndexCache.checkMark)
    if let file, let image = IndexCache.read(file, key: key.value),
      let opened = opening(
        image, origin: origin, synonyms: synonyms, key: key.value(), checkMark: checkMark)
    {
      return opened
    }
    let read = try ContentFolder.read(folder) { $0.hasPrefix(LibraryLoader.articleFolder) }
    let library = try LibraryLoader.loadStrict(read)
    do {
      let queue = try DatabaseQueue()
      let articleFiles = ArticleFiles(origin: read.origin)
      try queue.write { db in
        db.add(function: articleFiles.sectionTextFunction())
        try fill(db, library: library, origin: read.origin, stamps: stamping.value())
      }
      if let file {
        do {
          try queue.inDatabase { db in
            try SearchIndex.serialize(db) {
              try IndexCache.write(file, key: key.value(), image: $0)
            }
          }
        } catch {
          notice(
            "baclofen: cannot write the index cache in \(file.deletingLastPathComponent().path) "
              + "(\(error)); indexing in memory")
        }
      } else {
        notice("baclofen: no cache folder (HOME is not set); indexing in memory")
      }
      return try CachedLibrary(
        queue: queue, files: articleFiles, origin: read.origin, outline: outline(of: library),
        synonyms: synonyms, reused: false, key: key.value(), checkMark: checkMark)
    } catch {
      throw ContentErrors([
        ContentIssue(path: read.origin, line: nil, message: "could not build the index: \(error)")
      ])
    }
  }

  /// The library in a cache's image (from `IndexCache.read`, which it takes over) of the
  /// folder `origin`; nil when the image is not an index.
  static func opening(
    _ image: (bytes: UnsafeMutableRawPointer, count: Int), origin: String, synonyms: Synonyms,
    key: String = "", checkMark: URL? = nil
  ) -> CachedLibrary? {
    guard let queue = try? SearchIndex.deserialize(image.bytes, count: image.count) else {
      return nil
    }
    return try? CachedLibrary(
      queue: queue, files: ArticleFiles(origin: origin), origin: origin, outline: nil,
      synonyms: synonyms, reused: true, key: key, checkMark: checkMark)
  }

  /// Every table of a cache: the index (whose section texts are read from the article files
  /// through `ArticleFiles.contentView`), its vocabulary, each section's words numbered into
  /// it (`SectionWords`) and the outline.
  private static func fill(_ db: Database, library: Library, origin: String, stamps: [FileStamp])
    throws
  {
    // Counted on a connection of its own, beside the indexing (on the other core).
    let counting = InBackground {
      try? DatabaseQueue().inDatabase { db in
        try SectionWords.count(library, tokenizers: Tokenizers(db), keepingSections: true)
      }
    }
    try SearchIndex.build(db, library: library, content: "sectionText")
    let counted =
      try counting.value()
      ?? SectionWords.count(library, tokenizers: Tokenizers(db), keepingSections: true)
    try LazyVocabulary.store(db, text: LazyVocabulary.text(counted.vocabulary))
    try SectionWords.store(db, sections: counted.sections)
    try Outline.store(db, library: library, origin: origin, stamps: stamps)
    try db.execute(sql: ArticleFiles.contentView)
  }

  private static func outline(of library: Library) -> Library {
    var outline = library
    for a in outline.articles.indices {
      for s in outline.articles[a].sections.indices { outline.articles[a].sections[s].blocks = [] }
    }
    return outline
  }

  /// The whole article with its blocks, read from its file; nil for an unknown id, or when the
  /// file has changed since the index was built, or cannot be read or parsed.
  public func article(id: String) -> Article? {
    guard let row = readOutline().rows[id] else { return nil }
    let stored = try? queue.inDatabase { db in
      try Row.fetchOne(
        db, sql: "SELECT file, size, modified FROM articles WHERE rowid = ?", arguments: [row])
    }
    guard let stored = stored ?? nil else { return nil }
    return files.article(file: stored[0], size: stored[1], modified: stored[2])
  }

  /// `outline` (an article of `library`) with its text: the whole article, or when its file
  /// has changed or cannot be read, each section with one paragraph that says so.
  public func withText(_ outline: Article) -> Article {
    if let article = article(id: outline.id) { return article }
    var stand = outline
    let message =
      "The text of this article cannot be shown: \(outline.path) has changed or cannot be "
      + "read since the library was opened. Quit and open baclofen again to read it."
    for index in stand.sections.indices {
      stand.sections[index].blocks = [.paragraph(RichText(message))]
    }
    return stand
  }

  /// The whole section (`article-id/slug`) with its blocks; nil for an unknown id or when its
  /// article cannot be read (see `article(id:)`).
  public func section(id: String) -> Section? {
    guard let slash = id.firstIndex(of: "/") else { return nil }
    return article(id: String(id[..<slash]))?.sections.first { $0.id == id }
  }
}
