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
    /// The title's words, to rank title matches without another query.
    var titleWords: [Word]
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
  static let maximumCorrections = 4

  let queue: DatabaseQueue
  let sections: [IndexedSection]
  let vocabulary: Vocabulary
  let synonymTable: SynonymTable
  /// Stems of the stopping words, each phrase joined by spaces.
  let stoppingTerms: Set<String>

  public init(library: Library, synonyms: Synonyms) throws {
    let queue = try DatabaseQueue()
    let built = try queue.write { db in
      try Self.createTable(db, library: library)
      let tokenizers = try Tokenizers(db)
      var sections: [IndexedSection] = []
      var uses: [String: Int] = [:]
      for article in library.articles {
        for surface in try tokenizers.surfaces(article.title) { uses[surface, default: 0] += 1 }
        for section in article.sections {
          for surface in try tokenizers.surfaces(section.plainText) {
            uses[surface, default: 0] += 1
          }
          let titleWords = try tokenizers.words(section.title)
          for word in titleWords { uses[word.surface, default: 0] += 1 }
          sections.append(
            IndexedSection(
              id: section.id, articleID: article.id, articleTitle: article.title,
              title: section.title, titleWords: titleWords))
        }
      }
      let distinct = Array(uses.keys)
      let contentWords = try tokenizers.words(ofSingleWords: distinct).map {
        (word: $0, uses: uses[$0.surface] ?? 1)
      }
      func words(_ terms: [String]) throws -> [[Word]] {
        try terms.map { try tokenizers.words($0) }.filter { !$0.isEmpty }
      }
      let table = SynonymTable(
        groups: try synonyms.groups.map(words),
        oneWay: try synonyms.oneWay.map { try words([$0.term] + $0.expansions) })
      let stopping = try StoppingWords.words.map {
        try tokenizers.words($0).map(\.stem).joined(separator: " ")
      }
      let vocabulary = Vocabulary(contentWords: contentWords, extraWords: table.allWords)
      return (sections, vocabulary, table, Set(stopping))
    }
    self.queue = queue
    (sections, vocabulary, synonymTable, stoppingTerms) = built
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

  /// Sections matching more concepts first; among those, sections whose title matches more
  /// concepts (titles here are the questions people ask); then bm25. Without the title step,
  /// a rare synonym in a body ("quitting") outweighs a common word in a title ("Stopping").
  private func rankedResults(_ db: Database, concepts: [Concept], limit: Int) throws
    -> [SearchResult]
  {
    guard !concepts.isEmpty else { return [] }
    let expressions = concepts.map(\.expression)
    let any = expressions.joined(separator: " OR ")
    let candidateCount = max(limit, 30)
    var hits = try fetchRanks(db, expressions.joined(separator: " AND "), limit: candidateCount)
    let allFound = Set(hits.map(\.row))
    if concepts.count > 1 {
      hits += try fetchRanks(db, any, limit: candidateCount + hits.count)
        .filter { !allFound.contains($0.row) }
    }
    guard !hits.isEmpty else { return [] }
    // Only sections found by the OR query can miss a concept, and with two concepts they
    // all miss exactly one: count per concept only beyond that.
    var coverage: [Int64: Int] = [:]
    let partial = hits.filter { !allFound.contains($0.row) }
    if concepts.count > 2, !partial.isEmpty {
      let ids = partial.map { String($0.row) }.joined(separator: ",")
      for expression in expressions {
        for row in try matchingRows(db, expression, among: ids) { coverage[row, default: 0] += 1 }
      }
    }
    let ranked = hits.map { hit in
      let covered = allFound.contains(hit.row) ? concepts.count : coverage[hit.row] ?? 1
      let inTitle = concepts.filter { $0.matches(title: sectionTitleWords(hit.row)) }.count
      return (hit: hit, key: (covered, inTitle, -hit.rank))
    }.sorted { $0.key > $1.key }.prefix(limit)
    hits = ranked.map(\.hit)
    let snippets = try fetchSnippets(db, any, rows: hits.map(\.row))
    return ranked.compactMap { hit, key in
      let index = Int(hit.row) - 1
      guard sections.indices.contains(index) else { return nil }
      let section = sections[index]
      return SearchResult(
        sectionID: section.id, articleID: section.articleID,
        articleTitle: section.articleTitle, sectionTitle: section.title,
        score: score(key), snippet: snippets[hit.row] ?? Snippet(text: ""))
    }
  }

  /// A score that follows the ranking: 100 per concept matched, 10 per concept in the
  /// title, plus bm25 squeezed below 10.
  private func score(_ key: (coverage: Int, title: Int, bm25: Double)) -> Double {
    let bm25 = max(0, key.bm25)
    return Double(100 * key.coverage + 10 * key.title) + 10 * bm25 / (1 + bm25)
  }

  private func sectionTitleWords(_ row: Int64) -> [Word] {
    sections.indices.contains(Int(row) - 1) ? sections[Int(row) - 1].titleWords : []
  }

  private func matchingRows(_ db: Database, _ expression: String, among ids: String) throws
    -> [Int64]
  {
    try Int64.fetchAll(
      db, sql: "SELECT rowid FROM sections WHERE sections MATCH ? AND rowid IN (\(ids))",
      arguments: [expression])
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
