import BaclofenContent
import GRDB

/// Full-text search over every section of a library: SQLite FTS5 in memory, porter stems,
/// synonyms, spelling correction and snippets. Build once at start-up; `search` is cheap
/// enough to run on every keystroke and never throws or traps, whatever the input.
public final class SearchIndex: Sendable {
  struct IndexedSection: Sendable {
    var id: String
    var articleID: String
    var articleTitle: String
    var title: String
  }

  /// Column weights for bm25: a word in the section title counts most, then the article
  /// title (shared by all its sections, so weak evidence), then the body.
  static let columnWeights = "8.0, 1.5, 1.0"
  /// Marks around matched words in FTS5 snippets: private-use characters, stripped from the
  /// indexed text, so they cannot collide with content.
  static let highlightOpen: Character = "\u{E000}"
  static let highlightClose: Character = "\u{E001}"
  /// Bounds per-query work whatever the library size.
  static let maximumWords = 24
  static let maximumConcepts = 8
  static let maximumAlternatives = 12

  let queue: DatabaseQueue
  let sections: [IndexedSection]
  let vocabulary: Vocabulary
  let synonymTable: SynonymTable
  /// Stems of the stopping words, each phrase joined by spaces.
  let stoppingTerms: Set<String>

  public init(library: Library, synonyms: Synonyms) throws {
    let queue = try DatabaseQueue()
    var sections: [IndexedSection] = []
    for article in library.articles {
      for section in article.sections {
        sections.append(
          IndexedSection(
            id: section.id, articleID: article.id, articleTitle: article.title,
            title: section.title))
      }
    }
    let built = try queue.write { db in
      try Self.createTable(db, library: library)
      let tokenizers = try Tokenizers(db)
      var contentWords: [Word] = []
      for article in library.articles {
        contentWords += try tokenizers.words(article.title)
        for section in article.sections {
          contentWords += try tokenizers.words(section.title + "\n" + section.plainText)
        }
      }
      try db.execute(
        sql: "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, sections, row)")
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.terms") {
        counts[row[0]] = row[1]
      }
      let groups = try synonyms.groups.map { group in
        try group.map { try tokenizers.words($0) }.filter { !$0.isEmpty }
      }
      let table = SynonymTable(groups: groups)
      let stopping = try StoppingWords.words.map {
        try tokenizers.words($0).map(\.stem).joined(separator: " ")
      }
      let vocabulary = Vocabulary(
        sectionCounts: counts, contentWords: contentWords, extraWords: table.allWords)
      return (vocabulary, table, Set(stopping))
    }
    self.queue = queue
    self.sections = sections
    (vocabulary, synonymTable, stoppingTerms) = built
  }

  private static func createTable(_ db: Database, library: Library) throws {
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE sections USING fts5(
          sectionTitle, articleTitle, body,
          tokenize='\(Tokenizers.tableArguments)', prefix='2 3')
        """)
    try db.execute(
      sql: "INSERT INTO sections(sections, rank) VALUES('rank', 'bm25(\(columnWeights))')")
    let insert = try db.makeStatement(
      sql: "INSERT INTO sections(rowid, sectionTitle, articleTitle, body) VALUES (?, ?, ?, ?)")
    var rowID: Int64 = 0
    for article in library.articles {
      for section in article.sections {
        rowID += 1
        try insert.execute(arguments: [
          rowID, clean(section.title), clean(article.title), clean(section.plainText),
        ])
      }
    }
  }

  private static func clean(_ text: String) -> String {
    text.contains(where: { $0 == highlightOpen || $0 == highlightClose })
      ? String(text.filter { $0 != highlightOpen && $0 != highlightClose }) : text
  }

  /// Ranked sections for `query` (at most `limit`, 1…100). Returns an empty response rather
  /// than failing on any input.
  public func search(_ query: String, limit: Int = 20) -> SearchResponse {
    let limit = min(max(limit, 1), 100)
    do {
      return try queue.inDatabase { db in
        let tokenizers = try Tokenizers(db)
        let analysis = try analyze(query, tokenizers: tokenizers)
        var response = analysis.response(for: query, vocabulary: vocabulary)
        response.results = try rankedResults(db, concepts: analysis.meaningConcepts, limit: limit)
        return response
      }
    } catch {
      return SearchResponse(query: query)
    }
  }

  /// Sections matching every concept first, then those matching some, by how many they
  /// match and then by bm25.
  private func rankedResults(_ db: Database, concepts: [Concept], limit: Int) throws
    -> [SearchResult]
  {
    guard !concepts.isEmpty else { return [] }
    let expressions = concepts.map(\.expression)
    let all = expressions.joined(separator: " AND ")
    let any = expressions.joined(separator: " OR ")
    var hits = try fetchRanks(db, all, limit: limit)
    if concepts.count > 1, hits.count < limit {
      let found = Set(hits.map(\.row))
      var partial = try fetchRanks(db, any, limit: max(limit, 30) + hits.count)
        .filter { !found.contains($0.row) }
      if concepts.count > 2, !partial.isEmpty {
        var coverage: [Int64: Int] = [:]
        let ids = partial.map { String($0.row) }.joined(separator: ",")
        for expression in expressions {
          let rows = try Int64.fetchAll(
            db, sql: "SELECT rowid FROM sections WHERE sections MATCH ? AND rowid IN (\(ids))",
            arguments: [expression])
          for row in rows { coverage[row, default: 0] += 1 }
        }
        partial.sort { (coverage[$0.row] ?? 0, -$0.rank) > (coverage[$1.row] ?? 0, -$1.rank) }
      }
      hits += partial.prefix(limit - hits.count)
    }
    let snippets = try fetchSnippets(db, any, rows: hits.map(\.row))
    return hits.compactMap { hit in
      let index = Int(hit.row) - 1
      guard sections.indices.contains(index) else { return nil }
      let section = sections[index]
      return SearchResult(
        sectionID: section.id, articleID: section.articleID,
        articleTitle: section.articleTitle, sectionTitle: section.title,
        score: -hit.rank, snippet: snippets[hit.row] ?? Snippet(text: ""))
    }
  }

  private func fetchRanks(_ db: Database, _ expression: String, limit: Int) throws
    -> [(row: Int64, rank: Double)]
  {
    try Row.fetchAll(
      db, sql: "SELECT rowid, rank FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT ?",
      arguments: [expression, limit]
    ).map { ($0[0], $0[1]) }
  }

  /// The best fragment of each section's body with matches marked; the title when the body
  /// has no words.
  private func fetchSnippets(_ db: Database, _ expression: String, rows: [Int64]) throws
    -> [Int64: Snippet]
  {
    guard !rows.isEmpty else { return [:] }
    let ids = rows.map(String.init).joined(separator: ",")
    let open = String(Self.highlightOpen)
    let close = String(Self.highlightClose)
    var snippets: [Int64: Snippet] = [:]
    let sql = """
      SELECT rowid, snippet(sections, 2, ?, ?, '…', 24), snippet(sections, 0, ?, ?, '…', 24)
      FROM sections WHERE sections MATCH ? AND rowid IN (\(ids))
      """
    for row in try Row.fetchAll(
      db, sql: sql, arguments: [open, close, open, close, expression])
    {
      let body: String = row[1] ?? ""
      let title: String = row[2] ?? ""
      let marked = body.contains(where: { $0.isLetter || $0.isNumber }) ? body : title
      snippets[row[0]] = Snippet.parse(
        marked: marked, open: Self.highlightOpen, close: Self.highlightClose)
    }
    return snippets
  }
}
