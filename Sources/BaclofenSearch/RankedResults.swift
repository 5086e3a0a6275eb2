import Foundation
import GRDB

extension SearchIndex {
  /// Ranked sections by the model of `Ranking`, with whether more matched than `limit` and
  /// how directly the best one answers.
  func rankedResults(
    _ db: Database, ranking: Ranking, limit: Int, response: SearchResponse,
    exhaustive: Bool = false
  ) throws -> (results: [SearchResult], more: Bool, match: MatchStrength) {
    guard !ranking.concepts.isEmpty else { return ([], false, .none) }
    let (candidates, known) = try scoredCandidates(db, ranking: ranking)
    guard !candidates.isEmpty else { return ([], false, .none) }
    let top = try exactTop(
      db, candidates, ranking: ranking, limit: limit, exhaustive: exhaustive)
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
    let tokenizers = try Tokenizers(db)
    let titleWords = try top.first.flatMap { try rowWords(db, $0.row, tokenizers: tokenizers) }
    let match = ranking.strength(
      top: top.first, known: known,
      titleMatchesAll: top.first.map { best in
        ranking.concepts.allSatisfy { $0.matches(title: titleWords?.title ?? []) }
      } ?? false)
    return (results, candidates.count > limit, results.isEmpty ? .none : match)
  }

  /// Every section matching a deciding concept, with its bm25 per concept as the model
  /// weighs it (see `Ranking`), and the concepts the library knows. Each part is one FTS5
  /// query scoring every section it matches: the scores the final ranking is exact over.
  private func scoredCandidates(_ db: Database, ranking: Ranking) throws
    -> (candidates: [Ranking.Candidate], known: Set<Int>)
  {
    let count = ranking.all.count
    let parts = ranking.parts
    let scores = try parts.map { part in
      var byRow: [Int64: Double] = [:]
      for (row, rank) in try fetchRanks(db, part.expression) {
        byRow[row] = part.factor * max(0, -rank) + 1e-9
      }
      return byRow
    }
    var known = Set<Int>()
    var union: [Int: Set<Int64>] = [:]
    for (index, part) in parts.enumerated() where !scores[index].isEmpty {
      known.insert(part.concept)
      union[part.concept, default: []].formUnion(scores[index].keys)
    }
    // Every way of matching a concept counts with the concept's informativeness: the IDF of
    // the sections matching any of its alternatives, not that of the one that matched (a rare
    // synonym must not weigh more than the common word the user typed).
    let informativeness = ranking.all.indices.map {
      Self.idf(union[$0]?.count ?? 0, of: sectionCount)
    }
    var candidates: [Int64: Ranking.Candidate] = [:]
    for (index, part) in parts.enumerated() where part.decides {
      for row in scores[index].keys where candidates[row] == nil {
        candidates[row] = Ranking.Candidate(
          row: row, bm25: Array(repeating: 0, count: count),
          own: Array(repeating: false, count: count))
      }
    }
    for (index, part) in parts.enumerated() {
      let isOwn = index == 0 || parts[index - 1].concept != part.concept
      let scale =
        informativeness[part.concept]
        / Self.idf(scores[index].count, of: sectionCount, floored: true)
      for (row, score) in scores[index] {
        let score = score * scale
        guard var candidate = candidates[row], score > candidate.bm25[part.concept] else {
          continue
        }
        candidate.bm25[part.concept] = score
        candidate.own[part.concept] = isOwn
        candidates[row] = candidate
      }
    }
    return (Array(candidates.values), known)
  }

  /// The best `limit` candidates by the full model, exactly: candidates are taken in order
  /// of an upper bound of their score (`Ranking.bound`: the score before the exact-word test,
  /// which can only lower it, plus all the proximity it could add) and scored from their
  /// words until the `limit`-th best score beats the next bound, which no candidate after it
  /// can reach. `exhaustive` scores every candidate, the reference the tests compare with.
  private func exactTop(
    _ db: Database, _ candidates: [Ranking.Candidate], ranking: Ranking, limit: Int,
    exhaustive: Bool
  ) throws -> [Ranking.Candidate] {
    let tokenizers = try Tokenizers(db)
    let byBound = candidates.map { candidate in
      var candidate = candidate
      candidate.score = ranking.bound(candidate)
      return candidate
    }.sorted(by: Ranking.Candidate.ranksBefore)
    var best: [Ranking.Candidate] = []
    for var candidate in byBound {
      if !exhaustive, best.count == limit, let last = best.last, last.score > candidate.score {
        break
      }
      if let words = try rowWords(db, candidate.row, tokenizers: tokenizers) {
        ranking.rerank(&candidate, words: words)
      }
      let place = best.firstIndex { Ranking.Candidate.ranksBefore(candidate, $0) } ?? best.count
      if place < limit {
        best.insert(candidate, at: place)
        if best.count > limit { best.removeLast() }
      }
    }
    return best
  }

  /// The IDF of a term found in `matches` of `count` sections: FTS5's as bm25 computes it
  /// (`floored`, where a term in more than half the sections counts 1e-6), or the smooth
  /// form that stays positive, so a common concept still counts a little.
  static func idf(_ matches: Int, of count: Int, floored: Bool = false) -> Double {
    let n = Double(max(matches, 1))
    let ratio = (Double(count) - n + 0.5) / (n + 0.5)
    return floored ? max(1e-6, log(ratio)) : log(1 + ratio)
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

  /// Every row matching `expression` with its bm25 (lower is better).
  func fetchRanks(_ db: Database, _ expression: String) throws -> [(row: Int64, rank: Double)] {
    let statement = try db.cachedStatement(
      sql: "SELECT rowid, \(Ranking.bm25) FROM sections WHERE sections MATCH ?")
    return try Row.fetchAll(statement, arguments: [expression]).map { ($0[0], $0[1]) }
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
