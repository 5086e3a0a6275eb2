import BaclofenContent
import Foundation
import GRDB
import GRDBSQLite

/// Full-text search over every section of a library: SQLite FTS5 in memory, porter stems,
/// synonyms, spelling correction and snippets. Build once at start-up; `search` is cheap
/// enough to run on every keystroke and never throws or traps, whatever the input.
public final class SearchIndex: Sendable {
  /// Column weights for bm25: a word in the section title counts most, then the article
  /// title (shared by all its sections, so weak evidence), then the body.
  static let columnWeights = "8.0, 1.5, 1.0"
  /// Bounds per-query work whatever the library size.
  static let maximumWords = 24
  static let maximumConcepts = 8
  static let maximumAlternatives = 16
  static let maximumCorrections = 4

  let queue: DatabaseQueue
  /// Sections in the index; past `largeLibrarySections` short prefixes are matched as words.
  let sectionCount: Int
  static let largeLibrarySections = 2000
  var isLarge: Bool { sectionCount > Self.largeLibrarySections }
  /// Made on first use: counting every word of the content was most of the build time, and
  /// reading it back most of opening a stored index; a first query costs the same either way.
  private let lazyVocabulary: LazyVocabulary
  let synonymTable: SynonymTable
  /// Section details and texts scanned for snippets (see `RowCache`; a few MB at most).
  let sectionDetails = RowCache<SectionInfo>(capacity: 4096)
  let scannedSections = RowCache<(body: ScannedText, title: String)>(capacity: 1024)
  /// Each section's title and body as words, for the ranking's last step (see `Ranking`).
  let sectionWords = RowCache<RowWords>(capacity: 2048)
  /// The kinds of question each section's heading answers (a bit per kind), for the queries
  /// that ask one.
  let headingKinds = RowCache<UInt64>(capacity: 2048)
  /// The same words stored in an index cache, when it has them (see `SectionWords`).
  let storedWords: SectionWords?
  let phrasePresence = KeyedCache<Bool>()
  /// The sections whose titles may answer a set of kinds of question (see `rowsTitled`), and
  /// whether the index stores each kind's (see `TitledRows`).
  let titledRows = KeyedCache<[Bool]>()
  let titledTable = KeyedCache<Bool>()
  /// The statements the queries prepare on `queue`'s connection (see `PreparedStatements`).
  let statements = PreparedStatements()
  /// Each part's bm25, from postings kept across queries (see `Bm25`).
  let bm25 = Bm25()
  /// Stems of the stopping words, each phrase joined by spaces.
  let stoppingTerms: Set<String>
  /// Stems of the substances whose mixing with baclofen the articles warn about.
  let substanceStems: Set<String>
  let realWords: RealWords
  /// What WordNet relates to an English word the library lacks (see `relate`).
  let relatedWords: RelatedWords
  let questionKinds: QuestionKinds
  /// For an index read in place from a cache: the index built again when a query finds the
  /// cache damaged (see `CachedLibrary`).
  let recovery = Recovery()

  /// Builds the index of `library` in memory: the build step does this for the bundled
  /// articles, and a content folder loaded without its cache gets its index this way.
  public convenience init(library: Library, synonyms: Synonyms) throws {
    let queue = try DatabaseQueue()
    try queue.write { db in try Self.build(db, library: library) }
    try self.init(queue: queue, vocabulary: .counting(library), synonyms: synonyms)
  }

  /// Opens an index that `build` and `LazyVocabulary.store` wrote into `queue`. An on-disk cache
  /// has its vocabulary read now, which also proves those pages sound (a cache found damaged
  /// now is rebuilt before any query; damage in pages read later, when met: see
  /// `CachedLibrary`); an image built with the binary, later.
  convenience init(opening queue: DatabaseQueue, synonyms: Synonyms, readVocabularyNow: Bool = true)
    throws
  {
    guard readVocabularyNow else {
      try self.init(queue: queue, vocabulary: .inTable, synonyms: synonyms)
      return
    }
    // Outside a transaction: the file is never written while open, and GRDB's transaction
    // built its SQL through generic code whose first call looked types up (0.3 M).
    let stored = try queue.inDatabase(LazyVocabulary.read)
    try self.init(
      queue: queue, vocabulary: .stored(stored), synonyms: synonyms,
      storedWords: queue.inDatabase { SectionWords($0, vocabulary: stored) })
  }

