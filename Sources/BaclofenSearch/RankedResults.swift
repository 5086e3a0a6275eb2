import Foundation
import GRDB
import GRDBSQLite

extension SearchIndex {
  /// Ranked sections by the model of `Ranking`, with whether more matched than `limit` and
  /// how directly the best one answers. `tokenizers` are the query's (made once a query:
  /// each pair cost 50,000 instructions of GRDB's set-up).
  func rankedResults(
    _ db: Database, tokenizers: Tokenizers, ranking: Ranking, limit: Int,
    response: SearchResponse, exhaustive: Bool = false
  ) throws -> (results: [SearchResult], more: Bool, match: MatchStrength) {
    guard !ranking.concepts.isEmpty else { return ([], false, .none) }
    let candidates = try scoredCandidates(db, ranking: ranking)
    guard !candidates.rows.isEmpty else { return ([], false, .none) }
    let top = try exactTop(
      db, candidates, tokenizers: tokenizers, ranking: ranking, limit: limit,
      exhaustive: exhaustive)
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
    var topWords = try top.first.flatMap { try rowWords(db, $0.row, tokenizers: tokenizers) }
    if ranking.askedKinds != 0, let row = top.first?.row, let title = topWords?.title {
      topWords?.headingKinds = kindsOfHeading(row, title: title)
    }
    let match = ranking.strength(
      top: top.first, words: topWords,
      matching: candidates.matchCounts(ranking.concepts.count), sections: sectionCount)
    return (results, candidates.rows.count > limit, results.isEmpty ? .none : match)
  }

  /// Share of a concept's other ways of saying it that a section also uses, added to the
  /// best one: a section saying "spasticity", "stiffness" and "spasms" is more about
  /// stiffness than a short one saying "spastic" once (see `Ranking`).
  static let otherWaysShare = 0.2

  /// Every section matching a deciding concept, with its bm25 per concept as the model
  /// weighs it (see `Ranking`). Each part is one FTS5 query scoring every section it
  /// matches: the scores the final ranking is exact over.
  private func scoredCandidates(_ db: Database, ranking: Ranking) throws -> CandidateTable {
    let width = ranking.all.count
    let parts = ranking.parts
    let scored = try parts.map { try self.bm25.scores(db, phrases: $0.phrases) }
    // Row → its place in the table, or -1: a dense array, as a common word matches thousands.
    // A row is placed by the first deciding part that matches it; parts before that one
    // do not count for it.
    let place = UnsafeMutableBufferPointer<Int32>.allocate(capacity: sectionCount + 1)
    place.initialize(repeating: -1)
    defer { place.deallocate() }
    // Room for every row the deciding parts match: growing the arrays copied them into fresh
    // pages, a fifth of a warm search's page faults over 10,000 articles.
    let most = parts.indices.filter { parts[$0].decides }.map { scored[$0].rows.count }
      .reduce(0, +)
    var rows: [Int64] = []
    var placedBy: [Int32] = []
    rows.reserveCapacity(min(most, sectionCount + 1))
    placedBy.reserveCapacity(min(most, sectionCount + 1))
    for number in parts.indices where parts[number].decides {
      scored[number].rows.withUnsafeBufferPointer { found in
        for row in found where row >= 0 && Int(row) < place.count && place[Int(row)] < 0 {
          place[Int(row)] = Int32(rows.count)
          rows.append(Int64(row))
          placedBy.append(Int32(number))
        }
      }
    }
    let count = rows.count * width
    // Filled in place, not copied into the table at the end.
    var bm25Table = [Double](repeating: 0, count: count)
    var ownTable = [Bool](repeating: false, count: count)
    var matching = Array(repeating: 0, count: width)
    bm25Table.withUnsafeMutableBufferPointer { bm25 in
      ownTable.withUnsafeMutableBufferPointer { own in
        var previousConcept = -1
        for number in parts.indices {
          let part = parts[number]
          let found = scored[number]
          let isOwn = part.concept != previousConcept
          previousConcept = part.concept
          guard !found.rows.isEmpty else { continue }
          // A question word has only its own part; every section it matches counts.
          if !part.decides { matching[part.concept] = found.rows.count }
          // bm25 without the part's own IDF: each part is brought to its concept's below.
          let scale = part.factor / Self.idf(found.rows.count, of: sectionCount, floored: true)
          let concept = part.concept
          placedBy.withUnsafeBufferPointer { placedBy in
            found.rows.withUnsafeBufferPointer { foundRows in
              found.scores.withUnsafeBufferPointer { scores in
                for i in 0..<min(foundRows.count, scores.count) {
                  let row = foundRows[i]
                  guard row >= 0, Int(row) < place.count else { continue }
                  let index = Int(place[Int(row)])
                  guard index >= 0, placedBy[index] <= number else { continue }
                  let slot = index * width + concept
                  let score = scale * max(0, scores[i]) + 1e-9
                  let kept = bm25[slot]
                  guard score > kept else {
                    bm25[slot] = kept + Self.otherWaysShare * score
                    continue
                  }
                  bm25[slot] = score + Self.otherWaysShare * kept
                  own[slot] = isOwn
                }
              }
            }
          }
        }
        // Every way of matching a concept counts with the concept's informativeness: the IDF
        // of the sections matching any of its alternatives, not that of the one that matched
        // (a rare synonym must not weigh more than the common word the user typed).
        let deciding = min(width, ranking.concepts.count)
        matching.withUnsafeMutableBufferPointer { matching in
          for start in stride(from: 0, to: count, by: max(width, 1)) {
            for concept in 0..<deciding where bm25[start + concept] > 0 { matching[concept] += 1 }
          }
        }
        let informativeness = matching.map { Self.idf($0, of: sectionCount) }
        informativeness.withUnsafeBufferPointer { informativeness in
          for start in stride(from: 0, to: count, by: max(width, 1)) {
            for concept in 0..<width where bm25[start + concept] > 0 {
              bm25[start + concept] *= informativeness[concept]
            }
          }
        }
      }
    }
    return CandidateTable(width: width, rows: rows, bm25: bm25Table, own: ownTable)
  }

