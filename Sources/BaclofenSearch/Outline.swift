import BaclofenContent
import GRDB
import GRDBSQLite

/// The library without section bodies — ids, titles, nesting, provenance — in two tables of
/// the index cache, one column per field, so opening a large library reads rows instead of
/// parsing every article. Whatever bytes a title holds stay inside its column.
///
/// Each article row also keeps its file (relative to the content folder), size and
/// modification time: its text is read from that file when it is opened, and only if the
/// file still has that size and time.
enum Outline {
  static let schema = """
    CREATE TABLE articles(
      rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL,
      editorialTitle INTEGER NOT NULL, publisher TEXT, reviewed TEXT, reviewer TEXT,
      created TEXT, source TEXT, file TEXT NOT NULL, size INTEGER NOT NULL,
      modified INTEGER NOT NULL, publisherKind TEXT);
    CREATE TABLE outlineSections(
      rowid INTEGER PRIMARY KEY, article INTEGER NOT NULL, id TEXT NOT NULL,
      title TEXT NOT NULL, level INTEGER NOT NULL, parentID TEXT, editorial INTEGER NOT NULL,
      line INTEGER NOT NULL);
    """

  /// What each article row keeps of its file: its path relative to the content folder,
  /// size and modification time (worked out apart from writing them, on another thread).
  struct Files: Sendable {
    var paths: [String] = []
    var sizes: [Int] = []
    var modified: [Int64] = []

    /// The files of `library`'s articles, whose paths start with `origin + "/"`; `stamps`
    /// are their sizes and times (a file without one gets size -1, so its text is never
    /// trusted).
    init(_ library: Library, origin: String, stamps: [FileStamp]) {
      let stampByPath = Dictionary(stamps.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
      paths.reserveCapacity(library.articles.count)
      sizes.reserveCapacity(library.articles.count)
      modified.reserveCapacity(library.articles.count)
      for entry in library.articles {
        let file = Outline.relative(entry.path, to: origin)
        let stamp = stampByPath[file]
        paths.append(file)
        sizes.append(stamp?.size ?? -1)
        modified.append(stamp?.modified ?? 0)
      }
    }
  }

  /// Writes the outline of `library`, whose article paths start with `origin + "/"`;
  /// `stamps` are the article files' sizes and times (a file without one gets size -1, so
  /// its text is never trusted). Section rows follow reading order, as in the search index.
  static func store(_ db: Database, library: Library, origin: String, stamps: [FileStamp]) throws {
    try store(db, library: library, files: Files(library, origin: origin, stamps: stamps))
  }

