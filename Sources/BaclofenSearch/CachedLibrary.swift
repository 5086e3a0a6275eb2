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
///
/// The cache is read in place (see `IndexCache`): damage in it — a page that does not match
/// its checksum, a file cut short or rewritten by another process — may first show while
/// searching or reading the outline. The library is then built again from the folder (and
/// its cache written anew), once, and the search or read asked again of it: the user sees
/// the answer, never the damage.
public final class CachedLibrary: @unchecked Sendable {
  public let index: SearchIndex
  /// True when the index was read from the cache rather than built in this run.
  public let reusedCache: Bool

  private let queue: DatabaseQueue
  private let files: ArticleFiles
  private let origin: String
  /// The cache's key: the version of the articles the index is of.
  private var key: String
  /// Beside the cache: says which version of the whole folder was checked and found in order.
  private let checkMark: URL?
  /// The library built again if the cache turns out damaged (nil when built in this run).
  private let rebuilding: Rebuilding?
  private let lock = NSLock()
  private var loadedOutline: (library: Library, rows: [String: Int])?

  private init(
    queue: DatabaseQueue, files: ArticleFiles, origin: String, outline: Library?,
    synonyms: Synonyms, key: String, checkMark: URL?, rebuilding: Rebuilding?,
    tables: OpeningTables? = nil
  ) throws {
    queue.inDatabase { db in db.add(function: files.sectionTextFunction()) }
    index =
      try tables.map { try SearchIndex(opening: queue, tables: $0, synonyms: synonyms) }
      ?? SearchIndex(opening: queue, synonyms: synonyms)
    self.queue = queue
    self.files = files
    self.origin = origin
    self.key = key
    self.checkMark = checkMark
    self.rebuilding = rebuilding
    reusedCache = rebuilding != nil
    loadedOutline = outline.map { ($0, Self.rows($0)) }
    if let rebuilding { index.recovery.rebuildWith { rebuilding.library()?.index } }
  }

  /// What opening a folder's cache can start before its synonyms are read, each on another
  /// thread: its articles stat-ed for the key, and the cache's connection opened (2.4 M
  /// instructions, most of them GRDB's set-up, off the thread that then reads the synonyms).
  public final class Opening: Sendable {
    let key: ArticleKey
    let queue: InBackground<DatabaseQueue?>?

    public init(folder: URL, cacheDirectory: URL?) {
      let file = cacheDirectory.map { IndexCache.file(for: folder, in: $0) }
      key = ArticleKey(folder, listings: file.map(FolderListings.file))
      queue = file.map { file in InBackground { IndexCache.openIndex(file) } }
    }
  }

  /// Builds a library again from its folder, once, for every caller that finds its cache
  /// damaged (a search on any thread, or the reader).
  final class Rebuilding: @unchecked Sendable {
    private let lock = NSLock()
    private let build: () -> CachedLibrary?
    private var tried = false
    private var built: CachedLibrary?

    init(_ build: @escaping () -> CachedLibrary?) { self.build = build }

    /// The library built again; nil when it could not be (its content no longer loads).
    func library() -> CachedLibrary? {
      lock.lock()
      defer { lock.unlock() }
      if !tried {
        tried = true
        built = build()
      }
      return built
    }

    /// The library built again, if it has been.
    var ready: CachedLibrary? {
      lock.lock()
      defer { lock.unlock() }
      return built
    }
  }

  /// True when `error` is the cache's damage showing: corrupt, not a database, or an I/O
  /// error (a page that does not match its checksum, a file cut short).
  static func isDamage(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_IOERR].contains(error.resultCode)
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
  /// `withText(_:)` for their text). Empty only if the outline can be neither read from the
  /// cache nor built again.
  public var library: Library {
    if let rebuilt = rebuilding?.ready { return rebuilt.library }
    if let outline = readOutline() { return outline.library }
    return rebuilding?.library()?.library ?? Library(articles: [])
  }

