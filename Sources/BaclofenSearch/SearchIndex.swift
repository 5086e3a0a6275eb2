import BaclofenContent
import Foundation
import GRDB

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
  static let maximumAlternatives = 12
  static let maximumCorrections = 4

  let queue: DatabaseQueue
  /// Sections in the index; past `largeLibrarySections` some work is skipped or bounded.
  let sectionCount: Int
  static let largeLibrarySections = 2000
  static let largeScanLimit = 1000
  var isLarge: Bool { sectionCount > Self.largeLibrarySections }
  /// Made on first use: counting every word of the content was most of the build time, and
  /// reading it back most of opening a stored index; a first query costs the same either way.
  private let lazyVocabulary: LazyVocabulary
  let synonymTable: SynonymTable
  /// Section details, title words and texts scanned for snippets, kept when the library is
  /// small.
  let sectionDetails = RowCache<SectionInfo>()
  let scannedSections = RowCache<(body: ScannedText, title: String)>()
  let sectionTitleWords = RowCache<[Word]>()
  /// Stems of the stopping words, each phrase joined by spaces.
  let stoppingTerms: Set<String>

  /// Builds the index of `library` in memory: the build step does this for the bundled
  /// articles, and a content folder loaded without its cache gets its index this way.
  public convenience init(library: Library, synonyms: Synonyms) throws {
    let queue = try DatabaseQueue()
    try queue.write { db in try Self.build(db, library: library) }
    try self.init(queue: queue, vocabulary: .counting(library), synonyms: synonyms)
  }

  /// Opens an index that `build` and `LazyVocabulary.store` wrote into `queue`. An on-disk cache
  /// has its vocabulary read now, which also proves the file readable (a damaged cache is
  /// rebuilt rather than answering nothing); an image built with the binary, later.
  convenience init(opening queue: DatabaseQueue, synonyms: Synonyms, readVocabularyNow: Bool = true)
    throws
  {
    let source: LazyVocabulary.Source =
      readVocabularyNow ? .stored(try queue.read(LazyVocabulary.read)) : .inTable
    try self.init(queue: queue, vocabulary: source, synonyms: synonyms)
  }

  private init(queue: DatabaseQueue, vocabulary: LazyVocabulary.Source, synonyms: Synonyms) throws {
    self.queue = queue
    sectionCount = try queue.inDatabase { db in
      try Int.fetchOne(db, sql: "SELECT max(rowid) FROM sectionInfo") ?? 0
    }
    (synonymTable, stoppingTerms) = try queue.inDatabase { db in
      let tokenizers = try Tokenizers(db)
      func words(_ terms: [String]) throws -> [[Word]] {
        try terms.map { try tokenizers.words($0) }.filter { !$0.isEmpty }
      }
      let table = SynonymTable(
        groups: try synonyms.groups.map(words),
        oneWay: try synonyms.oneWay.map { try words([$0.term] + $0.expansions) })
      let stopping = try StoppingWords.words.map {
        try tokenizers.words($0).map(\.stem).joined(separator: " ")
      }
      return (table, Set(stopping))
    }
    lazyVocabulary = LazyVocabulary(vocabulary, extraWords: synonymTable.allWords)
  }

  /// The vocabulary, read or counted now if this is the first query.
  func vocabulary(_ db: Database) throws -> Vocabulary {
    try lazyVocabulary.get(db)
  }

  /// Writes the tables of an index of `library` into `db`: the FTS5 table (rowid = 1 + the
  /// section's position in reading order), each section's ids and titles, and the vocabulary.
  /// With `content`, the table keeps no copy of the texts: it reads them from that table or
  /// view (columns `row`, `sectionTitle`, `articleTitle`, `body`) when asked for a column.
  static func build(_ db: Database, library: Library, content: String? = nil) throws {
    // No prefix indexes: they doubled the build time, and the only prefixes they served
    // better, of 2 and 3 letters, are not searched in a large library (see `searchable`) or
    // cost about what a 4-letter prefix (never indexed) does.
    let large = library.articles.lazy.map(\.sections.count).reduce(0, +) > largeLibrarySections
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE sections USING fts5(
          sectionTitle, articleTitle, body,
          tokenize='\(Tokenizers.tableArguments)'\(
            content.map { ", content='\($0)', content_rowid='row'" } ?? ""));
        INSERT INTO sections(sections, rank) VALUES('rank', 'bm25(\(columnWeights))');
        \(large ? """
          CREATE VIRTUAL TABLE titles USING fts5(
            sectionTitle, articleTitle, tokenize='\(Tokenizers.tableArguments)', content='');
          INSERT INTO titles(titles, rank) VALUES('rank', 'bm25(\(columnWeights))');
          """ : "")
        CREATE TABLE sectionInfo(
          rowid INTEGER PRIMARY KEY, sectionID TEXT, articleID TEXT, articleTitle TEXT,
          title TEXT);
        """)
    let insert = try db.makeStatement(
      sql: "INSERT INTO sections(rowid, sectionTitle, articleTitle, body) VALUES (?, ?, ?, ?)")
    let info = try db.makeStatement(sql: "INSERT INTO sectionInfo VALUES (?, ?, ?, ?, ?)")
    let titles =
      large
      ? try db.makeStatement(
        sql: "INSERT INTO titles(rowid, sectionTitle, articleTitle) VALUES (?, ?, ?)") : nil
    var rowID: Int64 = 0
    for article in library.articles {
      let articleTitle = article.title
      for section in article.sections {
        rowID += 1
        try insert.execute(arguments: [
          rowID, section.title, articleTitle, section.plainText,
        ])
        try info.execute(arguments: [rowID, section.id, article.id, article.title, section.title])
        try titles?.execute(arguments: [rowID, section.title, articleTitle])
      }
    }
  }

  /// Each distinct word of the titles and bodies with how often the content uses it.
  static func countWords(_ library: Library, tokenizers: Tokenizers) throws
    -> [(word: Word, uses: Int)]
  {
    var uses: [String: Int] = [:]
    for article in library.articles {
      for surface in try tokenizers.surfaces(article.title) { uses[surface, default: 0] += 1 }
      for section in article.sections {
        for surface in try tokenizers.surfaces(section.plainText) {
          uses[surface, default: 0] += 1
        }
        for surface in try tokenizers.surfaces(section.title) { uses[surface, default: 0] += 1 }
      }
    }
    return try tokenizers.words(ofSingleWords: Array(uses.keys)).map {
      (word: $0, uses: uses[$0.surface] ?? 1)
    }
  }

  /// Ranked sections for `query` (at most `limit`, 1…100). Returns an empty response rather
  /// than failing on any input.
  public func search(_ query: String, limit: Int = 20) -> SearchResponse {
    let limit = min(max(limit, 1), 100)
    do {
      return try queue.inDatabase { db in
        let tokenizers = try Tokenizers(db)
        let vocabulary = try vocabulary(db)
        let analysis = try analyze(query, tokenizers: tokenizers, vocabulary: vocabulary)
        var response = analysis.response(for: query, vocabulary: vocabulary)
        (response.results, response.moreResults) = try rankedResults(
          db, concepts: searchable(analysis.meaningConcepts), limit: limit, response: response)
        return response
      }
    } catch {
      return SearchResponse(query: query)
    }
  }

  /// In a large library a word of one or two letters being typed matches most sections and takes
  /// too long to rank for every keystroke: it waits for the next letter.
  private func searchable(_ concepts: [Concept]) -> [Concept] {
    guard isLarge else { return concepts }
    return concepts.filter {
      !($0.isPrefix && $0.alternatives.count == 1 && $0.words.count == 1
        && $0.words[0].surface.count < 3)
    }
  }

  /// Sections matching more concepts first; among those, sections whose title matches more
  /// concepts (titles here are the questions people ask); then bm25. Without the title step,
  /// a rare synonym in a body ("quitting") outweighs a common word in a title ("Stopping").
  private func rankedResults(
    _ db: Database, concepts: [Concept], limit: Int, response: SearchResponse
  ) throws
    -> (results: [SearchResult], more: Bool)
  {
    guard !concepts.isEmpty else { return ([], false) }
    let expressions = concepts.map(\.expression)
    let any = expressions.joined(separator: " OR ")
    // One more than the limit at least, to tell whether more sections match.
    let candidateCount = max(limit + 1, 30)
    let all = expressions.joined(separator: " AND ")
    var hits = try fetchRanks(db, all, limit: candidateCount)
    if isLarge {
      // The bounded body scan may stop before a section whose title matches: the titles
      // table holds far fewer words, so its bounded scan reaches further into the library.
      let found = Set(hits.map(\.row))
      hits += try fetchRanks(db, all, limit: candidateCount, table: "titles")
        .filter { !found.contains($0.row) }
    }
    let allFound = Set(hits.map(\.row))
    // Sections matching only some concepts rank below every section matching all of them,
    // so with `limit` full matches the OR query (the slow one in a large library) is moot.
    if concepts.count > 1, hits.count < limit {
      hits += try fetchRanks(db, any, limit: candidateCount + hits.count)
        .filter { !allFound.contains($0.row) }
    }
    guard !hits.isEmpty else { return ([], false) }
    // Only sections found by the OR query can miss a concept, and with two concepts they
    // all miss exactly one: count per concept only beyond that.
    var coverage: [Int64: Int] = [:]
    let partial = hits.filter { !allFound.contains($0.row) }
    if concepts.count > 2, !partial.isEmpty {
      for expression in expressions {
        for row in try rows(db, matching: expression, among: partial.map(\.row)) {
          coverage[row, default: 0] += 1
        }
      }
    }
    let info = try sectionInfo(db, rows: hits.map(\.row))
    let tokenizers = try Tokenizers(db)
    let ranked = try hits.map { hit in
      let covered = allFound.contains(hit.row) ? concepts.count : coverage[hit.row] ?? 1
      // Title words only for the candidates: tokenizing every title up front cost more
      // than the rest of the build.
      let titleWords =
        try sectionTitleWords.get(hit.row, keep: !isLarge) { _ in
          try info[hit.row].map { try tokenizers.words($0.title) }
        } ?? []
      let inTitle = concepts.filter { $0.matches(title: titleWords) }.count
      return (hit: hit, key: (covered, inTitle, -hit.rank))
    }.sorted { $0.key > $1.key }.prefix(limit)
    let rows = ranked.map(\.hit.row)
    let snippets = try quickSnippets(db, rows: rows, response: response)
    let results = ranked.compactMap { hit, key -> SearchResult? in
      guard let section = info[hit.row] else { return nil }
      return SearchResult(
        sectionID: section.id, articleID: section.articleID,
        articleTitle: section.articleTitle, sectionTitle: section.title,
        score: score(key), snippet: snippets[hit.row] ?? Snippet(text: ""))
    }
    return (results, hits.count > limit)
  }

  /// A score that follows the ranking: 100 per concept matched, 10 per concept in the
  /// title, plus bm25 squeezed below 10.
  private func score(_ key: (coverage: Int, title: Int, bm25: Double)) -> Double {
    let bm25 = max(0, key.bm25)
    return Double(100 * key.coverage + 10 * key.title) + 10 * bm25 / (1 + bm25)
  }

  struct SectionInfo: Sendable {
    var id: String
    var articleID: String
    var articleTitle: String
    var title: String
  }

  private func sectionInfo(_ db: Database, rows: [Int64]) throws -> [Int64: SectionInfo] {
    var info: [Int64: SectionInfo] = [:]
    for id in rows {
      info[id] = try sectionDetails.get(id, keep: !isLarge) { id in
        // One cached statement per row: preparing an `IN (…)` list each query cost more.
        let statement = try db.cachedStatement(sql: "SELECT * FROM sectionInfo WHERE rowid = ?")
        return try Row.fetchOne(statement, arguments: [id]).map {
          SectionInfo(id: $0[1], articleID: $0[2], articleTitle: $0[3], title: $0[4])
        }
      }
    }
    return info
  }

  /// Which of `rows` match `expression`. FTS5 runs the whole expression once per query,
  /// also for `rowid IN (…)` (once per listed row): in a small library one query over every
  /// match is cheaper; in a large one, one seek per row.
  private func rows(_ db: Database, matching expression: String, among rows: [Int64]) throws
    -> [Int64]
  {
    guard isLarge else {
      let statement = try db.cachedStatement(
        sql: "SELECT rowid FROM sections WHERE sections MATCH ?")
      let matching = Set(try Int64.fetchAll(statement, arguments: [expression]))
      return rows.filter(matching.contains)
    }
    let statement = try db.cachedStatement(
      sql: "SELECT 1 FROM sections WHERE sections MATCH ? AND rowid = ?")
    return try rows.filter { try Int.fetchOne(statement, arguments: [expression, $0]) != nil }
  }

  /// The best rows for `expression` by bm25. In a large library only the first
  /// `largeScanLimit` matches (in library order) are ranked: FTS5 scores every match before
  /// sorting (about 2 µs each), and a common word matches most of 90,000 sections or titles.
  private func fetchRanks(
    _ db: Database, _ expression: String, limit: Int, table: String = "sections"
  ) throws -> [(row: Int64, rank: Double)] {
    let sql =
      isLarge
      ? """
      SELECT rowid, rank FROM (
        SELECT rowid, rank FROM \(table) WHERE \(table) MATCH ? LIMIT \(Self.largeScanLimit))
      ORDER BY rank LIMIT ?
      """
      : "SELECT rowid, rank FROM \(table) WHERE \(table) MATCH ? ORDER BY rank LIMIT ?"
    return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [expression, limit]).map {
      ($0[0], $0[1])
    }
  }
}