  /// The best `limit` candidates by the full model, exactly: candidates are taken in order
  /// of an upper bound of their score (`Ranking.bound`: the score before the exact-word test,
  /// which can only lower it, plus all the proximity it could add) and scored from their
  /// words until the `limit`-th best score beats the next bound, which no candidate after it
  /// can reach. `exhaustive` scores every candidate, the reference the tests compare with.
  private func exactTop(
    _ db: Database, _ table: CandidateTable, tokenizers: Tokenizers, ranking: Ranking,
    limit: Int, exhaustive: Bool
  ) throws -> [Ranking.Candidate] {
    // Only a query asking a kind of question reads a section's heading kind, and only a
    // section whose title may answer one is bounded with the kind's lift.
    let readsKinds = ranking.askedKinds != 0
    // (A small library's few candidates cost less to read than finding these would.)
    let mayAnswerKind = readsKinds && isLarge ? try rowsTitled(db, kinds: ranking.askedKinds) : nil
    let bounds = ranking.bounds(table, mayAnswerKind: mayAnswerKind)
    var order = BoundOrder(count: table.rows.count) { (bounds[$0], table.rows[$0]) }
    var best: [Ranking.Candidate] = []
    while let (index, bound) = order.next() {
      if !exhaustive, best.count == limit, let last = best.last, last.score > bound { break }
      var candidate = table.candidate(index)
      if var words = try rowWords(db, candidate.row, tokenizers: tokenizers) {
        if readsKinds { words.headingKinds = kindsOfHeading(candidate.row, title: words.title) }
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

  /// The words of a section's title and body: stored with the index, or read from its text.
  private func rowWords(_ db: Database, _ row: Int64, tokenizers: Tokenizers) throws -> RowWords? {
    try sectionWords.get(row) { row in
      if let stored = try storedWords?.rowWords(db, row) { return stored }
      let statement = try db.cachedStatement(
        sql: "SELECT sectionTitle, body FROM sections WHERE rowid = ?")
      return try Row.fetchOne(statement, arguments: [row]).map {
        RowWords(
          title: try tokenizers.words($0[0] ?? ""),
          body: try tokenizers.words(
            String(($0[1] ?? "" as String).prefix(SectionWords.bodyLimit))))
      }
    }
  }

  /// The sections whose title holds a heading phrase of one of `kinds`, matched by stems
  /// through the index: every section whose heading answers one of them (`kindsOfHeading`,
  /// which matches the words themselves) and perhaps a few more, so a bound lifted for these
  /// alone is still a bound. A flag per row (`sectionCount + 1` of them), kept per set of
  /// kinds; each kind's rows are stored with an index cache (see `TitledRows`).
  private func rowsTitled(_ db: Database, kinds: UInt64) throws -> [Bool] {
    try titledRows.get(String(kinds)) {
      let hasTable = try titledTable.get("") { try TitledRows.hasTable(db) }
      var flags = [Bool](repeating: false, count: sectionCount + 1)
      for (offset, kind) in questionKinds.kinds.enumerated()
      where kinds & (1 << UInt64(offset)) != 0 {
        guard let match = TitledRows.match(kind) else { continue }
        for row in try TitledRows.rows(db, match, hasTable: hasTable)
        where row >= 0 && row < flags.count {
          flags[Int(row)] = true
        }
      }
      return flags
    }
  }

  /// The kinds of question the heading `title` of section `row` answers (a bit per kind),
  /// found once and kept.
  private func kindsOfHeading(_ row: Int64, title: [Word]) -> UInt64 {
    headingKinds.get(row) { _ in questionKinds.kinds(ofHeading: title.map(\.surface)) } ?? 0
  }
}

/// Candidates of one query, their bm25 per concept side by side in flat arrays: a common
/// word makes tens of thousands in a large library.
struct CandidateTable {
  let width: Int
  let rows: [Int64]
  /// Row `i`'s bm25 of concept `c` at `i * width + c` (0: not matched), and whether the
  /// user's own words gave it.
  let bm25: [Double]
  let own: [Bool]

  func candidate(_ index: Int) -> Ranking.Candidate {
    let range = (index * width)..<((index + 1) * width)
    return Ranking.Candidate(row: rows[index], bm25: Array(bm25[range]), own: Array(own[range]))
  }
}

/// Candidates' indices by falling bound (ties in reading order), one at a time: a binary heap,
/// since only the first few are usually taken.
struct BoundOrder {
  private var heap: [(bound: Double, row: Int64, index: Int)]

  /// The indices `0..<count` with each one's bound and row from `entry`.
  init(count: Int, _ entry: (Int) -> (bound: Double, row: Int64)) {
    heap = []
    heap.reserveCapacity(count)
    for index in 0..<count {
      let (bound, row) = entry(index)
      heap.append((bound, row, index))
    }
    for node in stride(from: heap.count / 2 - 1, through: 0, by: -1) { sink(node) }
  }

  mutating func next() -> (index: Int, bound: Double)? {
    guard let top = heap.first else { return nil }
    heap.swapAt(0, heap.count - 1)
    heap.removeLast()
    if !heap.isEmpty { sink(0) }
    return (top.index, top.bound)
  }

  /// Moves the entry at `start` down to its place. Through the buffer: the array's checked
  /// accesses were most of ordering a common word's 18,000 candidates.
  private mutating func sink(_ start: Int) {
    heap.withUnsafeMutableBufferPointer { heap in
      func above(_ a: Int, _ b: Int) -> Bool {
        (heap[a].bound, -heap[a].row) > (heap[b].bound, -heap[b].row)
      }
      var node = start
      while true {
        let left = 2 * node + 1
        let right = left + 1
        var largest = node
        if left < heap.count, above(left, largest) { largest = left }
        if right < heap.count, above(right, largest) { largest = right }
        if largest == node { return }
        heap.swapAt(node, largest)
        node = largest
      }
    }
  }
}