  /// The outline and each article's row; nil when the cache's outline cannot be read.
  private func readOutline() -> (library: Library, rows: [String: Int])? {
    lock.lock()
    defer { lock.unlock() }
    if let loadedOutline { return loadedOutline }
    guard let library = queue.inDatabase({ Outline.read($0, origin: origin) }) else {
      return nil
    }
    let read = (library, Self.rows(library))
    loadedOutline = read
    return read
  }

  /// Opens the articles of `folder` with their index from `cacheDirectory` (by default
  /// `IndexCache.defaultDirectory()`), building and storing it when missing, out of date or
  /// damaged. When the cache cannot be written the index is kept in memory and `notice`
  /// receives one line saying so. Throws the content's problems when it does not load.
  ///
  /// `meanwhile` is given the library read from the cache before its articles are known to
  /// be the ones it was stored for (they are being stat-ed meanwhile): whatever it works out
  /// counts only if the library returned is that one.
  public static func open(
    folder: URL, synonyms: Synonyms,
    cacheDirectory: URL? = IndexCache.defaultDirectory(),
    started: Opening? = nil,
    notice: (String) -> Void = { _ in },
    meanwhile: (CachedLibrary) -> Void = { _ in }
  ) throws(ContentErrors) -> CachedLibrary {
    // Every article is stat-ed for the key on the other core while the cache is opened and
    // its vocabulary read (or from earlier: `started`, for the same folder and directory).
    let file = cacheDirectory.map { IndexCache.file(for: folder, in: $0) }
    let key = started?.key ?? ArticleKey(folder, listings: file.map(FolderListings.file))
    let queue = started.map { $0.queue?.value() } ?? file.flatMap(IndexCache.openIndex)
    if let file, let queue,
      let opened = opening(
        queue, folder: folder, synonyms: synonyms, file: file, key: key.value,
        meanwhile: meanwhile)
    {
      return opened
    }
    // Stamped again: the outline keeps each article's stamp, and the key stored is theirs.
    let stamps = ContentFolder.articleStamps(folder)
    return try build(
      folder: folder, synonyms: synonyms, file: file, stamps: stamps,
      key: IndexCache.key(stamps), notice: notice)
  }

