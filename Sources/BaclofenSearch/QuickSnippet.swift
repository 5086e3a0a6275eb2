import GRDB

/// Snippets for a large library, cut in Swift from the section's stored text. FTS5's
/// `snippet()` re-runs the whole match expression for each row, which in a 10,000-article
/// library took longer than finding the rows.
enum QuickSnippet {
  static let windowWords = 24

  /// The `windowWords` words with the most distinct matches (then the most matches), with
  /// every match marked, "…" where text was cut; the title when the body has no match.
  static func make(body: String, title: String, response: SearchResponse) -> Snippet {
    let words = WordScanner.words(in: body)
    let matched = words.map { response.matches(Folding.fold(body[$0])) }
    guard matched.contains(true) else {
      return fallback(body: body, title: title, words: words, response: response)
    }
    var best = (start: 0, distinct: -1, count: -1)
    for start in words.indices where matched[start] || start == 0 {
      let end = min(words.count, start + windowWords)
      let hits = (start..<end).filter { matched[$0] }
      let distinct = Set(hits.map { Folding.fold(body[words[$0]]) }).count
      if (distinct, hits.count) > (best.distinct, best.count) {
        best = (start, distinct, hits.count)
      }
    }
    // Start a few words before the first match, as FTS5 does, when the window allows.
    let start = max(0, min(best.start - 3, words.count - windowWords))
    return cut(body, words: words, matched: matched, from: start)
  }

  private static func fallback(
    body: String, title: String, words: [Range<String.Index>], response: SearchResponse
  ) -> Snippet {
    if !words.isEmpty {
      return cut(body, words: words, matched: words.map { _ in false }, from: 0)
    }
    let titleWords = WordScanner.words(in: title)
    let matched = titleWords.map { response.matches(Folding.fold(title[$0])) }
    return cut(title, words: titleWords, matched: matched, from: 0)
  }

  private static func cut(
    _ text: String, words: [Range<String.Index>], matched: [Bool], from start: Int
  ) -> Snippet {
    guard !words.isEmpty else { return Snippet(text: text) }
    let end = min(words.count, start + windowWords)
    let lower = start == 0 ? text.startIndex : words[start].lowerBound
    let upper = end == words.count ? text.endIndex : words[end - 1].upperBound
    var output = start == 0 ? "" : "…"
    var count = output.count
    var highlights: [Range<Int>] = []
    var position = lower
    for index in start..<end where matched[index] {
      let piece = text[position..<words[index].lowerBound]
      output += piece
      count += piece.count
      let word = text[words[index]]
      output += word
      highlights.append(count..<(count + word.count))
      count += word.count
      position = words[index].upperBound
    }
    output += text[position..<upper]
    if end < words.count { output += "…" }
    return Snippet(
      text: String(output.map { $0 == "\n" ? " " : $0 }), highlights: highlights)
  }
}

extension SearchResponse {
  /// True when a folded word is one of the query's words or starts with its prefix.
  func matches(_ folded: String) -> Bool {
    matchWords.contains(folded) || matchPrefixes.contains { folded.hasPrefix($0) }
  }
}

extension SearchIndex {
  /// Snippets of `rows` cut in Swift (see `QuickSnippet`).
  func quickSnippets(_ db: Database, rows: [Int64], response: SearchResponse) throws
    -> [Int64: Snippet]
  {
    let statement = try db.cachedStatement(
      sql: "SELECT body, sectionTitle FROM sections WHERE rowid = ?")
    var snippets: [Int64: Snippet] = [:]
    for rowID in rows {
      guard let row = try Row.fetchOne(statement, arguments: [rowID]) else { continue }
      snippets[rowID] = QuickSnippet.make(
        body: row[0] ?? "", title: row[1] ?? "", response: response)
    }
    return snippets
  }
}