  /// Opens an index cache as `init(opening:synonyms:)` does, with the tables that computes
  /// stored beside the cache (see `StoredTables`). Its section words are numbered by its own
  /// vocabulary, read as that init reads it, not by the tables' words as the bundled image's
  /// are.
  convenience init(opening queue: DatabaseQueue, tables: OpeningTables, synonyms: Synonyms)
    throws
  {
    queue.inDatabase(PostingsReader.register)
    let stored = try queue.inDatabase(LazyVocabulary.read)  // (as above)
    try self.init(
      queue: queue, tables: tables, synonyms: synonyms,
      storedWords: queue.inDatabase { SectionWords($0, vocabulary: stored) })
  }

  private convenience init(
    queue: DatabaseQueue, vocabulary: LazyVocabulary.Source, synonyms: Synonyms,
    storedWords: SectionWords? = nil
  ) throws {
    queue.inDatabase(PostingsReader.register)
    let tables = try queue.inDatabase { db in
      let tokenizers = try Tokenizers(db)
      let stored = try TermWords(db)
      func words(_ terms: [String]) throws -> [[Word]] {
        try terms.map { try stored.words($0, tokenizers) }.filter { !$0.isEmpty }
      }
      let table = SynonymTable(
        groups: try synonyms.groups.map(words),
        oneWay: try synonyms.oneWay.map { try words([$0.term] + $0.expansions) })
      let stopping = try StoppingWords.words.map {
        try stored.words($0, tokenizers).map(\.stem).joined(with: " ")
      }
      let substances = try stored.words(Self.substances, tokenizers)
      return (table, Set(stopping), Set(substances.map(\.stem)))
    }
    try self.init(
      queue: queue, synonymTable: tables.0, stoppingTerms: tables.1, substanceStems: tables.2,
      vocabulary: LazyVocabulary(vocabulary, extraWords: tables.0.allWords),
      realWords: synonyms.realWords, relatedWords: synonyms.relatedWords,
      questionKinds: synonyms.questionKinds,
      storedWords: storedWords)
  }

  /// Opens an index in `queue` with the tables that opening it with the same synonyms
  /// computes (see `OpeningTables`), and the synonyms' word list and question kinds.
  convenience init(queue: DatabaseQueue, tables: OpeningTables, synonyms: Synonyms) throws {
    queue.inDatabase(PostingsReader.register)
    try self.init(
      queue: queue, tables: tables, synonyms: synonyms,
      storedWords: queue.inDatabase { SectionWords($0, sorted: tables.words) })
  }

  private convenience init(
    queue: DatabaseQueue, tables: OpeningTables, synonyms: Synonyms, storedWords: SectionWords?
  ) throws {
    try self.init(
      queue: queue, synonymTable: tables.synonymTable, stoppingTerms: tables.stoppingTerms,
      substanceStems: tables.substanceStems,
      vocabulary: LazyVocabulary(.ready(tables.vocabulary), extraWords: []),
      realWords: synonyms.realWords, relatedWords: synonyms.relatedWords,
      questionKinds: synonyms.questionKinds, storedWords: storedWords)
  }

  private init(
    queue: DatabaseQueue, synonymTable: SynonymTable, stoppingTerms: Set<String>,
    substanceStems: Set<String>, vocabulary: LazyVocabulary, realWords: RealWords,
    relatedWords: RelatedWords, questionKinds: QuestionKinds, storedWords: SectionWords? = nil
  ) throws {
    self.queue = queue
    self.storedWords = storedWords
    self.synonymTable = synonymTable
    self.stoppingTerms = stoppingTerms
    self.substanceStems = substanceStems
    self.realWords = realWords
    self.relatedWords = relatedWords
    self.questionKinds = questionKinds
    lazyVocabulary = vocabulary
    sectionCount = try queue.inDatabase { db in
      try db.firstRow("SELECT max(id) FROM sections_docsize") {
        Int(sqlite3_column_int64($0, 0))
      } ?? 0
    }
  }

  /// The substances whose mixing with baclofen the articles warn about. Not "depressants":
  /// porter makes it "depress", the stem of "depressed" and "depression" (the sleeping pills
  /// group, which holds it, is found by "sedatives").
  static let substances = "alcohol opioids benzodiazepines sedatives"

