import Foundation
import GRDB

extension SearchIndex {
  /// Ranked sections by the model of `Ranking`, with whether more matched than `limit` and
  /// how directly the best one answers.
  func rankedResults(
    _ db: Database, ranking: Ranking, limit: Int, response: SearchResponse,
    exhaustive: Bool = false
  ) throws -> (results: [SearchResult], more: Bool, match: MatchStrength) {
    // A large library ranks the best of each part's bounded scan (see `fetchRanks`); the
    // exhaustive ranking is the reference the scale tests compare it with.
    let bounded = isLarge && !exhaustive
    guard !ranking.concepts.isEmpty else { return ([], false, .none) }
    let count = ranking.all.count
    var candidates: [Int64: Ranking.Candidate] = [:]
    var known = Set<Int>()
    let parts = ranking.parts
    // Sections matching a deciding part.
    let candidateCount = max(limit + 1, Ranking.rerankCount)
    var scores: [[Int64: Double]] = []
    let counts = try bounded ? parts.map { try matchCount(db, $0.expression) } : []
    for (index, part) in parts.enumerated() {
      let rows = try fetchRanks(
        db, part.expression, limit: bounded ? candidateCount : nil,
        scanAll: bounded && counts[index] <= Self.exactScanLimit)
      var byRow: [Int64: Double] = [:]
      for (row, rank) in rows { byRow[row] = part.factor * max(0, -rank) + 1e-9 }
      scores.append(byRow)
      if !rows.isEmpty { known.insert(part.concept) }
      guard part.decides else { continue }
      for row in byRow.keys where candidates[row] == nil {
        candidates[row] = Ranking.Candidate(
          row: row, bm25: Array(repeating: 0, count: count),
          own: Array(repeating: false, count: count))
      }
    }
    guard !candidates.isEmpty else { return ([], false, .none) }
    if bounded {
      // A part's bounded scan may miss a candidate found by another part: score the most
      // promising candidates (by what is known of them) for every part.
      let provisional = candidates.keys.map { row in
        (row, parts.indices.reduce(0.0) { $0 + (scores[$1][row] ?? 0) })
      }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
      let rows = provisional.prefix(2 * candidateCount).map(\.0)
      for (index, part) in parts.enumerated() {
        for (row, rank) in try ranks(db, part.expression, among: rows)
        where scores[index][row] == nil {
          scores[index][row] = part.factor * max(0, -rank) + 1e-9
        }
      }
    }
    // Every way of matching a concept counts with the concept's informativeness: the IDF of
    // the sections matching any of its alternatives, not that of the one that matched (a rare
    // synonym must not weigh more than the common word the user typed).
    var matching = scores.map(\.count)
    var union: [Int: Set<Int64>] = [:]
    for (index, part) in parts.enumerated() {
      union[part.concept, default: []].formUnion(scores[index].keys)
    }
    var informativeness = ranking.all.indices.map {
      Self.idf(union[$0]?.count ?? 0, of: sectionCount)
    }
    if bounded {
      matching = counts
      informativeness = try ranking.all.map {
        Self.idf(try matchCount(db, $0.expression), of: sectionCount)
      }
    }
    for (index, part) in parts.enumerated() {
      let isOwn = index == 0 || parts[index - 1].concept != part.concept
      let scale =
        informativeness[part.concept] / Self.idf(matching[index], of: sectionCount, floored: true)
      for (row, score) in scores[index].mapValues({ $0 * scale }) {
        guard var candidate = candidates[row], score > candidate.bm25[part.concept] else {
          continue
        }
        candidate.bm25[part.concept] = score
        candidate.own[part.concept] = isOwn
        candidates[row] = candidate
      }
    }
    var ranked = candidates.values.map { candidate in
      var candidate = candidate
      candidate.score = ranking.baseScore(candidate)
      return candidate
    }.sorted { ($0.score, -$0.row) > ($1.score, -$1.row) }
    let more = ranked.count > limit
    let head = min(ranked.count, max(limit, Ranking.rerankCount))
    let tokenizers = try Tokenizers(db)
    for index in 0..<head {
      if let words = try rowWords(db, ranked[index].row, tokenizers: tokenizers) {
        ranking.rerank(&ranked[index], words: words)
      }
    }
    let top = ranked.prefix(head).sorted { ($0.score, -$0.row) > ($1.score, -$1.row) }
      .prefix(limit)
    let rows = top.map(\.row)
    let info = try sectionInfo(db, rows: rows)
    let snippets = try quickSnippets(db, rows: rows, response: response)
    let results = top.compactMap { candidate -> SearchResult? in
      guard let section = info[candidate.row] else { return nil }
      return SearchResult(
        sectionID: section.id, articleID: section.articleID,
        articleTitle: section.articleTitle, sectionTitle: section.title,
        score: (candidate.score * 1000).rounded() / 1000,
        snippet: snippets[candidate.row] ?? Snippet(text: ""))
    }
    let titleWords = try top.first.flatMap { try rowWords(db, $0.row, tokenizers: tokenizers) }
    let match = ranking.strength(
      top: top.first, known: known,
      titleMatchesAll: top.first.map { best in
        ranking.concepts.allSatisfy { $0.matches(title: titleWords?.title ?? []) }
      } ?? false)
    return (results, more, results.isEmpty ? .none : match)
  }