  /// Reads, checks and indexes the articles of `folder`, and stores the index as the cache
  /// `file` (nil: none, `notice` says so).
  private static func build(
    folder: URL, synonyms: Synonyms, file: URL?, stamps: [FileStamp], key: String,
    notice: (String) -> Void
  ) throws(ContentErrors) -> CachedLibrary {
    let read = try ContentFolder.read(folder) { $0.hasPrefix(LibraryLoader.articleFolder) }
    let library = try LibraryLoader.loadStrict(read)
    let origin = read.origin
    do {
      let queue = try DatabaseQueue()
      let articleFiles = ArticleFiles(origin: origin)
      // Before the first transaction, which lays out the empty database's first page.
      queue.inDatabase { db in CheckedPages.reserve(db.sqliteConnection) }
      let outline = try queue.write { db in
        db.add(function: articleFiles.sectionTextFunction())
        let outline = try fill(db, library: library, origin: origin, stamps: stamps)
        // The words of the synonym terms, which opening tokenized at every start. Kept by
        // each term's text: a term of a synonyms file changed since is tokenized when opened.
        try TermWords.store(db, terms: TermWords.openingTerms(synonyms))
        try TitledRows.store(db, kinds: synonyms.questionKinds)
        try IndexCache.storeKey(db, key: key)
        return outline
      }
      if let file {
        do {
          try queue.inDatabase { db in
            try SearchIndex.serialize(db) {
              try IndexCache.writeIndex(file, image: UnsafeMutableRawBufferPointer(mutating: $0))
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
        queue: queue, files: articleFiles, origin: origin, outline: outline,
        synonyms: synonyms, key: key, checkMark: file.map(IndexCache.checkMark),
        rebuilding: nil)
    } catch {
      throw ContentErrors([
        ContentIssue(path: origin, line: nil, message: "could not build the index: \(error)")
      ])
    }
  }

  /// The library of the cache `file` of `folder`, opened in `queue` (`IndexCache.openIndex`);
  /// nil when it is not an index, cannot be read, or was stored for another key than
  /// `key` (asked for once the vocabulary is read and `meanwhile` has had the library: working
  /// it out takes about as long).
  static func opening(
    _ queue: DatabaseQueue, folder: URL, synonyms: Synonyms, file: URL,
    key: () -> String = { "" }, meanwhile: (CachedLibrary) -> Void = { _ in }
  ) -> CachedLibrary? {
    let origin = folder.path
    let rebuilding = Rebuilding {
      let stamps = ContentFolder.articleStamps(folder)
      return try? build(
        folder: folder, synonyms: synonyms, file: file, stamps: stamps,
        key: IndexCache.key(stamps), notice: { _ in })
    }
    // The tables opening it computes, when stored beside it for the key it holds (which
    // the articles' key is then checked against, as for the index itself).
    let stored = try? queue.inDatabase(IndexCache.storedKey)
    let tablesFile = StoredTables.file(file)
    let tablesKey = stored.flatMap { StoredTables.key(cache: $0, synonyms: synonyms) }
    let tables = tablesKey.flatMap { StoredTables.read(tablesFile, key: $0) }
    guard
      let opened = try? CachedLibrary(
        queue: queue, files: ArticleFiles(origin: origin), origin: origin, outline: nil,
        synonyms: synonyms, key: "", checkMark: IndexCache.checkMark(file),
        rebuilding: rebuilding, tables: tables)
    else { return nil }
    meanwhile(opened)
    opened.key = key()
    guard stored == opened.key else { return nil }
    if tables == nil, let tablesKey {
      StoredTables.write(tablesFile, key: tablesKey, index: opened.index)
    }
    return opened
  }

  /// Every table of a cache: the index (whose section texts are read from the article files
  /// through `ArticleFiles.contentView`), its vocabulary, each section's words numbered into
  /// it (`SectionWords`), the frequent terms' postings (`TermPostings`) and the outline
  /// (the synonym terms' words are stored beside them, by `build`). Returns the outline
  /// (`outline(of:)`).
  ///
  /// The FTS5 insertion takes longest: the words are counted beside it, on the other core,
  /// which then works out the outline's rows and the outline, so that this thread only
  /// writes them.
  private static func fill(_ db: Database, library: Library, origin: String, stamps: [FileStamp])
    throws -> Library
  {
    let background = InBackground {
      let counted = try? DatabaseQueue().inDatabase { db in
        try SectionWords.count(library, tokenizers: Tokenizers(db), keepingSections: true)
      }
      return (
        counted: counted, files: Outline.Files(library, origin: origin, stamps: stamps),
        outline: outline(of: library)
      )
    }
    try SearchIndex.build(db, library: library, content: "sectionText")
    let prepared = background.value()
    let counted =
      try prepared.counted
      ?? SectionWords.count(library, tokenizers: Tokenizers(db), keepingSections: true)
    try LazyVocabulary.store(db, text: LazyVocabulary.text(counted.vocabulary))
    try SectionWords.store(db, sections: counted.sections)
    try TermPostings.store(db, terms: counted.postings)
    try Outline.store(db, library: library, files: prepared.files)
    try db.execute(sql: ArticleFiles.contentView)
    return prepared.outline
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
    if let rebuilt = rebuilding?.ready { return rebuilt.article(id: id) }
    guard let outline = readOutline() else { return rebuilding?.library()?.article(id: id) }
    guard let row = outline.rows[id] else { return nil }
    let stored: Row?
    do {
      stored = try queue.inDatabase { db in
        try Row.fetchOne(
          db, sql: "SELECT file, size, modified FROM articles WHERE rowid = ?", arguments: [row])
      }
    } catch {
      return Self.isDamage(error) ? rebuilding?.library()?.article(id: id) : nil
    }
    guard let stored else { return nil }
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