  /// Writes the outline of `library` whose articles' `files` are worked out already.
  /// Bound through SQLite's own calls, as GRDB binds (a text up to a NUL, copied): its
  /// argument arrays cost more in retains and releases than the rows themselves.
  static func store(_ db: Database, library: Library, files: Files) throws {
    try db.execute(sql: schema)
    let article = try db.makeStatement(
      sql: "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let section = try db.makeStatement(
      sql: "INSERT INTO outlineSections VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    let a = article.sqliteStatement
    let s = section.sqliteStatement
    // Each statement is finalized when its GRDB statement goes: both are kept until the rows
    // are in.
    defer {
      withExtendedLifetime((article, section)) {
        sqlite3_reset(a)
        sqlite3_reset(s)
      }
    }
    let transient = SQLiteBinding.transient
    func bind(_ statement: SQLiteStatement, _ column: Int32, _ text: String?) {
      if let text {
        sqlite3_bind_text(statement, column, text, -1, transient)
      } else {
        sqlite3_bind_null(statement, column)
      }
    }
    func step(_ statement: SQLiteStatement) throws {
      let code = sqlite3_step(statement)
      guard code == SQLITE_DONE else { throw DatabaseError.failed(db, code) }
    }
    var sectionRow: Int64 = 0
    for (offset, entry) in library.articles.enumerated() {
      let row = Int64(offset + 1)
      let p = entry.provenance
      sqlite3_reset(a)
      sqlite3_bind_int64(a, 1, row)
      bind(a, 2, entry.id)
      bind(a, 3, entry.title)
      sqlite3_bind_int64(a, 4, entry.editorialTitle ? 1 : 0)
      bind(a, 5, p.publisher)
      bind(a, 6, p.reviewed)
      bind(a, 7, p.reviewer)
      bind(a, 8, p.created)
      bind(a, 9, p.source)
      bind(a, 10, files.paths[offset])
      sqlite3_bind_int64(a, 11, Int64(files.sizes[offset]))
      sqlite3_bind_int64(a, 12, files.modified[offset])
      bind(a, 13, p.publisherKind?.rawValue)
      try step(a)
      for part in entry.sections {
        sectionRow += 1
        sqlite3_reset(s)
        sqlite3_bind_int64(s, 1, sectionRow)
        sqlite3_bind_int64(s, 2, row)
        bind(s, 3, part.id)
        bind(s, 4, part.title)
        sqlite3_bind_int64(s, 5, Int64(part.level))
        bind(s, 6, part.parentID)
        sqlite3_bind_int64(s, 7, part.editorial ? 1 : 0)
        sqlite3_bind_int64(s, 8, Int64(part.line))
        try step(s)
      }
    }
  }

  static func relative(_ path: String, to origin: String) -> String {
    let prefix = origin.isEmpty ? "" : origin + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// The outline as a `Library` whose sections have no blocks, article paths under `origin`;
  /// nil when the tables are not an outline (missing, or a section without its article).
  /// Reads through SQLite's own calls: 90,000 rows through a row type took ten times longer.
  static func read(_ db: Database, origin: String) -> Library? {
    guard
      let articleRows = try? db.makeStatement(
        sql: """
          SELECT id, title, editorialTitle, publisher, reviewed, reviewer, created, source, file,
            publisherKind
          FROM articles ORDER BY rowid
          """),
      let sectionRows = try? db.makeStatement(
        sql: """
          SELECT article, id, title, level, parentID, editorial, line
          FROM outlineSections ORDER BY rowid
          """)
    else { return nil }
    // Each finalizes its SQLite statement when it goes: both are kept until the rows are read.
    defer { withExtendedLifetime((articleRows, sectionRows)) {} }
    var articles: [Article] = []
    let prefix = origin.isEmpty ? "" : origin + "/"
    let a = articleRows.sqliteStatement
    var code = sqlite3_step(a)
    defer { sqlite3_reset(a) }
    while code == SQLITE_ROW {
      defer { code = sqlite3_step(a) }
      guard let id = text(a, 0), let title = text(a, 1), let file = text(a, 8) else {
        return nil
      }
      articles.append(
        Article(
          id: id, title: title, editorialTitle: sqlite3_column_int64(a, 2) != 0,
          provenance: Provenance(
            publisher: text(a, 3),
            publisherKind: text(a, 9).flatMap(PublisherKind.init(rawValue:)),
            reviewed: text(a, 4), reviewer: text(a, 5), created: text(a, 6),
            source: text(a, 7)),
          sections: [], path: prefix + file))
    }
    // A step that fails (a damaged page) ends the rows short: no outline, not half of one.
    guard code == SQLITE_DONE else { return nil }
    let s = sectionRows.sqliteStatement
    code = sqlite3_step(s)
    defer { sqlite3_reset(s) }
    while code == SQLITE_ROW {
      defer { code = sqlite3_step(s) }
      let article = Int(sqlite3_column_int64(s, 0)) - 1
      guard articles.indices.contains(article), let id = text(s, 1), let title = text(s, 2)
      else { return nil }
      articles[article].sections.append(
        Section(
          id: id, articleID: articles[article].id, title: title,
          level: Int(sqlite3_column_int64(s, 3)), parentID: text(s, 4),
          editorial: sqlite3_column_int64(s, 5) != 0, blocks: [],
          line: Int(sqlite3_column_int64(s, 6))))
    }
    guard code == SQLITE_DONE else { return nil }
    return Library(articles: articles)
  }

  /// The text in column `column`, bytes and all (a NUL does not end it); nil for NULL.
  private static func text(_ statement: SQLiteStatement, _ column: Int32) -> String? {
    guard sqlite3_column_type(statement, column) != SQLITE_NULL,
      let bytes = sqlite3_column_text(statement, column)
    else { return nil }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