  /// Whether a synonym phrase occurs in the library, asked once per phrase.
  func phraseOccurs(_ phrase: [Word], _ db: Database) throws -> Bool {
    let text = phrase.map(\.surface).joined(with: " ")
    return try phrasePresence.get(text) {
      // Stepped by hand: GRDB's generic fetch cost more than the query (0.15 M instructions
      // of a bundled search).
      let s = try statements.statement(
        db, "SELECT 1 FROM sections WHERE sections MATCH ? LIMIT 1")
      sqlite3_reset(s)
      defer { sqlite3_reset(s) }
      sqlite3_bind_text(s, 1, Concept.quote(text), -1, SQLiteBinding.transient)
      let code = sqlite3_step(s)
      guard code == SQLITE_ROW || code == SQLITE_DONE else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code))
      }
      return code == SQLITE_ROW
    }
  }

  /// The vocabulary, read or counted now if this is the first query.
  func vocabulary(_ db: Database) throws -> Vocabulary {
    try lazyVocabulary.get(db)
  }

  /// Writes the tables of an index of `library` into `db`: the FTS5 table (rowid = 1 + the
  /// section's position in reading order), each section's length for bm25 (`Bm25.store`) and
  /// (unless `content`) each section's ids and titles.
  /// With `content`, the table keeps no copy of the texts: it reads them from that table or
  /// view (columns `row`, `sectionTitle`, `articleTitle`, `body`) when asked for a column, and
  /// the caller provides `sectionInfo` (the index cache: a view of its outline).
  static func build(_ db: Database, library: Library, content: String? = nil) throws {
    // No prefix indexes: they doubled the build time, and the only prefixes they served
    // better, of 2 and 3 letters, are not searched in a large library (see `searchable`) or
    // cost about what a 4-letter prefix (never indexed) does.
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE sections USING fts5(
          sectionTitle, articleTitle, body,
          tokenize='\(Tokenizers.tableArguments)'\(
            content.map { ", content='\($0)', content_rowid='row'" } ?? ""));
        INSERT INTO sections(sections, rank) VALUES('rank', 'bm25(\(columnWeights))');
        """)
    // An index cache's pages keep 8 bytes for their checksums (`CheckedPages`): FTS5's
    // default leaves of 4,050 bytes no longer fit one page and each spilled onto a second.
    // A cache's build also flushes FTS5's in-memory terms at 32 MB, not 1 MB: fewer level-0
    // segments, so far less merging of them (the segments change, no posting does).
    if content != nil {
      try db.execute(sql: "INSERT INTO sections(sections, rank) VALUES('pgsz', 4000)")
      try db.execute(sql: "INSERT INTO sections(sections, rank) VALUES('hashsize', 33554432)")
    }
    // Bound through SQLite's own calls, as GRDB binds a text (up to a NUL, copied): its
    // argument arrays cost more in retains and releases than the binding.
    let insert = try db.makeStatement(
      sql: "INSERT INTO sections(rowid, sectionTitle, articleTitle, body) VALUES (?, ?, ?, ?)")
    let s = insert.sqliteStatement
    let transient = SQLiteBinding.transient
    // The statement is finalized when `insert` goes: it is kept until the rows are in.
    defer { withExtendedLifetime(insert) { _ = sqlite3_reset(s) } }
    var rowID: Int64 = 0
    for article in library.articles {
      let articleTitle = article.title
      for section in article.sections {
        rowID += 1
        sqlite3_reset(s)
        sqlite3_bind_int64(s, 1, rowID)
        sqlite3_bind_text(s, 2, section.title, -1, transient)
        sqlite3_bind_text(s, 3, articleTitle, -1, transient)
        sqlite3_bind_text(s, 4, section.plainText, -1, transient)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else { throw DatabaseError.failed(db, code) }
      }
    }
    if content == nil {
      try db.execute(
        sql: """
          CREATE TABLE sectionInfo(
            rowid INTEGER PRIMARY KEY, sectionID TEXT, articleID TEXT, articleTitle TEXT,
            title TEXT)
          """)
      let info = try db.makeStatement(sql: "INSERT INTO sectionInfo VALUES (?, ?, ?, ?, ?)")
      rowID = 0
      for article in library.articles {
        for section in article.sections {
          rowID += 1
          try info.execute(arguments: [rowID, section.id, article.id, article.title, section.title])
        }
      }
    }
    try Bm25.store(db)
  }

  /// Each distinct word of the titles and bodies with how often the content uses it.
  static func countWords(_ library: Library, tokenizers: Tokenizers) throws
    -> [(word: Word, uses: Int)]
  {
    try SectionWords.count(library, tokenizers: tokenizers, keepingSections: false).vocabulary
  }

  /// Ranked sections for `query` (at most `limit`, 1…100). Returns an empty response rather
  /// than failing on any input.
  public func search(_ query: String, limit: Int = 20) -> SearchResponse {
    search(query, limit: limit, exhaustive: false)
  }

  /// `search`, scoring every match by the full model when `exhaustive` (the reference the
  /// exact top results are tested against; slow in a large library).
  public func search(_ query: String, limit: Int, exhaustive: Bool) -> SearchResponse {
    if let rebuilt = recovery.rebuilt {
      return rebuilt.search(query, limit: limit, exhaustive: exhaustive)
    }
    let limit = min(max(limit, 1), 100)
    do {
      return try queue.inDatabase { db in
        let tokenizers = try Tokenizers(db)
        let vocabulary = try vocabulary(db)
        let analysis = try analyze(
          query, tokenizers: tokenizers, vocabulary: vocabulary,
          occurs: { try self.phraseOccurs($0, db) })
        var response = analysis.response(for: query, vocabulary: vocabulary)
        let ranking = Ranking(
          concepts: searchable(analysis.meaningConcepts),
          tieBreakers: searchable(analysis.stopConcepts),
          askedKinds: analysis.askedKinds, framedKinds: analysis.framedKinds)
        (response.results, response.moreResults, response.match) = try rankedResults(
          db, tokenizers: tokenizers, ranking: ranking, limit: limit, response: response,
          exhaustive: exhaustive)
        return response
      }
    } catch {
      // The cache's damage showing: asked again, once, of the index built anew.
      if CachedLibrary.isDamage(error), let rebuilt = recovery.rebuild() {
        return rebuilt.search(query, limit: limit, exhaustive: exhaustive)
      }
      return SearchResponse(query: query)
    }
  }

  /// The index that replaces this one once its cache is found damaged, built on demand, once.
  final class Recovery: @unchecked Sendable {
    private let lock = NSLock()
    private var build: (() -> SearchIndex?)?
    private var built: SearchIndex?

    /// Sets how the replacement is built.
    func rebuildWith(_ build: @escaping () -> SearchIndex?) {
      lock.lock()
      self.build = build
      lock.unlock()
    }

    /// The replacement, built now if it was not; nil when there is none.
    func rebuild() -> SearchIndex? {
      lock.lock()
      defer { lock.unlock() }
      if built == nil, let build {
        self.build = nil
        built = build()
      }
      return built
    }

    var rebuilt: SearchIndex? {
      lock.lock()
      defer { lock.unlock() }
      return built
    }
  }

  /// In a large library a word of one or two letters being typed matches most sections as a
  /// prefix and takes too long to rank for every keystroke: it is matched as a whole word
  /// ("mg") until the next letter.
  private func searchable(_ concepts: [Concept]) -> [Concept] {
    guard isLarge else { return concepts }
    return concepts.map { concept in
      var concept = concept
      if concept.isPrefix, concept.words.count == 1, concept.words[0].surface.count < 3 {
        concept.isPrefix = false
      }
      return concept
    }
  }

  struct SectionInfo: Sendable {
    var id: String
    var articleID: String
    var articleTitle: String
    var title: String
  }

  func sectionInfo(_ db: Database, rows: [Int64]) throws -> [Int64: SectionInfo] {
    var info: [Int64: SectionInfo] = [:]
    for id in rows {
      info[id] = try sectionDetails.get(id) { id in
        // One cached statement per row: preparing an `IN (…)` list each query cost more.
        try db.texts(
          "SELECT sectionID, articleID, articleTitle, title FROM sectionInfo WHERE rowid = ?",
          row: id, columns: 0..<4, in: statements
        ).map { SectionInfo(id: $0[0], articleID: $0[1], articleTitle: $0[2], title: $0[3]) }
      }
    }
    return info
  }
}