  /// The IDF of a term found in `matches` of `count` sections: FTS5's as bm25 computes it
  /// (`floored`, where a term in more than half the sections counts 1e-6), or the smooth
  /// form that stays positive, so a common concept still counts a little.
  static func idf(_ matches: Int, of count: Int, floored: Bool = false) -> Double {
    let n = Double(max(matches, 1))
    let ratio = (Double(count) - n + 0.5) / (n + 0.5)
    return floored ? max(1e-6, log(ratio)) : log(1 + ratio)
  }

  /// How many sections match `expression` (counting is far cheaper than scoring them).
  private func matchCount(_ db: Database, _ expression: String) throws -> Int {
    try Int.fetchOne(
      db.cachedStatement(sql: "SELECT count(*) FROM sections WHERE sections MATCH ?"),
      arguments: [expression]) ?? 0
  }

  /// The words of a section's title and body (kept for a small library).
  private func rowWords(_ db: Database, _ row: Int64, tokenizers: Tokenizers) throws -> RowWords? {
    try sectionWords.get(row, keep: !isLarge) { row in
      let statement = try db.cachedStatement(
        sql: "SELECT sectionTitle, body FROM sections WHERE rowid = ?")
      return try Row.fetchOne(statement, arguments: [row]).map {
        RowWords(
          title: try tokenizers.words($0[0] ?? ""),
          body: try tokenizers.words(String(($0[1] ?? "" as String).prefix(20_000))))
      }
    }
  }

  /// A part matching at most this many sections has its best rows found among all its
  /// matches, also in a large library.
  static let exactScanLimit = 6000

  /// Every row matching `expression` with its bm25 (lower is better); with a `limit`, the best
  /// `limit` of them (`scanAll`) or of the first `largeScanLimit` matches in library order:
  /// FTS5 scores every match before sorting (about 1 µs each), and a common word matches most
  /// of 90,000 sections.
  func fetchRanks(_ db: Database, _ expression: String, limit: Int?, scanAll: Bool = false)
    throws -> [(row: Int64, rank: Double)]
  {
    let sql =
      limit == nil
      ? "SELECT rowid, \(Ranking.bm25) FROM sections WHERE sections MATCH ?"
      : scanAll
        ? """
        SELECT rowid, \(Ranking.bm25) AS score FROM sections WHERE sections MATCH ?
        ORDER BY score LIMIT \(limit ?? 0)
        """
        : """
        SELECT rowid, score FROM (
          SELECT rowid, \(Ranking.bm25) AS score FROM sections WHERE sections MATCH ?
          LIMIT \(Self.largeScanLimit))
        ORDER BY score LIMIT \(limit ?? 0)
        """
    return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [expression]).map {
      ($0[0], $0[1])
    }
  }

  /// The bm25 of `expression` in each of `rows` that it matches, one seek per row.
  private func ranks(_ db: Database, _ expression: String, among rows: [Int64]) throws
    -> [(row: Int64, rank: Double)]
  {
    let statement = try db.cachedStatement(
      sql: "SELECT \(Ranking.bm25) FROM sections WHERE sections MATCH ? AND rowid = ?")
    return try rows.compactMap { row in
      try Double.fetchOne(statement, arguments: [expression, row]).map { (row, $0) }
    }
  }
}

extension Ranking {
  /// How directly the best section answers: `weak` when the query's informative words are
  /// unknown to the library or the best section matches fewer than two in three of them, or
  /// when only question words match and the best section's title does not hold them all.
  func strength(top: Candidate?, known: Set<Int>, titleMatchesAll: Bool) -> MatchStrength {
    guard let top else { return .none }
    let informative = concepts.indices.filter { concepts[$0].isInformative }
    guard !informative.isEmpty else { return titleMatchesAll ? .strong : .weak }
    if informative.contains(where: { !known.contains($0) }) { return .weak }
    let matched = informative.filter { top.bm25[$0] > 0 }.count
    return 3 * matched >= 2 * informative.count ? .strong : .weak
  }
}
